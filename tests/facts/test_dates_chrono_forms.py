"""Date forms from chrono's English test cases (MIT licence; tests/data/facts_chrono.json, its
tuning half): a vague count back ("a few days ago", "several weeks ago": about three, as
chrono and Recognizers-Text read it, marked approximate), a day or month that
opens a range taking the year of the range's end ("from March 3 to April 5, 2019", "Dec.
28-Jan. 3, 2014"), a day and month before a clock time ("5 May 12:00", not "May 12"), day,
month name and year joined by dashes or slashes ("10-August-2012", "06/Nov/2023"), short
units of a count back ("1hr ago", "2 wks ago", "15 hours 29 min ago"), and no date for
numbers that are no month and day either way round ("13/31/2018"; "2/29/2014" stays a date
as written, with no value). Each has a near case that must stay as it is. Sentences marked
"spec" are chrono's; the others are written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facts import facts

from .found import date_keys

CHRONO = Path(__file__).resolve().parent.parent / "data" / "facts_chrono.json"
REF = "2016-11-07"


def _dates(make_docs, text: str, date: str | None = REF) -> list[tuple[str, str]]:
    return date_keys(make_docs, text, date)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a few days ago, we did something", [("a few days ago", "date:2016-11-04")]),
        (
            "Police said several weeks ago that the suspect had fled.",
            [("several weeks ago", "date:2016-10-17")],
        ),
        (
            "She moved there a couple of years ago.",
            [("a couple of years ago", "date:2014")],
        ),
        (
            "The show ran from March 3 to April 5, 2019.",
            [("April 5, 2019", "date:2019-04-05"), ("March 3", "date:2019-03-03")],
        ),
        (
            "The exhibition runs 10 August - 12 September 2013.",
            [("10 August", "date:2013-08-10"), ("12 September 2013", "date:2013-09-12")],
        ),
        (
            "The festival ran Dec. 28-Jan. 3, 2014.",
            [("Dec. 28", "date:2013-12-28"), ("Jan. 3, 2014", "date:2014-01-03")],
        ),
        (
            "Sales from March to May 2019 rose.",
            [("March", "date:2019-03"), ("May 2019", "date:2019-05")],
        ),
        ("The meeting ended on 5 May 12:00.", [("5 May", "date:2016-05-05")]),
        ("The deed was filed 10-August-2012 in court.", [("10-August-2012", "date:2012-08-10")]),
        ("The report was published 06/Nov/2023.", [("06/Nov/2023", "date:2023-11-06")]),
        ("He said the fee rose 09-JAN-2017 for all.", [("09-JAN-2017", "date:2017-01-09")]),
        ("The bridge reopened 1hr ago.", [("1hr ago", "date:2016-11-07")]),
        ("The pumps stopped 2 wks ago.", [("2 wks ago", "date:2016-10-24")]),
        ("The storm hit 15 hours 29 min ago.", [("15 hours 29 min ago", "date:2016-11-07")]),
        ("The polls close 12 seconds from now.", [("12 seconds from now", "date:2016-11-07")]),
        ("The quake struck 5d ago near the coast.", [("5d ago", "date:2016-11-02")]),
        (
            "They signed 1 month 3 days 4 hours ago.",
            [("1 month 3 days 4 hours ago", "date:2016-10-04")],
        ),
        ("The firm was founded 2 years 3 months ago.", [("2 years 3 months ago", "date:2014-08")]),
    ],
)
def test_chrono_forms(make_docs, text: str, found: list[tuple[str, str]]) -> None:
    assert _dates(make_docs, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It was signed two days ago.", [("two days ago", "date:2016-11-05")]),
        ("A few people came.", []),  # "few" counts people, not days
        ("The team lost 3 games ago, and 5 mins of play remain.", []),  # no unit of time
        ("A 5d printer", []),
        (
            "Shares fell in March and rose in May 2019.",  # two points, not a range
            [("March", "date:2016-03"), ("May 2019", "date:2019-05")],
        ),
        ("Polls closed on May 5 at 8:00.", [("May 5 at 8:00", "date:2016-05-05")]),
        ("The vote was on 5 May 2012.", [("5 May 2012", "date:2012-05-05")]),
        ("He was born on 4/30/2018.", [("4/30/2018", "date:2018-04-30")]),
        ("She arrived on 31/12/2018.", [("31/12/2018", "date:2018-12-31")]),
        ("He was born on 2/29/2014.", [("2/29/2014", "date:doc0:2/29/2014")]),  # no such day
        ("An appointment on 13/31/2018 was set.", []),  # spec
    ],
)
def test_near_cases_stay(make_docs, text: str, found: list[tuple[str, str]]) -> None:
    assert _dates(make_docs, text) == found


def test_a_vague_count_back_is_approximate(make_docs) -> None:
    table = facts(make_docs("The deal was signed a few days ago.", date=REF))
    (date,) = [f for f in table.facts if f.kind == "date"]
    assert isinstance(date.normalized, dict)
    assert date.normalized["value"] == "2016-11-04" and date.normalized["approximate"] is True


def test_chrono_set_is_split_by_text() -> None:
    data = json.loads(CHRONO.read_text(encoding="utf-8"))
    items = data["items"]
    assert "MIT" in data["source"]
    assert len(items) > 400
    assert {it["split"] for it in items} == {"dev", "heldout"}
    for it in items:
        if it["negative"]:
            assert (it["span"], it["date"], it["value"]) == (None, None, None)
        elif it["span"] is not None:
            assert it["span"] in it["text"]
    dev = {it["text"] for it in items if it["split"] == "dev"}
    assert not dev & {it["text"] for it in items if it["split"] == "heldout"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The vote was held march 3, 2015 in the city.", [("march 3, 2015", "date:2015-03-03")]),
        ("Prices may 3 times rise.", []),  # "may" the verb: no day and year after it
        ("Troops march 3 miles a day.", []),
    ],
)
def test_lower_case_march_and_may_with_a_day_and_year(make_docs, text, found) -> None:
    """chrono's dev half ("march 3 2015"): lower-case "march" and "may" are verbs as often,
    but not before a day and a year."""
    assert _dates(make_docs, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The survey ran from Jan. 5 to Feb. 10.",  # "to" hid the past from Feb. 10: 2017
            [("Feb. 10", "date:2016-02-10"), ("Jan. 5", "date:2016-01-05")],
        ),
        (
            "Talks will run from September to November.",  # November after September
            [("November", "date:2017-11"), ("September", "date:2017-09")],
        ),
        (
            "The festival will run from Dec. 28 to Jan. 3.",
            [("Dec. 28", "date:2016-12-28"), ("Jan. 3", "date:2017-01-03")],
        ),
        (
            "Between January and March, exports fell 5 percent.",  # one span of the models
            [("January", "date:2016-01"), ("March", "date:2016-03")],
        ),
        (
            "Prices rose from March to June, the agency said.",
            [("June", "date:2016-06"), ("March", "date:2016-03")],
        ),
        (
            "From December to May 2022 prices fell.",  # spec; "December" had been lost
            [("December", "date:2021-12"), ("May 2022", "date:2022-05")],
        ),
        (
            "Sales rose from May to December last year.",
            [("December last year", "date:2015-12"), ("May", "date:2015-05")],
        ),
    ],
)
def test_a_range_without_year_keeps_its_end_after_its_start(make_docs, text, found) -> None:
    """chrono's dev half ("From May to December"): the two ends of a range without a year are
    told in one tense, and the end falls on or after the start."""
    assert _dates(make_docs, text) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The report was published 2016-11-05T13:15:30Z by staff.",
         [("2016-11-05T13:15:30Z", "date:2016-11-05")]),  # spec form; it read as 2016-11
        ("The file was saved 2019-11-19T08:57:40+01:00 on the server.",
         [("2019-11-19T08:57:40+01:00", "date:2019-11-19")]),
        ("The class of '08 graduated.", [("'08", "date:2008")]),  # dateparser: August
        ("He left the band in '96 and never returned.", [("'96", "date:1996")]),
    ],
)  # fmt: skip
def test_time_stamps_and_years_cut_short(make_docs, text, found) -> None:
    assert _dates(make_docs, text) == found
