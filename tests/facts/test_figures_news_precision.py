"""Numbers in news that read like counts or ranges but are not: game scores and win-loss
records, identifiers, number words in fixed compounds, periods anchored on the article date;
and the figures beside them that must still be found ("All three places", "half as much",
a second unit after a slash). Sentences in news style, and sentences quoted from the dev half
of tests/data/facts_newspages.json (trafilatura and readability test pages, Apache-2.0)."""

from __future__ import annotations

import pytest

from facts import facts
from tests.facts.found import date_mentions, figure_labels


def _figure(make_docs, text: str, label: str) -> dict[str, object]:
    """The normalised value of the figure whose label is `label`."""
    table = facts(make_docs(text))
    found = {f.label: f.normalized for f in table.facts if f.kind == "figure"}
    assert label in found, found
    norm = found[label]
    assert isinstance(norm, dict)
    return norm


@pytest.mark.parametrize(
    ("text", "label", "pair"),
    [
        ("Tyler Hansbrough scored 20 points in the Tar Heels' 91-73 victory on Thursday.",
         "91-73 victory", [91.0, 73.0]),
        ("The Colts secured the seed with a 31-24 win over the Jaguars.", "31-24 win",
         [31.0, 24.0]),
        ("Jacksonville raced out to an early 14-0 lead in the game.", "14-0 lead", [14.0, 0.0]),
        ("Creighton broke a 12–12 tie with a dunk.", "12–12 tie", [12.0, 12.0]),
        ("The Sycamores outlasted Evansville 51-50 on Friday.", "51-50", [51.0, 50.0]),
        ("The Jaguars (5-10) lost for the seventh time in nine games.", "5-10", [5.0, 10.0]),
        ("The Sixers have a record of 9-14 and had been expected to be a contender.", "9-14",
         [9.0, 14.0]),
    ],
)  # fmt: skip
def test_a_score_or_a_record_is_a_pair_not_a_range(make_docs, text, label, pair) -> None:
    norm = _figure(make_docs, text, label)
    assert norm["score"] == pair
    assert not isinstance(norm["value"], (list, float))  # never a range, never one number


def test_scores_are_never_compared_as_one_number(make_docs) -> None:
    table = facts(
        make_docs(
            "The Heels beat Evansville in a 91-73 victory on Thursday night.",
            "The Heels beat Evansville in a 91-72 victory on Thursday night.",
        )
    )
    assert not [c for c in table.conflicts if c.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # ranges written low first stay ranges
        ("Fires in the Amazon release an average of 500-600 metric tons of carbon dioxide.",
         {"figure:500-600 ton"}),
        ("Between 10-20 people came to the rally.", {"figure:10-20 people"}),
        # a number then its unit, and a number in words of two parts
        ("The 10-day trip ended at a 10-MW plant where twenty-two people work.",
         {"figure:10 day", "figure:10 mw", "figure:22 people"}),
        ("Five F-16 jets flew over the capital.", {"figure:5 jet"}),
    ],
)  # fmt: skip
def test_ranges_and_units_beside_scores_are_kept(make_docs, text, keys) -> None:
    assert set(figure_labels(make_docs, text)) == keys


@pytest.mark.parametrize(
    "text",
    [
        "SS-100-202",  # dev
        "Prosecutors filed case 12-CR-345 against the company.",
        "New COVID-19 rules came in as Flight MH-370 was remembered.",
        "The G-7 summit opened in the city.",
        # dev
        "The run-up in borrowing costs is a one-two punch brought on by the need to finance a "
        "fast-growing budget deficit.",
        "The team celebrated a one-two finish in the race.",
        "It is a zero-sum game for the coalition.",
        "Staff on zero-hours contracts went on strike.",
    ],
)
def test_identifiers_and_number_word_compounds_are_not_figures(make_docs, text) -> None:
    assert figure_labels(make_docs, text) == {}


def test_a_period_back_from_the_article_date_is_a_date_not_a_figure(make_docs) -> None:
    text = (  # dev
        "Citing the Global Fire Emissions Database, NASA noted that though current fire levels "
        "are slightly below average compared to the last 15 years, they are higher in some "
        "states, such as Amazonas and Rondônia."
    )
    assert figure_labels(make_docs, text) == {}
    assert date_mentions(make_docs, text, "2019-08-21") == [("the last 15 years", "2004/2019")]


def test_last_as_a_verb_is_still_a_length_of_time(make_docs) -> None:
    assert figure_labels(make_docs, "The talks shouldn't last two hours.") == {
        "figure:2 hour": "two hours"
    }


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        # dev
        ("All three places now being renamed are in Wedding's so-called African Quarter.",
         "figure:3 place", "three places"),
        ("The country now generates half as much coal-fired electricity as it did in 2009.",
         "figure:0.5 times", "half as much"),
        ("The army now has twice as many soldiers in the region.", "figure:2 times",
         "twice as many"),
        ("rar and the file size is over 51,200 KB/50 MB.", "figure:50 MB", "50 MB"),
    ],
)  # fmt: skip
def test_figures_next_to_these_rules_are_found(make_docs, text, key, label) -> None:
    found = figure_labels(make_docs, text)
    assert label in found.get(key, ""), found


def test_the_two_sides_is_still_a_reference(make_docs) -> None:
    assert figure_labels(make_docs, "The two sides met on Friday.") == {}
