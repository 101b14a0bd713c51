"""The agreement rules figure conflicts apply (facts/agreement.py) and who says a quote
(facts/quotes.py), on phrases of news: estimates by their rounding, bounds kept through a
conversion in brackets, parts, the noun a count modifies, the period a count is limited to."""

from __future__ import annotations

import math

import pytest

from facts.agreement import (
    VERB,
    bounds,
    is_part,
    measures,
    modified_head,
    period,
    rounding_unit,
)
from facts.quotes import continued_speakers, named_speaker, said_by_others


@pytest.mark.parametrize(
    ("value", "unit"),
    [(8000, 1000), (8500, 100), (50, 10), (3_500_000, 100_000), (2.5, 0.1), (7, 1), (2302, 1)],
)
def test_the_rounding_unit_is_the_place_of_the_last_non_zero_digit(
    value: float, unit: float
) -> None:
    assert rounding_unit(value) == pytest.approx(unit)


@pytest.mark.parametrize(
    ("before", "value", "text", "allowed"),
    [
        ("Officials said around ", 8000, "8,000 detainees", (7500, 8500)),
        ("about ", 8500, "8,500 homes", (8450, 8550)),
        ("some ", 50, "50 people", (45, 55)),
        ("roughly ", 3_500_000, "3.5 million people", (3_450_000, 3_550_000)),
        ("", 40, "40-odd prisoners", (35, 45)),
        ("nearly ", 8000, "8,000 people", (7000, 8000)),
        ("almost ", 50, "50 people", (40, 50)),
        ("more than ", 50, "50 charges", (50, math.inf)),
        ("less than 50 km (", 30, "30 miles", (0, 30)),
        ("at a depth of 10 km (", 6, "6 miles", (6, 6)),
        ("", 54, "54 charges", (54, 54)),
    ],
)
def test_what_a_statement_allows(
    before: str, value: float, text: str, allowed: tuple[float, float]
) -> None:
    low, high = bounds(before, float(value), figure_text=text)
    assert (low, high) == pytest.approx(allowed)


@pytest.mark.parametrize(
    ("before", "label", "after", "part"),
    [
        ("AMD will pay $334 million for SeaMicro, including ", "$281 million", " in cash", True),
        ("Five bombs were dropped, of which ", "four bombs", " exploded", True),
        ("while the other ", "two bombs", " were dropped near the airstrip", True),
        ("AMD will pay ", "$334 million", " for SeaMicro", False),
    ],
)
def test_parts_of_a_count(before: str, label: str, after: str, part: bool) -> None:
    assert is_part(before, label, after) is part


@pytest.mark.parametrize(
    ("label", "after", "value", "head"),
    [
        ("eight round", " decision win over Gene Pukall", 8, "decision"),
        ("200 person", " crowd became unruly", 200, "crowd"),
        ("nine voting", " to put Nichols to death", 9, VERB),
        ("seven rounds", " on Saturday", 7, None),
        ("200 people", " set off from the vigil", 200, None),
        ("10 aircraft", " were shot down", 10, None),
        ("one round", " left", 1, None),
        ("86-yard", " touchdown run", 86, "touchdown"),
        ("$334 million", " deal with SeaMicro", 334e6, None),
        ("40 percent", " increase in prices", 40, None),
        ("a dozen", " people", 12, None),
        ("12 mile", " stretch", 12, None),
    ],
)
def test_the_noun_a_count_modifies(label: str, after: str, value: float, head: str) -> None:
    assert modified_head(label, after, value) == head


@pytest.mark.parametrize(
    ("sentence", "figure", "limited_to"),
    [
        ("Gray had been arrested three times since October.", "three times", "since october"),
        ("But he missed 10 total games this season.", "10 total games", "this season"),
        (
            "It came one week after he managed 10 yards on nine carries against Oakland.",
            "nine carries",
            "one week after",
        ),
        ("The death toll so far is 45 people.", "45 people", "so far"),
        ("Gray's autopsy showed he had been shot seven times.", "seven times", ""),
        ("It killed 230,000 people in 13 countries in 2004.", "13 countries", ""),
    ],
)
def test_the_period_a_count_is_limited_to(sentence: str, figure: str, limited_to: str) -> None:
    start = sentence.index(figure)
    assert period(sentence, start, start + len(figure)) == limited_to


def test_a_quote_standing_alone_continues_the_speaker_just_before() -> None:
    statements = [
        (0, 4, "Barack Obama", False),  # '..., Obama said.'
        (0, 5, None, True),  # the next paragraph, a quote alone
        (0, 9, None, True),  # too far after
        (0, 6, None, False),  # a sentence with more than the quote
        (1, 5, None, True),  # another document
    ]
    assert continued_speakers(statements) == ["Barack Obama", "Barack Obama", None, None, None]


def test_a_speaker_counts_only_when_the_sentence_names_them() -> None:
    assert named_speaker("Gary Locke", '"For decades, the Act has worked," said Locke.')
    assert named_speaker("James Bodiford", "“I'm sorry,” he said.") is None
    assert named_speaker(None, "“I'm sorry,” he said.") is None


@pytest.mark.parametrize(
    ("a", "b", "others"),
    [
        ({"Gary Locke"}, {"Barack Obama"}, True),
        ({"Obama"}, {"Barack Obama"}, False),
        ({"Gary Locke"}, set(), False),
    ],
)
def test_quotes_said_by_other_people(a: set[str], b: set[str], others: bool) -> None:
    assert said_by_others(a, b) is others


@pytest.mark.parametrize(
    ("noun", "unit"),
    [
        ("mile", True),
        ("%", True),
        ("USD", True),
        ("day", True),
        ("%household", False),
        ("bomb", False),
    ],
)
def test_a_unit_says_how_much_a_counted_noun_of_what(noun: str, unit: bool) -> None:
    assert measures(noun) is unit
