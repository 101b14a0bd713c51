"""Date values the story and the clause set: a date pointing at the last date told ("that day",
"later that year", "the day after"), "last May" and "next March", "until Tuesday", a date
opening its clause placed by the verb after it ("In January, the firm hired..."), a weekday's
event ("Wednesday's ruling") and plans ("would", "plans to", "has scheduled a"). Every sentence
is written here; each rule has a near case that must stay."""

from __future__ import annotations

import pytest

from .found import date_mentions as _dates

# A Thursday.
ARTICLE_DATE = "1999-05-06"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The doctor was killed on Oct. 23, 1998. Earlier that day, he had been at a clinic.",
         [("Earlier that day", "1998-10-23"), ("Oct. 23, 1998", "1998-10-23")]),
        ("She moved to Lyon in June 1997 and left later that year.",
         [("June 1997", "1997-06"), ("later that year", "1997")]),
        ("The plant closed on March 3. The day after, the workers marched.",
         [("March 3", "1999-03-03"), ("The day after", "1999-03-04")]),
        ("The vote was held on Jan. 10, 1999. The following week, the results came out.",
         [("Jan. 10, 1999", "1999-01-10"), ("The following week", "1999-W02")]),
        ("The storm hit on Aug. 2, 1998. That same month, the dam broke.",
         [("Aug. 2, 1998", "1998-08-02"), ("That same month", "1998-08")]),
    ],
)  # fmt: skip
def test_a_date_pointing_back_takes_the_last_date_told(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, ARTICLE_DATE) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a year is no day: "that day" after "in 1998" names none
        ("The firm was founded in 1998. On that day, the founders met.",
         [("1998", "1998"), ("that day", "doc0:that day")]),
        # "the day before" an event the sentence names counts from that event
        ("Shares fell on Oct. 12, 1989, the day before the crash.",
         [("Oct. 12, 1989", "1989-10-12"), ("the day before", "doc0:the day before")]),
        # the date right before it is one expression with it, already counted
        ("No checks were made from 10:30 p.m. Aug. 9, 1998 to 6:30 a.m. the following morning.",
         [("10:30 p.m. Aug. 9, 1998", "1998-08-09"), ("6:30 a.m.", "1998-08-10"),
          ("the following morning", "doc0:the following morning")]),
        # a date naming an event is no anchor: the story's day is not that one
        ("Aides listened in on the July 25 call. Later in the day, two aides testified before "
         "the House Committee.",
         [("July 25", "1998-07-25"), ("Later in the day", "doc0:later in the day")]),
        # a date two paragraphs back is no anchor
        ("The plant closed on March 3.\n\nWorkers spoke to reporters.\n\nMore came later.\n\n"
         "Nothing changed on that day.",
         [("March 3", "1999-03-03"), ("that day", "doc0:that day")]),
    ],
)  # fmt: skip
def test_a_pointing_date_without_an_anchor_keeps_no_value(
    make_docs, text: str, found: list
) -> None:
    assert _dates(make_docs, text, ARTICLE_DATE) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "until" before a day: the end of a state still running
        ("Officials postponed until Tuesday any action on the permit.",
         [("Tuesday", "1999-05-11")]),
        ("The agency has given the family until 9 a.m. Tuesday to sign.",
         [("9 a.m. Tuesday", "1999-05-11")]),
        ("The markets will stay closed until Friday.", [("Friday", "1999-05-07")]),
        # ...a state told as ended ran until a day gone by
        ("The road remained closed until Tuesday.", [("Tuesday", "1999-05-04")]),
        # a weekday opening its clause takes the tense after it
        ("On Tuesday, the council will vote on the budget.", [("Tuesday", "1999-05-11")]),
        ("On Tuesday, the council voted on the budget.", [("Tuesday", "1999-05-04")]),
        ("On Monday, the government planned to open talks.", [("Monday", "1999-05-03")]),
        # a weekday's event is told as done, whatever the clause's tense
        ("His lawyers would look for ways around Wednesday's ruling.",
         [("Wednesday", "1999-05-05")]),
        # plans for a day to come
        ("The prosecutor has scheduled a news conference Friday.", [("Friday", "1999-05-07")]),
        ("Protesters planned a march on Saturday.", [("Saturday", "1999-05-08")]),
        ("The father would be traveling to Paris on Saturday.", [("Saturday", "1999-05-08")]),
    ],
)  # fmt: skip
def test_the_clause_places_a_weekday(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, ARTICLE_DATE) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the verb after a month opening the sentence places it
        ("In January, the firm hired a new chief.", [("January", "1999-01")]),
        ("In October, the firm hired a new chief.", [("October", "1998-10")]),
        ("In March, the firm will hire a new chief.", [("March", "2000-03")]),
        # ...an irregular past as well as one in -ed
        ("In October, the company laid off 300 workers.", [("October", "1998-10")]),
        ("In August, the firm led the market in sales.", [("August", "1998-08")]),
        ("In December, the firm will lay off 300 workers.", [("December", "1999-12")]),
        ("Prior to September, I would have said the chip was too new.",
         [("September", "1998-09")]),
        # a month inside its clause keeps the nearest one when no tense places it
        ("Sales in the fall are expected to beat those in July.", [("July", "1999-07")]),
    ],
)  # fmt: skip
def test_a_month_opening_its_clause_takes_the_tense_after_it(
    make_docs, text: str, found: list
) -> None:
    assert _dates(make_docs, text, ARTICLE_DATE) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We met on Tuesday of last week.", [("Tuesday of last week", "1999-04-27")]),
        ("The board meets next week on Wednesday.", [("next week on Wednesday", "1999-05-12")]),
        ("The report is due Monday of the following week.",
         [("Monday of the following week", "1999-05-10")]),
        # the month whose day of that number falls on that weekday
        ("The vote is on Friday the 21st.", [("Friday the 21st", "1999-05-21")]),
        ("They met on Friday the 30th.", [("Friday the 30th", "1999-04-30")]),
        # near cases: a plain weekday, and "the 21st" with no weekday
        ("The vote is on Friday.", [("Friday", "1999-04-30")]),
        ("The vote is on the 21st.", [("the 21st", "1999-05-21")]),
    ],
)  # fmt: skip
def test_a_weekday_of_a_named_week_or_day(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, ARTICLE_DATE) == sorted(found)


# An article of 26 October 1989, after the third quarter ended.
RESULTS_DAY = "1989-10-26"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Third-quarter profit rose 19% from a year earlier. Sales in the latest quarter grew.",
         [("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3"),
          ("the latest quarter", "1989-Q3")]),
        ("Net income fell in the third quarter. In the year-ago period, the firm earned $4 "
         "million.",
         [("the third quarter", "1989-Q3"), ("the year-ago period", "1988-Q3")]),
        # a quarter still running is not the one reported
        ("The firm expects a loss in the fourth quarter. A year earlier, it earned $4 million.",
         [("the fourth quarter", "1989-Q4"), ("A year earlier", "doc0:a year earlier")]),
        # with no quarter named, "a year earlier" keeps no value and "a year ago" its year
        ("Sales rose from $2 million a year earlier.", [("a year earlier", "doc0:a year earlier")]),
        ("Sales rose from $2 million a year ago.", [("a year ago", "1988")]),
    ],
)  # fmt: skip
def test_reporting_periods_count_from_the_quarter_reported(
    make_docs, text: str, found: list
) -> None:
    assert _dates(make_docs, text, RESULTS_DAY) == sorted(found)
