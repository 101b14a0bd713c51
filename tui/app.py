"""The samestory Textual app: composition, engine workers and routing between widgets.

Layout: header (corpus name and counts), a horizontally scrolling row of document columns
(2-6 visible, more scroll), the fact sidebar (docked right, `f`), a progress line while the
engine runs, footer. Alignment, fact extraction and highlight resolution run in one thread
worker (`_analyse`) and come back as `AnalysisStep` messages; the UI never calls the engine.

Keys owned by the app (the panes own the reading keys, see `tui.pane`):

| key | action |
| --- | --- |
| `f` | open/focus the fact sidebar (again: close it) |
| `/` | search across all panes |
| `b` | show/hide boilerplate |
| `t` | next theme |
| `o` | overview: similarity heat map and density bars |
| `h` / `H` / `x` / `e` / `s` | highlight sentence / passage group, remove, note, sets |
| `?` | help |
| `q` | quit |
"""

from __future__ import annotations

import gc
import time
from typing import Any

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Header, ProgressBar, Static

from readers import Corpus
from themes import THEME_NAMES, THEMES
from themes.palette import LINK_MARKERS, UNIQUE_MARKER
from tui import engine
from tui.columns import ColumnRow, DocumentColumn
from tui.commands import ReaderCommands
from tui.highlighting import HighlightController
from tui.messages import AnalysisFailed, AnalysisStep, CursorMoved, FactChosen
from tui.pane import DocumentPane
from tui.settings import load_keymap, load_settings, save_settings
from tui.sidebar import FactSidebar
from tui.state import ReaderState


class Progress(Horizontal):
    DEFAULT_CSS = """
    Progress { height: 1; dock: bottom; background: $panel; }
    Progress Static { width: auto; padding: 0 1; }
    Progress ProgressBar { width: 30; }
    """


