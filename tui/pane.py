"""`DocumentPane`: one article rendered through the Line API with the cursor and its links.

Only visible rows are rendered (`render_line`), so a book-length document scrolls as fast as
a short one; rendered rows are cached until the cursor, links, marks or theme change.
Article text is painted as `rich.text.Text` with style spans, never parsed as markup, and
control characters are shown as visible symbols (see `tui.layout.display_text`).

Keys owned by the pane:

| key | action |
| --- | --- |
| `j` / `down`, `k` / `up` | next / previous sentence |
| `n` / `N` | next / previous sentence that has a counterpart |
| `u` / `U` | next / previous unique sentence |
| `]` / `[` | jump to the counterpart in the next / previous pane |
| `tab` / `shift+tab` | next / previous pane |
| `enter` | detail view of the cursor sentence's passage group |
| `g` / `G`, `pageup` / `pagedown`, `space` | top / bottom, page up / down, page down |
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.events import Click
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from highlights.store import DEFAULT_COLORS
from themes.palette import LINK_MARKERS, UNIQUE_MARKER, KindPalette, ink_for, readable
from tui.layout import Line, Wrapped, display_text, wrap_document
from tui.messages import CursorMoved
from tui.styles import COMPONENT_CLASSES, PANE_STYLES_CSS, palette_from

if TYPE_CHECKING:
    from textual.app import App

    from tui.state import Counterpart, ReaderState

GUTTER = 2


class Navigator(Protocol):
    """Moves the reader's cursor (`ReaderScreen.go_to`)."""

    def __call__(self, doc: int, sentence: int, *, row: int | None = None) -> None: ...


class ScrollListener(Protocol):
    def __call__(self, pane: DocumentPane) -> None: ...


