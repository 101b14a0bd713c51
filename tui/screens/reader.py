"""`ReaderScreen`: the columns, the fact sidebar and the routing between them.

The screen owns the document columns, the sidebar, the progress line and the highlight
controller, and every navigation goes through one method, `go_to(doc, sentence)`: it sets
the cursor, focus, scroll position and the counterparts' links in one order. Focus events of
other screens (search, prompts) never reach it, so nothing here runs while a modal is on top.
Corrections (`l`, `L`) are re-applied in the `corrections` thread worker, one request at a
time; its `CorrectionsApplied` result is shown here, and in the detail view when it is open.
"""

from __future__ import annotations

import time

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Header, ProgressBar, Static

from compare.model import SentenceRef
from readers.textsafe import one_line
from tui.columns import MIN_COLUMN, ColumnRow, DocumentColumn
from tui.highlighting import HighlightController, HighlightData
from tui.keys import key_footer
from tui.messages import CorrectionsApplied, CursorMoved, FactChosen
from tui.pane import DocumentPane
from tui.screens.corrections import CorrectionsController, start_link, start_unlink
from tui.sidebar import FactSidebar
from tui.state import ReaderState, plural
from tui.status import NoteMark, PaneView, status_forms

SIDEBAR_WIDTH = 40
"""Cells of the fact sidebar (at most 45 % of the width)."""
STEP_LABELS = {"alignment": "Extracting facts…", "facts": "Loading highlights…"}
"""The progress line's text after each analysis step."""


class Progress(Horizontal):
    DEFAULT_CSS = """
    Progress { height: 1; dock: bottom; background: $panel; }
    Progress Static { width: auto; padding: 0 1; }
    Progress ProgressBar { width: 30; }
    """


