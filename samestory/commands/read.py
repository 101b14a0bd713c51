"""`samestory read PATH...`: print parsed documents so the readers can be checked headless.

One file, URL or `-` prints that document (JSON: the `Document.to_dict()` object). Several
sources or a folder print every document read (JSON: `{"corpus", "documents", "errors"}`);
a source that cannot be read is reported on stderr as "skipped ..." and the others still print.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

import readers
from readers.document import Document
from samestory.commands.sources import load_sources


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="file, folder (corpus), '-' for standard input, or an http(s) URL",
    )
    parser.add_argument(
        "--format", choices=["json", "text"], default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--timeout",
        type=_positive_float,
        default=None,
        metavar="SECONDS",
        help="time limit for fetching URLs (default: 10, or $SAMESTORY_URL_TIMEOUT)",
    )


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {value!r}")
    return number


def _write_text(doc: Document, out: TextIO) -> None:
    out.write(f"# {doc.source}\n")
    for key in ("title", "outlet", "date", "url"):
        value = getattr(doc, key)
        if value:
            out.write(f"{key}: {value}\n")
    out.write(f"id: {doc.id}  format: {doc.format}  sentences: {len(doc.sentences)}\n\n")
    for s in doc.sentences:
        flag = "B" if s.boilerplate else ("H" if s.heading else " ")
        text = " ".join(s.text.split())
        out.write(f"{s.index:>4} {flag} [{s.start}:{s.end}] {text}\n")


def _single(paths: list[str]) -> bool:
    if len(paths) != 1:
        return False
    src = paths[0]
    return src == "-" or "://" in src or not Path(src).is_dir()


def run(args: argparse.Namespace) -> int:
    out = sys.stdout
    if _single(args.paths):
        doc = readers.read(args.paths[0], timeout=args.timeout)
        if args.format == "json":
            json.dump(doc.to_dict(), out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            _write_text(doc, out)
        return 0
    corpus = load_sources(args.paths, timeout=args.timeout)
    if args.format == "json":
        payload = {
            "corpus": corpus.name,
            "documents": [d.to_dict() for d in corpus.documents],
            "errors": [str(e) for e in corpus.errors],
        }
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for i, doc in enumerate(corpus.documents):
            if i:
                out.write("\n")
            _write_text(doc, out)
    return 0
