"""Discovery stage 2: candidate document pairs from a MinHash LSH index of sentences.

Every kept content sentence of every document goes into one datasketch `MinHashLSH` index.
Two documents become a candidate pair when at least one sentence of each lands in the same
LSH bucket (their shingle sets are likely to have Jaccard similarity above the threshold).
Buckets that hold sentences from more than `max_bucket` documents are stock phrases ("The
views expressed are ...") rather than shared passages and are skipped, which also keeps the
number of candidate pairs, and so the cost, close to linear in the corpus size.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import numpy as np

ProgressFn = Callable[[str, int, int], None]


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
            if len(members) < 2:
                continue
            by_doc: dict[int, list[int]] = {}
            for key in members:
                by_doc.setdefault(owner[key], []).append(key)
            if len(by_doc) < 2 or len(by_doc) > max_bucket:
                continue
            for da, db in itertools.combinations(sorted(by_doc), 2):
                hits.setdefault((da, db), set()).update(by_doc[da])
    return {pair: len(keys) for pair, keys in hits.items()}
