"""Global one-to-one assignment and passage groups that one loose link cannot chain."""

from __future__ import annotations

import numpy as np

from compare.aligner import _assign
from compare.groups import passage_groups
from compare.model import Link, SentenceRef


def test_assignment_does_not_steal_a_better_counterpart() -> None:
    # Sentence 0 (doc 0) matches 2 best, but 1 (doc 0) has no other counterpart than 2 while
    # 0 also matches 3: the matching gives 0-3 and 1-2, where best-first gave 0-2 only.
    refs = [SentenceRef(0, 0), SentenceRef(0, 1), SentenceRef(1, 0), SentenceRef(1, 1)]
    ii, jj = np.array([0, 1, 0]), np.array([2, 2, 3])
    scores = np.array([0.80, 0.78, 0.75])
    links = {(i, j) for i, j, _ in _assign(ii, jj, scores, refs, 0.5)}
    assert links == {(1, 2), (0, 3)}


def test_assignment_keeps_a_clearly_better_pair() -> None:
    refs = [SentenceRef(0, 0), SentenceRef(0, 1), SentenceRef(1, 0), SentenceRef(1, 1)]
    ii, jj = np.array([0, 1, 0]), np.array([2, 2, 3])
    scores = np.array([0.99, 0.55, 0.55])
    links = {(i, j) for i, j, _ in _assign(ii, jj, scores, refs, 0.5)}
    assert (0, 2) in links and len(links) == 1


def test_a_weak_paraphrase_needs_the_paraphrase_score() -> None:
    refs = [SentenceRef(0, 0), SentenceRef(1, 0)]
    texts = ["The army holds less than half.", "Voters queued from dawn in the capital."]
    args = (np.array([0]), np.array([1]), np.array([0.4]), refs, 0.3)
    assert _assign(*args, texts=texts, paraphrase_score=0.5) == []
    assert len(_assign(*args, texts=texts, paraphrase_score=0.35)) == 1


def _link(a: tuple[int, int], b: tuple[int, int], score: float, kind: str = "paraphrase") -> Link:
    return Link(SentenceRef(*a), SentenceRef(*b), score, kind)  # type: ignore[arg-type]


def test_one_loose_link_does_not_chain_two_passages() -> None:
    links = [
        _link((0, 1), (1, 1), 0.9, "edited"),
        _link((1, 1), (2, 1), 0.8, "edited"),
        _link((0, 5), (2, 7), 0.9, "edited"),
        # A loose link puts 2:1 and 2:7 (two sentences of document 2) in one group.
        _link((0, 5), (2, 1), 0.3),
    ]
    links = [lk for lk in links if lk.a.doc < lk.b.doc]
    groups = passage_groups(links)
    assert [SentenceRef(0, 1), SentenceRef(1, 1), SentenceRef(2, 1)] in groups
    assert [SentenceRef(0, 5), SentenceRef(2, 7)] in groups


def test_a_lone_paraphrase_link_still_forms_a_group() -> None:
    groups = passage_groups([_link((0, 3), (1, 4), 0.3)])
    assert groups == [[SentenceRef(0, 3), SentenceRef(1, 4)]]
