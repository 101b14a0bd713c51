"""Discovery stage 2: candidate document pairs from a MinHash LSH index of sentences.

Every kept content sentence of every document is banded LSH-style: its MinHash signature is
cut into `b` bands of `r` rows, with `(b, r)` chosen by datasketch's `MinHashLSH` for the
Jaccard threshold. Two documents become a candidate pair when a sentence of each has the same
values in some band (their shingle sets are likely to have Jaccard similarity above the
threshold). `candidate_pairs` does the banding on numpy arrays (a sort per band);
`candidate_pairs_datasketch` inserts into a datasketch `MinHashLSH` and reads its buckets - the
same pairs, but its dict-of-sets storage takes about 5 kB per sentence (1.3 GB for 10,000
articles), so it is kept only as the reference the tests compare against.
Buckets that hold sentences from more than `max_bucket` documents are stock phrases ("The
views expressed are ...") rather than shared passages and are skipped, which also keeps the
number of candidate pairs, and so the cost, close to linear in the corpus size.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence

import numpy as np

ProgressFn = Callable[[str, int, int], None]


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
    rows = [s for s in signatures if len(s)]
    if not rows:
        return {}
    matrix = np.vstack(rows)
    owner = np.repeat(np.arange(len(signatures)), [len(s) for s in signatures])
    hits: dict[tuple[int, int], set[int]] = {}
    for band in range(b):
        _, bucket = np.unique(matrix[:, band * r : (band + 1) * r], axis=0, return_inverse=True)
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
