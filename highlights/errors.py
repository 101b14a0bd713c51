"""Errors the highlight store raises: one line a user can read, never a traceback.

They subclass `readers.errors.ReaderError`/`UsageError` so the `samestory` entry point prints
them as `samestory: <where>: <reason>` with the right exit status.
"""

from __future__ import annotations

from readers.errors import ReaderError, UsageError


class HighlightError(ReaderError):
    """Something went wrong with the highlight store (exit status 1)."""


class StoreError(HighlightError):
    """The store file cannot be opened or written (permissions, disk, locked too long)."""


class UnknownSetError(UsageError):
    """No set (or highlight) with that name or id (exit status 2)."""


class ImportFormatError(UsageError):
    """An import file is not valid JSON or not a samestory/W3C annotation collection."""


class SetExistsError(UsageError):
    """A set with that name already exists in that corpus (exit status 2)."""


class BadInputError(UsageError):
    """A value the user gave cannot work: empty name, bad colour, span outside the text."""
