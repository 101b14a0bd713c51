"""Machine-translation-metric pair features (n-gram overlap, chrF, word edits, negation) on
real sentences of the bundled corpus."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from compare.semantic import pair_features as PF
from readers import Document


def _sentence(docs: Sequence[Document], doc: int, needle: str) -> str:
    (text,) = [s.text for s in docs[doc].sentences if needle in s.text]
    return str(text)


def _mt(left: list[str], right: list[str]) -> dict[str, np.ndarray]:
    pairs = [(i, i) for i in range(len(left))]
    return {name: fn(left, right, pairs) for name, fn in PF.MT_FEATURES.items()}


@pytest.fixture
def townships(seed_docs: Sequence[Document]) -> tuple[str, str, str]:
    """Two retellings of one census figure, and a sentence about something else."""
    return (
        _sentence(seed_docs, 0, "145 of 330 townships"),
        _sentence(seed_docs, 1, "145 of Myanmar’s 330 townships"),
        _sentence(seed_docs, 4, "arms supplier Russia"),
    )


def test_a_sentence_matches_itself_fully(townships: tuple[str, str, str]) -> None:
    ours = townships[0]
    cols = _mt([ours], [ours])
    for name in ("ngram1_f1", "ngram2_f1", "ngram3_f1", "ngram4_f1", "ngram1_min", "chrf"):
        assert cols[name][0] == pytest.approx(1.0), name
    assert cols["token_edit"][0] == cols["token_lcs"][0] == 1.0
    assert cols["unmatched_words"][0] == cols["negation_mismatch"][0] == 0.0


def test_a_retelling_overlaps_more_than_another_sentence(townships: tuple[str, str, str]) -> None:
    ours, theirs, other = townships
    cols = _mt([ours, ours], [theirs, other])
    for name in ("ngram1_f1", "ngram1_min", "chrf", "token_edit", "token_lcs"):
        assert 0 < cols[name][1] < cols[name][0] < 1, name
    assert cols["ngram2_f1"][0] > cols["ngram2_f1"][1] == 0
    assert cols["unmatched_words"][0] < cols["unmatched_words"][1]
    # A loose retelling: "145 of 330 townships" / "145 of Myanmar's 330 townships" share no
    # three words in a row.
    assert cols["ngram3_f1"][0] == cols["ngram4_f1"][0] == 0


def test_the_features_do_not_depend_on_the_order_of_the_pair(
    townships: tuple[str, str, str],
) -> None:
    ours, theirs, other = townships
    forward = _mt([ours, ours, theirs], [theirs, other, other])
    backward = _mt([theirs, other, other], [ours, ours, theirs])
    for name in PF.MT_FEATURES:
        np.testing.assert_allclose(forward[name], backward[name], err_msg=name)


def test_only_one_negated_sentence_is_a_mismatch(seed_docs: Sequence[Document]) -> None:
    negated = _sentence(seed_docs, 3, "does not represent the people of Belarus")
    affirmed = negated.replace("does not represent", "represents")
    contracted = negated.replace("does not", "doesn't")
    cols = _mt([negated, negated, affirmed], [affirmed, contracted, affirmed])
    assert list(cols["negation_mismatch"]) == [1.0, 0.0, 0.0]


def test_word_counts_are_clipped_and_exact() -> None:
    cols = _mt(["The talks resumed in Minsk."], ["The talks resumed."])
    assert cols["ngram1_f1"][0] == pytest.approx(2 * 3 / (5 + 3))
    assert cols["ngram2_f1"][0] == pytest.approx(2 * 2 / (4 + 2))
    assert cols["ngram1_min"][0] == pytest.approx(3 / 5)  # the longer one is covered least
    assert cols["token_edit"][0] == pytest.approx(1 - 2 / 5)
    assert cols["unmatched_words"][0] == pytest.approx(np.log1p(1))  # "minsk"
    # A repeated word counts once per occurrence in the other sentence.
    cols = _mt(["no no no"], ["no"])
    assert cols["ngram1_f1"][0] == pytest.approx(2 * 1 / (3 + 1))
