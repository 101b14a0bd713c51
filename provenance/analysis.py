"""`provenance(alignment, table)`: each document relative to the others.

For each document: the statements it shares (and with whom), the statements only it has, its
reference (likely source, else its closest related document when the direction is unknown) and
the reference's statements it dropped, its credit lines, and every change from an earlier
version to it. Changes are computed for every pair of documents that share a statement, going
from the likely source to the rewrite, else from the earlier-dated to the later, else from the
lower-numbered to the higher.
"""

from __future__ import annotations

from compare.model import Alignment, SentenceRef
from facts.model import FactTable
from provenance.changes import credits, pair_changes
from provenance.lineage import date_key, earlier, lineage
from provenance.model import Change, DocumentProvenance, Lineage, Provenance

LOOSE_MIN_CONTAINMENT = 0.15
"""Unaligned judgements are compared only between documents this close (share of sentences
with a counterpart in the other): below it, two articles are about different events."""


def _direction(alignment: Alignment, lin: Lineage, a: int, b: int) -> tuple[int, int]:
    rel = lin.relation(a, b)
    if rel is not None and rel.source is not None:
        return (rel.source, b if rel.source == a else a)
    docs = alignment.documents
    first = earlier(date_key(docs[a].date), date_key(docs[b].date))
    if first == 1:
        return (b, a)
    return (a, b)


def _reference(alignment: Alignment, lin: Lineage, doc: int) -> int | None:
    source = lin.sources[doc]
    if isinstance(source, int):
        return source
    if source is None:
        return None
    related = [
        (alignment.similarity[doc][other], other)
        for rel in lin.relations
        if rel.unknown and doc in (rel.a, rel.b)
        for other in [rel.b if rel.a == doc else rel.a]
    ]
    return max(related)[1] if related else None


def provenance(alignment: Alignment, table: FactTable) -> Provenance:
    """What each document shares, adds, drops and changes, and which is the source of which."""
    n = len(alignment.documents)
    lin = lineage(alignment)
    pairs: dict[tuple[int, int], list[Change]] = {}
    linked_pairs = {tuple(sorted((lk.a.doc, lk.b.doc))) for lk in alignment.links}
    for a in range(n):
        for b in range(a + 1, n):
            if (a, b) not in linked_pairs:
                continue
            before, after = _direction(alignment, lin, a, b)
            rel = lin.relation(a, b)
            same_report = rel is not None and rel.strength == "same report"
            close = max(alignment.similarity[a][b], alignment.similarity[b][a])
            pairs[(before, after)] = pair_changes(
                alignment,
                table,
                before,
                after,
                same_report=same_report,
                loose=same_report or close >= LOOSE_MIN_CONTAINMENT,
            )
    per_doc: list[DocumentProvenance] = []
    for doc in range(n):
        document = alignment.documents[doc]
        shared: list[tuple[int, tuple[int, ...]]] = []
        only: list[int] = []
        for s in document.content_sentences:
            links = alignment.links_of(SentenceRef(doc, s.index))
            if links:
                shared.append(
                    (
                        s.index,
                        tuple(
                            sorted(
                                {lk.other(lk.a if lk.a.doc == doc else lk.b).doc for lk in links}
                            )
                        ),
                    )
                )
            elif not s.heading:
                only.append(s.index)
        reference = _reference(alignment, lin, doc)
        dropped: list[int] = []
        if reference is not None:
            for s in alignment.documents[reference].content_sentences:
                ref = SentenceRef(reference, s.index)
                if s.heading:
                    continue
                if not any(lk.other(ref).doc == doc for lk in alignment.links_of(ref)):
                    dropped.append(s.index)
        changes = [c for (_b, a), cs in sorted(pairs.items()) if a == doc for c in cs]
        per_doc.append(
            DocumentProvenance(
                doc, shared, only, reference, dropped, credits(alignment, doc), changes
            )
        )
    return Provenance(list(alignment.documents), per_doc, pairs, lin)
