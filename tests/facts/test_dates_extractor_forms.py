"""Date and time forms from Microsoft Recognizers-Text's English DateTime extractor specs (MIT
licence; tests/data/facts_datetime_extractors.json, a tuning set that shares no sentence and no
span wording with the held-out half of the model spec): weekday abbreviations ("on Tues."),
a month's abbreviation alone ("in Jan"), "the month of March", "by the end of the day",
times in words ("seven thirty p.m.", "ten am"), seconds ("7:56:35pm"), "mid-day" and
"lunchtime" after a time word, "two days hence", "set for Thursday" as ahead, "Friday next
week", "2016-11" and "11/2016" as months; and from Duckling's time corpus (BSD licence,
tests/data/facts_duckling.json, its tuning half): "the first Tuesday in November", "the fourth
quarter 2018", "Tuesday 19th", "upcoming week", "the second half of 2024", "H1 2023",
"Martin Luther King Day" (Recognizers-Text's name, spaced as the full name), a holiday's year
from the tense, a holiday in an all lower-case sentence. Each has a near case that must stay as
it is. Sentences marked "spec" are the spec's; the others are written
for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .found import date_keys

EXTRACTORS = Path(__file__).resolve().parent.parent / "data" / "facts_datetime_extractors.json"
REF = "2016-11-07"  # a Monday, the spec's usual reference day


def _dates(make_docs, text: str, date: str | None = REF) -> list[tuple[str, str]]:
    return date_keys(make_docs, text, date)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("i'll go back on tues", [("tues", "date:2016-11-08")]),  # spec
        (
            "They met on Thurs., and again on Fri.",
            [("Fri.", "date:2016-11-04"), ("Thurs.", "date:2016-11-03")],
        ),
        ("The vote is next Wed.", [("next Wed.", "date:2016-11-16")]),
        ("I'll be out in Jan", [("Jan", "date:2017-01")]),  # spec
        (
            "Sales fell last Dec. and rose in Oct.",
            [("Oct.", "date:2016-10"), ("last Dec.", "date:2015-12")],
        ),
        ("The program ran during the month of March.", [("the month of March", "date:2016-03")]),
        (
            "Officials expect a decision by the end of the day.",
            [("the end of the day", "date:2016-11-07")],
        ),
        ("I'll go back seven thirty pm", [("seven thirty pm", "date:2016-11-07")]),  # spec
        ("I'll change the ten am appointment to eleven", [("ten am", "date:2016-11-07")]),
        ("I'll be back 7:56:35pm", [("7:56:35pm", "date:2016-11-07")]),  # spec
        (
            "The alarm went off at 10:35:12 a.m. Friday.",
            [("10:35:12 a.m. Friday", "date:2016-11-04")],
        ),
        ("They met at mid-day on Friday.", [("mid-day on Friday", "date:2016-11-04")]),
        ("They met at lunchtime on Friday.", [("lunchtime on Friday", "date:2016-11-04")]),
        ("It will happen 2 days hence", [("2 days hence", "date:2016-11-09")]),  # spec
        ("It will happen 4 weeks in the future", [("4 weeks in the future", "date:2016-12-05")]),
        ("The meeting is set for Thursday.", [("Thursday", "date:2016-11-10")]),
        ("i'll go back fourth of may", [("fourth of may", "date:2017-05-04")]),  # spec
        ("i'll go back 1st jan", [("1st jan", "date:2017-01-01")]),  # spec
        ("The vote is on May the eleventh.", [("May the eleventh", "date:2016-05-11")]),
        ("Security has tightened since 9/11.", [("9/11", "date:doc0:9/11")]),  # no year, no value
        ("In the 70's the city grew.", [("70's", "date:197")]),
        ("In the nineteen seventies the city grew.", [("nineteen seventies", "date:197")]),
        ("Talks resume on Friday next week.", [("Friday next week", "date:2016-11-18")]),
        ("The vote was held on Tuesday last week.", [("Tuesday last week", "date:2016-11-01")]),
        ("I'll be out 2016-11", [("2016-11", "date:2016-11")]),  # spec
        ("I'll be out in 11/2016", [("11/2016", "date:2016-11")]),
        ("I'll be out 2016/11", [("2016/11", "date:2016-11")]),  # spec
        ("I'll be out next june", [("next june", "date:2017-06")]),  # spec
        ("Profits in the current year will rise.", [("current year", "date:2016")]),
        ("I'll be out on current week", [("current week", "date:2016-W45")]),  # spec
        ("The upcoming week will be busy.", [("upcoming week", "date:2016-W46")]),
        (
            "Voters will vote on the first Tuesday in March.",
            [("the first Tuesday in March", "date:2017-03-07")],
        ),
        (
            "Sales are counted on the last Friday of October 2014.",
            [("the last Friday of October 2014", "date:2014-10-31")],
        ),
        ("Profits rose in the fourth quarter 2018.", [("the fourth quarter 2018", "date:2018-Q4")]),
        ("We met on Tuesday 1st.", [("Tuesday 1st", "date:2016-11-01")]),
        ("easter 2013", [("easter 2013", "date:2013-03-31")]),  # Duckling: all lower case
        (
            "The law takes effect in the second half of 2024.",
            [("the second half of 2024", "date:2024-H2")],
        ),
        (
            "Sales will rise in the first half of next year.",
            [("the first half of next year", "date:2017-H1")],
        ),
        ("Profit fell in H1 2023.", [("H1 2023", "date:2023-H1")]),
        (
            "Schools closed on Martin Luther King Day.",
            [("Martin Luther King Day", "date:2016-01-18")],
        ),  # spec; a past tense
        ("Schools will close on Memorial Day.", [("Memorial Day", "date:2017-05-29")]),
    ],
)
def test_extractor_forms(make_docs, text: str, found: list[tuple[str, str]]) -> None:
    assert _dates(make_docs, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("At the end of the day, it is about trust.", []),  # the idiom, not a time
        ("He skied on Sun Valley slopes.", []),  # a place named after the sun
        ("Tue – Sat 4PM (Closed on Sun & Mon)", []),  # opening hours: days that repeat
        ("One am I, and one are you.", []),
        ("The meeting was set for Thursday.", [("Thursday", "date:2016-11-03")]),
        ("The Mar. figures and the Jun report were late.", []),  # no lone "Mar", "Jun"
        ("He was elected in March.", [("March", "date:2016-03")]),
        ("We may the second time around win.", []),
        ("In June the first snow fell.", [("June", "date:2016-06")]),
        ("He came fourth of five runners.", []),
        ("The vote passed 3/4 of the seats on 1/2 of the days.", []),  # fractions
        ("The team won on 7/2 odds.", []),
        ("The stock fell by 1/8 to 25 3/4.", []),  # a fraction, not January 8
        ("Highs will be in the 70's on Friday.", [("Friday", "date:2016-11-11")]),  # degrees
        ("He was in his seventies.", []),  # an age
        (
            "The plan covers 2009-10 and 1998-99.",
            [("1998-99", "date:1998/1999"), ("2009-10", "date:2009/2010")],
        ),
        ("The 2010/11 season was hard.", [("2010/11", "date:2010/2011")]),
        ("Sales in 2010/11 rose.", [("2010", "date:2010")]),  # a fiscal year, not November
        ("He scored 3/2015 points.", []),
        ("He bought the current model.", []),
        ("He scored in the second half of the game.", []),
        ("Schools closed on Memorial Day.", [("Memorial Day", "date:2016-05-30")]),
        ("The Easter egg hunt was fun.", []),  # capitals tell: a name before a noun
        ("the easter egg hunt was fun", []),
        (
            "He spoke on the fifth Monday of February 2013.",
            [("the fifth Monday of February 2013", "date:doc0:the fifth monday of february 2013")],
        ),
        ("The loan ran 2016-14.", []),
        ("Shares closed at 6,107.31 August 2019 levels.", [("August 2019", "date:2019-08")]),
    ],
)
def test_near_cases_stay(make_docs, text: str, found: list[tuple[str, str]]) -> None:
    assert _dates(make_docs, text) == found


def test_extractor_set_is_tuning_only_and_apart_from_the_held_out_half() -> None:
    data = json.loads(EXTRACTORS.read_text(encoding="utf-8"))
    model = json.loads((EXTRACTORS.parent / "facts_datetimes.json").read_text(encoding="utf-8"))
    held = {s["surface"].lower() for it in model["items"] if it["split"] == "heldout"
            for s in it["spans"]}  # fmt: skip
    sentences = {it["text"].lower() for it in model["items"]}
    assert len(data["items"]) > 700
    assert {it["split"] for it in data["items"]} == {"dev"}
    for it in data["items"]:
        assert it["text"].lower() not in sentences
        assert not {s["surface"].lower() for s in it["spans"]} & held


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The summit runs 5-7 June 2024.",
            [("5", "date:2024-06-05"), ("7 June 2024", "date:2024-06-07")],
        ),
        (
            "Voting ran from 19 to 21 April.",
            [("19", "date:2016-04-19"), ("21 April", "date:2016-04-21")],
        ),
        ("The team won 3-1 in May.", [("May", "date:2016-05")]),  # a score, then a month
    ],
)
def test_days_before_their_month(make_docs, text: str, found: list[tuple[str, str]]) -> None:
    """British and international news writes a run of days before the month ("19-21 April")."""
    assert _dates(make_docs, text) == found
