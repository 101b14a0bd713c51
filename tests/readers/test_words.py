"""readers.words: the one word tokenizer, and that lexical, diff and discovery all cut with it."""

from __future__ import annotations

from compare.diff import tokens, word_diff
from compare.features import features
from compare.normalize import normalize
from discover.sketch import content_words
from readers.words import is_number, word_spans, words

TEXT = "The U.S. paid $1.2 billion for 8,665 tanks, O’Brien’s well-known aide said; G7 didn't."


def test_numbers_initialisms_and_apostrophes_stay_whole() -> None:
    assert words(TEXT) == [
        "The",
        "U.S.",
        "paid",
        "$1.2",
        "billion",
        "for",
        "8,665",
        "tanks",
        "O’Brien’s",
        "well",
        "known",
        "aide",
        "said",
        "G",
        "7",
        "didn't",
    ]


def test_spans_cut_the_same_words() -> None:
    assert [TEXT[s:e] for s, e in word_spans(TEXT)] == words(TEXT)
    assert words("") == [] and words(" -- ... ") == []


def test_is_number() -> None:
    assert is_number("8,665") and is_number("$1.2") and is_number("€30")
    assert not is_number("$") and not is_number("U.S.") and not is_number("tanks")


def test_lexical_features_use_the_tokenizer() -> None:
    f = features("Officials said 8,665 people, or $1.2 million, came from the U.S. on Monday.")
    assert f.numbers == {"8665", "1.2"}
    assert "u.s." in f.names
    # A figure matches however it is written: with or without currency sign and separators.
    assert features("It cost 1.2 million.").numbers == {"1.2"}
    assert normalize("O’Brien’s  U.S.-based firm") == "o'brien's u.s. based firm"


def test_discovery_shingles_keep_figures_whole() -> None:
    assert content_words("Officials counted 8,665 ballots in the U.S. capital") == [
        "officials",
        "counted",
        "8,665",
        "ballots",
        "u.s.",
        "capital",
    ]


def test_word_diff_changes_whole_figures() -> None:
    a, b = "Police counted 8,665 votes.", "Police counted 8,671 votes."
    assert [a[s:e] for s, e in tokens(a)] == ["Police", "counted", "8,665", "votes", "."]
    changed = [op for op in word_diff(a, b) if op.tag != "equal"]
    assert [(op.a_text, op.b_text) for op in changed] == [("8,665", "8,671")]
