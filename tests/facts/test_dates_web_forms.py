"""Date forms of web news pages and what is not a date there: "October of 2006" (one date), a span
that would open inside a hyphenated name ("Moon Jae-in a year ago"), the year of a case number
("FHC/ABJ/03/095/2018"), a holiday after a possessive and before a noun ("its Singles Day
sales") or before a noun of selling ("the best Black Friday deals"), plural parts of the day
("days and nights"), "full-year guidance", "today" as the present level ("from $0.23 today to
$0.10 by 2030"), a time of day after its day ("Friday, Dec. 6, at 10 a.m."), a line of opening
hours ("9.30 A.M. / 7.00 P.M."), a plan told in the past ("was due to be freed in September")
and a day after a past verb ("was elected on December 2"). Every sentence is written here in
the forms such pages use; each rule has a case that must stay."""

from __future__ import annotations

import pytest

from facts import facts

from .found import date_mentions as _dates

ARTICLE_DATE = "2019-11-19"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a month "of" a year is one date, not a month of this year beside a year
        ("Her lawyer filed the papers in October of 2006, long before the trial.",
         [("October of 2006", "2006-10")]),
        ("The plant closed in late May of 1998.", [("late May of 1998", "1998-05")]),
        ("The plant closed in March 2003.", [("March 2003", "2003-03")]),
        # a date never opens inside a hyphenated word
        ("The port was opened by President Moon Jae-in a year ago.", [("a year ago", "2018")]),
        ("Students staged a sit-in last week.", [("last week", "2019-W46")]),
        ("Rents rose again in mid-March.", [("mid-March", "2019-03")]),
        # a year ending a code is none; a month or a year before the slash leaves it a date
        ("The suit, numbered ABJ/CS/17/402/2018, was heard.", []),
        ("The card expires 10/2018.", [("2018", "2018")]),
        ("The 2017/2018 season was his last.", [("2017/2018", "2017/2018")]),
        # a holiday after a possessive and before a noun names the noun
        ("The retailer said its Singles Day sales beat forecasts.", []),
        ("The chain doubled its Christmas Day staff.", []),
        ("Shoppers queued on Singles Day.", [("Singles Day", "doc0:singles day")]),
        ("They spent their Christmas Day morning at the shelter.",
         [("Christmas Day morning", "2019-12-25")]),
        # a version "or later" is no time; a model's code after a year makes it a model year
        ("Requires iPhone 8 or later.", []),
        ("Lexus wants you to go topless with its 2020 LC500 Convertible.", []),
        ("In 2019 F1 drivers raced in Bahrain.", [("2019", "2019")]),
        # a holiday before a noun of selling names what is sold, unless a word dates it
        ("Some of the best Black Friday deals are already live.", []),
        ("Black Friday pricing on the thermostat is now live.", []),
        ("Shoppers spent $7 billion on Black Friday sales.", [("Black Friday", "2019-11-29")]),
        ("Sales rose 5% on Black Friday.", [("Black Friday", "2019-11-29")]),
        # plural parts of the day repeat; one night is a date
        ("She spent her days and nights at the hospital.", []),
        ("The power went out last night.", [("last night", "2019-11-18")]),
        # "full-year" before a noun is a kind of period
        ("The retailer raised its full-year profit forecast.", []),
        # "today" between a level and its target is the present
        ("Battery prices should fall from $150 today to $100 by 2025.", [("2025", "2025")]),
        ("The index rose from 3,100 yesterday to 3,150 today.",
         [("today", "2019-11-19"), ("yesterday", "2019-11-18")]),
    ],
)  # fmt: skip
def test_web_page_date_forms(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, ARTICLE_DATE) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tickets go on sale Friday, Dec. 6, at 10 a.m. local time.",
         [("Friday, Dec. 6, at 10 a.m. local time", "2019-12-06")]),
        ("The vote opens on Tuesday at 3 p.m.", [("Tuesday at 3 p.m.", "2019-11-19")]),
        ("He arrived on Monday, and at 9 p.m. he left.",
         [("9 p.m.", "2019-11-19"), ("Monday", "2019-11-18")]),
    ],
)  # fmt: skip
def test_a_time_after_its_day_joins_it(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, ARTICLE_DATE) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a plan told in the past is no future: the nearest September, not next year's
        ("The prisoner was due to be freed in September.", [("September", "2019-09")]),
        ("The prisoner is due to be freed in September.", [("September", "2020-09")]),
        # a day after a past verb is before the article, one after a future is after it
        ("He was elected on November 2.", [("November 2", "2019-11-02")]),
        ("He was elected on February 2.", [("February 2", "2019-02-02")]),
        ("The summit will open on March 10.", [("March 10", "2020-03-10")]),
        ("The talks resumed on November 12.", [("November 12", "2019-11-12")]),
        ("She asked where he was staying on the night of March 10.", [("March 10", "2019-03-10")]),
        ("He was going to speak on March 10.", [("March 10", "2020-03-10")]),
        # a passive in the present is no past: the nearest day stays
        ("The show is sponsored by a bank and opens on November 24.",
         [("November 24", "2019-11-24")]),
        ("The band will tour again, starting on June 9.", [("June 9", "2020-06-09")]),
    ],
)  # fmt: skip
def test_tense_places_a_bare_day_or_month(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, ARTICLE_DATE) == sorted(found)


