"""Errors the readers raise: one line a user can read, never a traceback."""

from __future__ import annotations


class ReaderError(Exception):
    """A source could not be read. `str(err)` is a one-line message naming the source."""

    exit_code = 1

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UsageError(ReaderError):
    """The user asked for something that cannot work (missing path, unknown format)."""

    exit_code = 2
