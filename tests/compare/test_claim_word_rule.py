"""The aligner's claim-word rule (`compare.aligner.CLAIM_WORD_BELOW`, off by default): a non-copy
link scoring below the level must share a claim word, not only names and figures
(`compare.clauses.lacks_claim_word`)."""

from __future__ import annotations

import numpy as np
import pytest

import compare.aligner as aligner
from compare.clauses import lacks_claim_word
from readers import build_document

TALKS = (
    "Talks in Minsk\n\n"
    "The Belarusian leader Lukashenko hosted Min Aung Hlaing in Minsk on Friday for talks on "
    "tractors.\n\n"
    "Snow fell across the capital during the visit."
)
THANKS = (
    "Deals signed\n\n"
    "Min Aung Hlaing thanked Lukashenko in Minsk and praised the Belarusian people.\n\n"
    "Snow fell across the capital during the visit."
)
TRACTORS = (
    "Deals signed\n\n"
    "Min Aung Hlaing thanked Lukashenko in Minsk for the talks on Belarusian tractors.\n\n"
    "Snow fell across the capital during the visit."
)


def _links(first: str, second: str, level: float | None) -> dict[tuple[int, int], str]:
    docs = [build_document(first, "a.txt"), build_document(second, "b.txt")]
    aligner.CLAIM_WORD_BELOW = level
    al = aligner.align(docs, scorer="lexical", use_cache=False)
    return {(lk.a.sentence, lk.b.sentence): lk.kind for lk in al.links}


@pytest.fixture(autouse=True)
def _restore(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aligner, "CLAIM_WORD_BELOW", aligner.CLAIM_WORD_BELOW)


def test_off_by_default() -> None:
    assert aligner.CLAIM_WORD_BELOW is None


def test_a_link_sharing_only_names_is_held_back_when_on() -> None:
    assert _links(TALKS, THANKS, None) == {(1, 1): "paraphrase", (2, 2): "verbatim"}
    assert _links(TALKS, THANKS, 1.01) == {(2, 2): "verbatim"}


def test_a_link_sharing_a_claim_word_stays() -> None:
    assert _links(TALKS, TRACTORS, 1.01)[(1, 1)] == "paraphrase"


def test_a_link_scoring_at_the_level_stays() -> None:
    off = _links(TALKS, THANKS, None)
    assert _links(TALKS, THANKS, 0.5) == off  # the names-only pair scores above 0.5


def test_copies_and_low_scores_are_never_held() -> None:
    texts = [
        "Lukashenko met Min Aung Hlaing in Minsk.",
        "Lukashenko met Min Aung Hlaing in Minsk!",  # verbatim
        "Min Aung Hlaing thanked Lukashenko in Minsk.",  # names only
        "Officials met to discuss tractor exports.",  # a claim word ("met")
    ]
    ii, jj = np.array([0, 0, 0, 0]), np.array([1, 2, 2, 3])
    scores = np.array([0.9, 0.6, 0.05, 0.4])

    def is_copy(a: str, b: str) -> bool:
        return a.rstrip(".!") == b.rstrip(".!")

    held = lacks_claim_word(texts, ii, jj, scores, 1.01, is_copy)
    assert held.tolist() == [False, True, False, False]
    assert lacks_claim_word(texts, ii, jj, scores, 0.5, is_copy).tolist() == [False] * 4


def test_the_corrections_rerun_applies_the_rule() -> None:
    from compare.corrections import Constraints, apply
    from compare.model import SentenceRef as R

    docs = [build_document(TALKS, "a.txt"), build_document(THANKS, "b.txt")]
    unlink_snow = Constraints(forbids={(R(0, 2), R(1, 2)): "x"})
    names_only = {R(0, 1), R(1, 1)}
    for level, linked in ((None, True), (1.01, False)):
        aligner.CLAIM_WORD_BELOW = level
        al = aligner.align(docs, scorer="lexical", use_cache=False)
        # The re-run scores every pair of the two documents again, names-only pair included.
        al = apply(al, unlink_snow)
        assert any({lk.a, lk.b} == names_only for lk in al.links) is linked
        # A pinned names-only pair is linked all the same, with its own score.
        pinned = apply(al, Constraints(pins={(R(0, 1), R(1, 1)): "p"}))
        (link,) = [lk for lk in pinned.links if {lk.a, lk.b} == names_only]
        assert link.pinned and link.score > 0.5
