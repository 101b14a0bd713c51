"""Discovery stage 3: confirm candidate pairs with the alignment engine.

A task is a small batch of candidate pairs plus the (packed) documents they name; the worker
runs `compare.align([a, b])` on each pair. The number of shared passages of a
pair is the number of passage groups of that alignment (clusters of linked sentences: a fact
told in both articles counts once, however it was split into sentences).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from discover.docs import PackedDocument, unpack


@dataclass(frozen=True)
class PairResult:
    """What the alignment engine found for one candidate pair (indices into the task)."""

    a: int
    b: int
    shared: int
    """Passage groups shared by the two documents."""
    links: int
    """Sentence links between them."""
    error: str | None = None


def confirm_batch(
    documents: Sequence[PackedDocument],
    pairs: Sequence[tuple[int, int]],
    min_score: float | None = None,
) -> list[PairResult]:
    """Align each `(i, j)` of `pairs`, where `i` and `j` index `documents`."""
    from compare.aligner import align

    docs = [unpack(d) for d in documents]
    out: list[PairResult] = []
    for i, j in pairs:
        try:
            alignment = align([docs[i], docs[j]], min_score=min_score, use_cache=False)
        except Exception as exc:  # one odd pair must not stop a long run
            out.append(PairResult(i, j, 0, 0, error=f"alignment failed: {exc}"))
            continue
        out.append(PairResult(i, j, len(alignment.groups), len(alignment.links)))
    return out
