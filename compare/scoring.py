"""The scorer interface: how similar are two sentences?

`compare.align` asks a `Scorer` for a score matrix over candidate sentence pairs. The lexical
scorer is the default; a semantic (embedding) scorer plugs in behind the same protocol.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable


@runtime_checkable
class Scorer(Protocol):
    """Scores sentence pairs in [0, 1]."""

    name: str

    def score_pairs(
        self, left: Sequence[str], right: Sequence[str], pairs: Sequence[tuple[int, int]]
    ) -> list[float]:
        """Score `(left[i], right[j])` for each `(i, j)` in `pairs`."""
        ...
