"""`HighlightController`: the reader side of highlight sets (issue 6's `h H x e s` keys).

Talks to the `highlights` store (SQLite, every change committed at once). Loading and
anchoring of existing highlights run in the app's analysis worker (`load`); the small writes
the keys make run on the UI thread and then re-anchor only the active corpus' highlights.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from highlights.store import DEFAULT_COLORS
from tui.settings import load_settings, save_settings

if TYPE_CHECKING:
    from tui.app import SameStoryApp

POLL_SECONDS = 2.0
"""How often the store is asked whether another process changed it."""


@dataclass
class HighlightData:
    """What the store holds for the open corpus."""

    store: Any = None
    sets: list[Any] = field(default_factory=list)
    placed: list[Any] = field(default_factory=list)
    orphans: list[Any] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class HighlightController:
    def __init__(self, app: SameStoryApp, *, enabled: bool = True) -> None:
        self.app = app
        self.enabled = enabled
        self.data = HighlightData()
        self._version = 0
        self.active: str | None = None
        """Id of the active set (new highlights go there)."""

    # -- loading (worker thread) ----------------------------------------------------------

    def load(self, documents: list[Any], corpus: str) -> HighlightData:
        if not self.enabled:
            return HighlightData()
        import highlights

        store = highlights.open_store()
        return self._read(store, documents, corpus)

    @staticmethod
    def _read(store: Any, documents: list[Any], corpus: str) -> HighlightData:
        import highlights

        sets = store.list_sets(corpus)
        items = store.highlights_for(corpus)
        placed, orphans = highlights.resolve(items, None, documents)
        return HighlightData(store, sets, placed, orphans, list(getattr(store, "warnings", [])))

    def loaded(self, data: HighlightData) -> None:
        self.data = data
        for w in data.warnings:
            self.app.notify(w, severity="warning", markup=False)
        settings, _ = load_settings()
        wanted = settings.get("active_set")
        ids = [s.id for s in data.sets]
        self.active = (
            wanted if isinstance(wanted, str) and wanted in ids else (ids[0] if ids else None)
        )
        self._apply()
        if data.store is not None:
            self._version = data.store.data_version()
            self.app.set_interval(POLL_SECONDS, self._poll)

    def _poll(self) -> None:
        """Pick up highlights another samestory process committed to the same store."""
        store = self.data.store
        if store is None:
            return
        try:
            version = store.data_version()
        except Exception:
            return
        if version != self._version:
            self._version = version
            self.reload()

    def reload(self) -> None:
        if self.data.store is None:
            return
        self.data = self._read(self.data.store, self.app.state.documents, self.app.state.name)
        self._apply()

    def _apply(self) -> None:
        colors = {s.id: s.color for s in self.data.sets}
        self.app.state.set_highlights(self.data.placed, colors)
        self.app.refresh_panes()

    # -- sets -----------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        if self.data.store is None:
            self.app.notify("Highlights are not available yet", severity="warning")
            return False
        return True

    def active_set(self) -> Any:
        for s in self.data.sets:
            if s.id == self.active:
                return s
        return None

    def color(self, placed: Any) -> str:
        """The colour a placed highlight is drawn in (its own, else its set's)."""
        if placed.highlight.color:
            return str(placed.highlight.color)
        for s in self.data.sets:
            if s.id == placed.highlight.set_id:
                return str(s.color)
        return DEFAULT_COLORS[0]

    def create_set(self, name: str) -> Any:
        import highlights

        used = {s.color for s in self.data.sets}
        color = next(
            (c for c in highlights.DEFAULT_COLORS if c not in used), highlights.DEFAULT_COLORS[0]
        )
        hs = self.data.store.create_set(name, color=color, corpus=self.app.state.name)
        self.set_active(hs.id)
        self.reload()
        return hs

    def set_active(self, set_id: str) -> None:
        self.active = set_id
        save_settings(active_set=set_id)

    def _ensure_set(self) -> Any:
        hs = self.active_set()
        if hs is None:
            existing = self.data.store.find_set("Highlights", self.app.state.name)
            hs = existing or self.create_set("Highlights")
            self.set_active(hs.id)
        return hs

    # -- keys -----------------------------------------------------------------------------

    def highlight_sentence(self) -> None:
        if not self.ready:
            return
        state = self.app.state
        doc = state.documents[state.focused]
        s = doc.sentences[state.cursors[state.focused]]
        start, end = search_span(s.text, state.search) or (0, len(s.text))
        start, end = s.start + start, s.start + end
        hs = self._ensure_set()
        if self._covered(hs.id, state.focused, start, end):
            self.app.notify(f"Already highlighted in {hs.name}", timeout=1.5, markup=False)
            return
        self.data.store.add(hs.id, doc, start, end)
        self.reload()
        what = "" if (start, end) == (s.start, s.end) else f" “{doc.text[start:end]}”"
        self.app.notify(f"Highlighted{what} in {hs.name}", timeout=1.5, markup=False)

    def _covered(self, set_id: str, doc_index: int, start: int, end: int) -> bool:
        """Whether the set already holds a highlight of exactly this span (no duplicates)."""
        return any(
            p.highlight.set_id == set_id
            and p.doc_index == doc_index
            and (p.start, p.end) == (start, end)
            for p in self.data.placed
        )

    def highlight_group(self) -> None:
        if not self.ready:
            return
        state = self.app.state
        refs = [state.ref(), *[r for d, cps in state.counterparts().items() for r in _refs(d, cps)]]
        hs = self._ensure_set()
        spans = []
        for d, i in refs:
            doc = state.documents[d]
            s = doc.sentences[i]
            if not self._covered(hs.id, d, s.start, s.end):
                spans.append((doc, s.start, s.end))
        if not spans:
            self.app.notify(f"Already highlighted in {hs.name}", timeout=1.5, markup=False)
            return
        self.data.store.add_many(hs.id, spans)
        self.reload()
        self.app.notify(
            f"Highlighted {len(spans)} sentences in {hs.name}", timeout=1.5, markup=False
        )

    def under_cursor(self) -> list[Any]:
        state = self.app.state
        doc = state.documents[state.focused]
        s = doc.sentences[state.cursors[state.focused]]
        return [
            p
            for p in self.data.placed
            if p.doc_index == state.focused and p.start < s.end and s.start < p.end
        ]

    def remove(self) -> None:
        if not self.ready:
            return
        found = self.under_cursor()
        if not found:
            self.app.bell()
            return
        for p in found:
            self.data.store.remove(p.highlight.id)
        self.reload()
        self.app.notify(
            f"Removed {len(found)} highlight{'s' if len(found) != 1 else ''}", timeout=1.5
        )

    def edit_note(self) -> None:
        if not self.ready:
            return
        found = self.under_cursor()
        if not found:
            self.app.notify("No highlight under the cursor (h highlights it)", severity="warning")
            return
        from tui.screens.prompt import PromptScreen

        target = found[0].highlight

        def done(note: str | None) -> None:
            if note is not None:
                self.data.store.update_note(target.id, note)
                self.reload()

        self.app.push_screen(
            PromptScreen("Note", target.note, placeholder="note for this highlight"), done
        )

    def show_sets(self) -> None:
        if not self.ready:
            return
        from tui.screens.sets import SetsScreen

        self.app.push_screen(SetsScreen(self))


def search_span(text: str, query: str) -> tuple[int, int] | None:
    """Where the active search text first occurs in `text` (case-insensitive), if it does.

    This is how a reader selects part of a sentence: search for the phrase (`/`), then `h`
    highlights just that phrase; `escape` clears the search and `h` takes whole sentences again.
    """
    needle = query.strip().lower()
    if not needle:
        return None
    i = text.lower().find(needle)
    return None if i < 0 else (i, i + len(needle))


def _refs(doc: int, cps: dict[int, Any]) -> list[tuple[int, int]]:
    return [(doc, i) for i in sorted(cps)]
