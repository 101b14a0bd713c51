"""The samestory Textual app: themes, settings, the engine worker and the reader screen.

The reader itself (columns, sidebar, navigation) is `tui.screens.reader.ReaderScreen`. The
app runs alignment, fact extraction and highlight loading in one thread worker (`_analyse`),
which posts one message per result (`AlignmentReady`, `FactsReady`, `HighlightsReady`, or
`AnalysisFailed`); the alignment comes with the stored corrections already applied, and the
reader re-applies them in its own worker after each correction. The UI never calls the engine
on its own thread. The help screen and the command palette list the live bindings
(`tui.keys`).

Keys owned by the app (the reader screen and the panes own the others):

| key | action |
| --- | --- |
| `t` | next theme |
| `?` | help |
| `q` | quit |
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.content import Content
from textual.theme import Theme

from readers import Corpus, Document
from readers.textsafe import one_line
from themes import THEME_NAMES, THEMES
from tui import engine
from tui import highlighting as highlight_loading
from tui.commands import ReaderCommands
from tui.keys import KeyGroup, catalogue, key_display
from tui.messages import AlignmentReady, AnalysisFailed, FactsReady, HighlightsReady
from tui.pane import DocumentPane
from tui.screens.reader import ReaderScreen
from tui.settings import load_keymap, load_settings, save_settings
from tui.sidebar import FactList
from tui.state import ReaderState

if TYPE_CHECKING:
    from compare.model import Alignment
    from facts.model import FactTable

ANSI_THEMES = ("textual-ansi", "ansi-dark", "ansi-light")
"""Themes drawn in the terminal's own 16 colours, which the reader cannot keep readable."""

FEW_SENTENCES = 5
"""A document with fewer content sentences than this gets a warning: the page may need a
browser (most text was loaded by scripts) or held only a caption."""


