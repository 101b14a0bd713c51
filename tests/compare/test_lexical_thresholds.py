"""tools/lexical_thresholds.py: pairs are scored as `compare.align` scores two documents, and
the link-bar rules do what compare/aligner.py's docstring says they do.

Hand-written MRPC-like news pairs (a sentence, a close rewrite of it, and a lookalike: another
sentence of the same kind of story), no downloaded data.
"""

from __future__ import annotations

import numpy as np
import pytest
from compare_helpers import make_doc

from compare.aligner import MIN_SCORE, align
from tools.lexical_thresholds import block_scores, link_bars

PAIRS = [
    (
        "The company said quarterly profit rose 12 percent to $410 million on strong chip sales.",
        "Quarterly profit climbed 12 percent to $410 million, helped by strong chip sales, "
        "the company said.",
        "Shares of the chipmaker fell 3 percent in early trading on the Nasdaq.",
    ),
    (
        "Police arrested two men on Tuesday in connection with the bank robbery in Denver.",
        "Two men were arrested by police on Tuesday over the Denver bank robbery.",
        "The FBI said the suspects had also robbed a bank in Colorado Springs last year.",
    ),
    (
        "The Senate voted 62 to 38 to approve the energy bill late on Thursday.",
        "Late on Thursday the Senate approved the energy bill by a vote of 62 to 38.",
        "House leaders said they would take up their own version of the bill next month.",
    ),
    (
        "Heavy rain forced the closure of three highways in northern Italy on Sunday.",
        "Three highways in northern Italy were closed on Sunday because of heavy rain.",
        "Forecasters expect more storms across southern France later in the week.",
    ),
    (
        "The airline will cut 2,500 jobs and retire 40 older aircraft by next spring.",
        "By next spring the airline plans to eliminate 2,500 jobs and retire 40 old planes.",
        "Its pilots' union said talks on a new contract had broken down in March.",
    ),
    (
        "Health officials confirmed 14 new cases of the virus in Toronto on Monday.",
        "On Monday health officials in Toronto confirmed 14 new cases of the virus.",
        "Hospitals in the city have cancelled elective surgery until further notice.",
    ),
]


def test_block_scores_equal_the_aligners_link_scores() -> None:
    left = [p[0] for p in PAIRS]
    right, looks = [p[1] for p in PAIRS], [p[2] for p in PAIRS]
    pairs, look = block_scores(left, [right, looks], block=0)
    al = align(
        [make_doc(left, "a"), make_doc(right + looks, "b")],
        scorer="lexical",
        min_score=0.0,
        use_cache=False,
    )
    checked = 0
    for lk in al.links:
        if lk.merged or lk.a.sentence != lk.b.sentence % len(PAIRS):
            continue
        expected = (pairs if lk.b.sentence < len(PAIRS) else look)[lk.a.sentence]
        assert lk.score == pytest.approx(expected, abs=1e-4)  # links keep 4 decimals
        checked += 1
    assert checked >= len(PAIRS)


def test_scores_depend_on_the_texts_of_the_block() -> None:
    left = [p[0] for p in PAIRS]
    right = [p[1] for p in PAIRS]
    (alone,) = block_scores(left, [right], block=1)
    (together,) = block_scores(left, [right], block=0)
    assert not np.allclose(alone, together)


def test_rewrites_clear_the_link_bar_and_lookalikes_do_not() -> None:
    pairs, look = block_scores(
        [p[0] for p in PAIRS], [[p[1] for p in PAIRS], [p[2] for p in PAIRS]], block=0
    )
    assert pairs.min() >= MIN_SCORE > look.max()


def test_link_bar_rules() -> None:
    rng = np.random.default_rng(3)
    paraphrases = rng.uniform(0.4, 1.0, 990)
    pairs = np.concatenate([paraphrases, [0.1] * 10, rng.uniform(0.2, 0.6, 500)])
    labels = np.concatenate([np.ones(1000), np.zeros(500)]).astype(np.int64)
    looks = rng.uniform(0.0, 0.3, 1500)
    sts = np.concatenate([rng.uniform(0.5, 1.0, 300), rng.uniform(0.0, 0.45, 300)])
    grades = np.concatenate([np.full(300, 3.0), np.full(300, 1.0)])
    bars = link_bars(pairs, labels, looks, sts, grades)
    # 99 % of the paraphrases at or above the recall bar (the ten at 0.1 are the 1 % below).
    assert 0.1 <= bars.recall <= 0.41
    assert np.mean(pairs[labels == 1] >= bars.recall) >= 0.99
    # Pairs vs lookalikes separate between the lookalikes' top and the pairs' bulk.
    assert 0.25 <= bars.lookalikes <= 0.45
    assert 0.44 <= bars.loose <= 0.51
    assert bars.bracket() == (
        min(bars.recall, bars.lookalikes, bars.loose),
        max(bars.recall, bars.lookalikes, bars.loose),
    )