class SameStoryApp(App[None]):
    """Comparative reader for the documents of a `readers.Corpus`."""

    TITLE = "samestory"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {ReaderCommands}
    CSS = """
    #columns { height: 1fr; }
    """
    BINDINGS = [
        Binding("f", "sidebar", "Facts", id="sidebar"),
        Binding("slash", "search", "Search", id="search"),
        Binding("escape", "clear_search", "Clear search", show=False, id="clear-search"),
        Binding("b", "toggle_boilerplate", "Boilerplate", show=False, id="boilerplate"),
        Binding("t", "cycle_theme", "Theme", show=False, id="theme"),
        Binding("o", "overview", "Overview", id="overview"),
        Binding("h", "highlight", "Highlight", show=False, id="highlight"),
        Binding("H", "highlight_group", "Highlight group", show=False, id="highlight-group"),
        Binding("x", "remove_highlight", "Remove highlight", show=False, id="remove-highlight"),
        Binding("e", "edit_note", "Edit note", show=False, id="edit-note"),
        Binding("s", "sets", "Highlight sets", show=False, id="sets"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", show=False, id="quit"),
    ]

    def __init__(
        self,
        corpus: Corpus,
        *,
        aligner: Any = None,
        fact_finder: Any = None,
        use_highlights: bool = True,
        animate: bool = True,
    ) -> None:
        super().__init__()
        self.corpus = corpus
        self.state = ReaderState(list(corpus.documents), name=corpus.name)
        self._aligner = aligner
        self._fact_finder = fact_finder
        self.highlighter = HighlightController(self, enabled=use_highlights)
        self.engine = engine.EngineRunner(self.state.documents)
        self.warnings: list[str] = [f"skipped {e}" for e in corpus.errors]
        self.analysis_done = False
        self.scorer = "lexical"
        """The scorer the alignment was made with: "hybrid" or "lexical"."""
        self.timings: dict[str, float] = {}
        self.first_paint: float | None = None
        """`time.perf_counter()` when the first screen was painted (benchmarks read it)."""
        if not animate:
            self.animation_level = "none"
        for theme in THEMES:
            self.register_theme(theme)
        settings, warn = load_settings()
        chosen = settings.get("theme")
        self.theme = (
            chosen
            if isinstance(chosen, str) and chosen in self.available_themes
            else THEME_NAMES[0]
        )
        keymap, kwarn = load_keymap()
        self.keymap_overrides = keymap
        self.warnings += [w for w in (warn, kwarn) if w]
        if keymap:
            self.set_keymap(keymap)

    # -- composition ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with ColumnRow(id="columns"):
                for d in range(len(self.state.documents)):
                    yield DocumentColumn(self.state, d)
            yield FactSidebar(self.state)
        with Progress(id="progress"):
            yield Static("Aligning…", id="progress-label")
            yield ProgressBar(total=3, show_eta=False, show_percentage=False)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.title = self.state.name
        self._update_counts()
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        for pane in self.panes:
            pane.on_moved = self._moved
        self.panes[0].focus()
        for w in self.warnings:
            self.notify(w, severity="warning", markup=False)
        self.call_after_refresh(self._first_paint)

    def _first_paint(self) -> None:
        """The screen is painted: note the time, then start the engine."""
        self.first_paint = time.perf_counter()
        _freeze_long_lived()
        self._analyse()

    def on_unmount(self) -> None:
        self.engine.close()

    def on_resize(self) -> None:
        self._update_counts()

    @property
    def panes(self) -> list[DocumentPane]:
        return list(self.query(DocumentPane))

    def pane(self, doc: int) -> DocumentPane:
        return self.query_one(f"#pane-{doc}", DocumentPane)

    # -- engine workers -------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False, description="align")
    def _analyse(self) -> None:
        docs = self.state.documents
        steps: list[tuple[str, Any]] = [
            ("alignment", self._aligner or engine.align),
            ("facts", self._fact_finder or engine.facts),
        ]
        for what, fn in steps:
            t0 = time.perf_counter()
            try:
                result = self.engine.run(fn)
            except Exception as err:  # the reader keeps working without this step
                self.post_message(AnalysisFailed(what, f"{type(err).__name__}: {err}"))
                continue
            if isinstance(result, engine.Aligned):
                self.scorer = result.scorer
                if result.fallback:
                    self.call_from_thread(
                        self.notify,
                        f"Semantic scorer unavailable ({result.fallback}); aligned lexically",
                        severity="warning",
                        markup=False,
                    )
                result = result.alignment
            self.post_message(AnalysisStep(what, result, time.perf_counter() - t0))
        t0 = time.perf_counter()
        try:
            result = self.highlighter.load(docs, self.state.name)
        except Exception as err:
            self.post_message(AnalysisFailed("highlights", f"{type(err).__name__}: {err}"))
        else:
            self.post_message(AnalysisStep("highlights", result, time.perf_counter() - t0))

    def on_analysis_step(self, message: AnalysisStep) -> None:
        self.timings[message.what] = message.seconds
        if message.what == "alignment" and message.result is not None:
            self.state.set_alignment(message.result)
            self.relink()
        elif message.what == "facts" and message.result is not None:
            self.state.set_facts(message.result)
            self.query_one(FactSidebar).rebuild()
            self.refresh_panes()
        elif message.what == "highlights":
            self.highlighter.loaded(message.result)
        self._advance_progress(message.what)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self.notify(f"{message.what} unavailable: {message.error}", severity="error", markup=False)
        self._advance_progress(message.what)

    def _advance_progress(self, what: str) -> None:
        bar = self.query_one(ProgressBar)
        bar.advance(1)
        label = {"alignment": "Extracting facts…", "facts": "Loading highlights…"}.get(what)
        if label:
            self.query_one("#progress-label", Static).update(label)
        if (bar.progress or 0) >= (bar.total or 0):
            self.query_one("#progress").display = False
            self.analysis_done = True
            _freeze_long_lived()
        self._update_counts()

    def _update_counts(self) -> None:
        short = self.size.width < len(self.state.name) + 80
        self.sub_title = self.state.counts(short=short)

    # -- cursor and links -----------------------------------------------------------------

    def on_cursor_moved(self, message: CursorMoved) -> None:
        self._moved(message.doc, message.sentence)

    def _moved(self, doc: int, sentence: int) -> None:
        self.state.focused = doc
        self.relink()

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
            column = pane.parent
            if isinstance(column, DocumentColumn):
                column.set_status(*self._status_text(pane))

    def _status_text(self, pane: DocumentPane) -> tuple[Text, ...]:
        """The status line's forms, longest first: full, compact (single spaces, "2d"), then
        with the kind name shortened. Every form keeps the kind and the score."""
        state = self.state
        s = pane.cursor
        n = len(pane.document.sentences)
        focused = pane.doc == state.focused
        where = f"{s + 1}/{n}"
        kind, score, docs = "", "", 0
        mark: Text | None = None
        if focused and state.alignment is not None:
            links = state.alignment.links_of(state.ref())
            if state.sentence_kind[pane.doc][s] == "unique":
                kind = "unique"
            elif links:
                docs = len({lk.other(state.ref()).doc for lk in links})
                kind, score = links[0].kind, f"{links[0].score:.2f}"
            for placed in self.highlighter.under_cursor():
                note = " ".join(placed.highlight.note.split())
                mark = Text("▌", style=self.highlighter.color(placed))
                mark.append(f" {note}" if note else " highlighted")
                break
        elif not focused and pane.linked:
            best_s = min(pane.linked)
            cp = pane.linked[best_s]
            where = f"→{best_s + 1}/{n}"  # where the counterpart is, not the old cursor
            kind = cp.kind
            score = f"{cp.score:.2f}" if cp.score is not None else ""
        marker = UNIQUE_MARKER if kind == "unique" else LINK_MARKERS.get(kind, "~")
        style = "bold" if focused else ""
        forms: list[Text] = []
        for gap, name, count in (
            ("  ", kind, f" · {docs} doc{'s' if docs != 1 else ''}"),
            (" ", kind, f" ·{docs}d"),
            (" ", _short_kind(kind), f" ·{docs}d"),
        ):
            text = Text(where, style=style)
            if kind:
                text.append(f"{gap}{marker} {name}")
                if score:
                    text.append(f" {score}")
                if docs:
                    text.append(count)
            forms.append(text)
        if mark is not None:
            bar = Text("  ").append_text(mark[:1])
            with_note = Text("  ").append_text(mark)
            forms = [f + with_note for f in forms[:2]] + [f + bar for f in forms]
        unique: list[Text] = []
        for form in forms:
            if not unique or form != unique[-1]:
                unique.append(form)
        return tuple(unique)

    def refresh_panes(self) -> None:
        for pane in self.panes:
            pane.invalidate()
            column = pane.parent
            if isinstance(column, DocumentColumn):
                column.set_status(*self._status_text(pane))

    def on_descendant_focus(self, event: Any) -> None:
        widget = event.widget
        if isinstance(widget, DocumentPane) and widget.doc != self.state.focused:
            self.state.focused = widget.doc
            self.relink(scroll=False)
        self._show_focused_column()

    def _show_focused_column(self) -> None:
        if not self.state.documents:
            return
        self.query_one(ColumnRow).show_column(self.state.focused)

    def focus_sentence(self, doc: int, sentence: int) -> None:
        """Focus pane `doc`, put its cursor on `sentence` and re-link."""
        pane = self.pane(doc)
        if not self.state.visible(doc, sentence):
            self.state.show_boilerplate = True
            self._relayout_all()
        self.state.focused = doc
        pane.focus()
        pane.set_cursor(sentence)

    # -- actions --------------------------------------------------------------------------

    def action_cycle_pane(self, direction: int) -> None:
        n = len(self.state.documents)
        if n < 2:
            return
        target = (self.state.focused + direction) % n
        pane = self.pane(target)
        if pane.linked:
            self.state.cursors[target] = min(pane.linked)
        self.state.focused = target
        pane.focus()
        pane.scroll_sentence(pane.cursor)
        self.relink(scroll=False)

    def action_jump_counterpart(self, direction: int) -> None:
        n = len(self.state.documents)
        cps = self.state.counterparts()
        for k in range(1, n):
            d = (self.state.focused + direction * k) % n
            if cps.get(d):
                row = self.pane(self.state.focused).screen_row_of_cursor()
                self.state.focused = d
                pane = self.pane(d)
                pane.focus()
                self.state.cursors[d] = min(cps[d])
                pane.scroll_sentence(pane.cursor, row=max(0, row))
                self.relink()
                return
        self.notify("This sentence has no counterpart in another column", timeout=2)
        self.bell()

    def action_detail(self) -> None:
        from tui.screens.detail import DetailScreen

        self.push_screen(DetailScreen(self.state))

    def action_overview(self) -> None:
        from tui.screens.overview import OverviewScreen

        self.push_screen(OverviewScreen(self.state))

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_search(self) -> None:
        from tui.screens.search import SearchScreen

        def done(result: tuple[str, int, int] | None) -> None:
            if result is None:
                return
            query, doc, sentence = result
            self.state.search = query
            self.focus_sentence(doc, sentence)
            self.refresh_panes()

        self.push_screen(SearchScreen(self.state), done)

    def action_clear_search(self) -> None:
        """Drop the search text: its hits stop being lit and `h` takes whole sentences again."""
        if self.state.search:
            self.state.search = ""
            self.refresh_panes()
            self.notify("Search cleared", timeout=1.5, markup=False)

    def action_sidebar(self) -> None:
        sidebar = self.query_one(FactSidebar)
        if sidebar.display and sidebar.has_focus_within:
            sidebar.display = False
            self.pane(self.state.focused).focus()
        else:
            sidebar.display = True
            sidebar.focus_list()

    def on_fact_chosen(self, message: FactChosen) -> None:
        """Highlight every mention of the fact and jump to the next one after the cursor."""
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
        pane = self.pane(doc)
        self.state.focused = doc
        pane.set_cursor(sentence, notify=False)
        self.relink()
        self.refresh_panes()
        self._show_focused_column()

    def action_toggle_boilerplate(self) -> None:
        self.state.show_boilerplate = not self.state.show_boilerplate
        self._relayout_all()
        shown = "shown" if self.state.show_boilerplate else "hidden"
        self.notify(f"Boilerplate {shown}", timeout=1.5)

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

    def action_cycle_theme(self) -> None:
        names = list(THEME_NAMES)
        i = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(i + 1) % len(names)]
        self.notify(f"Theme: {self.theme.removeprefix('samestory-')}", timeout=1.5)

    def _theme_changed(self, theme: Any) -> None:
        save_settings(theme=self.theme)
        self.refresh_panes()

    def action_highlight(self) -> None:
        self.highlighter.highlight_sentence()

    def action_highlight_group(self) -> None:
        self.highlighter.highlight_group()

    def action_remove_highlight(self) -> None:
        self.highlighter.remove()

    def action_edit_note(self) -> None:
        self.highlighter.edit_note()

    def action_sets(self) -> None:
        self.highlighter.show_sets()


def _short_kind(kind: str) -> str:
    """ "paraphrase" -> "para.", "verbatim" -> "verb."; short names stay."""
    return kind if len(kind) <= 6 else kind[:4] + "."


def run_app(corpus: Corpus) -> int:
    SameStoryApp(corpus).run()
    return 0


def _freeze_long_lived() -> None:
    """Move the documents and analysis results out of the garbage collector's sight.

    A corpus of books is millions of objects that live as long as the app; without this every
    full collection walks them all and a key press can stall for a few hundred milliseconds.
    """
    gc.collect()
    gc.freeze()
