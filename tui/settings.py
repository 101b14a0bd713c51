"""Per-user reader settings in `readers.locations.config_dir()`: theme and keymap.

- `settings.json`: `{"theme": "samestory-dark"}`, written when the theme changes.
- `keymap.toml`: binding id to keys, e.g. `next-sentence = "j,down"` (top level or under a
  `[keymap]` table). Ids are listed on the help screen (`?`). Passed to `App.set_keymap`.

A broken file is ignored with a one-line warning, never a crash.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from readers.locations import config_dir

SETTINGS_FILE = "settings.json"
KEYMAP_FILE = "keymap.toml"


def _path(name: str) -> Path:
    return config_dir() / name


def load_settings() -> tuple[dict[str, object], str | None]:
    """The settings dict and a warning line if the file could not be read."""
    path = _path(SETTINGS_FILE)
    if not path.exists():
        return {}, None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        return {}, f"ignored {path}: {err}"
    return (data if isinstance(data, dict) else {}), None


def save_settings(**values: object) -> None:
    """Merge `values` into the settings file (best effort: a read-only config dir is fine)."""
    data, _ = load_settings()
    data.update(values)
    path = _path(SETTINGS_FILE)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass


def load_keymap() -> tuple[dict[str, str], str | None]:
    """Binding id to key string from `keymap.toml`, and a warning line if it was broken."""
    path = _path(KEYMAP_FILE)
    if not path.exists():
        return {}, None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        return {}, f"ignored {path}: {err}"
    table = data.get("keymap", data)
    if not isinstance(table, dict):
        return {}, f"ignored {path}: [keymap] is not a table"
    keymap = {str(k): str(v) for k, v in table.items() if isinstance(v, str)}
    return keymap, None
