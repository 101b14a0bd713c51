"""Dates of web pages: the entries of an events schedule ("June 24 – City, ST @ Venue") are
days to come; "planned" before a noun and a name in -ed ("Veterans United") put no date
ahead or back; and what is not a date there: a part of the day qualifying a noun ("night
sweats"), table cells ("14 11"), a unit ("61W"), a count of dates ("a 30-date tour"),
citation marks ("(12, 13)"), the second side of a dimension ("1080 pixels by 1920 pixels").
Every sentence is written for these tests, anchored on Tuesday 19 November 2019."""

from __future__ import annotations

import pytest

from facts.candidate import Taken
from facts.date_news_forms import schedule_entry
from facts.dates import nlp_dates
from facts.nlp import Span

from .found import date_mentions as _dates

DAY = "2019-11-19"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an events schedule: days before the article's are next year's
        ("June 3 – Portland, OR @ Moda Center",
         [("June 3", "2020-06-03")]),
        ("Boston, MA Aug. 1 -- Fenway Park, Boston, MA Aug. 6 -- Wrigley Field, Chicago, IL",
         [("Aug. 1", "2020-08-01"), ("Aug. 6", "2020-08-06")]),
        ("Dec. 2 – Royal Albert Hall, London",
         [("Dec. 2", "2019-12-02")]),
        # a schedule may run a year ahead: a tour is announced long before
        ("October 10 – Houston, TX @ The Pavilion", [("October 10", "2020-10-10")]),
        # the first entry after the list's colon, the last one with a venue alone
        ("Spring tour dates: July 7 -- Red Rocks, Morrison, CO July 9 -- The Gorge Amphitheatre.",
         [("July 7", "2020-07-07"), ("July 9", "2020-07-09")]),
        # a name in capitals ending in -ed is no verb in the past
        ("The Veterans United Home Loans arena hosts the game on March 3.",
         [("March 3", "2020-03-03")]),
        # "planned" qualifying a noun: the past verb before it places the month
        ("The utility cut power in planned blackouts in October.",
         [("October", "2019-10")]),
        ("The utility carried out two planned blackouts in October.",
         [("October", "2019-10")]),
    ],
)  # fmt: skip
def test_schedule_days_and_planned_nouns(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, DAY) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a timeline of the past and a list of results keep the nearest year
        ("June 24 – Protesters storm the parliament, police say",
         [("June 24", "2019-06-24")]),
        ("Sept. 7 – Ohio State 42, Cincinnati 0", [("Sept. 7", "2019-09-07")]),
        ("Officials with United Way said the drive ended on March 3.",
         [("March 3", "2019-03-03")]),
        # a plan still ahead stays ahead
        ("The vote is scheduled for March.", [("March", "2020-03")]),
        ("The strike is planned in February.", [("February", "2020-02")]),
    ],
)  # fmt: skip
def test_what_stays(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, DAY) == sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Symptoms can include night sweats, dry cough and fever.",
        "Guests are invited to a special evening reception at the gallery.",
        "Springfield 14 11 6 15 — 44",
        "The singer announced a 40-date tour of arenas.",
        "The phone has a screen of 1080 pixels by 1920 pixels.",
    ],
)
def test_not_dates(make_docs, text: str) -> None:
    assert _dates(make_docs, text, DAY) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The mayor spoke that evening; on Friday night crowds gathered.",
         [("Friday night", "2019-11-15"), ("that evening", "doc0:that evening")]),
        ("The doors open at 10AM and the show ends at 5 p.m. on Saturday.",
         [("10AM", "2019-11-19"), ("5 p.m. on Saturday", "2019-11-16")]),
        ("The 1990s were hard, and in 1998 sales rose.", [("1990s", "199"), ("1998", "1998")]),
    ],
)  # fmt: skip
def test_times_and_years_stay(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, DAY) == sorted(found)


def test_schedule_entry_needs_a_venue_after_the_dash() -> None:
    text = "Oct. 3 – Ak-Chin Pavilion, Phoenix, AZ"
    assert schedule_entry(text, 0, 6)
    text = "Oct. 3 – the band rested"
    assert not schedule_entry(text, 0, 6)


@pytest.mark.parametrize(
    ("text", "words", "kept"),
    [
        ("Belkin 61W USB-C Wall Charger", "61W", False),
        ("A 3.5GHz chip", "3.5GHz", False),
        ("Springfield 14 11 6 15", "14 11", False),
        ("Water may help weight loss (12, 13).", "12, 13", False),
        ("It opened on Dec. 12, 2019.", "Dec. 12, 2019", True),
        ("The band booked a 40-date tour.", "40-date", False),
        ("Doors open at 10AM.", "10AM", True),
        ("It opened in the 1990s.", "1990s", True),
        ("It closes on the 21st.", "21st", True),
    ],
)
def test_spacy_spans_that_name_no_day(text: str, words: str, kept: bool) -> None:
    """A DATE span of spaCy's model shaped like a unit, a table row or a count of dates is
    left out; a time, a decade and a day of the month are kept."""
    start = text.index(words)
    found = nlp_dates(text, 0, 0, Taken(), [Span(start, start + len(words), "DATE")])
    assert bool(found) is kept


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a year-like number opening a street address is a house number
        ("Police stopped a car driven by a man of 1909 Jolinda Drive.", []),
        ("Officers searched a garage behind 2134 Caldwell Place.", []),
        ("The president lives at 1600 Pennsylvania Avenue.", []),
        # ...not after a word of time
        ("In 2019 Main Street was rebuilt.", [("2019", "2019")]),
        # "model" after a year: a model year
        ("The store sells a 43-inch 4K LED 2018 model TV.", []),
        ("Toyota recalled its 2020-model cars.", []),
        ("The 2019 model of growth failed.", [("2019", "2019")]),
    ],
)  # fmt: skip
def test_house_numbers_and_model_years_are_no_dates(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, DAY) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an age or a count of years of something is no date
        ("The campaign will be in its third year in January.", [("January", "2020-01")]),
        ("For him to play like this in his 17th year is remarkable.", []),
        # a length cut after "or" is no date
        ("A crackdown sparks a year or two of fury.", []),
        # a season or a fiscal year written with a slash is the two years
        ("He is the manager until the end of the 2022/23 season.", [("2022/23", "2022/2023")]),
        ("Sales rose in the 2019/2020 fiscal year.", [("2019/2020", "2019/2020")]),
        # ...a slash alone is not: "24/7", a ratio
        ("The store is open 24/7.", []),
    ],
)  # fmt: skip
def test_ages_cut_lengths_and_seasons(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, DAY) == sorted(found)


def test_a_cut_span_holding_a_date_stays() -> None:
    from facts.date_filters import not_a_date

    text = "It sparks a year or two of fury between 10:30 and noon, in 1994, 1995 and 1996."
    for span, cut in (("a year or", True), ("between 10:30 and", False), ("1994, 1995 and", False)):
        a = text.index(span)
        assert not_a_date(text, a, a + len(span)) is cut
