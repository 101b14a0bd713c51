"""`samestory discover FOLDER`: find the groups of documents that tell the same story.

Prints each group with its documents, the names and figures its members share and its best
pairs (score, shared passages, disagreeing names), or the JSON described in `discover.result`
(`--format json` on standard output, `--json OUT` to a file), and shows a progress bar on
standard error when it is a terminal. The work itself is `discover.pipeline.discover`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TextIO

MAX_ERRORS_SHOWN = 10
PAIRS_PRINTED = 5
DEFAULT_THRESHOLD = 0.16
"""The same as `discover.pipeline.DEFAULT_THRESHOLD` (not imported: `--help` stays fast)."""


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text!r}")
    return value


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 < value < 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {text!r}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="FOLDER", help="folder(s) or files to search")
    parser.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="output format on standard output (default: text)",
    )
    parser.add_argument("--json", metavar="OUT", help="also write the groups as JSON to OUT")
    parser.add_argument(
        "--threshold",
        type=_fraction,
        default=DEFAULT_THRESHOLD,
        metavar="T",
        help="average story score a document needs with a group to join it; higher makes "
        f"tighter groups (default: {DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "--min-shared",
        type=_positive,
        default=2,
        metavar="N",
        help="near-verbatim passages from which shared passages raise a pair's score (default: 2)",
    )
    parser.add_argument(
        "--workers", type=_positive, metavar="N", help="local worker processes (default: all cores)"
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


class ProgressBar:
    """A one-line progress bar on a terminal stream, redrawn at most ten times a second."""

    LABELS = {"reading": "reading", "indexing": "indexing", "grouping": "grouping"}

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.last = 0.0
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        try:
            columns = os.get_terminal_size(self.stream.fileno()).columns
        except (OSError, ValueError):
            columns = 0
        if columns < 20:  # unknown or unusable (some pseudo-terminals report 0)
            columns = 80
        label = f"{self.LABELS.get(stage, stage):<9}"
        count = f"{done}/{total}"
        width = max(5, min(30, columns - len(label) - len(count) - 5))
        filled = width * done // total if total else width
        line = f"{label} [{'#' * filled}{'.' * (width - filled)}] {count}"
        self.stream.write("\r" + line[: columns - 1])
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _name(path: str, root: str | None) -> str:
    if root:
        try:
            return str(Path(path).relative_to(root))
        except ValueError:
            pass
    return path


def _one_line(text: str | None) -> str:
    from readers.textsafe import one_line

    return one_line(text or "")


def print_discovery(discovery: object, out: TextIO, folder_hint: str) -> None:
    """The human-readable report (plain text: titles are printed as data, never markup)."""
    from discover.result import Discovery

    assert isinstance(discovery, Discovery)
    st = discovery.stats
    n = len(discovery.groups)
    skipped = f", {len(discovery.errors)} skipped" if discovery.errors else ""
    out.write(
        f"{discovery.documents} documents read{skipped}; {st.get('candidates', 0)} candidate "
        f"pairs; {n} group{'s' if n != 1 else ''} ({st.get('seconds', 0):.1f} s)\n"
    )
    root = discovery.root
    for group in discovery.groups:
        out.write(f"\ngroup {group.number} · {len(group.documents)} documents\n")
        for doc in group.documents:
            title = _one_line(doc.title)
            name = _one_line(_name(doc.path, root))
            out.write(f"  {name}" + (f"  {title[:70]}" if title else "") + "\n")
        if group.facts:
            out.write(f"  shared facts: {_one_line(', '.join(group.facts))}\n")
        for pair in group.pairs[:PAIRS_PRINTED]:
            a, b = _one_line(_name(pair.a, root)), _one_line(_name(pair.b, root))
            conflicts = f", {pair.conflicts} names differ" if pair.conflicts else ""
            out.write(
                f"    score {pair.score:.2f}  {pair.shared} shared passages{conflicts}  {a} ↔ {b}\n"
            )
    if n and root:
        out.write(f"\nopen a group: samestory {folder_hint} --group N\n")


def run(args: argparse.Namespace) -> int:
    from discover.pipeline import discover

    # The bar is samestory's own terminal output: beneath the CLI's control-character filter.
    raw_stderr = getattr(sys.stderr, "raw_stream", sys.stderr)
    bar = ProgressBar(raw_stderr) if not args.quiet and sys.stderr.isatty() else None
    try:
        found = discover(
            args.paths,
            threshold=args.threshold,
            min_shared=args.min_shared,
            workers=args.workers,
            scheduler=args.scheduler,
            progress=bar,
        )
    finally:
        if bar is not None:
            bar.close()
    for path, reason in found.errors[:MAX_ERRORS_SHOWN]:
        print(f"samestory: skipped {path}: {reason}", file=sys.stderr)
    if len(found.errors) > MAX_ERRORS_SHOWN:
        more = len(found.errors) - MAX_ERRORS_SHOWN
        print(f"samestory: ... and {more} more unreadable files skipped", file=sys.stderr)
    if args.json:
        try:
            found.save(Path(args.json))
        except OSError as exc:
            print(f"samestory: {args.json}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    if args.format == "json":
        from readers.textsafe import json_text

        sys.stdout.write(json_text(found.to_dict()) + "\n")
    else:
        print_discovery(found, sys.stdout, args.paths[0])
    return 0