class ReaderScreen(Screen[None]):
    """Documents side by side with the cursor's counterparts lit."""

    BINDINGS = [
        Binding("f", "sidebar", "Facts", tooltip="Facts sidebar (again: close it)", id="sidebar"),
        # Keys that open a window with an input are priority bindings: the window is pushed
        # while the key is handled, so the keys typed right after it go into the window.
        Binding(
            "slash",
            "search",
            "Search",
            tooltip="Search all documents",
            id="search",
            priority=True,
        ),
        Binding(
            "escape",
            "clear_search",
            "Clear search",
            show=False,
            tooltip="Clear the search (its hits stop being lit)",
            id="clear-search",
        ),
        Binding(
            "b",
            "toggle_boilerplate",
            "Boilerplate",
            show=False,
            tooltip="Show / hide boilerplate",
            id="boilerplate",
        ),
        Binding(
            "o", "overview", "Overview", tooltip="Overview: similarity, density", id="overview"
        ),
        Binding(
            "p",
            "provenance",
            "Provenance",
            show=False,
            tooltip="Provenance: sources and what each outlet changed",
            id="provenance",
        ),
        Binding(
            "h",
            "highlight",
            "Highlight",
            show=False,
            tooltip="Highlight the sentence (or the search hit in it)",
            id="highlight",
        ),
        Binding(
            "H",
            "highlight_group",
            "Highlight group",
            show=False,
            tooltip="Highlight the sentence and its counterparts",
            id="highlight-group",
        ),
        Binding(
            "x",
            "remove_highlight",
            "Remove highlight",
            show=False,
            tooltip="Remove the active set's highlight here",
            id="remove-highlight",
        ),
        Binding(
            "e",
            "edit_note",
            "Edit note",
            show=False,
            tooltip="Edit the note of the highlight here",
            id="edit-note",
            priority=True,
        ),
        Binding(
            "l",
            "link",
            "Link",
            show=False,
            tooltip="Link the sentence with one you pick in another column (they say the same)",
            id="link",
        ),
        Binding(
            "L",
            "unlink",
            "Unlink",
            show=False,
            tooltip="Unlink a counterpart of the sentence (they do not say the same)",
            id="unlink",
        ),
        Binding(
            "s",
            "sets",
            "Highlight sets",
            show=False,
            tooltip="Highlight sets: pick, create, jump",
            id="sets",
            priority=True,
        ),
    ]

    DEFAULT_CSS = """
    ReaderScreen #columns { height: 1fr; }
    ReaderScreen #body { height: 1fr; }
    """

    def __init__(self, state: ReaderState) -> None:
        super().__init__(id="reader")
        self.state = state
        self.highlighter = HighlightController(self)
        self.corrections = CorrectionsController(self)
        self.analysis_done = False

    # -- composition ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with ColumnRow(id="columns"):
                for d in range(len(self.state.documents)):
                    yield DocumentColumn(self.state, d)
            yield FactSidebar(self.state)
        with Progress(id="progress"):
            yield Static("Aligning…", id="progress-label")
            yield ProgressBar(total=3, show_eta=False, show_percentage=False)
        yield key_footer()

    def on_mount(self) -> None:
        for pane in self.panes:
            pane.navigate = self.go_to
            pane.on_scrolled = self.update_status
        if self.panes:
            self.panes[0].focus()
        self.refresh_status()

    @property
    def panes(self) -> list[DocumentPane]:
        return list(self.query(DocumentPane))

    def pane(self, doc: int) -> DocumentPane:
        return self.query_one(f"#pane-{doc}", DocumentPane)

    @property
    def sidebar(self) -> FactSidebar:
        return self.query_one(FactSidebar)

    # -- what the host protocol of the highlight controller asks ---------------------------

    def say(self, message: str, *, warning: bool = False, timeout: float = 2.0) -> None:
        """A one-line notification; `message` may hold document text, so it is made safe."""
        self.app.notify(
            one_line(message),
            severity="warning" if warning else "information",
            timeout=timeout,
            markup=False,
        )

    def marks_changed(self) -> None:
        self.refresh_panes()

    # -- engine results -------------------------------------------------------------------

    def show_alignment(self) -> None:
        self.relink()

    def show_facts(self) -> None:
        self.sidebar.rebuild()
        self.refresh_panes()

    def start_corrections(self, generation: int) -> None:
        """Re-apply the corrections in a worker (requests overtaken by a newer one are skipped)."""
        self._apply_corrections(generation)

    @work(thread=True, group="corrections", exit_on_error=False, description="corrections")
    def _apply_corrections(self, generation: int) -> None:
        t0 = time.perf_counter()
        base = self.corrections.base
        if base is None:
            return
        corrected = self.corrections.compute(base, self.state.scorer, generation=generation)
        if corrected is not None:  # None: a newer request is on its way
            self.post_message(CorrectionsApplied(generation, corrected, time.perf_counter() - t0))

    def on_corrections_applied(self, message: CorrectionsApplied) -> None:
        if not self.corrections.applied(message.generation, message.corrected):
            return  # an older request's result: the newest one is shown instead
        self.refresh_panes()  # marks change beyond the cursor's group (a freed counterpart)
        update_counts = getattr(self.app, "update_counts", None)
        if callable(update_counts):  # links and unique sentences in the title bar
            update_counts()
        from tui.screens.detail import DetailScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, DetailScreen):
                screen.alignment_changed()

    def show_highlights(self, data: HighlightData) -> None:
        self.highlighter.loaded(data)

    def step_done(self, step: str) -> None:
        """Advance the progress line; hide it after the last step."""
        bar = self.query_one(ProgressBar)
        bar.advance(1)
        label = STEP_LABELS.get(step)
        if label:
            self.query_one("#progress-label", Static).update(label)
        if (bar.progress or 0) >= (bar.total or 0):
            self.query_one("#progress").display = False
            self.analysis_done = True

    # -- navigation -----------------------------------------------------------------------

    def go_to(self, doc: int, sentence: int, *, row: int | None = None) -> None:
        """Put the cursor on `sentence` of document `doc` and show it: boilerplate shown if
        it is hidden there, the pane focused and scrolled (with `row`, the sentence's first
        line at that screen row), counterparts lit and scrolled level, the column in view."""
        state = self.state
        if not state.visible(doc, sentence):
            state.show_boilerplate = True
            self._relayout_all()
        pane = self.pane(doc)
        old = state.cursors[doc]
        state.cursors[doc] = sentence
        state.focused = doc
        if self.focused is not pane:
            self.set_focus(pane, scroll_visible=False)  # the row scrolls by whole columns
        pane.scroll_sentence(sentence, row=row)
        pane.invalidate_sentences({old, sentence})
        self.relink()
        self.query_one(ColumnRow).show_column(doc)

    def on_cursor_moved(self, message: CursorMoved) -> None:
        self.go_to(message.doc, message.sentence)

    def relink(self, *, scroll: bool = True) -> None:
        """Recompute the cursor's counterparts, repaint panes, scroll counterparts into view."""
        cps = self.state.counterparts()
        focused = self.state.focused
        panes = self.panes
        row = panes[focused].screen_row_of_cursor() if panes else 0
        for pane in panes:
            pane.sync(cps.get(pane.doc, {}))
            if scroll and pane.doc != focused and pane.linked:
                pane.scroll_sentence(min(pane.linked), row=max(0, row))
        self.refresh_status()

    def refresh_status(self) -> None:
        for pane in self.panes:
            self.update_status(pane)

    def update_status(self, pane: DocumentPane) -> None:
        column = pane.parent
        if not isinstance(column, DocumentColumn):
            return
        view = PaneView(pane.doc, pane.cursor, pane.linked, pane.sentences_shown())
        note = None
        if pane.doc == self.state.focused:
            for placed in self.highlighter.under_cursor():
                note = NoteMark(self.highlighter.color(placed), placed.highlight.note)
                break
        column.set_status(*status_forms(self.state, view, note))

    def refresh_panes(self) -> None:
        for pane in self.panes:
            pane.invalidate()
        self.refresh_status()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        widget = event.widget
        if isinstance(widget, DocumentPane) and widget.doc != self.state.focused:
            self.state.focused = widget.doc
            self.relink(scroll=False)
        if self.state.documents:  # after Textual's own scroll to the focused widget
            self.call_later(self.query_one(ColumnRow).show_column, self.state.focused)

    def _relayout_all(self) -> None:
        for pane in self.panes:
            if not self.state.visible(pane.doc, pane.cursor):
                nxt = self.state.step(pane.doc, pane.cursor, 1)
                if nxt is None:
                    nxt = self.state.step(pane.doc, pane.cursor, -1)
                if nxt is not None:
                    self.state.cursors[pane.doc] = nxt
            pane.relayout(force=True)
            pane.scroll_sentence(pane.cursor)
        self.relink()

    # -- actions --------------------------------------------------------------------------

    def action_cycle_pane(self, direction: int) -> None:
        n = len(self.state.documents)
        if n < 2:
            return
        target = (self.state.focused + direction) % n
        pane = self.pane(target)
        sentence = min(pane.linked) if pane.linked else pane.cursor
        self.go_to(target, sentence, row=pane.row_of(sentence))

    def action_jump_counterpart(self, direction: int) -> None:
        n = len(self.state.documents)
        cps = self.state.counterparts()
        for k in range(1, n):
            d = (self.state.focused + direction * k) % n
            if cps.get(d):
                row = self.pane(self.state.focused).screen_row_of_cursor()
                self.go_to(d, min(cps[d]), row=max(0, row))
                return
        self.say("This sentence has no counterpart in another column")
        self.app.bell()

    def action_detail(self) -> None:
        from tui.screens.detail import DetailScreen

        def done(target: SentenceRef | None) -> None:
            if target is not None:
                self.go_to(target.doc, target.sentence)

        self.app.push_screen(DetailScreen(self.state, self.corrections), done)

    def action_overview(self) -> None:
        from tui.screens.overview import OverviewScreen

        self.app.push_screen(OverviewScreen(self.state, scorer=self.state.scorer))

    def action_provenance(self) -> None:
        from tui.screens.provenance import ProvenanceScreen

        state = self.state
        if state.alignment is None or state.facts is None:
            self.app.notify("Provenance needs the alignment and the facts: still working…")
            return

        def done(target: tuple[int, int] | None) -> None:
            if target is not None:
                self.go_to(*target)

        self.app.push_screen(ProvenanceScreen(state.documents, state.alignment, state.facts), done)

    def action_search(self) -> None:
        from tui.screens.search import SearchScreen

        def done(result: tuple[str, int, int] | None) -> None:
            if result is None:
                return
            query, doc, sentence = result
            self.state.search = query
            self.go_to(doc, sentence)
            self.refresh_panes()

        self.app.push_screen(SearchScreen(self.state), done)

    def action_clear_search(self) -> None:
        """Drop the search text: its hits stop being lit and `h` takes whole sentences again."""
        if self.state.search:
            self.state.search = ""
            self.refresh_panes()
            self.say("Search cleared", timeout=1.5)

    def action_sidebar(self) -> None:
        sidebar = self.sidebar
        if sidebar.display and sidebar.has_focus_within:
            sidebar.display = False
            self.pane(self.state.focused).focus()
        else:
            sidebar.display = True
            sidebar.focus_list()
        self._place_sidebar()

    def _place_sidebar(self) -> None:
        """Size the columns for the sidebar at once (no reflow a frame later). When beside
        it fewer than two columns would fit, the sidebar overlays the right-hand column."""
        sidebar = self.sidebar
        body = self.query_one("#body").size.width
        width = min(SIDEBAR_WIDTH, body * 45 // 100)
        overlay = sidebar.display and body - width < 2 * MIN_COLUMN
        sidebar.set_class(overlay, "-overlay")
        sidebar.styles.width = width
        if overlay:
            sidebar.styles.offset = (body - width, 0)
        row_width = body - width if sidebar.display and not overlay else body
        row = self.query_one(ColumnRow)
        row.styles.width = row_width if sidebar.display else "1fr"
        row.fit(row_width)

    def on_resize(self) -> None:
        if self.sidebar.display:
            self._place_sidebar()

    def action_focus_panes(self) -> None:
        self.pane(self.state.focused).focus()

    def on_fact_chosen(self, message: FactChosen) -> None:
        """Light every mention of the fact and jump to the next one after the cursor."""
        state = self.state
        first_choice = state.selected_fact != message.key
        state.selected_fact = message.key
        mentions = state.fact_mentions(message.key)
        if not mentions:
            self.refresh_panes()
            return
        here = (state.focused, state.cursors[state.focused])
        later = [m for m in mentions if m > here or (first_choice and m == here)]
        doc, sentence = later[0] if later else mentions[0]
        focus = self.focused
        self.go_to(doc, sentence)
        if focus is not None and not isinstance(focus, DocumentPane):
            focus.focus()  # the sidebar keeps the keyboard: enter again jumps on
        self.refresh_panes()

    def action_toggle_boilerplate(self) -> None:
        self.state.show_boilerplate = not self.state.show_boilerplate
        self._relayout_all()
        shown = "shown" if self.state.show_boilerplate else "hidden"
        self.say(f"Boilerplate {shown}", timeout=1.5)

    def action_highlight(self) -> None:
        self.highlighter.highlight_sentence()

    def action_highlight_group(self) -> None:
        self.highlighter.highlight_group()

    def action_remove_highlight(self) -> None:
        if not self.highlighter.remove():
            self.app.bell()

    def action_edit_note(self) -> None:
        if not self.highlighter.ready:
            return
        target = self.highlighter.note_target()
        if target is None:
            self.say("No highlight under the cursor (h highlights it)", warning=True)
            return
        from tui.screens.prompt import PromptScreen

        highlight_id = target.highlight.id

        def done(note: str | None) -> None:
            if note is not None:
                self.highlighter.save_note(highlight_id, note)

        self.app.push_screen(
            PromptScreen("Note", target.highlight.note, placeholder="note for this highlight"),
            done,
        )

    def action_link(self) -> None:
        start_link(self)

    def action_unlink(self) -> None:
        start_unlink(self)

    def action_sets(self) -> None:
        if not self.highlighter.ready:
            return
        from tui.screens.sets import SetsScreen

        def done(target: tuple[int, int] | None) -> None:
            if target is not None:
                self.go_to(*target)

        self.app.push_screen(SetsScreen(self.highlighter), done)

    def warn_about_documents(self, minimum: int) -> None:
        """Tell the user what the readers noticed about each document (very little text, a
        charset that did not fit...); a document with fewer than `minimum` content sentences
        and no such note gets one."""
        for d, doc in enumerate(self.state.documents):
            notes = list(doc.warnings)
            count = sum(1 for s in doc.sentences if not s.boilerplate)
            if not notes and count < minimum:
                notes.append(
                    f"only {plural(count, 'sentence')} extracted: the page may need a browser"
                )
            for note in notes:
                self.say(f"{d + 1} {doc.label}: {note}", warning=True, timeout=8)
