"""Load the PATH arguments of a command into a corpus, reporting each skipped file and each
document's warnings on stderr; the `--timeout` option every command that reads URLs shares;
progress of slow URL fetches on a terminal."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readers import Corpus, Document


def add_timeout_argument(parser: argparse.ArgumentParser) -> None:
    """`--timeout SECONDS`: the deadline for fetching each URL (the same on every command)."""
    parser.add_argument(
        "--timeout",
        type=timeout_seconds,
        default=None,
        metavar="SECONDS",
        help="time limit for fetching each URL, whole (default: 10, or $SAMESTORY_URL_TIMEOUT)",
    )


def timeout_seconds(value: str) -> float:
    """argparse type for `--timeout`: a finite number of seconds above 0, at most a day."""
    from readers.errors import UsageError
    from readers.url import check_timeout

    try:
        return check_timeout(float(value))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    except UsageError as err:
        raise argparse.ArgumentTypeError(err.reason) from None


def warn_documents(documents: Iterable[Document]) -> None:
    """Print each document's warnings as `samestory: warning: SOURCE: ...` on stderr."""
    from readers.textsafe import name_for_message

    for doc in documents:
        for warning in doc.warnings:
            print(f"samestory: warning: {name_for_message(doc.source)}: {warning}", file=sys.stderr)


def load_sources(paths: Sequence[str], *, timeout: float | None = None) -> Corpus:
    """`readers.load(paths)`, printing `samestory: skipped SOURCE: reason` for each bad source
    and the warnings of the documents read.

    Raises `readers.ReaderError` (one line in `cli.main`) when nothing at all could be read.
    """
    import readers

    with FetchProgress():
        corpus = readers.load(paths, timeout=timeout)
    for err in corpus.errors:
        print(f"samestory: skipped {err}", file=sys.stderr)
    warn_documents(corpus.documents)
    return corpus


class FetchProgress:
    """While active, URL fetches taking over a second show `fetching URL: 120 kB of 300 kB`
    on stderr when it is a terminal (one line, rewritten in place, cleared at the end)."""

    def __init__(self, stream: object = None, *, after: float = 1.0) -> None:
        stream = stream if stream is not None else sys.stderr
        # Beneath the command line's control-character filter: this line is samestory's own.
        self.stream = getattr(stream, "raw_stream", stream)
        self.after = after
        self.started: dict[str, float] = {}
        self.shown = False

    def __enter__(self) -> FetchProgress:
        from readers.url import report_progress

        if getattr(self.stream, "isatty", lambda: False)():
            report_progress(self.show)
        return self

    def __exit__(self, *exc: object) -> None:
        from readers.url import report_progress

        report_progress(None)
        if self.shown:
            self.stream.write("\r\x1b[K")  # type: ignore[attr-defined]
            self.stream.flush()  # type: ignore[attr-defined]

    def show(self, url: str, done: int, total: int | None) -> None:
        from readers.textsafe import name_for_message

        start = self.started.setdefault(url, time.monotonic())
        if time.monotonic() - start < self.after:
            return
        of = f" of {total // 1000} kB" if total else ""
        line = f"fetching {name_for_message(url)[:60]}: {done // 1000} kB{of}"
        self.stream.write(f"\r{line}\x1b[K")  # type: ignore[attr-defined]
        self.stream.flush()  # type: ignore[attr-defined]
        self.shown = True
