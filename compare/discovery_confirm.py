"""Discovery stage 3: confirm candidate pairs with the alignment engine.

A task is a small batch of candidate pairs plus the files they name; the worker reads each
file once and runs `compare.align([a, b])` on each pair. The number of shared passages of a
pair is the number of passage groups of that alignment (clusters of linked sentences: a fact
told in both articles counts once, however it was split into sentences).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


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
    items: Sequence[tuple[str, dict[str, str] | None]],
    pairs: Sequence[tuple[int, int]],
    min_score: float | None = None,
) -> list[PairResult]:
    """Align each `(i, j)` of `pairs`, where `i` and `j` index `items` (`(path, metadata)`)."""
    from compare.aligner import align
    from readers import Document, ReaderError
    from readers.load import read_path

    docs: dict[int, Document | str] = {}

    def doc(i: int) -> Document | str:
        if i not in docs:
            path, meta = items[i]
            try:
                docs[i] = read_path(Path(path), metadata=meta or {})
            except ReaderError as err:
                docs[i] = err.reason
        return docs[i]

    out: list[PairResult] = []
    for i, j in pairs:
        a, b = doc(i), doc(j)
        if isinstance(a, str) or isinstance(b, str):
            reason = a if isinstance(a, str) else b
            out.append(PairResult(i, j, 0, 0, error=str(reason)))
            continue
        try:
            alignment = align([a, b], min_score=min_score, use_cache=False)
        except Exception as exc:  # one odd pair must not stop a long run
            out.append(PairResult(i, j, 0, 0, error=f"alignment failed: {exc}"))
            continue
        out.append(PairResult(i, j, len(alignment.groups), len(alignment.links)))
    return out
