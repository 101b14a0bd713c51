"""The one error root: every error samestory reports to a user, with its exit status.

`SamestoryError` carries a one-line message (names and reasons made one line, control
characters visible) and `exit_status`: 1 when an input cannot be read or a store cannot be
used, 2 when the user asked for something that cannot work. The command line prints
`samestory: <message>` and exits with `exit_status`; no traceback. Each engine package
derives its own errors from it (`highlights.errors`, `compare.semantic.errors`).
"""

from __future__ import annotations


class SamestoryError(Exception):
    """An error meant for the user: `str(err)` is one line, `exit_status` the exit status.

    `SamestoryError(message)` or `SamestoryError(where, reason)`; the second form reads
    "<where>: <reason>" with `where` (a file name, URL, store) shown safely.
    """

    exit_status = 1

    def __init__(self, where: str, reason: str | None = None) -> None:
        from readers.textsafe import name_for_message, one_line

        # One line, controls visible: names may hold newlines or escapes, reasons may be
        # several lines from a library (urllib's redirect-loop message).
        if reason is None:
            super().__init__(one_line(where))
        else:
            super().__init__(f"{name_for_message(where)}: {one_line(reason)}")
        self.source = where if reason is not None else ""
        self.reason = reason if reason is not None else where

    @property
    def exit_code(self) -> int:
        """The same as `exit_status`."""
        return self.exit_status


class ReaderError(SamestoryError):
    """A source could not be read (exit status 1). `str(err)` names the source."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(source, reason)


class UsageError(ReaderError):
    """The user asked for something that cannot work: missing path, unknown format (exit
    status 2)."""

    exit_status = 2
