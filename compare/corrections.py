"""Corrections applied on top of an alignment: pinned pairs linked, forbidden pairs never.

`apply(alignment, constraints, scorer=None)` returns a new `Alignment`; the one given (maybe
straight from the cache: corrections are not part of the cache key) is left untouched.

- A pinned pair is linked: its computed kind, `pinned=True`, the score it had (or the
  scorer's score for the pair when it was not linked).
- A forbidden pair is never linked and takes nothing in the assignment.
- For every pair of documents a correction touches, the one-to-one assignment
  (`compare.aligner._assign`) re-runs over all their content sentences with the pinned
  sentences taken out first and the forbidden pairs left out, so freeing a sentence from a wrong link lets it
  take its right counterpart, and that counterpart leave a weaker link. Pairs that were
  linked keep their score; 2:1 merges survive when the re-run leaves their ends alone. The
  other pairs are scored as `align` scores them, clause stage included, and a link made from
  a clause's score is `partial` as `align`'s are.
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
    return replace(
        alignment,
        links=links,
        groups=passage_groups(links),
        similarity=similarity_matrix(docs, links),
        unique=unique_sentences(docs, links),
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
    corrections of that pair: pinned sentences are fixed first and take no part, forbidden
    pairs are no candidates."""
    from compare.aligner import _content, _kind

    docs = alignment.documents
    texts, local = _content([docs[da], docs[db]])
    refs = [SentenceRef(da if r.doc == 0 else db, r.sentence) for r in local]
    old = {(lk.a, lk.b): lk for lk in alignment.links if (lk.a.doc, lk.b.doc) == (da, db)}
    my_pins = {p for p in pins if (p[0].doc, p[1].doc) == (da, db)}
    fixed = {ref for pair in my_pins for ref in pair}
    left = [k for k, r in enumerate(refs) if r.doc == da and r not in fixed]
    right = [k for k, r in enumerate(refs) if r.doc == db and r not in fixed]
    pairs = _candidates(left, right, refs, old, pins, forbids)
    pair_docs = [docs[da], docs[db]]
    real, partial = _scores(texts, pairs, refs, old, scorer, pair_docs)
    by_parts = {pair for pair, p in zip(pairs, partial, strict=True) if p}
    chosen = _assign_pairs(pairs, real, refs, texts, alignment.min_score, scorer)
    links: list[Link] = []
    partner: dict[SentenceRef, SentenceRef] = {}
    for i, j, score in chosen:
        a, b = refs[i], refs[j]
        partner[a], partner[b] = b, a
        if (a, b) in old:
            links.append(replace(old[(a, b)], merged=False))
            continue
        kind = _kind(texts[i], texts[j])
        verbatim = kind == "verbatim"
        links.append(
            Link(
                a,
                b,
                1.0 if verbatim else round(score, 4),
                kind,
                partial=not verbatim and (i, j) in by_parts,
            )
        )
    for a, b in sorted(my_pins):
        partner[a], partner[b] = b, a
        if (a, b) in old:
            links.append(replace(old[(a, b)], merged=False, pinned=True))
            continue
        ta = docs[a.doc].sentences[a.sentence].text
        tb = docs[b.doc].sentences[b.sentence].text
        (score,), (by_clause,) = _scores([ta, tb], [(0, 1)], [a, b], old, scorer, pair_docs)
        kind = _kind(ta, tb)
        verbatim = kind == "verbatim"
        links.append(
            Link(
                a,
                b,
                1.0 if verbatim else round(score, 4),
                kind,
                False,
                True,
                partial=not verbatim and by_clause,
            )
        )
    links += _kept_merges(old, partner, forbids, links)
    return links


RERUN_LIMIT = 250_000
"""Above this many sentence pairs, the re-run scores only pairs touching a corrected sentence
or its old counterparts (plus the old links) instead of every pair of the two documents."""


def _candidates(
    left: list[int],
    right: list[int],
    refs: list[SentenceRef],
    old: Mapping[Pair, Link],
    pins: Mapping[Pair, str],
    forbids: Mapping[Pair, str],
) -> list[tuple[int, int]]:
    if len(left) * len(right) <= RERUN_LIMIT:
        pairs = [(i, j) for i in left for j in right]
    else:
        touched = {ref for pair in [*pins, *forbids] for ref in pair}
        touched |= {lk.other(ref) for (a, b), lk in old.items() for ref in (a, b) if ref in touched}
        where = {ref: k for k, ref in enumerate(refs)}
        pairs = sorted(
            {(i, j) for i in left for j in right if refs[i] in touched or refs[j] in touched}
            | {(where[a], where[b]) for a, b in old if a in where and b in where}
        )
    return [(i, j) for i, j in pairs if (refs[i], refs[j]) not in forbids]


def _assign_pairs(
    pairs: list[tuple[int, int]],
    scores: list[float],
    refs: list[SentenceRef],
    texts: list[str],
    min_score: float,
    scorer: Scorer | None,
) -> list[tuple[int, int, float]]:
    """The aligner's own one-to-one assignment (`compare.aligner._assign`) over `pairs`."""
    from compare.aligner import _assign

    if not pairs:
        return []
    ii = np.array([i for i, _ in pairs], dtype=np.int64)
    jj = np.array([j for _, j in pairs], dtype=np.int64)
    values = np.asarray(scores, dtype=np.float64)
    paraphrase = getattr(scorer, "paraphrase_score", None)
    return _assign(ii, jj, values, refs, min_score, texts=texts, paraphrase_score=paraphrase)


def _scores(
    texts: list[str],
    pairs: list[tuple[int, int]],
    refs: list[SentenceRef],
    old: Mapping[Pair, Link],
    scorer: Scorer | None,
    documents: list[Document],
) -> tuple[list[float], list[bool]]:
    """Scores of `pairs` and whether each came from the clause stage (its link is `partial`):
    a linked pair keeps its link's score; the others get the scorer's, raised by the aligner's
    clause stage as `align` raises them (the stage sees every pair's whole-sentence score, so
    a sentence with a sure counterpart keeps it whole)."""
    if scorer is None:
        from compare.scoring import default_scorer

        scorer = default_scorer()
    if not pairs:
        return [], []
    linked = [(refs[i], refs[j]) in old for i, j in pairs]
    if all(linked):
        return [old[(refs[i], refs[j])].score for i, j in pairs], [False] * len(pairs)
    prepare = getattr(scorer, "prepare", None)
    if callable(prepare):  # an embedding scorer given its documents' vectors
        prepare(documents)
    from compare.aligner import _clause_scores
    from compare.clause_stage import by_parts

    ii = np.array([i for i, _ in pairs], dtype=np.int64)
    jj = np.array([j for _, j in pairs], dtype=np.int64)
    doc_of = np.array([r.doc for r in refs], dtype=np.int64)
    whole = np.asarray(scorer.score_pairs(texts, texts, pairs), dtype=np.float64)
    raised, parts = _clause_scores(scorer, texts, ii, jj, whole, doc_of)
    from_clauses = by_parts(parts, len(pairs))
    scores = [
        old[(refs[i], refs[j])].score if was else float(raised[k])
        for k, ((i, j), was) in enumerate(zip(pairs, linked, strict=True))
    ]
    partial = [bool(from_clauses[k]) and not was for k, was in enumerate(linked)]
    return scores, partial


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
