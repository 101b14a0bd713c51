"""highlights: named highlight sets, anchored to text, stored in SQLite. No Textual, no Rich.

Public API (stable; the TUI and the `samestory highlights` command use only this):

    import highlights

    store = highlights.open_store(data_dir=None)
        # SQLite file `highlights.sqlite3` in `data_dir`, default `readers.locations.data_dir()`
        # (env SAMESTORY_DATA_DIR). WAL mode; every call below commits before it returns.
        # A corrupt store file is moved aside (renamed `...corrupt-<UTC timestamp>`) and a new
        # one started; `store.warnings` then holds one line saying where it went.
    store.list_sets(corpus=None) -> list[HighlightSet]          # sorted by name
    store.create_set(name, *, color, corpus, description="") -> HighlightSet
    store.get_set(name_or_id, corpus=None) -> HighlightSet      # UnknownSetError if unknown
    store.find_set(name_or_id, corpus=None) -> HighlightSet | None
    store.rename_set(set_id, name=None, *, color=None, description=None) -> HighlightSet
    store.delete_set(set_id)                                    # and all its highlights
    store.add(set_id, document, start, end, *, note="", label="", color="") -> Highlight
    store.add_many(set_id, [(document, start, end), ...], *, note="", label="", color="")
        -> list[Highlight]     # one transaction, one shared `group_id` (a passage group)
    store.update_note(highlight_id, note) -> Highlight
    store.update_label(highlight_id, label) -> Highlight
    store.remove(highlight_id)                                  # UnknownSetError if unknown
    store.remove_group(group_id) -> int                         # highlights removed
    store.get(highlight_id) -> Highlight
    store.highlights(set_id) -> list[Highlight]                 # sorted by document, start
    store.highlights_for(corpus=None) -> list[Highlight]        # of every set (of a corpus)
    store.data_version() -> int   # changes when another process commits: poll to refresh
    store.close()                 # also a context manager

    highlights.anchor(highlight, document) -> Anchored(start, end, status, score) | Orphan
    highlights.resolve(store_or_highlights, set_id, documents)
        -> (placed: list[PlacedHighlight], orphans: list[Orphan])
        # documents matched by content hash, else source path, else file name; highlights of
        # documents not in `documents` are orphans with reason "document not open".
        # Pass set_id=None to resolve the highlights of every set of the store.

    highlights.export_jsonld(store, set_id) -> dict   # W3C Web Annotation AnnotationCollection
    highlights.import_jsonld(store, data, into=None) -> HighlightSet   # all or nothing
    highlights.export_markdown(store, set_id, documents=None, alignment=None) -> str
    highlights.export_html(store, set_id, documents, alignment=None) -> str

Anchoring (W3C Web Annotation selectors): each highlight stores a TextQuoteSelector (`exact`,
`prefix`, `suffix`), a TextPositionSelector (`start`, `end`) and the document's content hash.
`anchor` uses the position when the hash still matches, else the unchanged quote nearest its
old place (by context), else a fuzzy match (rapidfuzz) or the most similar sentence, scored on
quote, prefix, suffix and position, with the figures and names inside the quote checked (a
lookalike is refused); when the two best candidates score nearly the same, or the calibrated
confidence is too low, it refuses and returns an `Orphan`. A low-confidence placement has the
status `check` ("moved? check"). `store.replace_anchor(id, document, start, end)` re-places an
orphan by hand, keeping its note.

Corrections to an alignment ("these say the same" / "these do not") live in the same store:
`highlights.corrections` (add, list, delete, re-anchor, `apply_stored`) and
`highlights.corrections_jsonld` (W3C JSON-LD with `samestory:link` / `samestory:unlink`).

Errors are `highlights.errors.HighlightError` / `StoreError` / `UnknownSetError` /
`ImportFormatError` (subclasses of `readers.errors.SamestoryError`: one printable line).
"""

from __future__ import annotations

from highlights.anchoring import anchor
from highlights.errors import HighlightError, ImportFormatError, StoreError, UnknownSetError
from highlights.jsonld import export_jsonld, import_jsonld
from highlights.model import (
    QUOTE_CONTEXT,
    Anchored,
    AnchorStatus,
    Highlight,
    HighlightSet,
    Orphan,
    PlacedHighlight,
)
from highlights.report import export_html, export_markdown
from highlights.resolve import resolve
from highlights.store import DEFAULT_COLORS, STORE_FILE, Store, open_store

__all__ = [
    "DEFAULT_COLORS",
    "QUOTE_CONTEXT",
    "STORE_FILE",
    "AnchorStatus",
    "Anchored",
    "Highlight",
    "HighlightError",
    "HighlightSet",
    "ImportFormatError",
    "Orphan",
    "PlacedHighlight",
    "Store",
    "StoreError",
    "UnknownSetError",
    "anchor",
    "export_html",
    "export_jsonld",
    "export_markdown",
    "import_jsonld",
    "open_store",
    "resolve",
]
