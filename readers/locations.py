"""Where samestory keeps files: config, data (highlight store) and cache directories.

platformdirs gives the per-OS defaults; `SAMESTORY_CONFIG_DIR`, `SAMESTORY_DATA_DIR` and
`SAMESTORY_CACHE_DIR` override them (tests point them at temporary folders). Light enough for
the engine packages to import.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "samestory"


def _dir(env: str, kind: str) -> Path:
    value = os.environ.get(env)
    if value:
        return Path(value).expanduser()
    import platformdirs

    getter = {
        "config": platformdirs.user_config_dir,
        "data": platformdirs.user_data_dir,
        "cache": platformdirs.user_cache_dir,
    }[kind]
    return Path(getter(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Keymap and settings (theme choice)."""
    return _dir("SAMESTORY_CONFIG_DIR", "config")


def data_dir() -> Path:
    """The highlight store."""
    return _dir("SAMESTORY_DATA_DIR", "data")


def cache_dir() -> Path:
    """Alignment and embedding caches (safe to delete)."""
    return _dir("SAMESTORY_CACHE_DIR", "cache")
