"""Date values and date words an audit of fresh news pages found wrong, by class: a relative
date counted from a date its own sentence writes before it ("the previous year" after "in
2014", a time of day "the following morning" after a day; `date_values.anchor_in_sentence`),
a bare weekday or month after a modal or "not yet" (the next one) or after "was" or "were"
and a state (the last one: `date_values.time_cue`),
and date words that date nothing: a game's quarter in a sentence of fouls and free throws, a
part of the day in advice to the reader, a length written "two-year-long". Sentences written
for these tests; the articles are dated Wednesday 20 November 2019 unless said."""

from __future__ import annotations

import pytest

from facts import facts
from facts.candidate import Taken
from facts.date_values import anchor_in_sentence, normalise, parse_iso
from facts.dates import find_dates

from .found import date_mentions

DATE = "2019-11-20"


def _anchored_values(text: str, date: str = DATE) -> list[tuple[str, str]]:
    """(span, value) of the pattern dates of one sentence, tied to the dates before them."""
    cands = find_dates(text, 0, 0, Taken())
    anchor_in_sentence(cands, text, 0)
    for c in cands:
        normalise(c, parse_iso(date), "document date")
    return sorted((text[c.start : c.end], c.key.removeprefix("date:")) for c in cands)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Wheat sales fell to $2 billion in 2014, down from $3.1 billion the previous year.",
         [("2014", "2014"), ("previous year", "2013")]),
        ("The mill opened in 1987 and shut the following year.",
         [("1987", "1987"), ("the following year", "1988")]),
        ("The ferry left at 9 p.m. on March 3 and docked at 7 a.m. the next day.",
         [("7 a.m.", "2019-03-04"), ("9 p.m. on March 3", "2019-03-03"),
          ("the next day", "2019-03-04")]),
        ("The union struck on June 4, 2018 and the mayor resigned that same day.",
         [("June 4, 2018", "2018-06-04"), ("that same day", "2018-06-04")]),
        ("The singer ran for office in the 2012 race, and was booed at a July 4 parade.",
         [("2012", "2012"), ("July 4", "2012-07-04")]),
    ],
)  # fmt: skip
def test_a_relative_date_counts_from_the_date_before_it(text: str, found: list) -> None:
    assert _anchored_values(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The firm, founded in 1995, said on Monday that sales rose from the previous year.",
         [("1995", "1995"), ("Monday", "2019-11-18"), ("previous year", "2018")]),
        ("The group was set up in 2009 and expects to hire 40 people over the next year.",
         [("2009", "2009"), ("next year", "2020")]),
        ("The board will meet on July 4, after the 2021 budget is drafted.",
         [("2021", "2021"), ("July 4", "2020-07-04")]),
    ],
)  # fmt: skip
def test_no_anchor_across_a_verb_of_saying_or_for_the_coming_year(text: str, found) -> None:
    assert _anchored_values(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Seven members were absent at 11 p.m. March 3, the clerk said.",
         [("11 p.m. March 3", "2019-03-03")]),
        ("The shop was empty on March 3.", [("March 3", "2019-03-03")]),
        # near forms: a plan told in the past, and "was" before a participle of a plan
        ("The talks were to resume on March 3.", [("March 3", "2020-03-03")]),
        ("The vote was expected on March 3.", [("March 3", "2020-03-03")]),
    ],
)  # fmt: skip
def test_was_or_were_before_a_state_puts_a_bare_day_behind(make_docs, text, found) -> None:
    assert date_mentions(make_docs, text, DATE) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Snow should clear by Friday morning, the forecaster said.",
         [("Friday morning", "2019-11-22")]),
        ("The court might rule on Monday.", [("Monday", "2019-11-25")]),
        ("Two of the bidders haven't yet qualified for the February auction.",
         [("February", "2020-02")]),
        ("The team has not yet named a coach for the March tour.", [("March", "2020-03")]),
        ("The bill should have passed on Monday.", [("Monday", "2019-11-18")]),
        ("The plant was shut in October.", [("October", "2019-10")]),
    ],
)  # fmt: skip
def test_a_modal_or_not_yet_puts_a_bare_day_or_month_ahead(make_docs, text, found) -> None:
    assert date_mentions(make_docs, text, DATE) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The guard picked up a flagrant foul in the second quarter after a hard screen.", []),
        ("He went 8 of 9 from the free throw line in the fourth quarter.", []),
        ("The company's sales rose in the third quarter.", [("the third quarter", "2019-Q3")]),
        ("A warm bowl of oats can keep you full throughout the morning.", []),
        ("Drinking water helps you stay alert during the afternoon.", []),
        ("Crews worked through the night to reopen the road.", [("the night", "doc0:the night")]),
        ("It was a two-year-long fight over the lease.", []),
        ("The lease ran out in 2017.", [("2017", "2017")]),
    ],
)  # fmt: skip
def test_game_quarters_advice_and_lengths_are_no_dates(make_docs, text, found) -> None:
    assert date_mentions(make_docs, text, DATE) == found


def test_a_length_counted_from_an_event_is_a_date_with_no_value(make_docs) -> None:
    table = facts(
        make_docs(
            "The council vote comes just 50 days before the regional election. "
            "Five days ago the mayor resigned.",
            date="2021-03-10",
        )
    )
    keys = {f.key for f in table.facts if f.kind == "date"}
    assert "date:2021-03-05" in keys  # "five days ago" counts from the article's day
    assert not any(k.startswith("date:2021-01") for k in keys)  # not 50 days before it
    assert any("50 days" in k for k in keys)  # a date, its value left open
