"""Margin scoring: a pair's cosine minus how close each side is to its nearest neighbours.

Every sentence of one news story is "about" the same thing, so raw embedding cosines between
unrelated sentences of the same story are high (0.5-0.7 with MiniLM). The margin
cos(x, y) - (bg(x) + bg(y)) / 2, where bg(s) is the mean cosine of s to its `K` nearest
neighbours among the texts being aligned (identical copies left out), takes that shared topic
out (Artetxe & Schwenk, 2019, "Margin-based parallel corpus mining"). Measured on the seed
pairs it lifts recall at precision 0.9 from 0.57 (cosine) to 0.76 (margin alone).

`Backgrounds` holds bg(s) for the texts of the last reference set (what `compare.align` passes
as the global sentence list) so that later small calls (2:1 merge candidates) are scored on the
same scale; a text made of two known sentences joined by a space gets the mean of theirs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from compare.semantic.cache import EmbeddingCache, text_key

K = 5
"""Neighbours averaged for a sentence's background similarity."""
MIN_REFERENCE = 2 * K + 2
"""A call with fewer distinct texts than this does not replace the reference set."""
MAX_NEIGHBOURS = 8_000
"""Above this many texts, neighbours are searched in an evenly spaced sample of this size."""
PRIOR_BACKGROUND = 0.42
"""bg(s) when there is nothing to compare with (a lone pair scored out of context): the mean
background of the training pairs (0.416; 0.48-0.52 on the seed document pairs)."""
_CHUNK = 512
_SAME = 0.9999
_SPACE = re.compile(" ")


def topk_mean(queries: np.ndarray, pool: np.ndarray, k: int = K) -> np.ndarray:
    """Mean of the k highest cosines of each query row against `pool`, ignoring copies.

    A query with fewer than k other texts in the pool averages what there is; one with none
    gets `PRIOR_BACKGROUND`.
    """
    out = np.full(len(queries), PRIOR_BACKGROUND, dtype=np.float64)
    if len(pool) == 0 or len(queries) == 0:
        return out
    k = min(k, len(pool))
    for start in range(0, len(queries), _CHUNK):
        sims = (queries[start : start + _CHUNK] @ pool.T).astype(np.float64)
        sims[sims >= _SAME] = np.nan
        top = -np.sort(-np.nan_to_num(sims, nan=-np.inf), axis=1)[:, :k]
        valid = np.isfinite(top)
        counts = valid.sum(axis=1)
        sums = np.where(valid, top, 0.0).sum(axis=1)
        chunk = out[start : start + _CHUNK]
        has = counts > 0
        chunk[has] = sums[has] / counts[has]
    return out


class Backgrounds:
    """bg(s) for the current reference set of texts."""

    def __init__(self, cache: EmbeddingCache) -> None:
        self.cache = cache
        self._key = b""
        self._bg: dict[bytes, float] = {}
        self._pool = np.zeros((0, 0), dtype=np.float32)

    def set_reference(self, texts: Sequence[str]) -> None:
        """Use `texts` as the neighbour pool (no-op when too small or unchanged)."""
        distinct = list(dict.fromkeys(texts))
        if len(distinct) < MIN_REFERENCE:
            return
        digest = hashlib.blake2b(digest_size=16)
        for text in distinct:
            digest.update(text_key(text))
        key = digest.digest()
        if key == self._key:
            return
        vectors = self.cache.vectors(distinct)
        pool = vectors
        if len(pool) > MAX_NEIGHBOURS:
            pool = pool[np.linspace(0, len(pool) - 1, MAX_NEIGHBOURS).astype(np.int64)]
        bg = topk_mean(vectors, pool)
        self._key = key
        self._pool = pool
        self._bg = {text_key(t): float(b) for t, b in zip(distinct, bg, strict=True)}

    def of(self, texts: Sequence[str], context: Sequence[str] = ()) -> np.ndarray:
        """bg(s) of each text: stored, composed from two known parts, or searched in the
        reference pool (or, before any reference was set, among the `context` texts)."""
        out = np.empty(len(texts), dtype=np.float64)
        unknown: list[int] = []
        for n, text in enumerate(texts):
            value = self._bg.get(text_key(text))
            if value is None:
                value = self._composed(text)
            if value is None:
                unknown.append(n)
            else:
                out[n] = value
        if unknown:
            vecs = self.cache.vectors([texts[n] for n in unknown])
            if len(self._pool):
                pool = self._pool
            else:
                pool = self.cache.vectors(list(dict.fromkeys([*context, *texts])))
            out[unknown] = topk_mean(vecs, pool)
        return out

    def _composed(self, text: str) -> float | None:
        for match in _SPACE.finditer(text):
            a = self._bg.get(text_key(text[: match.start()]))
            b = self._bg.get(text_key(text[match.start() + 1 :])) if a is not None else None
            if a is not None and b is not None:
                return (a + b) / 2
        return None
