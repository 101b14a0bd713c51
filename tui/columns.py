"""`DocumentColumn`: one pane with its header (outlet, date, title) and a status line.

The header text comes from document metadata (user data), so it is built as `Text`, never
as markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget

from tui.pane import DocumentPane
from tui.state import ReaderState


def header_text(state: ReaderState, doc: int) -> Text:
    """Two rows. With an outlet: number, outlet and date; then the title. Without one the
    title is the name: number, date, then the title wrapping over both rows. The file name
    shows only when the document has neither outlet nor title."""
    d = state.documents[doc]
    name = d.source.rstrip("/").rsplit("/", 1)[-1] or d.source
    top = Text(f"{doc + 1} ", style="bold reverse")
    if not d.outlet and d.title:
        if d.date:
            top.append(f" {d.date} ·", style="dim")
        top.append(f" {d.title}", style="bold")
        return top
    top.append(f" {d.outlet or name}", style="bold")
    if d.date:
        top.append(f" · {d.date}", style="dim")
    top.append("\n")
    if d.title:
        top.append(d.title, style="italic")
    else:
        top.append(d.source, style="dim")
    return top


class PaneHeader(Widget):
    """The header's two rows; text longer than a row ends in an ellipsis, never spills."""

    DEFAULT_CSS = """
    PaneHeader {
        height: 2; padding: 0 1; background: $panel; color: $foreground;
    }
    """

    def __init__(self, text: Text) -> None:
        super().__init__()
        self.text = text

    def render(self) -> Text:
        width = self.content_size.width
        if width <= 0:
            return self.text
        parts = self.text.split("\n")
        if len(parts) > 1:  # outlet row, title row: each cut to one row
            rows = [_ellipsis(p, width) for p in parts[:2]]
        else:  # a title that wraps over both rows
            wrapped = list(parts[0].wrap(self.app.console, width))
            rows = wrapped[:2]
            if len(wrapped) > 2:
                rows[1] = _ellipsis(rows[1], width, more=True)
        return Text("\n").join(rows)


def _ellipsis(text: Text, width: int, *, more: bool = False) -> Text:
    """`text` cut to `width` cells, ending in "…" when cut (or when `more` follows)."""
    out = text.copy()
    out.rstrip()
    if more or out.cell_len > width:
        out.truncate(width - 1)
        out.append("…")
    return out


class PaneStatus(Widget):
    """One line under the text: the cursor sentence's links, or the counterpart's score.

    A plain widget (not `Static`) so that updating it repaints one line without a layout pass.
    """

    def __init__(self, text: Text, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = text

    def render(self) -> Text:
        return self.text

    def set(self, text: Text) -> None:
        if text != self.text:
            self.text = text
            self.refresh()

    DEFAULT_CSS = """
    PaneStatus {
        height: 1; padding: 0 1; background: $panel; color: $text-muted;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    """


class DocumentColumn(Vertical):
    DEFAULT_CSS = """
    DocumentColumn {
        width: 1fr;
        min-width: 24;
        height: 1fr;
        border: round $panel-lighten-2;
    }
    DocumentColumn:focus-within { border: round $accent; }
    """

    def __init__(self, state: ReaderState, doc: int) -> None:
        super().__init__(id=f"column-{doc}")
        self.state = state
        self.doc = doc

    def compose(self) -> ComposeResult:
        yield PaneHeader(header_text(self.state, self.doc))
        yield DocumentPane(self.state, self.doc, id=f"pane-{self.doc}")
        yield PaneStatus(Text(""), id=f"status-{self.doc}")

    @property
    def pane(self) -> DocumentPane:
        return self.query_one(DocumentPane)

    def set_status(self, text: Text) -> None:
        self.query_one(PaneStatus).set(text)
