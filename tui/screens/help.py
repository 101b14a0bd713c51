"""`HelpScreen` (`?`): every key of the reader, from the live bindings (`tui.keys`).

Three columns: the keys (as the footer writes them, with the user's keymap applied), what
they do (the binding's tooltip), and the binding id to use in `keymap.toml`
(see `tui.settings`). The columns are Rich tables of fixed key and id widths, so a long
description wraps inside its own column and never runs into the id.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.keys import KeyGroup, key_footer
from tui.settings import KEYMAP_FILE

OTHER_KEYS: tuple[tuple[str, str], ...] = (
    ("/ then enter", "Search: jump to the first hit"),
    ("/ then ↓ ↑", "Search: pick another hit"),
    ("s then n", "Sets: make a new highlight set"),
    ("escape", "Close any window"),
    ("ctrl+p", "Command palette"),
    ("mouse click", "Select a sentence"),
)
"""Keys of the windows opened over the reader, and the mouse."""


KEYS_WIDTH = 16
ID_WIDTH = 22


def _table(rows: Sequence[tuple[str, str, str]]) -> Table:
    table = Table.grid(padding=(0, 1), expand=True)
    table.add_column("keys", style="bold", no_wrap=True, width=KEYS_WIDTH)
    table.add_column("what", ratio=1)
    table.add_column("id", style="dim", no_wrap=True, width=ID_WIDTH)
    for row in rows:
        table.add_row(*row)
    return table


def help_table(groups: Sequence[KeyGroup]) -> Group:
    """Every key, grouped by where it works: keys, description, keymap id, in three
    columns of the same widths in every group."""
    parts: list[Text | Table] = []
    for group in groups:
        parts.append(Text(group.title, style="bold underline"))
        rows = [(" ".join(e.keys), e.explanation, e.binding_id) for e in group.entries]
        parts += [_table(rows), Text("")]
    parts.append(Text("Search, sets and other windows", style="bold underline"))
    parts.append(_table([(keys, what, "") for keys, what in OTHER_KEYS]))
    return Group(*parts)


def help_text(groups: Sequence[KeyGroup]) -> str:
    """The help table as plain text (what the screen shows, for tests and the README check)."""
    from rich.console import Console

    console = Console(width=100, record=True, file=io.StringIO(), color_system=None)
    console.print(help_table(groups))
    return console.export_text()


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", tooltip="Close", id="help-close"),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 100; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, groups: Sequence[KeyGroup]) -> None:
        super().__init__()
        self.groups = list(groups)

    def compose(self) -> ComposeResult:
        note = Text(
            f'Keys can be changed in {KEYMAP_FILE} in the config folder: binding id = "keys".',
            style="dim",
        )
        with VerticalScroll():
            yield Static(Text("samestory — keys", style="bold"))
            yield Static(help_table(self.groups))
            yield Static(note)
        yield key_footer()
