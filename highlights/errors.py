"""Errors the highlight store raises: one line a user can read, never a traceback.

They derive from `readers.errors.SamestoryError`, so the `samestory` entry point prints them
as `samestory: <where>: <reason>` with their `exit_status` (1, or 2 for a request that cannot
work).
"""

from __future__ import annotations

from readers.errors import SamestoryError


class HighlightError(SamestoryError):
    """Something went wrong with the highlight store (exit status 1)."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, reason)


class HighlightUsageError(HighlightError):
    """The user asked for something the highlight store cannot do (exit status 2)."""

    exit_status = 2


class StoreError(HighlightError):
    """The store file cannot be opened or written (permissions, disk, locked too long)."""


class UnknownSetError(HighlightUsageError):
    """No set (or highlight) with that name or id (exit status 2)."""


class ImportFormatError(HighlightUsageError):
    """An import file is not valid JSON or not a samestory/W3C annotation collection."""


class SetExistsError(HighlightUsageError):
    """A set with that name already exists in that corpus (exit status 2)."""


class BadInputError(HighlightUsageError):
    """A value the user gave cannot work: empty name, bad colour, span outside the text."""
