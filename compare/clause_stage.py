"""The aligner's clause stage around `compare.clauses`: which scorers have it, the scores it
raises and the parts that scored them, which pairs it scored (their links are `partial`),
and the rule the one-to-one assignment keeps for sentences matched by parts (a sentence's
whole or its clauses take counterparts in a document, not both).

`compare.aligner` decides whether the stage runs (`CLAUSES`) and the bar a clause score must
clear; `compare.corrections` calls the same entry point (`compare.aligner._clause_scores`)
when it re-runs an assignment, so its links carry `partial` like `align`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from compare import clauses
from compare.lexical import LexicalScorer
from compare.scoring import Scorer

Parts = tuple[np.ndarray, np.ndarray]
"""For each candidate pair, the part of each sentence that scored it: `clauses.WHOLE` (-1)
for the whole sentence, else the index of a clause in `clauses.clauses(text)` order."""


def has_clause_stage(scorer: Scorer) -> bool:
    """Embedding scorers score clauses; the lexical scorer does not, nor a wrapper scoring
    pairs across languages (`compare.semantic.multilingual`: its clauses were not measured)."""
    return not isinstance(scorer, LexicalScorer) and not hasattr(scorer, "inner")


def raised_scores(
    scorer: Scorer,
    texts: Sequence[str],
    ii: np.ndarray,
    jj: np.ndarray,
    scores: np.ndarray,
    doc_of: np.ndarray,
    bar: float,
) -> tuple[np.ndarray, Parts | None]:
    """`scores` raised by the clause stage (`clauses.raise_by_clauses`, clause scores counting
    from `bar`) and the parts that scored each pair; `(scores, None)` when the scorer has no
    clause stage."""
    if not has_clause_stage(scorer) or len(scores) == 0:
        return scores, None
    # The embedding cache stores the clauses' vectors on disk like a document's.
    prepare = getattr(getattr(scorer, "cache", None), "prepare", None)
    raised, left, right = clauses.raise_by_clauses(
        texts,
        ii,
        jj,
        scores,
        doc_of,
        scorer.score_pairs,
        bar,
        prepare if callable(prepare) else None,
    )
    return raised, (left, right)


def by_parts(parts: Parts | None, n: int) -> np.ndarray:
    """For each of the `n` candidate pairs, whether its score came from a clause of either
    side (all false when the stage did not run)."""
    if parts is None:
        return np.zeros(n, dtype=bool)
    return (parts[0] >= 0) | (parts[1] >= 0)


def scored_by_parts(ii: np.ndarray, jj: np.ndarray, parts: Parts | None) -> set[tuple[int, int]]:
    """The (lower, higher) sentence pairs whose score came from a clause of either side."""
    out = set()
    for k in np.flatnonzero(by_parts(parts, len(ii))).tolist():
        i, j = int(ii[k]), int(jj[k])
        out.add((min(i, j), max(i, j)))
    return out


def one_reading(
    picked: list[int],
    ii: np.ndarray,
    jj: np.ndarray,
    pi: np.ndarray,
    pj: np.ndarray,
    gain: np.ndarray,
    doc_of: np.ndarray,
) -> list[int]:
    """Drop, for each sentence and other document, the links of its whole (part -1) or those
    of its clauses, whichever total the smaller margin, when it has both."""
    sides: dict[tuple[int, int], list[list[int]]] = {}
    for k in picked:
        for s, p, other in ((ii[k], pi[k], jj[k]), (jj[k], pj[k], ii[k])):
            lists = sides.setdefault((int(s), int(doc_of[other])), [[], []])
            lists[int(p >= 0)].append(k)
    drop: set[int] = set()
    for whole, clause in sides.values():
        if whole and clause:
            weaker = whole if gain[whole].sum() < gain[clause].sum() else clause
            drop.update(weaker)
    return [k for k in picked if k not in drop]
