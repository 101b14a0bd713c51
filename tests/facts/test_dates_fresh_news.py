"""Dates of fresh news: a market's trading day ("ending the day at 8,017"), "since that day",
"N decades ago" after a bound word, "the past few years", "October of next year", "Within a
decade" said of the future, "A few days earlier"; and what is not a date there: a game clock
("scored at 7:14", no figure either), a model year before a make and a coded model ("the 2020
Audi e-tron"), an age ("between the ages of 25 and 54"). Sentences are quoted from the tuning
(`dev`) halves of tests/data/facts_newspages2.json (scrapinghub/article-extraction-benchmark
pages, MIT), tests/data/facts_newspages.json (readability and trafilatura test pages) and
tests/data/facts_meantime.json (MEANTIME English Wikinews, CC BY 4.0), or written like news;
the MEANTIME builder's date-line rule is checked on its own tokens."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tools.facts_meantime import Token, _fills_date_line, detokenise

from .found import date_mentions as _dates
from .found import figure_labels

DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def _dev_texts() -> str:
    """Every dev text of the two fresh news sets, joined (to check a quote is from dev)."""
    texts = []
    for name in ("facts_newspages2.json", "facts_meantime.json", "facts_newspages.json"):
        items: list[dict[str, Any]] = json.loads((DATA / name).read_text("utf-8"))["items"]
        texts += [it["text"] for it in items if it["split"] == "dev"]
    return "\n".join(texts)


DEV_FOUND = [
    ("The Dow Jones Industrial Average rebounded late in the day after falling more than 250 "
     "points, ending the day down about 31 points.", "2008-10-10",
     [("the day", "doc0:the day")]),
    ("The share index increased by 48.3 points, or 0.9% to finish the day at a level of "
     "5,210.17", "2009-03-23", [("the day", "doc0:the day")]),
    ("More than two decades ago, NASA's Galileo spacecraft found evidence of an electrically "
     "conductive fluid on the moon's surface.", "2019-11-19", [("two decades ago", "1999")]),
    ("Instead, dealerships whose franchises won't be renewed after October of next year will "
     "receive a private letter", "2009-05-14", [("October of next year", "2010-10")]),
    ("Since that day he has never forgotten to make sure he has water at all times.",
     "2019-11-19", [("that day", "doc0:that day")]),
    ("Neo-banks, or challenger banks, have been all the rage in Europe and Australia for the "
     "past few years.", "2019-11-19", [("the past few years", "2016/2019")]),
    # news pages (tests/data/facts_newspages.json), dev
    ("Within a decade, more than $900 billion in interest payments will be due annually, "
     "easily outpacing spending on myriad other programs", "2018-09-25",
     [("Within a decade", "2018/2028")]),
    ("A few days earlier, Whole Foods touted a rarely seen promotional price for halibut",
     "2019-04-28", [("A few days earlier", "doc0:a few days earlier")]),
    ("The study determined this by taking the ratio of employed men and women between the ages "
     "of 25 and 54 compared to the total population of each country", "2016-02-01", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "found"), DEV_FOUND)
def test_dates_of_fresh_news(make_docs, text: str, date: str, found: list) -> None:
    assert _dates(make_docs, text, date) == sorted(found)


NOT_DATES = [
    ("Parise’s first-period goals – he scored at 7:14 and on the power play at 19:56 – gave "
     "the Wild a commanding two-goal lead they wouldn’t relinquish.", []),
    ("Audi revealed the second production model in its e-tron all-electric range, with the "
     "2020 Audi e-tron Sportback making its debut at the LA Auto Show.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), NOT_DATES)
def test_game_clocks_and_model_years_are_not_dates(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, "2019-11-19") == found


def test_a_game_clock_is_no_figure_either(make_docs) -> None:
    labels = figure_labels(make_docs, NOT_DATES[0][0])
    assert not any(key.startswith(("figure:14", "figure:56", "figure:7")) for key in labels)


def test_quoted_sentences_are_from_dev_halves() -> None:
    dev = _dev_texts()
    for text, _, _ in DEV_FOUND[:5] + DEV_FOUND[6:]:
        assert text[:60] in dev, text
    for text, _ in NOT_DATES:
        assert text[40:100] in dev, text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # times of day stay times beside game words, and a year beside a plain name stays
        ("The game starts at 7:30 p.m. and the train left at 19:30.",
         [("19:30", "2019-11-19"), ("7:30 p.m.", "2019-11-19")]),
        ("The 2012 Summer Olympics were held in London; in 2020 Apple iPhone sales fell.",
         [("2012", "2012"), ("2020", "2020")]),
        ("He drove this 2019 Ford F-150 to work.", []),
        ("The index closed the week higher, and the talks ended the day after.",
         [("the day after", "doc0:the day after"), ("the week", "doc0:the week")]),
        ("Prices rose in the last several months; the next few days will tell; it lasted "
         "several days.", [("the last several months", "2019-08/2019-11")]),
        ("He will end the season at home.", []),
        ("The speaker opened the session on Monday.", [("Monday", "2019-11-18")]),
        ("Two centuries ago the town was founded; a decade ago it burned.",
         [("Two centuries ago", "1819"), ("a decade ago", "2009")]),
    ],
)  # fmt: skip
def test_written_like_news(make_docs, text: str, found: list) -> None:
    assert _dates(make_docs, text, "2019-11-19") == sorted(found)


def test_meantime_date_line_is_neutral_without_its_creation_mark() -> None:
    """The builder's rule: a TIMEX3 covering every word of sentence 1 fills the date line."""
    tokens = [Token("Title", 0), Token("April", 1), Token("27", 1), Token(",", 1),
              Token("2005", 1), Token("It", 2), Token("flew", 2), Token("today", 2)]  # fmt: skip
    detokenise(tokens)
    assert _fills_date_line(tokens[1:5], tokens)
    assert _fills_date_line([tokens[1], tokens[2], tokens[4]], tokens)  # the comma aside
    assert not _fills_date_line(tokens[1:3], tokens)  # "April 27" alone leaves the year out
    assert not _fills_date_line(tokens[7:8], tokens)  # a date of the body


def test_meantime_date_lines_are_never_gold_dates() -> None:
    items = json.loads((DATA / "facts_meantime.json").read_text("utf-8"))["items"]
    for it in items:
        title_end = it["text"].index("\n\n") + 2
        line_end = it["text"].index("\n\n", title_end)
        for d in it["dates"]:
            if title_end <= d["start"] and d["end"] <= line_end:
                assert d["role"] == "neutral", it["doc"]
