"""Per-file metadata from a folder's `corpus.toml` (title, outlet, author, date, url)."""

from __future__ import annotations

import datetime
import tomllib
from pathlib import Path

from readers.errors import ReaderError, UsageError

METADATA_FILE = "corpus.toml"


_FIELDS = ("title", "outlet", "author", "date", "url")
"""The per-file fields a corpus.toml may give (strings); other keys are ignored."""

_MAX_BYTES = 1024 * 1024
"""A corpus.toml is a few lines per file; more than 1 MiB is a mistake."""


def load_metadata(folder: Path) -> tuple[str | None, dict[str, dict[str, str]]]:
    """The corpus name and per-file metadata from `folder/corpus.toml` (empty if absent).

    Raises a one-line `UsageError` for a metadata file that is not valid TOML, nests too
    deeply, gives a field a non-string value (`outlet = ["x"]`) or is not a readable file.
    """
    path = folder / METADATA_FILE
    source = str(path)
    try:
        if not path.exists() and not path.is_symlink():
            return None, {}
        if path.is_dir():
            raise UsageError(source, "is a directory; corpus metadata must be a TOML file")
        from readers.load import read_capped

        raw = read_capped(path)
        if len(raw) > _MAX_BYTES:
            raise UsageError(source, "corpus metadata over 1 MiB")
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(source, f"invalid corpus metadata: {exc}") from None
    except RecursionError:
        raise UsageError(source, "invalid corpus metadata: nested too deeply") from None
    except PermissionError:
        raise ReaderError(source, "permission denied") from None
    except OSError as exc:
        raise ReaderError(source, exc.strerror or str(exc)) from None
    files = data.get("files", {})
    if not isinstance(files, dict):
        raise UsageError(source, "invalid corpus metadata: [files] must be a table")
    meta: dict[str, dict[str, str]] = {}
    for name, entry in files.items():
        if not isinstance(entry, dict):
            raise UsageError(source, f"invalid corpus metadata: files.{name!r} must be a table")
        fields: dict[str, str] = {}
        for key, value in entry.items():
            if key not in _FIELDS:
                continue
            if isinstance(value, datetime.date):  # TOML dates: date = 2025-11-28
                value = value.isoformat()[:10]
            if not isinstance(value, str):
                raise UsageError(
                    source,
                    f"invalid corpus metadata: files.{name!r}.{key} must be a string, "
                    f"not {_toml_type(value)}",
                )
            fields[key] = value
        meta[str(name)] = fields
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        raise UsageError(
            source, f"invalid corpus metadata: name must be a string, not {_toml_type(name)}"
        )
    return (name or None), meta


def _toml_type(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return type(value).__name__


def metadata_for(path: Path) -> dict[str, str] | None:
    """The `corpus.toml` entry for one file, read from the file's own folder."""
    try:
        _, meta = load_metadata(path.parent)
    except ReaderError:  # a bad corpus.toml does not stop reading a file given by name
        return None
    return meta.get(path.name)
