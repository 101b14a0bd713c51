"""`HighlightController`: the reader side of highlight sets (the `h H x e s` keys, and `r`
in the sets window, which re-places a highlight by hand).

Talks to the `highlights` store (SQLite, every change committed at once). Loading and
anchoring of existing highlights run in the app's analysis worker (`load`); the small writes
the keys make run on the UI thread and then re-anchor only the open corpus' highlights.
A write that fails (disk full, a set or highlight another process deleted) is told to the
user in one line and the lists are read again; the reader keeps running.

The controller knows nothing of widgets: it reports through a `HighlightHost` (the reader
screen), so it imports no screen and no app.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import highlights
from highlights.model import HighlightSet, Orphan, PlacedHighlight
from highlights.store import DEFAULT_COLORS, Store
from readers import Document
from readers.errors import ReaderError, SamestoryError
from tui.settings import load_settings, save_settings
from tui.state import ReaderState, plural

POLL_SECONDS = 2.0
"""How often the store is asked whether another process changed it."""

StoreFailure = (SamestoryError, sqlite3.Error, OSError)
"""What a store call can raise when the disk is full or another process changed the data."""


class HighlightHost(Protocol):
    """What the controller needs from the screen that shows the highlights."""

    state: ReaderState

    def say(self, message: str, *, warning: bool = False, timeout: float = 2.0) -> None:
        """Show a one-line notification (text, never markup)."""

    def marks_changed(self) -> None:
        """Highlights changed: repaint the panes and status lines."""


@dataclass
class HighlightData:
    """What the store holds for the open corpus."""

    store: Store | None = None
    sets: list[HighlightSet] = field(default_factory=list)
    placed: list[PlacedHighlight] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_store(store: Store, documents: Sequence[Document], corpus: str) -> HighlightData:
    """The sets of `corpus` and their highlights anchored in `documents`."""
    sets = store.list_sets(corpus)
    items = store.highlights_for(corpus)
    placed, orphans = highlights.resolve(items, None, list(documents))
    return HighlightData(store, sets, placed, orphans, list(store.warnings))


def load(documents: Sequence[Document], corpus: str, *, enabled: bool = True) -> HighlightData:
    """Open the store and read it (runs in the analysis worker)."""
    if not enabled:
        return HighlightData()
    return read_store(highlights.open_store(), documents, corpus)


class HighlightController:
    def __init__(self, host: HighlightHost) -> None:
        self.host = host
        self.data = HighlightData()
        self.version = 0
        """The store's `data_version` when last read."""
        self.active: str | None = None
        """Id of the active set (new highlights go there)."""

    @property
    def state(self) -> ReaderState:
        return self.host.state

    # -- loading --------------------------------------------------------------------------

    def loaded(self, data: HighlightData) -> None:
        self.data = data
        for w in data.warnings:
            self.host.say(w, warning=True, timeout=6)
        self._pick_active()
        self._apply()
        if data.store is not None:
            self.version = data.store.data_version()

    def _pick_active(self) -> None:
        ids = [s.id for s in self.data.sets]
        if self.active in ids:
            return
        settings, _ = load_settings()
        wanted = settings.get("active_set")
        self.active = (
            wanted if isinstance(wanted, str) and wanted in ids else (ids[0] if ids else None)
        )

    def poll(self) -> None:
        """Pick up highlights another samestory process committed to the same store."""
        store = self.data.store
        if store is None:
            return
        try:
            version = store.data_version()
        except StoreFailure:
            return
        if version != self.version:
            self.version = version
            self.reload()

    def reload(self) -> None:
        store = self.data.store
        if store is None:
            return
        try:
            self.data = read_store(store, self.state.documents, self.state.name)
        except StoreFailure as err:
            self.host.say(f"Highlights could not be read: {err}", warning=True, timeout=6)
            return
        self._pick_active()
        self._apply()

    def _apply(self) -> None:
        colors = {s.id: s.color for s in self.data.sets}
        self.state.set_highlights(self.data.placed, colors)
        self.host.marks_changed()

    def _failed(self, what: str, err: BaseException) -> None:
        """A write failed: say so in one line and show the store as it now is."""
        self.host.say(f"Could not {what}: {err}", warning=True, timeout=6)
        self.reload()

    # -- sets -----------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        if self.data.store is None:
            self.host.say("Highlights are not available yet", warning=True)
            return False
        return True

    def active_set(self) -> HighlightSet | None:
        for s in self.data.sets:
            if s.id == self.active:
                return s
        return None

    def set_name(self, set_id: str) -> str:
        for s in self.data.sets:
            if s.id == set_id:
                return s.name
        return "another set"

    def color(self, placed: PlacedHighlight) -> str:
        """The colour a placed highlight is drawn in (its own, else its set's)."""
        if placed.highlight.color:
            return placed.highlight.color
        for s in self.data.sets:
            if s.id == placed.highlight.set_id:
                return s.color
        return DEFAULT_COLORS[0]

    def create_set(self, name: str) -> HighlightSet:
        """A new set, made active; raises the store's error (duplicate name, disk full)."""
        store = self._store()
        used = {s.color for s in self.data.sets}
        color = next((c for c in DEFAULT_COLORS if c not in used), DEFAULT_COLORS[0])
        hs = store.create_set(name, color=color, corpus=self.state.name)
        self.set_active(hs.id)
        self.reload()
        return hs

    def set_active(self, set_id: str) -> None:
        self.active = set_id
        save_settings(active_set=set_id)

    def _store(self) -> Store:
        store = self.data.store
        if store is None:
            raise ReaderError("highlights", "the highlight store is not open")
        return store

    def _ensure_set(self) -> HighlightSet:
        hs = self.active_set()
        if hs is None:
            existing = self._store().find_set("Highlights", self.state.name)
            hs = existing or self.create_set("Highlights")
            self.set_active(hs.id)
        return hs

    # -- keys -----------------------------------------------------------------------------

    def highlight_sentence(self) -> None:
        if not self.ready:
            return
        state = self.state
        doc = state.documents[state.focused]
        s = doc.sentences[state.cursors[state.focused]]
        start, end = search_span(s.text, state.search) or (0, len(s.text))
        start, end = s.start + start, s.start + end
        try:
            hs = self._ensure_set()
            if self._covered(hs.id, state.focused, start, end):
                self.host.say(f"Already highlighted in {hs.name}", timeout=1.5)
                return
            self._store().add(hs.id, doc, start, end)
        except StoreFailure as err:
            self._failed("highlight", err)
            return
        self.reload()
        what = "" if (start, end) == (s.start, s.end) else f" “{doc.text[start:end]}”"
        self.host.say(f"Highlighted{what} in {hs.name}", timeout=1.5)

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
        state = self.state
        refs = [(state.focused, state.cursors[state.focused])]
        for d, cps in state.counterparts().items():
            refs += [(d, i) for i in sorted(cps)]
        try:
            hs = self._ensure_set()
            spans = []
            for d, i in refs:
                doc = state.documents[d]
                s = doc.sentences[i]
                if not self._covered(hs.id, d, s.start, s.end):
                    spans.append((doc, s.start, s.end))
            if not spans:
                self.host.say(f"Already highlighted in {hs.name}", timeout=1.5)
                return
            self._store().add_many(hs.id, spans)
        except StoreFailure as err:
            self._failed("highlight", err)
            return
        self.reload()
        self.host.say(f"Highlighted {plural(len(spans), 'sentence')} in {hs.name}", timeout=1.5)

    def under_cursor(self) -> list[PlacedHighlight]:
        """Highlights of every set on the cursor sentence, the active set's first."""
        state = self.state
        doc = state.documents[state.focused]
        s = doc.sentences[state.cursors[state.focused]]
        found = [
            p
            for p in self.data.placed
            if p.doc_index == state.focused and p.start < s.end and s.start < p.end
        ]
        return sorted(found, key=lambda p: p.highlight.set_id != self.active)

    def remove(self) -> bool:
        """Remove the active set's highlights on the cursor sentence; other sets keep theirs.

        Returns False (and says why) when the active set has none there."""
        if not self.ready:
            return False
        found = self.under_cursor()
        mine = [p for p in found if p.highlight.set_id == self.active]
        if not mine:
            others = sorted({self.set_name(p.highlight.set_id) for p in found})
            hs = self.active_set()
            where = hs.name if hs is not None else "the active set"
            tail = f" (only in {', '.join(others)}: s picks the active set)" if others else ""
            self.host.say(f"Nothing highlighted here in {where}{tail}", timeout=3)
            return False
        try:
            for p in mine:
                self._store().remove(p.highlight.id)
        except StoreFailure as err:
            self._failed("remove the highlight", err)
            return False
        self.reload()
        self.host.say(f"Removed {plural(len(mine), 'highlight')}", timeout=1.5)
        return True

    def note_target(self) -> PlacedHighlight | None:
        """The highlight whose note `e` edits: the active set's on the cursor, else any."""
        found = self.under_cursor()
        return found[0] if found else None

    def replace(self, highlight_id: str, doc_index: int, sentence: int) -> bool:
        """Re-place a highlight (an orphan, or one placed unsurely) on the whole sentence
        `sentence` of document `doc_index`; its note, set, label and colour stay. False (and
        one line said) when the store refused: disk full, the highlight deleted meanwhile."""
        if not self.ready:
            return False
        doc = self.state.documents[doc_index]
        s = doc.sentences[sentence]
        try:
            self._store().replace_anchor(highlight_id, doc, s.start, s.end)
        except StoreFailure as err:
            self._failed("re-place the highlight", err)
            return False
        self.reload()
        self.host.say(f"Re-placed on sentence {doc_index}:{sentence}, note kept", timeout=2)
        return True

    def save_note(self, highlight_id: str, note: str) -> None:
        try:
            self._store().update_note(highlight_id, note)
        except StoreFailure as err:
            self._failed("save the note", err)
            return
        self.reload()


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
