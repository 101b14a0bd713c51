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


class DocumentIndex:
    """Looks up open documents by content hash, normalised source and file name."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.by_hash: dict[str, int] = {}
        self.by_hash_source: dict[tuple[str, str], int] = {}
        self.by_source: dict[str, int] = {}
        by_name: dict[str, list[int]] = {}
        for i, doc in enumerate(documents):
            self.by_hash.setdefault(doc.hash, i)
            source = normalize_source(doc.source)
            self.by_hash_source.setdefault((doc.hash, source), i)
            self.by_source.setdefault(source, i)
            by_name.setdefault(_name(source), []).append(i)
        self.by_name = {name: found[0] for name, found in by_name.items() if len(found) == 1}

    def find(self, highlight: Highlight) -> int | None:
        """Index of the highlight's document: same hash and source (two open documents may
        share a text), same hash, same source, else same file name."""
        exact = self.by_hash_source.get((highlight.doc_hash, highlight.doc_source))
        if exact is not None:
            return exact
        for table, key in (
            (self.by_hash, highlight.doc_hash),
            (self.by_source, highlight.doc_source),
            (self.by_name, _name(highlight.doc_source)),
        ):
            if key in table:
                return table[key]
        return None


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
    lookup = DocumentIndex(documents)
    for h in items:
        index = lookup.find(h)
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
