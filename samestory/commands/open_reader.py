"""`samestory PATH...`: load the sources and open the comparative reader (the TUI).

Small inputs are read before the reader starts, so a bad path is one line on stderr and exit
status 2 (1 for unreadable input) without the terminal ever switching screens. Big inputs
(see `tui.loading.BIG_INPUT_BYTES`) are read behind a progress screen in a child process,
with the same one-line errors once the screen closes.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readers import Corpus


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders (corpora), http(s) URLs or '-' to open side by side",
    )
    parser.add_argument(
        "--group",
        type=int,
        metavar="N",
        help="open group N found by 'samestory discover' in FOLDER (or in a discover --json file)",
    )
    from samestory.commands.sources import add_timeout_argument

    add_timeout_argument(parser)


def run(args: argparse.Namespace) -> int:
    if not args.paths:
        print(
            "samestory: give one or more files or folders to open (see 'samestory --help')",
            file=sys.stderr,
        )
        return 2
    import readers

    sources = [str(p) for p in args.paths]
    if args.group is not None:
        sources = _group_sources(sources, args.group)
    corpus: Corpus | None = None
    if not any(s == "-" for s in sources):
        from tui.loading import BIG_INPUT_BYTES, input_bytes

        size = input_bytes(sources)
        if size >= BIG_INPUT_BYTES:
            loaded = _load_with_progress(sources, size)
            if isinstance(loaded, int):
                return loaded
            corpus = loaded
    if corpus is None:
        from samestory.commands.sources import FetchProgress

        with FetchProgress():
            corpus = readers.load(sources, timeout=args.timeout)
    for err in corpus.errors:
        print(f"samestory: skipped {err}", file=sys.stderr)
    from samestory.commands.sources import warn_documents

    warn_documents(corpus.documents)
    from tui.app import run_app

    return run_app(corpus)


def _group_sources(sources: list[str], group: int) -> list[str]:
    """The documents of discovery group `group` of the one folder or JSON file given."""
    from readers.errors import UsageError

    if len(sources) != 1:
        raise UsageError("--group", "give exactly one folder (or discover JSON file) with --group")
    from discover.pipeline import load_discovered_group
    from readers.textsafe import one_line

    found = load_discovered_group(sources[0], group)
    print(f"samestory: {one_line(found.why())}", file=sys.stderr)  # why these belong together
    return [str(p) for p in found.paths]


def _load_with_progress(sources: list[str], size: int) -> Corpus | int:
    from tui.loading import LoadingApp, rebuild

    result = LoadingApp(sources, size).run()
    if result is None:
        return 130  # quit while reading
    if result[0] == "error":
        _, code, message = result
        from readers.textsafe import one_line

        print(f"samestory: {one_line(str(message))}", file=sys.stderr)
        return int(code)
    return rebuild(result)
