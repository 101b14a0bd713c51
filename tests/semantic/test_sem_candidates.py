"""Embedding candidates for long inputs: nearest sentences by cosine across documents."""

from __future__ import annotations

import numpy as np
import pytest

from compare.semantic.scorers import mutual_top

pytestmark = pytest.mark.usefixtures("needs_extra")


def test_nearest_neighbour_search_finds_each_rows_best_counterpart() -> None:
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(30, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    a, b = np.arange(0, 12), np.arange(12, 30)
    pairs = {tuple(p) for p in mutual_top(vectors, a, b, 2).tolist()}
    sims = vectors[a] @ vectors[b].T
    for row, i in enumerate(a.tolist()):
        assert (i, int(b[np.argmax(sims[row])])) in pairs
    for col, j in enumerate(b.tolist()):
        assert (int(a[np.argmax(sims[:, col])]), j) in pairs
    assert all(i < j for i, j in pairs)


def test_candidates_link_a_paraphrase_that_shares_no_rare_word(semantic) -> None:  # type: ignore[no-untyped-def]
    left = [
        "The president was welcomed with full state honours on Thursday night.",
        "Rain is expected across the north of the country this weekend.",
        "Shares in the carmaker fell sharply after the recall.",
    ]
    right = [
        "Stock of the automobile company dropped steeply following the recall.",
        "The head of state got a ceremonial reception late on Thursday.",
        "A weekend of wet weather is forecast for northern regions.",
    ]
    texts = left + right
    doc_of = np.array([0, 0, 0, 1, 1, 1])
    ii, jj = semantic.candidates(texts, doc_of, per_doc=1)
    found = set(zip(ii.tolist(), jj.tolist(), strict=True))
    assert {(0, 4), (1, 5), (2, 3)} <= found
    assert all(doc_of[i] != doc_of[j] for i, j in found)
