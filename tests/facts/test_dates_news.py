"""Dates of news narration (`facts.date_news_forms` and the forms beside it): decades, seasons,
"early this month", "the day after", "that same day", "later in the day", "this past Sunday",
"last night", "the latest quarter", day ranges "2/29-3/1", "on the 4th", "7:30 p.m. local time",
"0730 GMT", "April 24 and 25", "9 a.m. Tuesday" (one date); and what is not a date: a game's
score ("20-13"), a game's quarter, a car's model year, a city's quarter, "player of the year",
"an 11th-hour deal", "year-on-year". Sentences come from the tuning (dev) halves of
tests/data/facts_datetimes.json (Microsoft Recognizers-Text's English DateTime spec, MIT
licence; with its reference date), of the ECB+ dates set (tests/data/facts_ecbdates.json, CC BY
3.0; undated there, a date is given here) and of TimeBank and AQUAINT (TempEval-3
TBAQ-cleaned); the others are written like news."""

from __future__ import annotations

import pytest

from facts.candidate import Taken
from facts.dates import find_dates

from .found import assert_in_tuning_half
from .found import date_mentions as _dates

SPEC_SENTENCES = {
    "What's your plan for the day after?": "2018-11-08",
    "Where were you on this past Wednesday?": "2019-01-31",
    "2/29-3/1": "2019-09-18",
    "I will have a long vacation between 10/1-11/7": "2018-10-24",
    "I want to loan $10000 in 3 years": "2019-08-12",
    "what about 30 min later?": "2019-11-01",
    "Let's go for coffee next week later in the morning.": "2019-07-17",
    "The same story played out in Kolkata, the capital city of the eastern state of West "
    "Bengal, a fortnight later.": "2021-05-20",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("What's your plan for the day after?", [("the day after", "doc0:the day after")]),
        ("Where were you on this past Wednesday?", [("this past Wednesday", "2019-01-30")]),
        ("2/29-3/1", [("2/29-3/1", "2020-02-29/2020-03-01")]),
        ("I will have a long vacation between 10/1-11/7", [("10/1-11/7", "2018-10-01/2018-11-07")]),
        ("I want to loan $10000 in 3 years", [("in 3 years", "2022")]),
        ("what about 30 min later?", [("30 min later", "doc0:30 min later")]),
        ("Let's go for coffee next week later in the morning.",
         [("later in the morning", "doc0:later in the morning"), ("next week", "2019-W30")]),
        ("The same story played out in Kolkata, the capital city of the eastern state of West "
         "Bengal, a fortnight later.", [("a fortnight later", "doc0:a fortnight later")]),
    ],
)  # fmt: skip
def test_news_forms_of_the_tuning_half(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, SPEC_SENTENCES[text]) == sorted(found)


