"""Word-level pair features (figures, names, length) on real sentence pairs."""

from __future__ import annotations

import numpy as np
import pytest

from compare.semantic import pair_features as PF
from compare.semantic.pair_features import normalize_number, sentence_facts


def _sentence(docs, doc: int, needle: str) -> str:  # type: ignore[no-untyped-def]
    (text,) = [s.text for s in docs[doc].sentences if needle in s.text]
    return str(text)


def _columns(left: list[str], right: list[str]) -> dict[str, np.ndarray]:
    pairs = [(i, i) for i in range(len(left))]
    return {name: fn(left, right, pairs) for name, fn in PF.FEATURES.items()}


@pytest.mark.parametrize(
    ("word", "normal"),
    [
        ("8,665", "8665"),
        ("8665", "8665"),
        ("$1.2", "1.2"),
        ("€30", "30"),
        ("3.50", "3.5"),
        ("2.0", "2"),
        ("1,000,000", "1000000"),
        ("$8,665.50", "8665.5"),
        ("12,5", "12,5"),  # not a thousands group: left as written
        ("2024", "2024"),
    ],
)
def test_figures_have_one_spelling(word: str, normal: str) -> None:
    assert normalize_number(word) == normal


def test_the_townships_sentences_share_both_figures(seed_docs) -> None:  # type: ignore[no-untyped-def]
    ours = _sentence(seed_docs, 0, "145 of 330 townships")
    theirs = _sentence(seed_docs, 1, "145 of Myanmar’s 330 townships")
    facts = sentence_facts(theirs)
    assert {"145", "330", "2024"} <= facts.numbers and "myanmar" in facts.names
    cols = _columns([ours, theirs], [theirs, ours])
    assert list(cols["numbers"]) == [1.0, 1.0]  # symmetric: share of the smaller set
    assert list(cols["number_conflict"]) == [0.0, 0.0]
    assert (
        cols["length_gap"][0] == pytest.approx(cols["length_gap"][1]) and cols["length_gap"][0] > 0
    )


def test_the_amnesty_figure_written_two_ways_is_shared(seed_docs) -> None:  # type: ignore[no-untyped-def]
    amnesty = _sentence(seed_docs, 0, "8,665 detainees")
    rewrite = "The junta freed 8665 prisoners in an amnesty before the vote."
    other = "The junta freed 3,000 prisoners in an amnesty before the vote."
    cols = _columns([amnesty, amnesty], [rewrite, other])
    assert list(cols["numbers"]) == [1.0, 0.0]
    assert list(cols["number_conflict"]) == [0.0, 1.0]


def test_names_possessives_and_sentence_initial_words() -> None:
    # MRPC train-style pair: the same two companies, one possessive, one sentence-initial.
    a = "Shares of Microsoft rose after Oracle's offer was rejected."
    b = "Microsoft shares rose when the board of Oracle turned the offer down."
    facts_a, facts_b = sentence_facts(a), sentence_facts(b)
    assert facts_a.names == {"microsoft", "oracle"}
    assert facts_b.names == {"oracle"}  # "Microsoft" opens the sentence: not counted
    cols = _columns([a, a], [b, "Shares of Apple rose after Google's offer was rejected."])
    assert list(cols["names"]) == [1.0, 0.0]
    assert list(cols["name_conflict"]) == [0.0, 1.0]


def test_no_figures_on_one_side_is_neither_shared_nor_conflict() -> None:
    cols = _columns(["Officials said 12 people died."], ["Officials said several people died."])
    assert cols["numbers"][0] == 0.0 and cols["number_conflict"][0] == 0.0
