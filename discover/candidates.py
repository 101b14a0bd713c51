"""Discovery stage 2: document pairs that share a passage, from a MinHash LSH index of sentences.

Every kept content sentence of every document is banded LSH-style: its MinHash signature is
cut into `b` bands of `r` rows, with `(b, r)` chosen by datasketch's `MinHashLSH` for the
Jaccard threshold, and each band is hashed to one 64-bit key (`band_keys`, done in the
reading workers, so a sentence travels as `b` numbers instead of `num_perm`). Two documents
become a candidate pair when a sentence of each has the same key in some band (their shingle
sets are likely to have Jaccard similarity above the threshold). `candidate_pairs_from_bands`
does the banding on numpy arrays (a sort per band), `candidate_pairs` from signatures;
`candidate_pairs_datasketch` inserts into a datasketch `MinHashLSH` and reads its buckets - the
same pairs, but its dict-of-sets storage takes about 5 kB per sentence (1.3 GB for 10,000
articles), so it is kept only as the reference the tests compare against.
Buckets that hold sentences from more than `max_bucket` documents are stock phrases ("The
views expressed are ...") rather than shared passages and are skipped, which also keeps the
number of candidate pairs, and so the cost, close to linear in the corpus size.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Sequence

import numpy as np

ProgressFn = Callable[[str, int, int], None]


@functools.lru_cache(maxsize=8)
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows per band that datasketch picks for this threshold."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def _add_bucket(
    members: Iterable[tuple[int, int]],
    max_bucket: int,
    hits: dict[tuple[int, int], set[int]],
) -> None:
    """Record the document pairs of one LSH bucket of `(sentence key, document)` members."""
    by_doc: dict[int, list[int]] = {}
    for key, doc in members:
        by_doc.setdefault(doc, []).append(key)
    if len(by_doc) < 2 or len(by_doc) > max_bucket:
        return
    for da, db in itertools.combinations(sorted(by_doc), 2):
        hits.setdefault((da, db), set()).update(by_doc[da])


def band_keys(signatures: np.ndarray, b: int, r: int) -> np.ndarray:
    """One int64 key per band of each signature row: its `r` values mixed into 64 bits."""
    n = len(signatures)
    values = np.asarray(signatures, dtype=np.uint64)[:, : b * r].reshape(n, b, r)
    key = np.zeros((n, b), dtype=np.uint64)
    for j in range(r):  # wrapping uint64 arithmetic: a polynomial hash of the band
        key = (key * np.uint64(0x100000001B3)) ^ values[:, :, j]
    return key.view(np.int64)


def candidate_pairs(
    signatures: Sequence[np.ndarray],
    *,
    num_perm: int,
    threshold: float,
    max_bucket: int = 100,
    seed: int = 1,
    progress: ProgressFn | None = None,
) -> dict[tuple[int, int], int]:
    """Candidate pairs `(i, j)`, `i < j`, of documents, with the number of distinct
    sentences of document i that collided with a sentence of document j.

    `signatures[d]` holds one row of MinHash hash values per sentence of document d.
    """
    b, r = lsh_bands(threshold, num_perm)
    bands = [band_keys(s, b, r) if len(s) else np.zeros((0, b), np.int64) for s in signatures]
    return candidate_pairs_from_bands(bands, max_bucket=max_bucket, progress=progress)


def candidate_pairs_from_bands(
    bands: Sequence[np.ndarray],
    *,
    max_bucket: int = 100,
    progress: ProgressFn | None = None,
) -> dict[tuple[int, int], int]:
    """`candidate_pairs` from the `band_keys` of each document's sentences."""
    rows = [s for s in bands if len(s)]
    if not rows:
        return {}
    matrix = np.vstack(rows)
    owner = np.repeat(np.arange(len(bands)), [len(s) for s in bands])
    hits: dict[tuple[int, int], set[int]] = {}
    b = matrix.shape[1]
    for band in range(b):
        _, bucket = np.unique(matrix[:, band], return_inverse=True)
        bucket = bucket.ravel()
        order = np.argsort(bucket, kind="stable")
        sorted_buckets = bucket[order]
        starts = np.flatnonzero(np.r_[True, sorted_buckets[1:] != sorted_buckets[:-1]])
        sizes = np.diff(np.r_[starts, len(order)])
        shared = sizes > 1
        for start, size in zip(starts[shared].tolist(), sizes[shared].tolist(), strict=True):
            keys = order[start : start + size]
            _add_bucket(zip(keys.tolist(), owner[keys].tolist(), strict=True), max_bucket, hits)
        if progress is not None:
            progress("indexing", band + 1, b)
    return {pair: len(keys) for pair, keys in hits.items()}


def candidate_pairs_datasketch(
    signatures: Sequence[np.ndarray],
    *,
    num_perm: int,
    threshold: float,
    max_bucket: int = 100,
    seed: int = 1,
    progress: ProgressFn | None = None,
) -> dict[tuple[int, int], int]:
    """`candidate_pairs` through a datasketch `MinHashLSH` index (the reference version)."""
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    scheme = MinHash(num_perm=num_perm, seed=seed).scheme
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    owner: list[int] = []
    total = len(signatures)
    with lsh.insertion_session() as session:
        for doc, rows in enumerate(signatures):
            for row in rows:
                key = len(owner)
                owner.append(doc)
                session.insert(
                    key,
                    LeanMinHash(seed=seed, hashvalues=row, scheme=scheme),
                    check_duplication=False,
                )
            if progress is not None and (doc % 500 == 0 or doc == total - 1):
                progress("indexing", doc + 1, total)

    hits: dict[tuple[int, int], set[int]] = {}
    for table in lsh.hashtables:
        for bucket in table.keys():  # noqa: SIM118 - a datasketch storage, not a dict
            members = table.get(bucket)
            if len(members) >= 2:
                _add_bucket(((key, owner[key]) for key in members), max_bucket, hits)
    return {pair: len(keys) for pair, keys in hits.items()}
