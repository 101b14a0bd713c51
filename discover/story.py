"""Story-level similarity: TF-IDF profiles of documents, candidate pairs, and the pair score.

A `Profile` (made in the reading workers from `discover.features`) holds a document's terms,
names, figures and years as 64-bit hashes with counts, so tens of thousands of them travel
cheaply. `StoryIndex(profiles)` weighs them over the whole corpus (sub-linear TF times IDF,
unit length): a `terms` vector (all content words) and a `facts` vector (names, figures,
years). Then:

- `candidates()`: pairs of documents that share at least two of their heaviest keys (each
  document's `TOP_TERMS` strongest terms and `TOP_NAMES` strongest names, keys found in only
  one document skipped); keys held by more than `max_bucket` documents are too common to
  propose pairs, which keeps the number of pairs near-linear in the corpus size.
- `score(pairs)`: the story score of each pair,
  `sqrt(terms cosine x facts cosine) + FIGURE_WEIGHT x figure Jaccard`, lowered by
  `CONFLICT_PENALTY` for each name that disagrees: the smaller, over the two documents, of the
  number of a document's `TOP_CONFLICT` main names that the other never mentions ("Jackson"
  against "Williams" in two arrests of Chargers players), and once more when both have a
  main year (most mentioned) that the other never mentions. A pair where one document has
  no facts at all scores `NO_FACTS_WEIGHT x terms cosine`.

The weights were set on the odd-numbered topics of ECB+ (see benchmarks/bench_discover.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from discover.features import DocumentFeatures

TOP_TERMS = 20
TOP_NAMES = 6
TOP_CONFLICT = 3
FIGURE_WEIGHT = 0.3
CONFLICT_PENALTY = 0.1
NO_FACTS_WEIGHT = 0.5
"""Without names, figures or years in one of the two (lower-case notes, made-up text), the
terms cosine alone, discounted: nothing confirms that the story's facts agree."""
_NO_KEYS = np.zeros(0, dtype=np.int64)
LABELS_KEPT = 12
"""Names and figures per document whose spelling is kept for explaining groups."""


def key_of(text: str) -> int:
    """A stable 63-bit hash of a term (the same in every worker process)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()) >> 1


def _bag(counts: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    keys = np.fromiter((key_of(k) for k in counts), dtype=np.int64, count=len(counts))
    values = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
    return keys, values


@dataclass(frozen=True)
class Profile:
    """A document's story features as hashed bags (picklable, a few kB)."""

    term_keys: np.ndarray
    term_counts: np.ndarray
    fact_keys: np.ndarray
    fact_counts: np.ndarray
    name_keys: np.ndarray
    figure_keys: np.ndarray
    year_keys: np.ndarray
    labels: dict[int, str]
    """Hash -> how it is written, for the document's main names and figures."""


def make_profile(features: DocumentFeatures) -> Profile:
    term_keys, term_counts = _bag(features.terms)
    fact_keys, fact_counts = _bag(features.facts())
    name_keys, name_counts = _bag(features.names)
    figures = sorted(features.figures)
    figure_keys = np.fromiter((key_of("#" + f) for f in figures), np.int64, len(figures))
    labels: dict[int, str] = {}
    for k in np.argsort(-name_counts, kind="stable")[:LABELS_KEPT].tolist():
        name = list(features.names)[k]
        labels[int(name_keys[k])] = features.surface.get(name, name)
    for f, k in zip(figures[:LABELS_KEPT], figure_keys.tolist(), strict=False):
        labels[int(k)] = f
    year_keys = np.fromiter((key_of("y:" + y) for y in features.years), np.int64)
    return Profile(
        term_keys, term_counts, fact_keys, fact_counts, name_keys, figure_keys, year_keys, labels
    )


def _matrix(
    keys: Sequence[np.ndarray], counts: Sequence[np.ndarray] | None
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Documents x vocabulary matrix of the bags (counts, or ones) and the vocabulary."""
    lengths = [len(k) for k in keys]
    flat = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    vocab, columns = np.unique(flat, return_inverse=True)
    rows = np.repeat(np.arange(len(keys)), lengths)
    if counts is None:
        values = np.ones(len(flat), dtype=np.float32)
    else:
        values = np.concatenate(counts).astype(np.float32) if counts else np.zeros(0, np.float32)
    matrix = sparse.csr_matrix((values, (rows, columns.ravel())), shape=(len(keys), len(vocab)))
    matrix.sum_duplicates()
    return matrix, vocab


def tfidf(matrix: sparse.csr_matrix) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Sub-linear TF x smoothed IDF, rows of unit length; and the document frequencies."""
    n = matrix.shape[0]
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    idf = (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)
    out = matrix.copy().astype(np.float32)
    out.data = (1.0 + np.log(out.data)) * idf[out.indices]
    norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ out), df


def _top_columns(matrix: sparse.csr_matrix, keep: np.ndarray, k: int) -> list[np.ndarray]:
    """Per row, the columns of the `k` largest entries among columns where `keep` is true."""
    out: list[np.ndarray] = []
    for i in range(matrix.shape[0]):
        lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
        cols = matrix.indices[lo:hi]
        vals = matrix.data[lo:hi]
        mask = keep[cols]
        cols, vals = cols[mask], vals[mask]
        if len(cols) > k:
            best = np.argpartition(-vals, k - 1)[:k]
            cols = cols[best]
        out.append(cols)
    return out


def _rowwise_dot(a: sparse.csr_matrix, b: sparse.csr_matrix, pairs: np.ndarray) -> np.ndarray:
    """`a[i] . b[j]` for each pair, in chunks (a pair costs its two rows)."""
    out = np.zeros(len(pairs), dtype=np.float64)
    for start in range(0, len(pairs), 20_000):
        chunk = pairs[start : start + 20_000]
        prod = a[chunk[:, 0]].multiply(b[chunk[:, 1]])
        out[start : start + len(chunk)] = np.asarray(prod.sum(axis=1)).ravel()
    return out


