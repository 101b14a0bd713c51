"""Command palette provider (ctrl+p): the reader's keys by name, read from their bindings.

The commands are the bindings of the reader screen and the app plus the detail view, with
the binding's tooltip as the name and its keys as the help line, so the palette lists what
the keys do and never drifts from them (`tui.keys`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.keys import KeyEntry, class_bindings, entries
from tui.screens.reader import ReaderScreen

PANE_COMMANDS = ("detail",)
"""Binding ids of the document panes that are offered as commands too."""


class ReaderCommands(Provider):
    """Reader actions for the command palette."""

    def _commands(self) -> list[tuple[KeyEntry, Callable[[], object]]]:
        from tui.pane import DocumentPane

        app: App[object] = self.app
        reader = next((s for s in app.screen_stack if isinstance(s, ReaderScreen)), None)
        if reader is None:
            return []
        keymap = dict(getattr(app, "keymap_overrides", {}) or {})
        found: list[tuple[KeyEntry, Callable[[], object]]] = []
        for entry in entries(class_bindings(ReaderScreen), keymap, app.get_key_display):
            found.append((entry, partial(app.run_action, entry.action, reader)))
        for entry in entries(class_bindings(DocumentPane), keymap, app.get_key_display):
            if entry.binding_id in PANE_COMMANDS:
                found.append((entry, partial(app.run_action, entry.action)))
        for entry in entries(class_bindings(type(app)), keymap, app.get_key_display):
            if entry.action != "quit":
                found.append((entry, partial(app.run_action, entry.action)))
        return found

    async def discover(self) -> Hits:
        for entry, run in self._commands():
            yield DiscoveryHit(entry.explanation, run, help=f"key: {' '.join(entry.keys)}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for entry, run in self._commands():
            score = matcher.match(entry.explanation)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(entry.explanation),
                    run,
                    help=f"key: {' '.join(entry.keys)}",
                )
