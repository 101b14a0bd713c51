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
            text.append(f"  {_keys(b, keymap):<16}", style="bold")
            text.append(f"{b.description or b.action:<24}")
            text.append(f"{b.id or ''}\n", style="dim")
        text.append("\n")
    text.append(f"  {'ctrl+p':<16}", style="bold")
    text.append("Command palette\n")
    text.append(f"  {'mouse click':<16}", style="bold")
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
