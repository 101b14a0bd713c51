"""Times of day, relative dates and numeric dates, anchored on the article date: "half past
seven o'clock", "8:30" after "to", "next Friday" (that day of next week), "the day after
tomorrow", "three weeks from now", "Q3 2019", "05-Aug-2016"; and what is not a date: a time
that repeats ("every day at 7:13 p.m.") or years inside a telephone number. Sentences whose
source is not named are from the tuning half of tests/data/facts_datetimes.json (Microsoft
Recognizers-Text's English DateTime spec, MIT licence), with its reference date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facts import facts

DATETIMES = Path(__file__).resolve().parent.parent / "data" / "facts_datetimes.json"


def _dates(make_docs, text: str, date: str | None) -> list[tuple[str, str]]:
    table = facts(make_docs(text, date=date))
    return sorted((m.text, f.key) for f in table.facts if f.kind == "date" for m in f.mentions)


@pytest.mark.parametrize(
    ("text", "date", "found"),
    [
        ("It's half past seven o'clock", "2016-11-07", [("half past seven o'clock", "2016-11-07")]),
        ("12 noon", "2016-11-07", [("12 noon", "2016-11-07")]),
        (
            "Stuck in Traffic today - let colleagues know will need to change meeting to 8:30 "
            "instead of 8am",
            "2016-11-07",
            [("8:30", "2016-11-07"), ("8am", "2016-11-07"), ("today", "2016-11-07")],
        ),
        (
            "Let's meet one in the morning together",
            "2016-11-07",
            [("one in the morning", "2016-11-07")],
        ),
        ("I'll be back 3 minutes from now", "2016-11-07", [("3 minutes from now", "2016-11-07")]),
        (
            "Do you have any arrangement on next Friday?",
            "2019-01-31",
            [("next Friday", "2019-02-08")],
        ),
        ("Show sales in the week after next", "2016-11-07", [("the week after next", "2016-W47")]),
        ("The date should be 05-Aug-2016", "2016-11-07", [("05-Aug-2016", "2016-08-05")]),
        (
            "Are you available three weeks from tomorrow?",
            "2018-05-31",
            [("three weeks from tomorrow", "2018-06-22")],
        ),
        (
            "Where were you two days before yesterday?",
            "2018-05-31",
            [("two days before yesterday", "2018-05-28")],
        ),
        (
            "Where were you on previous Wednesday?",
            "2019-01-31",
            [("previous Wednesday", "2019-01-30")],
        ),
        (
            "They worked on the problem for the last 3 months and 2 days ago they found a solution",
            "2016-11-07",
            [("2 days ago", "2016-11-05"), ("the last 3 months", "2016-08/2016-11")],
        ),
    ],
)
def test_times_and_relative_dates_of_the_tuning_half(
    make_docs, text: str, date: str, found: list[tuple[str, str]]
) -> None:
    got = _dates(make_docs, text, date)
    assert [(t, k.removeprefix("date:")) for t, k in got] == sorted(found)


def test_the_sentences_above_are_in_the_tuning_half() -> None:
    items = {it["text"]: it["split"] for it in json.loads(DATETIMES.read_text("utf-8"))["items"]}
    for text in ("It's half past seven o'clock", "Show sales in the week after next",
                 "Do you have any arrangement on next Friday?", "I'll be back 3 minutes from now",
                 "Are you available three weeks from tomorrow?",
                 "Where were you two days before yesterday?",
                 "Where were you on previous Wednesday?"):  # fmt: skip
        assert items[text] == "dev"


@pytest.mark.parametrize(
    "text",
    [
        "I'll leave every day at 7:13 p.m.",  # a time that repeats: a set, not a date
        "I'll leave 3pm each day",
        "Tel: +86 138-2010-2015",  # a telephone number, not the years 2010 to 2015
        "2015-1-32 is a wrong date",
    ],
)
def test_repeated_times_and_codes_are_not_dates(make_docs, text: str) -> None:
    assert _dates(make_docs, text, "2016-11-07") == []


@pytest.mark.parametrize(
    ("text", "date", "found"),
    [
        # News wire (TimeBank, AQUAINT): "last Friday" is the last one before the article date.
        (
            "Orkem and Coates said last Wednesday that the two were close.",
            "2000-04-03",
            [("last Wednesday", "2000-03-29")],
        ),
        ("The talks will resume on Friday.", "2000-04-03", [("Friday", "2000-04-07")]),
        ("The talks resumed on Friday.", "2000-04-03", [("Friday", "2000-03-31")]),
        (
            "Voting starts the day after tomorrow.",
            "2000-04-03",
            [("the day after tomorrow", "2000-04-05")],
        ),
        (
            "Results for Q3 2019 beat the Q1 figures.",
            "2019-11-01",
            [("Q1", "2019-Q1"), ("Q3 2019", "2019-Q3")],
        ),
        (
            "The deadline is 9:30 GMT on Monday.",
            "2000-04-03",
            [("9:30 GMT on Monday", "2000-04-03")],
        ),
    ],
)
def test_news_times_and_weekdays_are_anchored_on_the_article_date(
    make_docs, text: str, date: str, found: list[tuple[str, str]]
) -> None:
    got = _dates(make_docs, text, date)
    assert [(t, k.removeprefix("date:")) for t, k in got] == sorted(found)


def test_high_noon_is_no_time(make_docs) -> None:
    text = "For the people of Poland, high noon comes today."  # AQUAINT (NYT)
    assert [t for t, _ in _dates(make_docs, text, "1999-03-12")] == ["today"]
