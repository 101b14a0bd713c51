"""Entry point: `samestory PATH...` opens the reader; `samestory COMMAND ...` runs a command.

Each command lives in `samestory/commands/<name>.py` with `add_arguments(parser)`
and `run(args) -> int`; modules are imported only when their command runs, so
`samestory read` never loads Textual. Errors from the engine become one line on stderr and an
exit status (2 for usage errors, 1 for unreadable input), never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from samestory import __version__

COMMANDS: dict[str, str] = {
    "read": "Print parsed documents: sentences with offsets, boilerplate flags.",
    "compare": "Align documents and print links, passage groups and similarity.",
    "facts": "Extract figures, dates, entities and quotes and line them up across documents.",
    "highlights": "List, export, import or delete highlight sets.",
    "corrections": "List, export, import or delete the links and unlinks you made.",
    "discover": "Find the groups of documents that tell the same story in a large folder.",
    "brief": "Report what each article states, adds, drops and changes, and who copied whom.",
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


class _VisibleControls(io.TextIOBase):
    """A text stream that shows control characters as visible symbols before writing them on.

    Every command's standard output and standard error go through one: article text, titles,
    file names and reasons can never put an escape sequence, a clipboard write (OSC 52) or a
    bell on the terminal. Newlines and tabs pass. In JSON mode (`json_mode`) DEL, C1 controls
    and U+2028/U+2029 become `\\uXXXX` escapes instead, which is the same JSON data (the json
    module already escapes C0 controls, and these characters only occur inside strings).
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.json_mode = False

    def write(self, text: str) -> int:
        from readers.textsafe import visible_controls

        if self.json_mode:
            safe = _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
        else:
            safe = visible_controls(text)
        self._stream.write(safe)
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    @property
    def raw_stream(self) -> TextIO:
        """The stream beneath, for samestory's own terminal output (a progress line)."""
        return self._stream

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8")


_RAW_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029]")


def _json_output(args: argparse.Namespace) -> bool:
    return getattr(args, "format", None) in ("json", "jsonld")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in COMMANDS:
        stdout, stderr = sys.stdout, sys.stderr
        sys.stdout = safe_out = _VisibleControls(stdout)
        sys.stderr = _VisibleControls(stderr)
        try:
            return _main(args_list, safe_out)
        finally:
            with contextlib.suppress(OSError, ValueError):
                sys.stdout.flush()
            sys.stdout, sys.stderr = stdout, stderr
    return _main(args_list, None)


def _main(args_list: list[str], safe_out: _VisibleControls | None) -> int:
    from readers.errors import SamestoryError
    from readers.textsafe import one_line

    try:
        if args_list and args_list[0] in COMMANDS:
            parser, module = _command_parser(args_list[0])
            args = parser.parse_args(args_list[1:])
            if safe_out is not None:
                safe_out.json_mode = _json_output(args)
            return int(module.run(args))  # type: ignore[attr-defined]
        parser = _top_parser()
        args = parser.parse_args(args_list)
        from samestory.commands import open_reader

        return open_reader.run(args)
    except SamestoryError as err:
        print(f"{PROG}: {err}", file=sys.stderr)
        return err.exit_status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except RecursionError:
        print(f"{PROG}: input nested too deeply to read", file=sys.stderr)
        return 1
    except MemoryError:
        print(f"{PROG}: out of memory", file=sys.stderr)
        return 1
    except OSError as err:  # disk full, I/O error: the environment, not the input
        where = f"{one_line(str(err.filename))}: " if err.filename else ""
        print(f"{PROG}: {where}{one_line(err.strerror or str(err))}", file=sys.stderr)
        return 1
    except Exception as err:  # last resort: one line, never a traceback
        if os.environ.get("SAMESTORY_DEBUG"):
            raise
        print(
            f"{PROG}: unexpected error ({type(err).__name__}: {one_line(str(err))}); "
            "set SAMESTORY_DEBUG=1 for details",
            file=sys.stderr,
        )
        return 1