class DocumentPane(ScrollView, can_focus=True):
    """One document of the corpus, one sentence starting each row."""

    BINDINGS = [
        Binding(
            "j,down",
            "move(1)",
            "Sentence",
            key_display="j/k",
            tooltip="Next sentence",
            id="next-sentence",
        ),
        Binding(
            "k,up",
            "move(-1)",
            "Previous sentence",
            show=False,
            tooltip="Previous sentence",
            id="previous-sentence",
        ),
        Binding(
            "n",
            "move(1, 'linked')",
            "Match",
            key_display="n/N",
            tooltip="Next sentence with a match",
            id="next-linked",
        ),
        Binding(
            "N",
            "move(-1, 'linked')",
            "Previous match",
            show=False,
            tooltip="Previous sentence with a match",
            id="previous-linked",
        ),
        Binding(
            "u",
            "move(1, 'unique')",
            "Unique",
            show=False,
            tooltip="Next unique sentence",
            id="next-unique",
        ),
        Binding(
            "U",
            "move(-1, 'unique')",
            "Previous unique",
            show=False,
            tooltip="Previous unique sentence",
            id="previous-unique",
        ),
        Binding(
            "right_square_bracket",
            "screen.jump_counterpart(1)",
            "Jump",
            key_display="]/[",
            tooltip="Counterpart in the next column",
            id="next-counterpart",
        ),
        Binding(
            "left_square_bracket",
            "screen.jump_counterpart(-1)",
            "Previous counterpart",
            show=False,
            tooltip="Counterpart in the previous column",
            id="previous-counterpart",
        ),
        Binding(
            "tab",
            "screen.cycle_pane(1)",
            "Next column",
            show=False,
            tooltip="Next column (cursor on the counterpart)",
            id="next-pane",
        ),
        Binding(
            "shift+tab",
            "screen.cycle_pane(-1)",
            "Previous column",
            show=False,
            tooltip="Previous column",
            id="previous-pane",
        ),
        Binding(
            "enter",
            "screen.detail",
            "Detail",
            tooltip="Detail: passage group, word diffs",
            id="detail",
        ),
        Binding(
            "g,home",
            "edge(-1)",
            "First sentence",
            show=False,
            tooltip="First sentence",
            id="first-sentence",
        ),
        Binding(
            "G,end",
            "edge(1)",
            "Last sentence",
            show=False,
            tooltip="Last sentence",
            id="last-sentence",
        ),
        Binding(
            "pagedown,space",
            "page(1)",
            "Page down",
            show=False,
            tooltip="Page down",
            id="page-down",
        ),
        Binding("pageup", "page(-1)", "Page up", show=False, tooltip="Page up", id="page-up"),
    ]

    COMPONENT_CLASSES = set(COMPONENT_CLASSES)
    DEFAULT_CSS = (
        """
    DocumentPane {
        height: 1fr;
        width: 1fr;
        scrollbar-size-vertical: 1;
        scrollbar-size-horizontal: 0;
        overflow-x: hidden;
    }
    """
        + PANE_STYLES_CSS
    )

    def __init__(self, state: ReaderState, doc: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state
        self.doc = doc
        self.document = state.documents[doc]
        self.shown = display_text(self.document.text)
        self.wrapped: Wrapped | None = None
        self.linked: dict[int, Counterpart] = {}
        self._cache: LRUCache[int, Strip] = LRUCache(512)
        self.navigate: Navigator | None = None
        """Moves the cursor for the pane's keys (else the pane posts `CursorMoved`)."""
        self.on_scrolled: ScrollListener | None = None
        """Told when the pane scrolled (its status line says what is on screen)."""
        self._painted: tuple[int, bool] = (-1, False)
        """(cursor, focused) as last painted, to repaint only what changed."""
        self._base: Style | None = None
        """`rich_style` kept between rows: computing it is half the cost of a row."""
        self._palette: KindPalette | None = None
        """The component styles, read once until styles or the theme change."""

    # -- layout ---------------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        return max(4, self.scrollable_content_region.width - GUTTER - 1)

    def relayout(self, *, force: bool = False) -> None:
        """Re-wrap the text for the current width (keeps the cursor row in place)."""
        if self.scrollable_content_region.width <= GUTTER + 1:
            return  # not laid out yet: wrapping at a made-up width would be wasted work
        width = self.text_width
        if not force and self.wrapped is not None and self.wrapped.width == width:
            return
        # Keep the cursor's row; in the other panes keep the counterpart's, so the panes stay
        # level when the sidebar opens or the terminal is resized.
        anchor = self.cursor
        if self.doc != self.state.focused and self.linked:
            anchor = min(self.linked)
        old_row = None
        if self.wrapped is not None:
            rows = self.wrapped.rows.get(anchor)
            if rows is None:
                anchor = self.cursor
            first = rows[0] if rows is not None else self.cursor_rows()[0]
            old_row = first - int(self.scroll_y)
        self.wrapped = wrap_document(
            self.document, self.shown, width, show_boilerplate=self.state.show_boilerplate
        )
        self.virtual_size = Size(width + GUTTER, len(self.wrapped.lines))
        self.invalidate()
        if old_row is not None:
            self.scroll_sentence(anchor, row=old_row)

    def on_resize(self) -> None:
        self.relayout()

    def on_mount(self) -> None:
        self.relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
        self._base = None
        self._palette = None

    def invalidate(self) -> None:
        """Drop rendered rows and repaint (theme, marks or layout changed)."""
        self._cache.clear()
        self._base = None
        self._palette = None
        self.refresh()

    @property
    def base_style(self) -> Style:
        """The pane's own `rich_style`, computed once until styles or the theme change."""
        if self._base is None:
            self._base = self.rich_style
        return self._base

    def invalidate_sentences(self, sentences: set[int]) -> None:
        """Drop the rendered rows of `sentences` only (cursor or links moved) and repaint."""
        if self.wrapped is None:
            return
        rows = self.wrapped.rows
        top = int(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        for i in sentences:
            span = rows.get(i)
            if span is not None:
                for row in range(span[0], span[1] + 1):
                    self._cache.discard(row)
                if span[1] >= top and span[0] < bottom:
                    self.refresh_lines(span[0], span[1] - span[0] + 1)

    def sync(self, linked: dict[int, Counterpart]) -> None:
        """New counterparts / cursor / focus; repaint only the rows that changed."""
        old = self.linked
        changed = {i for i in old.keys() | linked.keys() if old.get(i) != linked.get(i)}
        focused = self.state.focused == self.doc
        if self._painted != (self.cursor, focused):
            changed |= {self._painted[0], self.cursor}
            self._painted = (self.cursor, focused)
        self.linked = linked
        if changed:
            self.invalidate_sentences(changed)

    # -- cursor ---------------------------------------------------------------------------

    @property
    def cursor(self) -> int:
        return self.state.cursors[self.doc]

    def cursor_rows(self) -> tuple[int, int]:
        if self.wrapped is None:
            return (0, 0)
        rows = self.wrapped.rows.get(self.cursor)
        if rows is None:  # cursor on a hidden sentence: nearest shown one
            nxt = self.state.step(self.doc, self.cursor, 1) or self.state.step(
                self.doc, self.cursor, -1
            )
            rows = self.wrapped.rows.get(nxt if nxt is not None else 0, (0, 0))
        return rows

    def set_cursor(self, sentence: int, *, scroll: bool = True) -> None:
        """Ask for the cursor on `sentence` (the reader screen's `go_to` moves it); without
        `scroll` the sentence stays where it is on screen."""
        row = None if scroll else self.row_of(sentence)
        if self.navigate is not None:
            self.navigate(self.doc, sentence, row=row)
            return
        old = self.state.cursors[self.doc]
        self.state.cursors[self.doc] = sentence
        self.scroll_sentence(sentence, row=row)
        self.invalidate_sentences({old, sentence})
        self.post_message(CursorMoved(self.doc, sentence))

    def row_of(self, sentence: int) -> int | None:
        """Screen row of the sentence's first line, when it is on screen."""
        if self.wrapped is None or sentence not in self.wrapped.rows:
            return None
        row = self.wrapped.rows[sentence][0] - int(self.scroll_y)
        return row if 0 <= row < self.scrollable_content_region.height else None

    def sentences_shown(self) -> tuple[int, int]:
        """First and last sentence with a row on screen (the cursor's when not laid out)."""
        if self.wrapped is None or not self.wrapped.lines:
            return (self.cursor, self.cursor)
        lines = self.wrapped.lines
        top = min(int(self.scroll_y), len(lines) - 1)
        bottom = min(top + max(1, self.scrollable_content_region.height), len(lines)) - 1
        first = self._sentence_near_row(top, 1)
        last = self._sentence_near_row(bottom, -1)
        return (
            first if first is not None else self.cursor,
            last if last is not None else self.cursor,
        )

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.on_scrolled is not None and int(old_value) != int(new_value):
            self.on_scrolled(self)

    def scroll_sentence(self, sentence: int, *, row: int | None = None) -> None:
        """Bring `sentence` into view; with `row`, put its first line at that screen row."""
        if self.wrapped is None or sentence not in self.wrapped.rows:
            return
        first, last = self.wrapped.rows[sentence]
        height = max(1, self.scrollable_content_region.height)
        if row is not None:
            self.scroll_to(y=max(0, first - row), animate=False, immediate=True)
            return
        top = int(self.scroll_y)
        # Keep a margin below the cursor so counterparts scrolled level with it (often longer
        # than the cursor sentence) stay readable; a far jump lands a third of the way down.
        margin = min(6, height // 4)
        if last < top or first >= top + height:
            y = max(0, first - height // 3)
        elif first < top + min(margin, first):
            y = max(0, first - margin)
        elif last >= top + height - margin:
            y = min(first, last + margin - height + 1)
        else:
            return
        self.scroll_to(y=y, animate=False, immediate=True)

    def screen_row_of_cursor(self) -> int:
        return self.cursor_rows()[0] - int(self.scroll_y)

    def action_move(self, direction: int, want: str = "any") -> None:
        target = self.state.step(self.doc, self.cursor, direction, want)
        if target is None:
            if want != "any":  # say so: a terminal bell is often silent (tmux, muted)
                what = {"linked": "sentence with a match", "unique": "unique sentence"}.get(
                    want, f"{want} sentence"
                )
                where = "below" if direction > 0 else "above"
                self.app.notify(f"No {what} {where} in this document", timeout=2)
                self.app.bell()
            return
        self.set_cursor(target)

    def action_edge(self, direction: int) -> None:
        if direction < 0:
            target = self.state.step(self.doc, -1, 1)
        else:
            target = self.state.step(self.doc, len(self.document.sentences), -1)
        if target is not None:
            self.set_cursor(target)

    def action_page(self, direction: int) -> None:
        if self.wrapped is None or not self.wrapped.lines:
            return
        height = max(1, self.scrollable_content_region.height)
        row = self.cursor_rows()[0] + direction * height
        row = min(max(row, 0), len(self.wrapped.lines) - 1)
        target = self._sentence_near_row(row, direction)
        if target is not None:
            self.scroll_to(
                y=max(0, int(self.scroll_y) + direction * height), animate=False, immediate=True
            )
            self.set_cursor(target)

    def _sentence_near_row(self, row: int, direction: int) -> int | None:
        assert self.wrapped is not None
        lines = self.wrapped.lines
        while 0 <= row < len(lines):
            if lines[row].sentence >= 0:
                return lines[row].sentence
            row += direction if direction else 1
        return None

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.wrapped is None:
            return
        row = offset.y + int(self.scroll_y)
        if 0 <= row < len(self.wrapped.lines) and self.wrapped.lines[row].sentence >= 0:
            self.focus()
            self.set_cursor(self.wrapped.lines[row].sentence, scroll=False)

    # -- painting -------------------------------------------------------------------------

    @property
    def palette(self) -> KindPalette:
        """Text styles from the component classes (`tui.styles`) in the current theme."""
        if self._palette is None:
            self._palette = palette_from(self)
        return self._palette

    def render_line(self, y: int) -> Strip:
        row = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        if self.wrapped is None or row >= len(self.wrapped.lines):
            return Strip.blank(width, self.base_style)
        strip = self._cache.get(row)
        if strip is None:  # cached with its mouse offsets: a cache hit builds nothing
            strip = self._render_row(self.wrapped.lines[row], width).apply_offsets(0, row)
            self._cache[row] = strip
        return strip

    def _render_row(self, line: Line, width: int) -> Strip:
        base = self.base_style
        if line.sentence < 0:
            return Strip.blank(width, base)
        p = self.palette
        sentence = self.document.sentences[line.sentence]
        is_cursor = line.sentence == self.cursor
        focused = self.state.focused == self.doc
        counterpart = self.linked.get(line.sentence)

        row_style = base
        if is_cursor and focused:
            row_style = base + p.cursor
        elif counterpart is not None:
            row_style = base + p.links.get(counterpart.kind, p.links["paraphrase"])
            if is_cursor:
                row_style += p.cursor_unfocused
        elif is_cursor:
            row_style = base + p.cursor_unfocused

        text = Text(self.shown[line.start : line.end], style=row_style, no_wrap=True, end="")
        if sentence.boilerplate:
            text.stylize(p.boilerplate)
        elif sentence.heading:
            text.stylize(p.heading)
        self._stylize_marks(text, line, p, is_cursor or counterpart is not None)
        if self.state.search:
            self._stylize_search(text, p)

        gutter = self._gutter(line, p, base)
        body_width = width - GUTTER
        if line.last and counterpart is not None and counterpart.score is not None:
            tag = f" {LINK_MARKERS.get(counterpart.kind, '~')}{counterpart.score:.2f}"
            room = body_width - text.cell_len - 1
            if counterpart.pinned and room >= cell_len(tag) + len(" pinned"):
                tag += " pinned"  # a link a person made
            if room >= cell_len(tag):
                text.append(" " * (room - cell_len(tag)), row_style)
                text.append(tag, row_style + p.score)
        text.pad_right(max(0, body_width - text.cell_len))
        text.truncate(body_width)
        line_text = Text.assemble(gutter, text, no_wrap=True, end="")
        segments = [
            Segment(text, readable(style, base) if style is not None else None, control)
            for text, style, control in line_text.render(self.app.console)
        ]
        return Strip(segments, width).crop_extend(0, width, base)

    def _gutter(self, line: Line, p: KindPalette, base: Style) -> Text:
        kind = self.state.sentence_kind[self.doc][line.sentence]
        mark, style = " ", base
        if line.first and kind in LINK_MARKERS:
            mark, style = LINK_MARKERS[kind], base + p.link_markers[kind]
        elif line.first and kind == "unique":
            mark, style = UNIQUE_MARKER, base + p.unique
        bar = Text(" ", style=base)
        for m in self.state.highlight_marks_at[self.doc].get(line.sentence, ()):
            if m.start < max(line.end, line.start + 1) and line.start < m.end:
                bar = Text("▌", style=base + Style(color=m.color or DEFAULT_COLORS[0]))
                break
        return Text.assemble(Text(mark, style=style), bar)

    def _stylize_marks(self, text: Text, line: Line, p: KindPalette, on_row_bg: bool) -> None:
        a, b = line.start, line.end
        for m in self.state.highlight_marks_at[self.doc].get(line.sentence, ()):
            if m.start < b and a < m.end and not on_row_bg:
                color = m.color or DEFAULT_COLORS[0]
                style = Style(bgcolor=color, color=ink_for(color))
                text.stylize(style, max(m.start, a) - a, min(m.end, b) - a)
        selected = self.state.selected_fact
        for m in self.state.fact_marks_at[self.doc].get(line.sentence, ()):
            if m.end <= a or m.start >= b:
                continue
            lo, hi = max(m.start, a) - a, min(m.end, b) - a
            if m.shared:  # a fact only this article states stays plain text
                text.stylize(p.fact(m.kind), lo, hi)
            if m.conflict:
                text.stylize(p.conflict, lo, hi)
            if selected is not None and m.key == selected:
                text.stylize(p.selected_fact, lo, hi)

    def _stylize_search(self, text: Text, p: KindPalette) -> None:
        needle = self.state.search.lower()
        hay = text.plain.lower()
        i = hay.find(needle)
        while i >= 0 and needle:
            text.stylize(p.search, i, i + len(needle))
            i = hay.find(needle, i + len(needle))


def reader_palette(app: App[object]) -> KindPalette | None:
    """The text styles the document panes paint with (for the sidebar and the windows over
    the reader), or None when no document is open."""
    for screen in app.screen_stack:
        panes = screen.query(DocumentPane)
        if panes:
            return panes.first().palette
    return None