class SameStoryApp(App[None]):
    """Comparative reader for the documents of a `readers.Corpus`."""

    TITLE = "samestory"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {ReaderCommands}
    CSS = """
    /* Toasts stand above the footer, the progress line and the columns' status lines. */
    ToastRack { margin-bottom: 4; }
    """
    BINDINGS = [
        Binding("t", "cycle_theme", "Theme", show=False, tooltip="Next theme", id="theme"),
        Binding("question_mark", "help", "Help", tooltip="Every key (this help)", id="help"),
        Binding("q", "quit", "Quit", show=False, tooltip="Quit", id="quit"),
    ]

    def __init__(
        self,
        corpus: Corpus,
        *,
        aligner: Callable[[list[Document]], Alignment] | None = None,
        fact_finder: Callable[[list[Document]], FactTable] | None = None,
        use_highlights: bool = True,
        animate: bool = True,
    ) -> None:
        super().__init__()
        self.corpus = corpus
        self.state = ReaderState(list(corpus.documents), name=corpus.name)
        self._aligner = aligner
        self._fact_finder = fact_finder
        self.use_highlights = use_highlights
        self.engine = engine.EngineRunner(self.state.documents)
        self.warnings: list[str] = [f"skipped {e}" for e in corpus.errors]
        self.timings: dict[str, float] = {}
        self.failures: dict[str, str] = {}
        """Analysis steps that failed, with the error the user was shown."""
        self.first_paint: float | None = None
        """`time.perf_counter()` when the first screen was painted (benchmarks read it)."""
        self.reader = ReaderScreen(self.state)
        self.reader.corrections.enabled = use_highlights
        if not animate:
            self.animation_level = "none"
        for theme in THEMES:
            self.register_theme(theme)
        settings, warn = load_settings()
        chosen = settings.get("theme")
        self.theme = chosen if isinstance(chosen, str) and chosen in THEME_NAMES else THEME_NAMES[0]
        for name in list(self.available_themes):
            if name in ANSI_THEMES:  # the terminal picks those colours: no contrast promise
                self.unregister_theme(name)
        keymap, kwarn = load_keymap()
        self.keymap_overrides = keymap
        self.warnings += [w for w in (warn, kwarn) if w]
        if keymap:
            self.set_keymap(keymap)

    # -- the reader screen ----------------------------------------------------------------

    def get_default_screen(self) -> ReaderScreen:
        return self.reader

    def on_mount(self) -> None:
        self.title = self.state.name
        self.update_counts()
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        for w in self.warnings:
            self.reader.say(w, warning=True, timeout=6)
        self.reader.warn_about_documents(FEW_SENTENCES)
        self.call_after_refresh(self._first_paint)

    def _first_paint(self) -> None:
        """The screen is painted: note the time, then start the engine."""
        self.first_paint = time.perf_counter()
        _freeze_long_lived()
        self._analyse()

    def on_unmount(self) -> None:
        self.engine.close()
        self.reader.corrections.close()

    def on_resize(self) -> None:
        self.update_counts()

    @property
    def scorer(self) -> str:
        """The scorer the alignment was made with: "hybrid" or "lexical"."""
        return self.state.scorer

    @property
    def analysis_done(self) -> bool:
        return self.reader.analysis_done

    @property
    def highlighter(self) -> highlight_loading.HighlightController:
        return self.reader.highlighter

    @property
    def panes(self) -> list[DocumentPane]:
        return self.reader.panes

    def pane(self, doc: int) -> DocumentPane:
        return self.reader.pane(doc)

    def format_title(self, title: str, sub_title: str) -> Content:
        """The title bar: the corpus name is data, its control characters are made visible."""
        return super().format_title(one_line(title), one_line(sub_title))

    def get_key_display(self, binding: Binding) -> str:
        return key_display(binding, super().get_key_display)

    def key_groups(self) -> list[KeyGroup]:
        """Every key of the reader, grouped by where it works, with the user's keymap."""
        from tui.screens.detail import DetailScreen
        from tui.screens.overview import OverviewScreen
        from tui.screens.provenance import ProvenanceScreen
        from tui.screens.sets import SetsScreen

        return catalogue(
            (
                ("Reading (document columns)", (DocumentPane,)),
                ("Reader", (ReaderScreen, type(self))),
                ("Fact sidebar", (FactList,)),
                ("Detail view (enter)", (DetailScreen,)),
                ("Highlight sets (s)", (SetsScreen,)),
                ("Provenance (p)", (ProvenanceScreen,)),
                ("Overview (o)", (OverviewScreen,)),
            ),
            self.keymap_overrides,
            self.get_key_display,
        )

    # -- engine workers -------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False, description="align")
    def _analyse(self) -> None:
        docs = self.state.documents
        t0 = time.perf_counter()
        try:
            if self._aligner is not None:
                aligned = engine.Aligned(self._aligner(docs), "lexical")
            else:
                aligned = self.engine.run(engine.align)
        except Exception as err:  # the reader keeps working without this step
            self.post_message(AnalysisFailed("alignment", f"{type(err).__name__}: {err}"))
        else:
            seconds = time.perf_counter() - t0
            corrected = self.reader.corrections.compute(aligned.alignment, aligned.scorer)
            self.post_message(
                AlignmentReady(
                    aligned.alignment,
                    aligned.scorer,
                    aligned.fallback,
                    seconds,
                    corrected,
                    aligned.languages,
                )
            )
        t0 = time.perf_counter()
        try:
            table = self._fact_finder(docs) if self._fact_finder else self.engine.run(engine.facts)
        except Exception as err:
            self.post_message(AnalysisFailed("facts", f"{type(err).__name__}: {err}"))
        else:
            self.post_message(FactsReady(table, time.perf_counter() - t0))
        t0 = time.perf_counter()
        try:
            data = highlight_loading.load(docs, self.state.name, enabled=self.use_highlights)
        except Exception as err:
            self.post_message(AnalysisFailed("highlights", f"{type(err).__name__}: {err}"))
        else:
            self.post_message(HighlightsReady(data, time.perf_counter() - t0))

    def on_alignment_ready(self, message: AlignmentReady) -> None:
        self.timings["alignment"] = message.seconds
        self.state.scorer = message.scorer
        self.state.languages = message.languages
        if message.fallback:
            self.reader.say(
                f"Semantic scorer unavailable ({message.fallback}); aligned lexically",
                warning=True,
                timeout=6,
            )
        self.reader.corrections.loaded(message.alignment, message.corrected)
        self.reader.show_alignment()
        self._step_done("alignment")

    def on_facts_ready(self, message: FactsReady) -> None:
        self.timings["facts"] = message.seconds
        self.state.set_facts(message.table)
        self.reader.show_facts()
        self._step_done("facts")

    def on_highlights_ready(self, message: HighlightsReady) -> None:
        self.timings["highlights"] = message.seconds
        self.reader.show_highlights(message.data)
        if message.data.store is not None:
            self.set_interval(highlight_loading.POLL_SECONDS, self.reader.highlighter.poll)
            self.set_interval(highlight_loading.POLL_SECONDS, self.reader.corrections.poll)
        self._step_done("highlights")

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self.failures[message.step] = message.error
        self.notify(f"{message.step} unavailable: {message.error}", severity="error", markup=False)
        self._step_done(message.step)

    def _step_done(self, step: str) -> None:
        self.reader.step_done(step)
        if self.reader.analysis_done:
            _freeze_long_lived()
        self.update_counts()

    def update_counts(self) -> None:
        """The title bar's counts (links, unique sentences, facts), short when it is narrow."""
        short = self.size.width < len(self.state.name) + 80
        self.sub_title = self.state.counts(short=short)

    # -- app keys -------------------------------------------------------------------------

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.key_groups()))

    def action_cycle_theme(self) -> None:
        names = list(THEME_NAMES)
        i = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(i + 1) % len(names)]
        self.notify(f"Theme: {self.theme.removeprefix('samestory-')}", timeout=1.5)

    def _theme_changed(self, theme: Theme) -> None:
        save_settings(theme=self.theme)
        self.reader.refresh_panes()
        self.reader.sidebar.rebuild()


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


__all__: Sequence[str] = ("SameStoryApp", "run_app")
