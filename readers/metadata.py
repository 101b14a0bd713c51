"""Per-file metadata from a folder's `corpus.toml` (outlet, title, date, url)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from readers.errors import UsageError

METADATA_FILE = "corpus.toml"


def load_metadata(folder: Path) -> tuple[str | None, dict[str, dict[str, str]]]:
    """The corpus name and per-file metadata from `folder/corpus.toml` (empty if absent)."""
    path = folder / METADATA_FILE
    if not path.exists():
        return None, {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(str(path), f"invalid corpus metadata: {exc}") from None
    files = data.get("files", {})
    if not isinstance(files, dict):
        raise UsageError(str(path), "invalid corpus metadata: [files] must be a table")
    meta = {
        str(name): {str(k): str(v) for k, v in entry.items()}
        for name, entry in files.items()
        if isinstance(entry, dict)
    }
    name = data.get("name")
    return (str(name) if name else None), meta


def metadata_for(path: Path) -> dict[str, str] | None:
    """The `corpus.toml` entry for one file, read from the file's own folder."""
    try:
        _, meta = load_metadata(path.parent)
    except UsageError:
        return None
    return meta.get(path.name)
