"""The key catalogue: every key of the reader, read from the live bindings.

The `Binding`s of the widgets and screens are the only place a key, its short label
(`description`, shown in the footer), its explanation (`tooltip`) and its keymap id are
written. The help screen, the command palette and the README check all read them from here,
with the user's keymap applied and keys shown as the app shows them (`App.get_key_display`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from textual.binding import Binding
from textual.widgets import Footer

KEY_NAMES = {
    "enter": "enter",
    "escape": "escape",
    "pagedown": "pagedown",
    "pageup": "pageup",
    "space": "space",
}
"""Keys spelt out in full (Textual's own display would be ⏎, esc, pgdn...)."""

RESERVED_KEYS = ("p",)
"""Keys kept free for the provenance screen."""


@dataclass(frozen=True)
class KeyEntry:
    """One binding id: the keys that run it, what it does, the id for `keymap.toml`."""

    keys: tuple[str, ...]
    label: str
    """Short label (footer, palette)."""
    explanation: str
    """What the key does (help screen, palette help, footer tooltip)."""
    binding_id: str
    action: str


@dataclass(frozen=True)
class KeyGroup:
    title: str
    entries: tuple[KeyEntry, ...]


def class_bindings(owner: type) -> list[Binding]:
    """The `Binding`s declared on `owner` (a widget, screen or app class)."""
    return [b for b in getattr(owner, "BINDINGS", []) if isinstance(b, Binding)]


def entries(
    bindings: Iterable[Binding],
    keymap: Mapping[str, str],
    display: Callable[[Binding], str],
) -> list[KeyEntry]:
    """One entry per binding, with the keymap's keys in place of the defaults."""
    out: list[KeyEntry] = []
    for b in bindings:
        keys = keymap.get(b.id or "", b.key)
        shown = tuple(
            display(replace(b, key=k.strip(), key_display=None))
            for k in keys.split(",")
            if k.strip()
        )
        out.append(
            KeyEntry(
                keys=shown,
                label=b.description or b.action,
                explanation=b.tooltip or b.description or b.action,
                binding_id=b.id or "",
                action=b.action,
            )
        )
    return out


def catalogue(
    groups: Iterable[tuple[str, Iterable[type]]],
    keymap: Mapping[str, str],
    display: Callable[[Binding], str],
) -> list[KeyGroup]:
    """Key groups titled as given, each from the bindings of its owner classes."""
    out = []
    for title, owners in groups:
        found: list[KeyEntry] = []
        for owner in owners:
            found += entries(class_bindings(owner), keymap, display)
        out.append(KeyGroup(title, tuple(found)))
    return out


def key_display(binding: Binding, default: Callable[[Binding], str]) -> str:
    """How a key is written in the footer, help and README: `enter`, `escape` and page keys
    in full, everything else as Textual writes it (`]`, `?`, `↓`)."""
    if binding.key_display:
        return binding.key_display
    return KEY_NAMES.get(binding.key, default(binding))


def key_footer() -> Footer:
    """The footer every screen shows its keys in: compact, without the palette key (the
    palette is listed with the reader's own keys)."""
    return Footer(compact=True, show_command_palette=False)
