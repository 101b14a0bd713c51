"""Corrections applied on top of an alignment: pinned pairs linked, forbidden pairs never.

`apply(alignment, constraints, scorer=None)` returns a new `Alignment`; the one given (maybe
straight from the cache: corrections are not part of the cache key) is left untouched.

- A pinned pair is linked: its computed kind, `pinned=True`, the score it had (or the
  scorer's score for the pair when it was not linked).
- A forbidden pair is never linked and takes nothing in the assignment.
- For every pair of documents a correction touches, the one-to-one assignment
  (`compare.aligner._assign`) re-runs over all their content sentences with the pins taken
  first and the forbidden pairs left out, so freeing a sentence from a wrong link lets it
  take its right counterpart, and that counterpart leave a weaker link. Pairs that were
  linked keep their score; 2:1 merges survive when the re-run leaves their ends alone.
- Passage groups, unique sentences and the similarity matrix are recomputed from the links
  (`compare.groups`).

Sentences are `SentenceRef`s; `Constraints` maps each (lower, higher) pair to the id of the
correction that made it, so the reader can name which links a person made.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from compare.groups import passage_groups, similarity_matrix, unique_sentences
from compare.model import Alignment, Link, SentenceRef
from compare.scoring import Scorer
from readers import Document

Pair = tuple[SentenceRef, SentenceRef]
PIN_FIRST = 2.0
"""Score a pinned pair is given in the re-run assignment, above every real score."""


@dataclass(frozen=True)
class Constraints:
    """Pairs of sentences a person linked (`pins`) or unlinked (`forbids`)."""

    pins: Mapping[Pair, str] = field(default_factory=dict)
    forbids: Mapping[Pair, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.pins or self.forbids)


def normalized(a: SentenceRef, b: SentenceRef) -> Pair:
    return (a, b) if a <= b else (b, a)


def apply(
    alignment: Alignment, constraints: Constraints, *, scorer: Scorer | None = None
) -> Alignment:
    """The alignment with the corrections applied (see the module docstring)."""
    docs = alignment.documents
    pins = {normalized(*p): v for p, v in constraints.pins.items() if _valid(p, alignment)}
    forbids = {
        normalized(*p): v
        for p, v in constraints.forbids.items()
        if _valid(p, alignment) and normalized(*p) not in pins
    }
    if not pins and not forbids:
        return alignment
    doc_pairs = {(a.doc, b.doc) for a, b in [*pins, *forbids]}
    links = [lk for lk in alignment.links if (lk.a.doc, lk.b.doc) not in doc_pairs]
    for da, db in sorted(doc_pairs):
        links += _rerun(alignment, da, db, pins, forbids, scorer)
    links.sort(key=lambda lk: (lk.a, lk.b))
    return Alignment(
        documents=docs,
        links=links,
        groups=passage_groups(links),
        similarity=similarity_matrix(docs, links),
        unique=unique_sentences(docs, links),
        min_score=alignment.min_score,
    )


def _valid(pair: Pair, alignment: Alignment) -> bool:
    a, b = pair
    if a.doc == b.doc:
        return False
    for ref in pair:
        if not 0 <= ref.doc < len(alignment.documents):
            return False
        if not 0 <= ref.sentence < len(alignment.documents[ref.doc].sentences):
            return False
    return True


def _rerun(
    alignment: Alignment,
    da: int,
    db: int,
    pins: Mapping[Pair, str],
    forbids: Mapping[Pair, str],
    scorer: Scorer | None,
) -> list[Link]:
    """The links between documents `da < db` after re-running the assignment around the
    corrections of that pair."""
    from compare.aligner import _assign, _content, _kind

    docs = alignment.documents
    texts, local = _content([docs[da], docs[db]])
    refs = [SentenceRef(da if r.doc == 0 else db, r.sentence) for r in local]
    where = {ref: k for k, ref in enumerate(refs)}
    old = {(lk.a, lk.b): lk for lk in alignment.links if (lk.a.doc, lk.b.doc) == (da, db)}
    my_pins = {p for p in pins if (p[0].doc, p[1].doc) == (da, db)}
    for pair in my_pins:  # a pinned sentence may be one the aligner never scores
        for ref in pair:
            if ref not in where:
                where[ref] = len(refs)
                refs.append(ref)
                texts.append(docs[ref.doc].sentences[ref.sentence].text)
    left = [k for k, r in enumerate(refs) if r.doc == da]
    right = [k for k, r in enumerate(refs) if r.doc == db]
    pairs = [(i, j) for i in left for j in right if (refs[i], refs[j]) not in forbids]
    real = _scores(texts, pairs, refs, old, scorer, [docs[da], docs[db]])
    scores = list(real)
    for n, (i, j) in enumerate(pairs):
        if (refs[i], refs[j]) in my_pins:
            scores[n] = PIN_FIRST
    ii = np.array([i for i, _ in pairs], dtype=np.int64)
    jj = np.array([j for _, j in pairs], dtype=np.int64)
    chosen = _assign(ii, jj, np.asarray(scores, dtype=np.float64), refs, alignment.min_score)
    score_of = dict(zip(pairs, real, strict=True))
    links: list[Link] = []
    partner: dict[SentenceRef, SentenceRef] = {}
    for i, j, _ in chosen:
        a, b = refs[i], refs[j]
        partner[a], partner[b] = b, a
        pinned = (a, b) in my_pins
        if (a, b) in old:
            links.append(replace(old[(a, b)], merged=False, pinned=pinned))
            continue
        kind = _kind(texts[i], texts[j])
        score = 1.0 if kind == "verbatim" else round(float(score_of[(i, j)]), 4)
        links.append(Link(a, b, score, kind, False, pinned))
    links += _kept_merges(old, partner, forbids, links)
    return links


def _scores(
    texts: list[str],
    pairs: list[tuple[int, int]],
    refs: list[SentenceRef],
    old: Mapping[Pair, Link],
    scorer: Scorer | None,
    documents: list[Document],
) -> list[float]:
    """Scores of `pairs`: a linked pair keeps its link's score, the rest ask the scorer."""
    if scorer is None:
        from compare.scoring import default_scorer

        scorer = default_scorer()
    ask = [p for p in pairs if (refs[p[0]], refs[p[1]]) not in old]
    prepare = getattr(scorer, "prepare", None)
    if ask and callable(prepare):  # an embedding scorer given its documents' vectors
        prepare(documents)
    asked = dict(zip(ask, scorer.score_pairs(texts, texts, ask), strict=True)) if ask else {}
    return [
        old[(refs[i], refs[j])].score if (refs[i], refs[j]) in old else float(asked[(i, j)])
        for i, j in pairs
    ]


def _kept_merges(
    old: Mapping[Pair, Link],
    partner: Mapping[SentenceRef, SentenceRef],
    forbids: Mapping[Pair, str],
    links: list[Link],
) -> list[Link]:
    """Old 2:1 merge halves whose ends the re-run left free or gave to the same merge."""
    merged: dict[SentenceRef, set[SentenceRef]] = {}
    for (a, b), lk in old.items():
        if lk.merged:
            merged.setdefault(a, set()).add(b)
            merged.setdefault(b, set()).add(a)
    have = {(lk.a, lk.b) for lk in links}
    kept: list[Link] = []
    for (a, b), lk in old.items():
        if not lk.merged or (a, b) in forbids:
            continue
        ok = all(partner.get(x) is None or partner[x] in merged[x] for x in (a, b))
        if not ok:
            continue
        if (a, b) in have:
            links[:] = [replace(k, merged=True) if (k.a, k.b) == (a, b) else k for k in links]
        else:
            kept.append(lk)
    return kept
