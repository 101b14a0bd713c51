"""Dates in the ways news copy also writes them: month names in lower case beside a day
("2 july"), a day in words ("the second of August"), numeric dates with a two-digit year
("5/17/18"), "a fortnight earlier", "the rest of the week"; and their look-alikes that stay
non-dates ("march" and "may" as verbs, "the second of March's rallies", fractions and codes,
"a rest"). Sentences are written like news wire or taken from Recognizers-Text's DateTime spec
(dev half)."""

from __future__ import annotations

import pytest

from facts import facts


def _dates(make_docs, text: str) -> list[tuple[str, str | None]]:
    table = facts(make_docs(text, date="2018-05-10"))
    return sorted(
        (m.text, f.normalized["value"]) for f in table.facts if f.kind == "date" for m in f.mentions
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks will resume on 2 july in Geneva.", [("2 july", "2018-07-02")]),
        (
            "meet me from 2 july to 10 july",
            [("10 july", "2018-07-10"), ("2 july", "2018-07-02")],
        ),
        ("The ceasefire began on 14 august 2017.", [("14 august 2017", "2017-08-14")]),
        # told in the past on 2018-05-10: the last 3 September, not the next one
        ("The ship docked on 3 september, officials said.", [("3 september", "2017-09-03")]),
    ],
)
def test_lower_case_month_beside_a_day(make_docs, text: str, expected: list) -> None:
    assert _dates(make_docs, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Protesters march 2 miles to the square every weekend.",
        "Officials may 3 times revise the figure.",
        "He spoke before an august 12-member panel of judges.",
    ],
)
def test_month_words_that_are_verbs_or_adjectives(make_docs, text: str) -> None:
    assert [s for s, _ in _dates(make_docs, text) if any(c.isdigit() for c in s)] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The deal was signed on 5/17/18 in Tokyo.", "5/17/18"),
        ("I'll go back 23/08/39.", "23/08/39"),
    ],
)
def test_numeric_dates_with_a_two_digit_year(make_docs, text: str, surface: str) -> None:
    assert [s for s, _ in _dates(make_docs, text)] == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "The shares were split 1/2/3 among the founders.",
        "The hotline runs 24/7/365 for callers.",
        "Firmware 2.5/10/12 fixed the flaw.",
    ],
)
def test_slashed_numbers_that_are_not_dates(make_docs, text: str) -> None:
    assert [s for s, _ in _dates(make_docs, text) if "/" in s] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The army had withdrawn from the town a fortnight earlier.", "a fortnight earlier"),
        ("Shops will stay closed for the rest of the week.", "the rest of the week"),
        (
            "The company expects weak sales for the remainder of the year.",
            "the remainder of the year",
        ),
    ],
)
def test_fortnight_earlier_and_rest_of(make_docs, text: str, surface: str) -> None:
    assert [s for s, _ in _dates(make_docs, text)] == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "The nurses asked for a rest of the kind their union had promised.",
        "The rest of the weekly magazine's staff quit.",
    ],
)
def test_rest_look_alikes(make_docs, text: str) -> None:
    assert _dates(make_docs, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll go back second of Aug.", [("second of Aug.", "2018-08-02")]),
        (
            "Fighting resumed on the thirty-first of July.",
            [("the thirty-first of July", "2017-07-31")],  # "resumed": the last one
        ),
        (
            "The vote was held on the second of August, 2019.",
            [("the second of August, 2019", "2019-08-02")],
        ),
    ],
)
def test_day_of_the_month_in_words(make_docs, text: str, expected: list) -> None:
    assert _dates(make_docs, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The second of March's two rallies drew fewer people.",
        "The thirty-second of August's ships sailed late.",
        "He came first of all the runners.",
    ],
)
def test_ordinals_that_are_not_a_day(make_docs, text: str) -> None:
    assert [s for s, _ in _dates(make_docs, text) if " of " in s] == []
