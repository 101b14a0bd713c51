"""Pairs of unaligned sentences that are about the same thing.

The aligner links sentences that say the same thing above its threshold; a rewrite also
reworks sentences below it. `unaligned(alignment, doc, other)` lists a document's content
sentences with no link to the other document, and `best_pairs` pairs two such lists by lexical
similarity (the lexical scorer, `compare.lexical.LexicalScorer`, all pairs in one call, word
weights from the sentences compared): only sentences sharing a topic word (`topic`) are scored,
at most `MAX_PAIRS` of them, so long documents stay cheap.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.model import Alignment, SentenceRef
from provenance.lexicon import WORD
from provenance.statements import Unit, unit_of

MAX_PAIRS = 400
"""Most unaligned sentence pairs scored per pair of documents."""


def topic(text: str) -> set[str]:
    """Crude stems (first five letters) of the lower-case words of five letters or more: two
    sentences are about the same thing only if they share one ("election", "elections")."""
    return {w[:5] for w in WORD.findall(text) if len(w) >= 5 and w.islower()}


def unaligned(alignment: Alignment, doc: int, other: int) -> list[Unit]:
    """Content sentences of `doc` (not headings) with no link to document `other`."""
    return [
        unit_of(alignment, doc, [s.index])
        for s in alignment.documents[doc].content_sentences
        if not s.heading and alignment.best_link(SentenceRef(doc, s.index), other) is None
    ]


def best_pairs(
    units_a: Sequence[Unit], units_b: Sequence[Unit], *, min_similarity: float, mutual: bool
) -> list[tuple[int, int, float]]:
    """(i, j, similarity) for each sentence's most similar sentence on the other side, at least
    `min_similarity`; with `mutual`, only pairs that are each other's best."""
    from compare.lexical import LexicalScorer

    topics_a = [topic(u.text) for u in units_a]
    topics_b = [topic(u.text) for u in units_b]
    shared = [
        (len(ta & tb), i, j)
        for i, ta in enumerate(topics_a)
        for j, tb in enumerate(topics_b)
        if ta & tb
    ]
    shared.sort(key=lambda x: (-x[0], x[1], x[2]))
    chosen_pairs = [(i, j) for _n, i, j in shared[:MAX_PAIRS]]
    values = LexicalScorer().score_pairs(
        [u.text for u in units_a], [u.text for u in units_b], chosen_pairs
    )
    scores = dict(zip(chosen_pairs, values, strict=True))
    best_a: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    for (i, j), score in sorted(scores.items()):
        if score > best_a.get(i, (-1.0, 0))[0]:
            best_a[i] = (score, j)
        if score > best_b.get(j, (-1.0, 0))[0]:
            best_b[j] = (score, i)
    from_a = {(i, j) for i, (_s, j) in best_a.items()}
    from_b = {(i, j) for j, (_s, i) in best_b.items()}
    chosen = from_a & from_b if mutual else from_a | from_b
    return [(i, j, scores[i, j]) for i, j in sorted(chosen) if scores[i, j] >= min_similarity]