def test_the_spec_sentences_are_in_the_tuning_half() -> None:
    assert_in_tuning_half(SPEC_SENTENCES)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # ECB+ dev topics
        ("Voting for MPs to Majlis (Parliament) began in Turkmenistan on Dec.14.",
         [("Dec.14", "2008-12-14")]),
        ("“We have established beyond any doubt that the school was not being used by any "
         "militants,” Mr Ging told The Age last night.", [("last night", "2008-12-14")]),
        # TimeBank dev
        ("His name on the Web site was crossed out that same day.",
         [("that same day", "doc0:that same day")]),
        ("We in fact have seen hate group numbers dropping through the nineties.",
         [("nineties", "199")]),
        ("Coast Savings said it had a loss of $92.2 million, or $6.98 a share, for the quarter "
         "ended Sept. 30.", [("Sept. 30", "2008-09-30"), ("the quarter", "doc0:the quarter")]),
        ("For the year ended Sept. 30, Ralston earned $422.5 million.",
         [("Sept. 30", "2008-09-30"), ("the year", "doc0:the year")]),
        ("While there were no one-time gains or losses in the latest period, there was a "
         "one-time gain in the year-ago period.",
         [("the latest period", "doc0:the latest period"),
          ("the year-ago period", "doc0:the year-ago period")]),
        ("The formal accession would still be held at the NATO Washington summit on April 24 "
         "and 25.", [("25", "2009-04-25"), ("April 24", "2009-04-24")]),
        ("Investigators said Kopp's car was seen in the neighborhood in the days before the "
         "slaying.", [("the days before", "doc0:the days before")]),
        # written like news
        ("The company reported a bigger third-quarter loss than the third-quarter loss of 1987.",
         [("third-quarter", "2008-Q3"), ("third-quarter", "2008-Q3"), ("1987", "1987")]),
        ("Inflation was high in the 1990s, and in the mid-'80s.",
         [("1990s", "199"), ("mid-'80s", "198")]),
        ("The minister resigned the following Monday.", [("following Monday", "2008-12-22")]),
        ("The explosion happened at 7:30 p.m. local time.",
         [("7:30 p.m. local time", "2008-12-15")]),
        ("The blast occurred at 0730 GMT.", [("0730 GMT", "2008-12-15")]),
        ("The rally will be held on the 4th.", [("the 4th", "2008-12-04")]),
        ("The vote was held in the spring of 2019, the talks last summer.",
         [("last summer", "2008-SU"), ("spring of 2019", "2019-SP")]),
        ("Prices rose early this month and late last year.",
         [("early this month", "2008-12"), ("late last year", "2007")]),
        ("The summit ends at the end of this week.", [("the end of this week", "2008-W51")]),
        ("The talks resumed the day after the vote; he left later in the day.",
         [("later in the day", "doc0:later in the day"), ("the day after", "doc0:the day after")]),
        ("Polls close at 8 p.m. ET on Tuesday; the deadline is midnight Friday.",
         [("8 p.m. ET on Tuesday", "2008-12-09"), ("midnight Friday", "2008-12-12")]),
        ("The meeting was held on Thursday, Dec. 11, and the blast came at 1130 GMT.",
         [("1130 GMT", "2008-12-15"), ("Thursday, Dec. 11", "2008-12-11")]),
        ("Exports rose 4% year-on-year in November.", [("November", "2008-11")]),
        ("They met yesterday morning and will meet again tomorrow night.",
         [("tomorrow night", "2008-12-16"), ("yesterday morning", "2008-12-14")]),
    ],
)  # fmt: skip
def test_news_forms(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, "2008-12-15") == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # ECB+ dev topics
        ("Luck throws for 205 yards, 4th-quarter TD as Colts beat Chiefs 20-13 to clinch "
         "playoff spot", []),
        ("Raj K. Chohan was walking alongside parked cars on 117th Street and 97th Avenue at "
         "about 7 p.m. when she was struck by a gray 2013 Toyota Camry, which then sped off.",
         [("7 p.m.", "2008-12-15")]),
        # written like news
        ("He lives on the 4th floor and she is in her twenties.", []),
        ("Profit rose 20% in the fourth quarter.", [("the fourth quarter", "2008-Q4")]),
        ("The 2012 Summer Olympics were held in London.", [("2012", "2012")]),
        ("The last fall in prices came before the storm.", []),
        ("He scored early in the quarter. They live in the French quarter.", []),
        # ECB+ dev topics
        ("Hansbrough, the reigning national player of the year, passed Phil Ford for the "
         "record.", []),
        ("Still, given the century's worth of tradition that has reigned in Chapel Hill, it was "
         "a surprise.", []),
        ("Obama overturned another 11th hour Bush regulation.", []),
        ("The clashes came after an evening candle-lit vigil.", []),
        ("Doctor Who has finally selected its 12th doctor.", []),
        ("Capaldi is set to replace Smith, making him the 11th time lord in 45 years to travel "
         "across the universe.", []),
        ("Environmental groups charge that the “midnight rules “set to go into effect were "
         "illegal.", []),
        # written like news
        ("He was knocked down in the 11th of their title fight by a last-minute punch.", []),
    ],
)  # fmt: skip
def test_scores_game_quarters_and_model_years_are_not_dates(
    make_docs, text: str, found: list
) -> None:
    assert _dates(make_docs, text, "2008-12-15") == sorted(found)


def test_an_abbreviated_weekday_joins_its_date() -> None:
    """AP style "Tues., Nov. 8" is one date (found in one sentence: the reader's splitter may
    cut after "Tues.", which leaves "Nov. 8")."""
    text = "The vote will be held Tues., Nov. 8, and counted Wed. Nov. 9, 2016."
    found = [(text[c.start : c.end], c.extra["form"]) for c in find_dates(text, 0, 0, Taken())]
    assert found == [("Tues., Nov. 8", "md"), ("Wed. Nov. 9, 2016", "mdy")]


def test_hours_on_weekdays_are_a_repetition(make_docs) -> None:
    assert _dates(make_docs, "The store is open between 9 and 5 on weekdays.", "2008-12-15") == []
