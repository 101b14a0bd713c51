"""Holidays and clock phrases as dates, anchored on the article date: "Christmas" in a 2024
article is 2024-12-25 (the one before it when the sentence tells of the past: "shops were busy
before Christmas" in June 2024 is 2023-12-25), "last Easter" the Easter before it, "Thanksgiving" the fourth Thursday
of November, "ten past nine" a time of that day; and holiday names that are something else
("Easter Island", "Christmas tree sales", "the Independence Day Party"). Sentences marked
"dev" are from the tuning half of tests/data/facts_datetimes.json (Microsoft
Recognizers-Text's English DateTime spec, MIT licence), the others were written for this
test."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from facts.date_holidays import RULES, holiday_value

from .found import date_mentions as _dates

DATETIMES = Path(__file__).resolve().parent.parent / "data" / "facts_datetimes.json"


DEV = [
    ("When was the last easter?", "2019-03-12", [("last easter", "2018-04-01")]),
    ("When was the following easter?", "2019-06-12", [("following easter", "2020-04-12")]),
    (
        "I need to prepare for labor day 2021 weekend",
        "2021-11-09",
        [("labor day 2021 weekend", "2021-09-06")],
    ),
    ("I made this purchase at 10 past 9", "2023-03-01", [("10 past 9", "2023-03-01")]),
]


@pytest.mark.parametrize(("text", "date", "found"), DEV)
def test_holidays_and_times_of_the_tuning_half(make_docs, text, date, found) -> None:
    assert _dates(make_docs, text, date) == sorted(found)


def test_the_tuning_sentences_are_in_the_tuning_half() -> None:
    items = {it["text"]: it["split"] for it in json.loads(DATETIMES.read_text())["items"]}
    for text, _, _ in DEV:
        assert items[text] == "dev"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a past tense: the last one before the article date (of 15 June 2024)
        ("Shops were busy before Christmas, traders said.", [("Christmas", "2023-12-25")]),
        ("Shops will be busy before Christmas, traders said.", [("Christmas", "2024-12-25")]),
        ("Last Easter, the church was full.", [("Last Easter", "2024-03-31")]),
        ("Turkey prices rose ahead of Thanksgiving.", [("Thanksgiving", "2023-11-23")]),
        ("He was released on Good Friday 2019.", [("Good Friday 2019", "2019-04-19")]),
        # Duckling's observances: Black Friday is the day after Thanksgiving, not always the
        # fourth Friday of November (2019: Thanksgiving on the 28th, November 1 a Friday)
        ("Shoppers queued on Black Friday 2019.", [("Black Friday 2019", "2019-11-29")]),
        (
            "Activists marched on International Women's Day 2020.",
            [("International Women's Day 2020", "2020-03-08")],
        ),
        ("Federal offices closed on Juneteenth.", [("Juneteenth", "2024-06-19")]),
        ("Traffic was heavy over the Labor Day weekend.", [("Labor Day weekend", "2023-09-04")]),
        ("The parade on St. Patrick's Day drew thousands.", [("St. Patrick's Day", "2024-03-17")]),
        (
            "Markets close early on New Year's Eve and reopen on Boxing Day.",
            [("Boxing Day", "2024-12-26"), ("New Year's Eve", "2024-12-31")],
        ),
        (
            "Flags flew on Memorial Day and again on Independence Day.",
            [("Independence Day", "2024-07-04"), ("Memorial Day", "2024-05-27")],
        ),
        (
            "Voting closed at ten past nine and the count ended at quarter to eight.",
            [("quarter to eight", "2024-06-15"), ("ten past nine", "2024-06-15")],
        ),
    ],
)
def test_holidays_and_clock_phrases_in_news(make_docs, text, found) -> None:
    assert _dates(make_docs, text, "2024-06-15") == sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Stores reported strong Christmas tree sales.",
        "The family flew to Easter Island.",
        "Members of the Independence Day Party marched.",
        "Texas Independence Day is celebrated in Austin.",
        "The team won ten to nine in overtime.",
    ],
)
def test_holiday_names_that_are_not_dates(make_docs, text: str) -> None:
    assert _dates(make_docs, text, "2024-06-15") == []


def test_holiday_rules_give_the_right_days() -> None:
    assert holiday_value("Thanksgiving", "", "1998", None) == "1998-11-26"
    assert holiday_value("Memorial Day", "", "2021", None) == "2021-05-31"
    assert holiday_value("Easter Monday", "", "2025", None) == "2025-04-21"
    christmas = dt.date(2024, 12, 25)
    assert holiday_value("Christmas", "next", "", christmas) == "2025-12-25"
    assert holiday_value("Christmas", "last", "", christmas) == "2023-12-25"
    assert holiday_value("Christmas", "", "", None) is None  # no year, no article date
    february = dt.date(2013, 2, 12)
    assert holiday_value("Thanksgiving", "this", "", february) == "2013-11-28"  # this year's
    assert holiday_value("Thanksgiving", "", "", february) == "2012-11-22"  # the nearer one
    assert "christmas day" in RULES and "labor day" in RULES


def test_lunar_holidays_take_their_listed_days() -> None:
    """Duckling's computed days (BSD licence): Eid al-Fitr moves about eleven days a year and
    fell twice in 2000; a year the list does not reach has no value."""
    assert holiday_value("Eid al-Fitr", "", "2024", None) == "2024-04-10"
    assert holiday_value("Eid al Fitr", "", "2024", None) == "2024-04-10"  # spaced, not hyphened
    assert holiday_value("Diwali", "", "2023", None) == "2023-11-12"
    assert holiday_value("Eid al-Fitr", "", "1850", None) is None
    assert holiday_value("Eid al-Fitr", "", "2000", None) == "2000-01-08"  # the first of two
    after_second = dt.date(2001, 1, 10)
    assert holiday_value("Eid al-Fitr", "last", "", after_second) == "2000-12-27"
    assert holiday_value("Eid al-Fitr", "next", "", after_second) == "2001-12-16"
    assert holiday_value("Mardi Gras", "", "2024", None) == "2024-02-13"  # Easter less 47 days
    assert holiday_value("Ramadan", "", "2024", None) == "2024-03-11/2024-04-09"  # a period
    assert holiday_value("Lent", "last", "", dt.date(2024, 6, 15)) == "2024-02-14/2024-03-30"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Markets were closed for Eid al-Fitr.", [("Eid al-Fitr", "2024-04-10")]),
        ("Families will gather for Diwali.", [("Diwali", "2024-10-31")]),  # Duckling's day
        ("Parades marked Mardi Gras in New Orleans.", [("Mardi Gras", "2024-02-13")]),
        ("The Yom Kippur war began in 1973.", [("1973", "1973")]),  # a war's name
        ("Shops closed early during Ramadan.", [("Ramadan", "2024-03-11/2024-04-09")]),
        ("The firm lent money to the bank.", []),
    ],
)
def test_lunar_and_movable_holidays_in_news(make_docs, text, found) -> None:
    assert _dates(make_docs, text, "2024-06-15") == sorted(found)