@pytest.mark.parametrize(
    ("text", "date", "found"),
    [
        # a past tense crosses into last year when that day is near
        ("He was elected on December 2.", "2020-01-10", [("December 2", "2019-12-02")]),
        ("He was elected on February 2.", "2019-12-20", [("February 2", "2019-02-02")]),
        # ...not when it would put the day almost a year back: the cue was no tense of the day
        ("He was elected on December 2.", ARTICLE_DATE, [("December 2", "2019-12-02")]),
        ("Directors authorized a split, payable Dec. 7.", "1989-10-27", [("Dec. 7", "1989-12-07")]),
        ("It said it will redeem its preferred shares on Oct. 31.", "1989-10-27",
         [("Oct. 31", "1989-10-31")]),
        ("Monday, Oct. 26, was the first day of the trial.", "1998-10-25",
         [("Monday, Oct. 26", "1998-10-26")]),
        # a future tense crosses into next year only when that day is near
        ("The summit will open on January 8.", "2019-12-20", [("January 8", "2020-01-08")]),
        ("The summit will open on December 10.", "2019-12-20", [("December 10", "2019-12-10")]),
    ],
)  # fmt: skip
def test_a_tense_crosses_a_year_only_to_a_near_day(
    make_docs, text: str, date: str, found: list
) -> None:
    assert _dates(make_docs, text, date) == sorted(found)


@pytest.mark.parametrize(
    ("text", "date", "found"),
    [
        ("The treaty was signed last May.", "1998-02-27", [("last May", "1997-05")]),
        ("The treaty was signed last May.", "1998-05-27", [("last May", "1997-05")]),
        ("The treaty was signed last May.", "1998-08-27", [("last May", "1998-05")]),
        ("The treaty will be signed next March.", "1998-02-27", [("next March", "1998-03")]),
        ("The treaty will be signed next March.", "1998-08-27", [("next March", "1999-03")]),
        ("It opens this June.", "1998-08-27", [("this June", "1998-06")]),
        ("He left last March 3.", "1998-08-27", [("last March 3", "1998-03-03")]),
        ("This past May, the agency chose 11 firms.", "1998-08-27", [("This past May", "1998-05")]),
    ],
)  # fmt: skip
def test_last_or_next_before_a_month(make_docs, text: str, date: str, found: list) -> None:
    assert _dates(make_docs, text, date) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("10.00 A.M. / 6.30 P.M.", []),
        ("11am – 5pm", []),
        ("The museum opens at 10 a.m. on Saturday.", [("10 a.m. on Saturday", "2019-11-16")]),
        ("The doors close at 6 p.m.", [("6 p.m.", "2019-11-19")]),
    ],
)  # fmt: skip
def test_a_line_of_opening_hours_is_no_date(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, ARTICLE_DATE) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The stock is up 25% year to date.", [("year to date", "2019")]),
        ("Shipments fell 3% month-to-date.", [("month-to-date", "2019-11")]),
        ("Her records were not up to date.", []),
        # before a noun it qualifies: whose year is told by the words around it
        ("Sales fell 5% from the year-to-date period last year.", [("last year", "2018")]),
    ],
)  # fmt: skip
def test_year_to_date_is_this_year(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, ARTICLE_DATE) == sorted(found)


def test_a_holiday_naming_what_is_sold_hides_no_name(make_docs) -> None:
    table = facts(make_docs("Also: See Black Friday coverage at the site."))
    assert not [f for f in table.facts if f.kind in ("person", "place", "organisation")]
    assert not [f for f in table.facts if f.kind == "date"]
