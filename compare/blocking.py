"""Candidate generation: which sentence pairs are worth scoring at all.

Small inputs get every cross-document pair. Larger ones are blocked on shared rare words
(a prefix-filtering scheme): each sentence is keyed by its `KEYS` rarest content words (by
document frequency over all sentences; words occurring once cannot match anything and are
skipped). Two sentences of different documents sharing a key become candidates, ranked by the
TF-IDF weight of the keys they share; each sentence keeps its `PER_DOC` best candidates in each
other document. Rare keys have small postings lists, so the cost stays close to linear in the
text length instead of growing as all pairs.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

DENSE_LIMIT = 60_000
"""Score every cross-document pair when there are at most this many."""
PER_DOC = 6
"""Candidates kept per sentence and other document when blocking."""
KEYS = 8
"""Rarest words kept as blocking keys per sentence..."""
MAX_KEY_DF = 48
"""... if they occur in at most this many sentences (bounds the postings, so cost is linear) ..."""
ALWAYS_KEYS = 2
"""... except a sentence's two rarest words, which are keys whatever their frequency."""


def all_cross_pairs(doc_of: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (i, j) with `doc_of[i] < doc_of[j]`."""
    n = len(doc_of)
    ii, jj = np.triu_indices(n, k=1)
    keep = doc_of[ii] < doc_of[jj]
    return ii[keep].astype(np.int64), jj[keep].astype(np.int64)


def cross_pair_count(doc_of: np.ndarray) -> int:
    counts = np.bincount(doc_of).astype(np.int64)
    return int((counts.sum() ** 2 - (counts**2).sum()) // 2)


def key_matrix(tfidf: sparse.csr_matrix, keys: int = KEYS) -> sparse.csr_matrix:
    """`tfidf` restricted to each row's key words (see `KEYS`, `MAX_KEY_DF`, `ALWAYS_KEYS`).

    Words occurring only once are never keys (they cannot match anything).
    """
    df = np.diff(tfidf.tocsc().indptr)
    m = tfidf.tocsr().copy()
    m.sort_indices()
    rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
    col_df = df[m.indices]
    # Order entries by (row, df, column) and keep the first `keys` of each row with df >= 2.
    order = np.lexsort((m.indices, col_df, rows))
    r, c, v, d = rows[order], m.indices[order], m.data[order], col_df[order]
    ok = d >= 2
    r, c, v, d = r[ok], c[ok], v[ok], d[ok]
    starts = np.searchsorted(r, np.arange(m.shape[0]))
    rank = np.arange(len(r)) - starts[r]
    sel = (rank < ALWAYS_KEYS) | ((rank < keys) & (d <= MAX_KEY_DF))
    return sparse.csr_matrix((v[sel], (r[sel], c[sel])), shape=m.shape)


def blocked_pairs(
    tfidf: sparse.csr_matrix, doc_of: np.ndarray, *, per_doc: int = PER_DOC
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (i, j), `doc_of[i] < doc_of[j]`, sharing at least one key word."""
    n = tfidf.shape[0]
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    keys = key_matrix(tfidf)
    all_rows: list[np.ndarray] = []
    all_cols: list[np.ndarray] = []
    all_vals: list[np.ndarray] = []
    n_docs = int(doc_of.max()) + 1
    bounds = np.searchsorted(doc_of, np.arange(n_docs + 1))
    if not np.all(np.diff(doc_of) >= 0):
        raise ValueError("sentences must be grouped by document")
    for d in range(n_docs - 1):
        lo, mid = bounds[d], bounds[d + 1]
        if mid in (lo, n):
            continue
        prod = (keys[lo:mid] @ keys[mid:].T).tocoo()
        all_rows.append(prod.row.astype(np.int64) + lo)
        all_cols.append(prod.col.astype(np.int64) + mid)
        all_vals.append(prod.data)
    if not all_rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    rows = np.concatenate(all_rows)
    cols = np.concatenate(all_cols)
    vals = np.concatenate(all_vals)
    # Keep a pair when it is among the `per_doc` best of either end for the other's document.
    keep = np.zeros(len(rows), dtype=bool)
    for a, b in ((rows, cols), (cols, rows)):
        order = np.lexsort((-vals, doc_of[b], a))
        grp = a[order] * n_docs + doc_of[b[order]]
        starts = np.r_[0, np.flatnonzero(np.diff(grp)) + 1]
        rank = np.arange(len(grp)) - np.repeat(starts, np.diff(np.r_[starts, len(grp)]))
        keep[order[rank < per_doc]] = True
    return rows[keep], cols[keep]
