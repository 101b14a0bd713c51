"""The scorer interface: how similar are two sentences? (Stable contract; do not change.)

`compare.align(documents, scorer=...)` finds candidate sentence pairs itself (order-free,
with blocking on shared rare words for long texts) and asks a `Scorer` to score them; the
aligner alone decides links, kinds (verbatim/edited/paraphrase), thresholds and merges.

Contract of `Scorer.score_pairs(left, right, pairs)`:

- `left` and `right` are sequences of sentence texts (plain `str`, exactly as in the
  documents; they may be the *same* sequence object when the aligner scores all sentences of
  all documents against each other). `pairs` is a sequence of `(i, j)` index pairs into
  `left` and `right`.
- It returns one float per pair, in the order of `pairs`, each in [0, 1]: 1 means "says the
  same thing", 0 "unrelated". Scores must be deterministic and symmetric in meaning (scoring
  (a, b) or (b, a) should give about the same value).
- It may be called several times per alignment (also with short ad hoc lists, e.g. for 2:1
  merges where one text is two adjacent sentences joined by a space), with batches from one
  pair to a few hundred thousand pairs; implementations should batch internally and must not
  print or touch the network.
- `name` is a short stable identifier ("lexical", "semantic", "hybrid"); it is part of the
  alignment cache key, so two scorers that can give different scores need different names.
- Optional `version: str`: a fingerprint of everything else that changes the scores (fitted
  weights, model file); `align` adds it to the cache key, so refitting or switching models
  never reuses a stale cached alignment.
- Optional `prepare(documents)`: `align` calls it before scoring a fresh alignment (not when
  the result comes from its cache), e.g. to load per-document embeddings from disk.

`LexicalScorer` (compare.lexical) is the default. The aligner's default thresholds
(compare.aligner.MIN_SCORE etc.) are calibrated for it; a scorer with a different scale may
expose `min_score: float` as a suggested default threshold, which `align` uses when the caller
does not pass `min_score`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable


@runtime_checkable
class Scorer(Protocol):
    """Scores sentence pairs in [0, 1]. See the module docstring for the full contract."""

    name: str

    def score_pairs(
        self, left: Sequence[str], right: Sequence[str], pairs: Sequence[tuple[int, int]]
    ) -> list[float]:
        """Score `(left[i], right[j])` for each `(i, j)` in `pairs`."""
        ...


def default_scorer() -> Scorer:
    """The scorer `align` uses when none is given (the lexical one)."""
    from compare.lexical import LexicalScorer

    return LexicalScorer()
