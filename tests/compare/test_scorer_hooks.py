"""`align` and the optional scorer hooks: `prepare(documents)` and the `version` cache key."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from compare.aligner import align
from compare.lexical import LexicalScorer
from readers import Document
from readers.locations import cache_dir


class _Versioned:
    """The lexical scores, shifted by `offset`: a stand-in for a refitted scorer."""

    name = "versioned"

    def __init__(self, version: str, offset: float = 0.0) -> None:
        self.version = version
        self.offset = offset
        self.prepared: list[list[str]] = []
        self.calls = 0

    def prepare(self, documents: Sequence[Document]) -> None:
        self.prepared.append([d.hash for d in documents])

    def score_pairs(
        self, left: Sequence[str], right: Sequence[str], pairs: Sequence[tuple[int, int]]
    ) -> list[float]:
        self.calls += 1
        scores = LexicalScorer().score_pairs(left, right, pairs)
        return [min(1.0, max(0.0, s + self.offset)) for s in scores]


def _entries() -> list[Path]:
    return sorted((cache_dir() / "alignments").glob("*.json"))


def test_align_calls_prepare_once_per_fresh_alignment(seed_docs) -> None:  # type: ignore[no-untyped-def]
    scorer = _Versioned("v1")
    align(seed_docs[:2], scorer=scorer)
    assert scorer.prepared == [[d.hash for d in seed_docs[:2]]]
    # A cached result needs no scoring, so no preparation (no model load) either.
    align(seed_docs[:2], scorer=scorer)
    assert len(scorer.prepared) == 1
    align(seed_docs[:2], scorer=scorer, use_cache=False)
    assert len(scorer.prepared) == 2


def test_scorer_version_is_part_of_the_cache_key(seed_docs) -> None:  # type: ignore[no-untyped-def]
    docs = seed_docs[:2]
    old = _Versioned("weights-A")
    first = align(docs, scorer=old, min_score=0.4)
    assert len(_entries()) == 1
    # Same name, same version: reused without scoring.
    again = _Versioned("weights-A", offset=0.3)
    assert align(docs, scorer=again, min_score=0.4).links == first.links
    assert again.calls == 0
    # Same name, new version (refitted weights / another model): recomputed, not reused.
    refit = _Versioned("weights-B", offset=0.3)
    fresh = align(docs, scorer=refit, min_score=0.4)
    assert refit.calls > 0
    assert len(_entries()) == 2
    assert len(fresh.links) > len(first.links)
