"""Entry point: `samestory PATH...` opens the reader; `samestory COMMAND ...` runs a command.

Each command lives in `samestory/commands/<name>.py` with `add_arguments(parser)`
and `run(args) -> int`; modules are imported only when their command runs, so
`samestory read` never loads Textual. Errors from the engine become one line on stderr and an
exit status (2 for usage errors, 1 for unreadable input), never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from samestory import __version__

COMMANDS: dict[str, str] = {
    "read": "Print one parsed document: sentences with offsets, boilerplate flags.",
    "compare": "Align documents and print links, passage groups and similarity.",
    "facts": "Extract figures, dates, entities and quotes and line them up across documents.",
    "highlights": "List, export, import or delete highlight sets.",
    "discover": "Find groups of documents that share passages in a large folder.",
}
"""Command name to one-line help, in the order `--help` lists them."""

PROG = "samestory"


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line (and exit status 2), not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _top_parser() -> argparse.ArgumentParser:
    lines = "\n".join(f"  {name:<11} {text}" for name, text in COMMANDS.items())
    parser = _Parser(
        prog=PROG,
        description="Read several articles about the same story side by side.",
        epilog=f"commands:\n{lines}\n\nRun '{PROG} COMMAND --help' for a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    from samestory.commands import open_reader

    open_reader.add_arguments(parser)
    return parser


def _command_parser(name: str) -> tuple[argparse.ArgumentParser, object]:
    module = importlib.import_module(f"samestory.commands.{name}")
    parser = _Parser(prog=f"{PROG} {name}", description=COMMANDS[name])
    module.add_arguments(parser)
    return parser, module


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    from readers.errors import ReaderError

    try:
        if args_list and args_list[0] in COMMANDS:
            parser, module = _command_parser(args_list[0])
            args = parser.parse_args(args_list[1:])
            return int(module.run(args))  # type: ignore[attr-defined]
        parser = _top_parser()
        args = parser.parse_args(args_list)
        from samestory.commands import open_reader

        return open_reader.run(args)
    except ReaderError as err:
        print(f"{PROG}: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
