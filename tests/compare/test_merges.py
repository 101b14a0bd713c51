"""1:2 / 2:1 merges: a merge is a link that must earn its place, and each half must carry
content of the single sentence.

Hand-made sentences only. The first tests use a scorer with fixed scores (a table keyed by
the two texts) so each rule of `compare.aligner._merges` is exercised on its own; the last
ones use the packaged hybrid scorer on a true split and on a lookalike neighbour.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from compare_helpers import make_doc

from compare.aligner import align
from compare.model import SentenceRef

ONE = "The parks department hired four seasonal gardeners with a state grant this spring."
FIRST = "Using money from the state, city officials took on four gardeners for the season."
LOOK = "Officials also sent soil samples from two playgrounds to a laboratory."
SPLIT_ONE = (
    "The bridge, which cost 40 million euros, was closed on Monday after engineers found cracks."
)
SPLIT_A = "Officials shut the 40 million euro crossing to traffic at the start of the week."
SPLIT_B = "Inspectors had discovered fractures in two of its pillars."
OTHER = "The library will stay closed on Sundays until the end of the year."


class TableScorer:
    """Scores from a table of text pairs (either order), 0 for anything else."""

    name = "table"
    min_score = 0.23
    paraphrase_score = 0.30

    def __init__(self, table: dict[tuple[str, str], float]) -> None:
        self.table = {frozenset(k): v for k, v in table.items()}

    def score_pairs(
        self, left: Sequence[str], right: Sequence[str], pairs: Sequence[tuple[int, int]]
    ) -> list[float]:
        return [self.table.get(frozenset((left[i], right[j])), 0.0) for i, j in pairs]


def _links(a: list[str], b: list[str], table: dict[tuple[str, str], float]):  # type: ignore[no-untyped-def]
    al = align(
        [make_doc(a, "a.txt"), make_doc(b, "b.txt")], scorer=TableScorer(table), use_cache=False
    )
    return {(lk.a.sentence, lk.b.sentence): lk for lk in al.links}


def test_a_neighbour_that_adds_nothing_is_not_merged() -> None:
    # LOOK is close to ONE on its own only below the paraphrase bar, and joining it to FIRST
    # barely moves the score: it carries no content of ONE.
    links = _links(
        [ONE, OTHER],
        [FIRST, LOOK],
        {(ONE, FIRST): 0.60, (ONE, LOOK): 0.26, (ONE, FIRST + " " + LOOK): 0.62},
    )
    assert set(links) == {(0, 0)}
    assert not links[(0, 0)].merged and links[(0, 0)].score == 0.6


def test_a_true_split_is_merged() -> None:
    links = _links(
        [SPLIT_ONE, OTHER],
        [SPLIT_A, SPLIT_B],
        {
            (SPLIT_ONE, SPLIT_A): 0.55,
            (SPLIT_ONE, SPLIT_B): 0.35,
            (SPLIT_ONE, SPLIT_A + " " + SPLIT_B): 0.8,
        },
    )
    assert set(links) == {(0, 0), (0, 1)}
    assert all(lk.merged and lk.score == 0.8 for lk in links.values())
    assert links[(0, 0)].merged_with == SentenceRef(1, 1)


def test_a_merge_with_a_supported_weak_half_is_merged_when_it_loses_nothing() -> None:
    # Both halves are links on their own; the joined score is no worse than the better half.
    links = _links(
        [SPLIT_ONE, OTHER],
        [SPLIT_A, SPLIT_B],
        {
            (SPLIT_ONE, SPLIT_A): 0.70,
            (SPLIT_ONE, SPLIT_B): 0.45,
            (SPLIT_ONE, SPLIT_A + " " + SPLIT_B): 0.70,
        },
    )
    assert set(links) == {(0, 0), (0, 1)} and all(lk.merged for lk in links.values())


def test_a_paraphrase_merge_must_clear_the_paraphrase_bar() -> None:
    # Neither half is a link; joined they gain, but stay under the scorer's paraphrase bar.
    links = _links(
        [SPLIT_ONE, OTHER],
        [SPLIT_A, SPLIT_B],
        {
            (SPLIT_ONE, SPLIT_A): 0.21,
            (SPLIT_ONE, SPLIT_B): 0.20,
            (SPLIT_ONE, SPLIT_A + " " + SPLIT_B): 0.29,
        },
    )
    assert links == {}


def test_a_merge_does_not_take_a_sentence_from_a_better_link() -> None:
    # SPLIT_B is OTHER's counterpart (0.9): the merge (0.8) may not take it away.
    links = _links(
        [SPLIT_ONE, OTHER],
        [SPLIT_A, SPLIT_B],
        {
            (SPLIT_ONE, SPLIT_A): 0.55,
            (SPLIT_ONE, SPLIT_B): 0.35,
            (SPLIT_ONE, SPLIT_A + " " + SPLIT_B): 0.8,
            (OTHER, SPLIT_B): 0.9,
        },
    )
    assert set(links) == {(0, 0), (1, 1)}
    assert not any(lk.merged for lk in links.values())


@pytest.fixture(scope="module")
def hybrid():  # type: ignore[no-untyped-def]
    from compare import semantic

    if not semantic.available():
        pytest.skip("the embedding model is not installed")
    return semantic.make_scorer("hybrid")


def test_hybrid_merges_a_true_split(hybrid) -> None:  # type: ignore[no-untyped-def]
    a = make_doc(
        [
            "The bridge, which cost 40 million euros to build, was closed on Monday after "
            "engineers found cracks in two of its pillars.",
            OTHER,
        ],
        "a.txt",
    )
    b = make_doc(
        [
            "The 40 million euro bridge was closed on Monday.",
            "Engineers had found cracks in two of its pillars.",
        ],
        "b.txt",
    )
    al = align([a, b], scorer=hybrid, use_cache=False)
    assert al.counterparts(SentenceRef(0, 0)) == [SentenceRef(1, 0), SentenceRef(1, 1)]
    assert all(lk.merged for lk in al.links)


def test_hybrid_refuses_a_lookalike_neighbour(hybrid) -> None:  # type: ignore[no-untyped-def]
    a = make_doc(
        [
            "Heavy rain flooded the old town of Verlan on Sunday, forcing 300 families from "
            "their homes.",
            OTHER,
        ],
        "a.txt",
    )
    b = make_doc(
        [
            "On Sunday, floods forced some 300 families out of their homes in Verlan's old town "
            "after heavy rain.",
            "Verlan's mayor said the town had not seen such rain since records began in 1890.",
        ],
        "b.txt",
    )
    al = align([a, b], scorer=hybrid, use_cache=False)
    assert [(lk.a, lk.b, lk.merged) for lk in al.links] == [
        (SentenceRef(0, 0), SentenceRef(1, 0), False)
    ]
