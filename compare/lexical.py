"""The default `LexicalScorer`: how alike two sentences are by their words alone.

Three lexical signals over the features of `compare.features` (words cut by `readers.words`,
folded by `compare.normalize`, stemmed by `compare.stemming`), combined by `WEIGHTS`:

- weighted word overlap: cosine of TF-IDF vectors over stemmed content words (IDF from the
  texts being scored, so shared rare words weigh more than shared common ones);
- rapidfuzz `token_set_ratio` over the stemmed content words (order-free, tolerant of one
  sentence containing the other);
- character 3-gram Dice overlap of the content words (catches inflections and small edits);

plus a number/name agreement signal: shared figures and proper names raise the score, figures
that disagree lower it. Pure Python + numpy/scipy + rapidfuzz; no model, nothing downloaded.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from compare.features import Features, FeatureTable, build_table, features
from compare.normalize import STOPWORDS, normalize
from compare.stemming import stem

__all__ = [
    "STOPWORDS",
    "FeatureTable",
    "Features",
    "LexicalScorer",
    "agreement",
    "build_table",
    "edit_ratio",
    "features",
    "normalize",
    "pair_similarity",
    "score_table_pairs",
    "stem",
]


def _rowwise_dot(a: sparse.csr_matrix, b: sparse.csr_matrix) -> np.ndarray:
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


WEIGHTS = {"tfidf": 0.35, "tokenset": 0.35, "chargram": 0.30}
"""Weights of the three lexical signals (they sum to 1)."""
NUMBER_BONUS = 0.10
"""Added (scaled by overlap) when both sentences state figures and share some."""
NUMBER_PENALTY = 0.12
"""Subtracted when both sentences state figures and share none."""
DENSE_CELLS = 1_000_000
"""Up to this many sentence x sentence cells, dense pair batches use one matrix product."""
PARALLEL_PAIRS = 20_000
"""Batches of more pairs than this run rapidfuzz on all cores (`workers=-1`)."""
NO_SHARED_WORD_FACTOR = 0.5
"""Scales the score of pairs that share no content word."""
NAME_BONUS = 0.0
"""Added (scaled by overlap) for shared proper names that are not topical (0: the TF-IDF
signal already rewards shared rare names; a bonus only added false links in the seed corpus)."""
NAME_PENALTY = 0.03
"""Subtracted when both sentences name someone or something (not topical) and share no name."""


def agreement(fa: Features, fb: Features, topical: frozenset[str] = frozenset()) -> float:
    """Number/name agreement adjustment in [-NUMBER_PENALTY, NUMBER_BONUS + NAME_BONUS]."""
    adj = 0.0
    if fa.numbers and fb.numbers:
        shared = len(fa.numbers & fb.numbers)
        if shared:
            adj += NUMBER_BONUS * shared / min(len(fa.numbers), len(fb.numbers))
        else:
            adj -= NUMBER_PENALTY
    names_a, names_b = fa.names - topical, fb.names - topical
    if names_a and names_b:
        shared = len(names_a & names_b)
        if shared:
            adj += NAME_BONUS * shared / min(len(names_a), len(names_b))
        else:
            adj -= NAME_PENALTY
    return adj


def _has_facts(table: FeatureTable) -> np.ndarray:
    return np.fromiter(
        (bool(f.numbers or f.names) for f in table.feats), dtype=bool, count=len(table.feats)
    )


def score_table_pairs(
    left: FeatureTable, right: FeatureTable, li: np.ndarray, rj: np.ndarray
) -> np.ndarray:
    """Combined lexical score for pairs `(left[li[k]], right[rj[k]])`, in [0, 1]."""
    if len(li) == 0:
        return np.zeros(0, dtype=np.float64)
    n_left, n_right = left.tfidf.shape[0], right.tfidf.shape[0]
    weighted_grams = left.grams.multiply(left.gram_w.reshape(1, -1)).tocsr()
    if n_left * n_right <= DENSE_CELLS and len(li) * 16 >= n_left * n_right:
        # Many pairs among few sentences: one dense product beats indexing rows per pair.
        cos = (left.tfidf @ right.tfidf.T).toarray()[li, rj]
        shared = (weighted_grams @ right.grams.T).toarray()[li, rj]
    else:
        cos = _rowwise_dot(left.tfidf[li], right.tfidf[rj])
        shared = _rowwise_dot(weighted_grams[li], right.grams[rj])
    # IDF-weighted Dice overlap of character 3-grams.
    denom = left.gram_mass[li] + right.gram_mass[rj]
    dice = np.where(denom > 0, 2.0 * shared / np.maximum(denom, 1e-9), 0.0)
    tset = (
        process.cpdist(
            [left.stem_text[i] for i in li],
            [right.stem_text[j] for j in rj],
            scorer=fuzz.token_set_ratio,
            # All cores for big batches; threads cost more than they save on small ones.
            workers=-1 if len(li) > PARALLEL_PAIRS else 1,
        ).astype(np.float64)
        / 100.0
    )
    base = WEIGHTS["tfidf"] * cos + WEIGHTS["tokenset"] * tset + WEIGHTS["chargram"] * dice
    # Without a single shared word, character overlap alone is weak evidence.
    base = np.where(cos > 0, base, base * NO_SHARED_WORD_FACTOR)
    # Agreement can only be non-zero where both sentences state figures or names.
    adj = np.zeros(len(li), dtype=np.float64)
    facts_left = _has_facts(left)
    facts_right = facts_left if right is left else _has_facts(right)
    cand = np.flatnonzero(facts_left[li] & facts_right[rj])
    if len(cand):
        adj[cand] = np.fromiter(
            (
                agreement(left.feats[i], right.feats[j], left.topical)
                for i, j in zip(li[cand].tolist(), rj[cand].tolist(), strict=True)
            ),
            dtype=np.float64,
            count=len(cand),
        )
    # Agreement only matters for pairs that already look alike.
    return np.clip(base + adj * np.minimum(1.0, base / 0.3), 0.0, 1.0)


class LexicalScorer:
    """The default scorer: word, fuzzy-token and character n-gram overlap plus agreement."""

    name = "lexical"

    def score_pairs(
        self, left: Sequence[str], right: Sequence[str], pairs: Sequence[tuple[int, int]]
    ) -> list[float]:
        if not pairs:
            return []
        same = left is right
        table = build_table(list(left) if same else list(left) + list(right))
        offset = 0 if same else len(left)
        li = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
        rj = np.fromiter((p[1] + offset for p in pairs), dtype=np.int64, count=len(pairs))
        return score_table_pairs(table, table, li, rj).tolist()


def pair_similarity(a: str, b: str) -> float:
    """Lexical similarity of two texts in [0, 1] (IDF from the two texts only)."""
    norm_a = normalize(a)
    if norm_a == normalize(b):
        return 1.0 if norm_a else 0.0
    return LexicalScorer().score_pairs([a], [b], [(0, 0)])[0]


def edit_ratio(a: Features, b: Features) -> float:
    """Word-sequence similarity of the normalised texts in [0, 1] (kind classification)."""
    return fuzz.ratio(a.norm.split(), b.norm.split()) / 100.0
