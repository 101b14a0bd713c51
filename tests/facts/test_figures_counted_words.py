"""Words between a number and what it counts, and ranges written with "to": a word that adds
to a count is passed over ("three other people"), a comparative is how a figure compares and
never what it counts ("30% lower"; nor is "ahead"), digits that repeat a number in words are
passed over ("four (4) size options"), a rate per unit symbol is kept ("$0.03/kWh"), a
percent at both ends of "to" is one range unless a change is told ("rose 2% to 3%"), and a
year before a plural noun of events names them ("2016 elections"); a share counts the last
noun of its phrase ("75% of the online information"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .found import date_keys
from .found import figure_labels as _figures


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The company has three other commercial lunar lander ideas.", {"figure:3 idea"}),
        ("Police arrested three more people on Sunday.", {"figure:3 people"}),
        ("The firm hired 40 additional workers.", {"figure:40 worker"}),
        ("The eartips come with four (4) size options.", {"figure:4 option"}),
        # near forms: a comparative before a plural is passed over, and a plain count stays
        ("One study in 24 older adults found a link.", {"figure:24 adult"}),
        ("Three people were hurt.", {"figure:3 people"}),
        ("He was shot three more times.", {"figure:3 time"}),
        ("Let's try one more time.", set()),  # an idiom, no count
    ],
)
def test_words_that_add_to_a_count_are_passed_over(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("The effective CPM is 30% lower than before.", {"figure:30%": "30%"}),
        ("The phone has an over 30% larger display.", {"figure:30%": "30%"}),
        ("It is 20 percent cheaper now.", {"figure:20%": "20 percent"}),
        ("It cut the price by 30% ahead of the holidays.", {"figure:30%": "30%"}),
    ],
)
def test_a_comparative_is_not_what_a_figure_counts(make_docs, text: str, labels: dict) -> None:
    assert _figures(make_docs, text) == labels


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Solar now sells for $0.03/kWh in Chile.", {"figure:0.03 USD/kWh"}),
        ("Data costs $10/GB on that plan.", {"figure:10 USD/GB"}),
        # near form: a rate per a word stays as it was
        ("Gas is $3 a gallon.", {"figure:3 USD/gallon"}),
    ],
)
def test_a_rate_per_unit_symbol(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("It expects a 0.6% to 0.7% hurricane headwind.", {"figure:0.6-0.7 %"}),
        ("Rates range from 2% to 3% this quarter.", {"figure:2-3 %"}),
        ("They expect a 5 percent to 7 percent rise.", {"figure:5-7 %"}),
        ("They are between ~3x and ~12x as cost-effective.", {"figure:3-12 x"}),
        # near forms: a change then a level is two figures
        ("The rate rose from 2% to 3% in May.", {"figure:2%", "figure:3%"}),
        ("The rate rose 2% to 3.5% in May.", {"figure:2%", "figure:3.5%"}),
    ],
)
def test_percent_ranges_with_to(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


def test_a_year_before_a_plural_of_events_is_a_date(make_docs) -> None:
    text = "Russia kept raising 2016 elections questions."
    assert _figures(make_docs, text) == {}
    assert date_keys(make_docs, text, "2019-11-20") == [("2016", "date:2016")]
    # near form: a year-like number before other plurals still counts them
    assert set(_figures(make_docs, "The company had 1998 employees.")) == {"figure:1998 employee"}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("You can safely ignore 75% of the online information you're seeing.",
         {"figure:75% information"}),
        ("Up to 10% of the world population is affected.", {"figure:10% population"}),
        # near forms: a verb after the noun, and a plural, end the phrase
        ("Some 40% of the vote went to him.", {"figure:40% vote"}),
        ("Nearly 25% of people surveyed agreed.", {"figure:25% people"}),
    ],
)  # fmt: skip
def test_a_share_counts_the_last_noun_of_its_phrase(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys
