"""`DocumentColumn` (one pane with its header and a status line) and `ColumnRow`, the
horizontally scrolling row that sizes the columns to whole cells.

The header text comes from document metadata (user data), so it is built as `Text`, never
as markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import HorizontalScroll, Vertical
from textual.events import Resize
from textual.widget import Widget

from readers.textsafe import one_line
from tui.pane import DocumentPane
from tui.state import ReaderState


def header_text(state: ReaderState, doc: int) -> Text:
    """Two rows. With an outlet: number, outlet and date; then the title. Without one the
    title is the name: number, date, then the title wrapping over both rows. The file name
    shows only when the document has neither outlet nor title. Metadata is data: control
    characters come out visible."""
    d = state.documents[doc]
    source = one_line(d.source)
    name = source.rstrip("/").rsplit("/", 1)[-1] or source
    title, outlet, date = one_line(d.title or ""), one_line(d.outlet or ""), one_line(d.date or "")
    top = Text(f"{doc + 1} ", style="bold reverse")
    if not outlet and title:
        if date:
            top.append(f" {date} ·", style="dim")
        top.append(f" {title}", style="bold")
        return top
    top.append(f" {outlet or name}", style="bold")
    if date:
        top.append(f" · {date}", style="dim")
    author = one_line(d.author or "")
    if author:
        top.append(f" · {author}", style="dim")
    top.append("\n")
    if title:
        top.append(title, style="italic")
    else:
        top.append(source, style="dim")
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

    Holds a few forms of the line, longest first, and shows the first that fits the width
    (the last one, cut, when none does), so a narrow column keeps the kind and the score.
    A plain widget (not `Static`) so that updating it repaints one line without a layout pass.
    """

    def __init__(self, text: Text, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.forms: tuple[Text, ...] = (text,)

    @property
    def text(self) -> Text:
        """The form shown at the current width."""
        width = self.content_size.width
        for form in self.forms:
            if width <= 0 or form.cell_len <= width:
                return form
        return self.forms[-1]

    def render(self) -> Text:
        return self.text

    def set(self, *forms: Text) -> None:
        """Show the first of `forms` (longest first) that fits."""
        if forms and forms != self.forms:
            self.forms = forms
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

    def set_status(self, *forms: Text) -> None:
        self.query_one(PaneStatus).set(*forms)


MIN_COLUMN = 30
"""Narrowest useful column: fewer columns are shown (the row scrolls) below this."""
MAX_VISIBLE = 6


def column_widths(width: int, count: int) -> list[int]:
    """Whole-cell widths for `count` columns in a row `width` cells wide.

    2-6 columns are visible (as many as fit `MIN_COLUMN`); the cells left over after
    dividing the width go one each to columns spread with the period of the visible count,
    so any run of visible-count neighbours sums to exactly `width`: wherever the row is
    scrolled to a column edge, no sliver of the next column shows.
    """
    if count <= 0 or width <= 0:
        return []
    visible = max(1, min(count, MAX_VISIBLE, width // MIN_COLUMN))
    base, extra = divmod(width, visible)
    return [base + (1 if i % visible < extra else 0) for i in range(count)]


class ColumnRow(HorizontalScroll):
    """The columns side by side; re-fits them whenever its own size changes.

    The row only ever scrolls to column edges, and the column widths make every run of
    visible neighbours fill the row exactly.
    """

    focused = 0
    """Index of the column to keep in view (the app sets it when focus moves)."""

    def __init__(self, *children: Widget, id: str | None = None) -> None:
        super().__init__(*children, id=id)
        self.visible_count = 1
        self.widths: list[int] = []

    def on_resize(self, event: Resize) -> None:
        self.fit()

    def fit(self, width: int | None = None) -> None:
        """Size the columns to whole cells filling the row (`width` cells when the row is
        about to get that wide), then show the focused one."""
        columns = list(self.query_children(DocumentColumn))
        if width is None:
            width = self.scrollable_content_region.width
        if not columns or width <= 0:
            return
        self.widths = column_widths(width, len(columns))
        self.visible_count = max(1, min(len(columns), MAX_VISIBLE, width // MIN_COLUMN))
        for column, cells in zip(columns, self.widths, strict=True):
            current = column.styles.width
            if current is None or current.unit.name != "CELLS" or current.value != cells:
                column.styles.width = cells
        self.call_after_refresh(self.show_column)

    def show_column(self, index: int | None = None) -> None:
        """Scroll (to a column edge) so the column at `index` (default: `focused`) shows."""
        if index is not None:
            self.focused = index
        n = len(self.widths)
        if not 0 <= self.focused < n:
            return
        edges = [sum(self.widths[:i]) for i in range(n + 1)]
        x = int(self.scroll_x)
        start = max(i for i in range(n) if edges[i] <= x) if x > 0 else 0
        if self.focused < start:
            start = self.focused
        elif self.focused >= start + self.visible_count:
            start = self.focused - self.visible_count + 1
        start = max(0, min(start, n - self.visible_count))
        if edges[start] != x:
            self.scroll_to(x=edges[start], animate=False, immediate=True)
