"""Periods and points anchored on the article date are dates ("the last 3 months", "in two
years" said of the future, "the past decade"), with values anchored on the reference date;
plain lengths of time, a repeated period and a year-like number that counts things are not.
Sentences whose source is not named are from the tuning half of tests/data/facts_datetimes.json
(Microsoft Recognizers-Text's English DateTime spec, MIT licence), with its reference date;
the others are written like news."""

from __future__ import annotations

import pytest

from .found import assert_in_tuning_half, date_keys
from .found import date_mentions as _dates

SPEC_SENTENCES = {
    "I'll be out next 3 days": "2016-11-07",
    "I will leave in two years": "2018-07-05",
    "How is the weather in the next two days?": "2019-09-19",
    "I will handle all the stuff within 9 months and be back within next 10 months.": (
        "2018-03-23"
    ),
    "What are the sales for the coming three quarters": "2019-07-04",
    "They left in nineteen ninety six and came back in two thousand and fifteen": "2018-06-26",
    "this appointment shouldn't last two hours at all": "2020-06-15",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I'll be out next 3 days", [("next 3 days", "2016-11-07/2016-11-10")]),
        ("I will leave in two years", [("in two years", "2020")]),
        ("How is the weather in the next two days?", [("the next two days", "2019-09-19/2019-09-21")]),
        (
            "I will handle all the stuff within 9 months and be back within next 10 months.",
            [("within 9 months", "2018-03/2018-12"), ("within next 10 months", "2018-03/2019-01")],
        ),
        ("What are the sales for the coming three quarters", [("the coming three quarters", "2019-07/2020-04")]),
        (
            "They left in nineteen ninety six and came back in two thousand and fifteen",
            [("nineteen ninety six", "1996"), ("two thousand and fifteen", "2015")],
        ),
        ("this appointment shouldn't last two hours at all", []),
    ],
)  # fmt: skip
def test_anchored_periods_of_the_tuning_half(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, SPEC_SENTENCES[text]) == sorted(found)


def test_the_spec_sentences_are_in_the_tuning_half() -> None:
    assert_in_tuning_half(SPEC_SENTENCES)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Prices rose 4% over the past 12 months, and officials expect calm in the next "
            "two weeks.",
            [("the next two weeks", "2024-03-15/2024-03-29"),
             ("the past 12 months", "2023-03/2024-03")],
        ),
        ("Attacks grew over the past decade.", [("the past decade", "2014/2024")]),
        ("The bank expects rates to fall within the next 12 to 18 months.",
         [("within the next 12 to 18 months", "2024-03/2025-09")]),
        ("The plant will close in three years' time.", [("in three years' time", "2027")]),
        ("Sales in the past 24 hours topped a record.", [("the past 24 hours", "2024-03-15")]),
    ],
)  # fmt: skip
def test_periods_anchored_on_the_article_date(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, "2024-03-15") == sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Profits hit their highest level in 20 years.",
        "The talks ended in three hours.",
        "He had not seen his brother in ten years.",
        "He died within three hours of the attack.",
        "She served a two-year term and spoke for three hours.",
        "A protester was arrested in each of the last three years.",
        "The company had 1998 employees.",
        "About 2000 people attended the rally.",
    ],
)
def test_lengths_repetitions_and_counts_are_not_dates(make_docs, text: str) -> None:
    assert _dates(make_docs, text, "2024-03-15") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In 1998 sales rose by a tenth.", [("1998", "1998")]),
        ("The bank's 1995 profits were a record.", [("1995", "1995")]),
        ("Fiscal 1989 sales fell.", [("1989", "1989")]),
        ("The 1992 protests are remembered.", [("1992", "1992")]),
    ],
)
def test_a_year_before_a_plural_noun_stays_a_year(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, "2024-03-15") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # TimeBank-style financial news (written for this test), article of 2 November 1989.
        ("Unisys posted a $648 million loss for the third quarter ended Sept. 30.",
         [("Sept. 30", "1989-09-30"), ("the third quarter", "1989-Q3")]),
        ("Ralston reported a 47% decline in fourth-quarter earnings.",
         [("fourth-quarter", "1989-Q4")]),
        ("The company will post a loss in the first quarter.", [("the first quarter", "1990-Q1")]),
        ("It took a charge in the 1988 second quarter.", [("the 1988 second quarter", "1988-Q2")]),
        ("Sales should pick up in next year's first quarter.",
         [("next year's first quarter", "1990-Q1")]),
    ],
)  # fmt: skip
def test_quarters_of_the_year_are_dates(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, "1989-11-02") == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The firm expects to close the deal by end of year.", [("end of year", "date:2019")]),
        ("Shares rose 4% at year-end.", [("year-end", "date:2019")]),
        ("The plan is due by next year-end.", [("next year-end", "date:2020")]),
        ("The bonus is paid at month-end.", [("month-end", "date:2019-11")]),
        ("The bank is due to pay by the end of the year.", [("the end of the year", "date:2019")]),
    ],
)
def test_the_end_of_the_year_written_short(make_docs, text: str, found: list) -> None:
    assert date_keys(make_docs, text, "2019-11-20") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She left a couple weeks ago.", [("a couple weeks ago", "date:2019-11-06")]),
        ("Sales fell over the past couple years.", [("the past couple years", "date:2017/2019")]),
        ("The firm will report in a couple weeks.", [("in a couple weeks", "date:2019-12-04")]),
        ("The couple married two years ago.", [("two years ago", "date:2017")]),
        ("The last couple was seated.", []),
    ],
)
def test_a_couple_without_of(make_docs, text: str, found: list) -> None:
    assert date_keys(make_docs, text, "2019-11-20") == found
