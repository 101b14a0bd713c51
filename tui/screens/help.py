"""`HelpScreen` (`?`): every key of the reader, read from the live bindings and keymap.

Lists the bindings of the app, the document panes and the sidebar with their descriptions
and the binding id to use in `keymap.toml` (see `tui.settings`).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.settings import KEYMAP_FILE

LONG = {
    "next-sentence": "Next sentence",
    "next-linked": "Next sentence with a match",
    "previous-linked": "Previous sentence with a match",
    "next-unique": "Next unique sentence",
    "previous-unique": "Previous unique sentence",
    "next-counterpart": "Counterpart in next pane",
    "previous-counterpart": "Counterpart in previous pane",
    "detail": "Detail: passage, word diffs",
    "sidebar": "Facts sidebar",
    "search": "Search all documents",
    "clear-search": "Clear the search",
    "boilerplate": "Show / hide boilerplate",
    "theme": "Next theme",
    "overview": "Overview: similarity, density",
    "highlight": "Highlight sentence / search hit",
    "highlight-group": "Highlight its passage group",
    "edit-note": "Edit the highlight's note",
    "sets": "Highlight sets",
    "help": "This help",
    "sidebar-back": "Back to the panes",
}
"""Help wording for bindings whose footer label is too short to explain them (≤ 30 cells)."""


def _bindings(owner: type) -> list[Binding]:
    return [b for b in getattr(owner, "BINDINGS", []) if isinstance(b, Binding)]


def _keys(binding: Binding, keymap: dict[str, str]) -> str:
    keys = keymap.get(binding.id or "", binding.key)
    names = []
    for key in keys.split(","):
        key = key.strip()
        names.append(
            {
                "right_square_bracket": "]",
                "left_square_bracket": "[",
                "question_mark": "?",
                "slash": "/",
            }.get(key, key)
        )
    return " ".join(names)


def help_text(keymap: dict[str, str]) -> Text:
    """Every binding, grouped by the widget that owns it: keys, description, keymap id."""
    from tui.app import SameStoryApp
    from tui.pane import DocumentPane
    from tui.sidebar import FactList

    text = Text()
    for title, owner in (
        ("Reading (document panes)", DocumentPane),
        ("Reader", SameStoryApp),
        ("Fact sidebar", FactList),
    ):
        text.append(f"{title}\n", style="bold underline")
        for b in _bindings(owner):
            text.append(f"  {_keys(b, keymap):<15}", style="bold")
            text.append(f"{LONG.get(b.id or '', b.description or b.action):<31}")
            text.append(f"{b.id or ''}\n", style="dim")
        if owner is FactList:
            for keys, what in (
                ("enter", "Light every mention, jump to"),
                ("", "the next (again: the one after)"),
            ):
                text.append(f"  {keys:<15}", style="bold")
                text.append(f"{what}\n")
        text.append("\n")
    text.append("Search, sets and other windows\n", style="bold underline")
    for keys, what in (
        ("/ then enter", "Search: jump to the first hit"),
        ("/ then ↓", "Search: pick another hit"),
        ("s then n", "Sets: make a new highlight set"),
        ("escape", "Close any window"),
    ):
        text.append(f"  {keys:<15}", style="bold")
        text.append(f"{what}\n")
    text.append(f"  {'ctrl+p':<15}", style="bold")
    text.append("Command palette\n")
    text.append(f"  {'mouse click':<15}", style="bold")
    text.append("Select a sentence\n")
    return text


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help-close"),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def compose(self) -> ComposeResult:
        keymap = dict(getattr(self.app, "keymap_overrides", {}) or {})
        note = Text(
            f'Keys can be changed in {KEYMAP_FILE} in the config folder: binding id = "keys".',
            style="dim",
        )
        with VerticalScroll():
            yield Static(Text("samestory — keys", style="bold"))
            yield Static(help_text(keymap))
            yield Static(note)
