"""Command palette provider: every reader action by name (ctrl+p)."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Detail view of the cursor sentence", "detail", "Passage group with word-level diffs"),
    ("Overview", "overview", "Similarity heat map and density bars"),
    ("Search all panes", "search", "Find text in every document"),
    ("Toggle fact sidebar", "sidebar", "Figures, dates, entities, quotes, conflicts"),
    ("Toggle boilerplate", "toggle_boilerplate", "Show or hide navigation, bylines, comments"),
    ("Next theme", "cycle_theme", "Dark, light, high contrast"),
    ("Highlight cursor sentence", "highlight", "Into the active highlight set"),
    ("Highlight passage group", "highlight_group", "The sentence and its counterparts"),
    ("Remove highlight", "remove_highlight", "Under the cursor"),
    ("Edit highlight note", "edit_note", "Note of the highlight under the cursor"),
    ("Highlight sets", "sets", "Pick, create, browse sets and orphans"),
    ("Help", "help", "Every key"),
)


class ReaderCommands(Provider):
    """Reader actions for the command palette."""

    async def discover(self) -> Hits:
        for name, action, help_text in COMMANDS:
            yield DiscoveryHit(name, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self.app.run_action, action),
                    help=help_text,
                )
