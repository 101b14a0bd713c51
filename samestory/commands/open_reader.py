"""`samestory PATH...`: load the sources and open the comparative reader (the TUI)."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders (corpora), http(s) URLs or '-' to open side by side",
    )


def run(args: argparse.Namespace) -> int:
    if not args.paths:
        print(
            "samestory: give one or more files or folders to open (see 'samestory --help')",
            file=sys.stderr,
        )
        return 2
    import readers

    corpus = readers.load(args.paths)
    for err in corpus.errors:
        print(f"samestory: skipped {err}", file=sys.stderr)
    from tui.app import run_app

    return run_app(corpus)