@dataclass(frozen=True)
class PairScores:
    """The story score of candidate pairs and its parts (arrays aligned with `pairs`)."""

    pairs: np.ndarray
    terms: np.ndarray
    facts: np.ndarray
    figures: np.ndarray
    conflicts: np.ndarray
    score: np.ndarray


class StoryIndex:
    """Corpus-weighted profiles of `profiles`; see the module docstring."""

    def __init__(self, profiles: Sequence[Profile]) -> None:
        self.n = len(profiles)
        counts, self.term_vocab = _matrix(
            [p.term_keys for p in profiles], [p.term_counts for p in profiles]
        )
        self.terms, self.term_df = tfidf(counts)
        fact_counts, self.fact_vocab = _matrix(
            [p.fact_keys for p in profiles], [p.fact_counts for p in profiles]
        )
        self.facts, self.fact_df = tfidf(fact_counts)
        self.has_facts = np.diff(self.facts.indptr) > 0
        is_name = np.isin(
            self.fact_vocab, np.concatenate([p.name_keys for p in profiles] or [_NO_KEYS])
        )
        self.is_name = is_name
        self.names_present = sparse.csr_matrix(
            (fact_counts.multiply(is_name[None, :]) > 0).astype(np.float32)
        )
        main = _top_columns(self.facts, is_name, TOP_CONFLICT)
        self.main_names = _indicator(main, self.facts.shape[1])
        self.main_count = np.array([len(m) for m in main], dtype=np.float64)
        is_year = np.isin(
            self.fact_vocab, np.concatenate([p.year_keys for p in profiles] or [_NO_KEYS])
        )
        self.years_present = sparse.csr_matrix(
            (fact_counts.multiply(is_year[None, :]) > 0).astype(np.float32)
        )
        self.main_year = _indicator(_top_columns(fact_counts.tocsr(), is_year, 1), len(is_year))
        self.has_year = np.diff(self.main_year.indptr) > 0
        figures, _ = _matrix([p.figure_keys for p in profiles], None)
        self.figures = figures
        self.figure_count = np.asarray(figures.sum(axis=1)).ravel()

    def candidates(self, max_bucket: int = 100) -> set[tuple[int, int]]:
        """Pairs `(i, j)`, `i < j`, sharing two or more of their heaviest keys."""
        term_keys = _top_columns(self.terms, self.term_df >= 2, TOP_TERMS)
        name_keys = _top_columns(self.facts, self.is_name & (self.fact_df >= 2), TOP_NAMES)
        offset = self.terms.shape[1]
        docs = np.repeat(
            np.arange(self.n), [len(t) + len(m) for t, m in zip(term_keys, name_keys, strict=True)]
        )
        keys = np.concatenate(
            [np.concatenate([t, m + offset]) for t, m in zip(term_keys, name_keys, strict=True)]
            or [np.zeros(0, np.int64)]
        ).astype(np.int64)
        order = np.lexsort((docs, keys))
        keys, docs = keys[order], docs[order]
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
        sizes = np.diff(np.r_[starts, len(keys)])
        codes: list[np.ndarray] = []
        for start, size in zip(starts.tolist(), sizes.tolist(), strict=True):
            if 2 <= size <= max_bucket:
                members = docs[start : start + size].astype(np.int64)
                i, j = np.triu_indices(size, k=1)
                codes.append(members[i] * self.n + members[j])
        if not codes:
            return set()
        uniq, hits = np.unique(np.concatenate(codes), return_counts=True)
        shared = uniq[hits >= 2]
        return {(int(c // self.n), int(c % self.n)) for c in shared.tolist()}

    def score(self, pairs: Iterable[tuple[int, int]]) -> PairScores:
        arr = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
        terms = _rowwise_dot(self.terms, self.terms, arr)
        facts = _rowwise_dot(self.facts, self.facts, arr)
        inter = _rowwise_dot(self.figures, self.figures, arr)
        union = self.figure_count[arr[:, 0]] + self.figure_count[arr[:, 1]] - inter
        figures = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        missing_a = self.main_count[arr[:, 0]] - _rowwise_dot(
            self.main_names, self.names_present, arr
        )
        missing_b = self.main_count[arr[:, 1]] - _rowwise_dot(
            self.main_names, self.names_present, arr[:, ::-1]
        )
        conflicts = np.minimum(missing_a, missing_b)
        a_year_in_b = _rowwise_dot(self.main_year, self.years_present, arr)
        b_year_in_a = _rowwise_dot(self.main_year, self.years_present, arr[:, ::-1])
        both = self.has_year[arr[:, 0]] & self.has_year[arr[:, 1]]
        conflicts += (both & (a_year_in_b == 0) & (b_year_in_a == 0)).astype(np.float64)
        about = np.sqrt(np.clip(terms, 0, None) * np.clip(facts, 0, None))
        no_facts = ~(self.has_facts[arr[:, 0]] & self.has_facts[arr[:, 1]])
        about[no_facts] = NO_FACTS_WEIGHT * terms[no_facts]
        base = about + FIGURE_WEIGHT * figures
        score = base * np.clip(1.0 - CONFLICT_PENALTY * conflicts, 0.0, 1.0)
        return PairScores(arr, terms, facts, figures, conflicts, score)


def _indicator(columns: list[np.ndarray], width: int) -> sparse.csr_matrix:
    rows = np.repeat(np.arange(len(columns)), [len(c) for c in columns])
    cols = np.concatenate(columns) if columns else np.zeros(0, np.int64)
    data = np.ones(len(cols), dtype=np.float32)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(columns), width))
