"""Placing stored highlights in the documents that are open now.

A highlight's document is found by content hash, else by source path, else by file name (when
that is unique among the open documents): a re-fetched page or an edited file keeps its
highlights. Anything that cannot be placed comes back as an `Orphan`, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import Protocol

from highlights.anchoring import anchor
from highlights.model import Anchored, Highlight, Orphan, PlacedHighlight
from highlights.store import normalize_source
from readers.document import Document


class _HasHighlights(Protocol):
    def highlights(self, set_id: str) -> list[Highlight]: ...

    def highlights_for(self, corpus: str | None = None) -> list[Highlight]: ...


def find_document(highlight: Highlight, documents: Sequence[Document]) -> int | None:
    """Index of the document a highlight belongs to: same hash, same source, same file name."""
    for i, doc in enumerate(documents):
        if doc.hash == highlight.doc_hash:
            return i
    for i, doc in enumerate(documents):
        if normalize_source(doc.source) == highlight.doc_source:
            return i
    name = _name(highlight.doc_source)
    same = [i for i, doc in enumerate(documents) if _name(normalize_source(doc.source)) == name]
    return same[0] if len(same) == 1 else None


def _name(source: str) -> str:
    if "://" in source:
        return source
    return PurePath(source).name


def resolve(
    store: _HasHighlights | Sequence[Highlight],
    set_id: str | None,
    documents: Sequence[Document],
) -> tuple[list[PlacedHighlight], list[Orphan]]:
    """Anchor a set's highlights (or every set's, with `set_id=None`) in `documents`.

    `store` may also be a plain list of highlights (then `set_id` filters it when given).
    Placed highlights are sorted by document index, then start.
    """
    if isinstance(store, Sequence):
        items = [h for h in store if set_id is None or h.set_id == set_id]
    elif set_id is None:
        items = store.highlights_for(None)
    else:
        items = store.highlights(set_id)
    placed: list[PlacedHighlight] = []
    orphans: list[Orphan] = []
    for h in items:
        index = find_document(h, documents)
        if index is None:
            orphans.append(Orphan(h, f"document not open: {h.doc_source}"))
            continue
        where = anchor(h, documents[index])
        if isinstance(where, Anchored):
            placed.append(PlacedHighlight(index, where.start, where.end, h, where.status))
        else:
            orphans.append(where)
    placed.sort(key=lambda p: (p.doc_index, p.start, p.end))
    return placed, orphans
