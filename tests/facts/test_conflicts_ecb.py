"""Conflicts only for real disagreement, on sentences of real news: ECB+ odd-topic articles
(tests/data/ecbplus-odd, CC BY 3.0; dev stories of tools/facts_conflicts_ecb.py), each pair
stated by two articles of one story."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import readers
from facts import FactTable, facts

MakeDocs = Callable[..., list[readers.Document]]


def _table(make_docs: MakeDocs, *texts: str) -> FactTable:
    return facts(make_docs(*texts))


def _conflicts(table: FactTable, kind: str) -> list[tuple[str, ...]]:
    return [tuple(f.label for f in c.facts) for c in table.conflicts if c.kind == kind]


NOT_CONFLICTS = {
    "a bound": (
        "Nichols faced more than 50 charges in the case.",
        "Nichols will likely die in prison after Superior Court Judge James Bodiford handed "
        "down the maximum prison sentence on each of 54 charges.",
    ),
    "parts of a toll": (
        "Another four people died in hospitals in the district from injuries sustained in the "
        "quake, he said.",
        "Another two people are also reported to have been killed, although it has not been "
        "stated where.",
    ),
}


@pytest.mark.parametrize("name", list(NOT_CONFLICTS))
def test_figures_that_do_not_disagree(make_docs: MakeDocs, name: str) -> None:
    table = _table(make_docs, *NOT_CONFLICTS[name])
    assert _conflicts(table, "figure") == []


def test_a_count_two_articles_give_differently_is_a_conflict(make_docs: MakeDocs) -> None:
    table = _table(
        make_docs,
        "A strong quake off the shores of Indonesia triggered a tsunami that killed 230,000 "
        "people in 13 countries around the Indian Ocean in 2004.",
        "In 2004, a magnitude-9.1 earthquake off Aceh triggered a tsunami that killed 230,000 "
        "people in 14 countries.",
    )
    assert _conflicts(table, "figure") == [("13 countries", "14 countries")]


def test_a_game_report_yards_are_different_plays(make_docs: MakeDocs) -> None:
    table = _table(
        make_docs,
        "Luck threw for 205 yards Sunday, and his 7-yard touchdown pass to Reggie Wayne on "
        "third-and-goal late in the fourth quarter gave the Colts a 20-13 victory. The Colts "
        "embarked on a 13-play, 73-yard drive that was capped off when quarterback Andrew Luck "
        "found Wayne in the back of the end zone. Ryan Succop hit a 47-yard field goal moments "
        "later to tie the game.",
        "The Chiefs rushed for over 350 yards giving their two leading running backs over 100 "
        "yards each. With 90 yards to go and two time outs in their pocket the Chiefs put a big "
        "red ribbon on this season. There they were on the Colts 27-yard line with inches to go "
        "for a first down and Crennel decides to go for it.",
    )
    assert _conflicts(table, "figure") == []


def test_one_distance_in_two_spellings_is_one_fact(make_docs: MakeDocs) -> None:
    table = _table(
        make_docs,
        "The quake hit inland at a depth of just 10 kilometres, 55 kilometres south of Bireun, "
        "the US Geological Survey said.",
        "The epicenter was situated 55 kilometers (34 miles) west of the town of Bireun on the "
        "western tip of Sumatra Island, at a depth of 10km.",
    )
    shared = {f.label: f.docs for f in table.facts if f.kind == "figure"}
    assert shared["55 kilometres"] == (0, 1)
    assert shared["10 kilometres"] == (0, 1)
    assert _conflicts(table, "figure") == []


QUOTES_NOT_CONFLICTS = {
    "an editorial insertion": (
        "“[The police] have a hard time because there’s a lot of crime in the neighborhood,” a "
        "local barber told The New York Times.",
        "“They have a hard time because there’s a lot of crime in the neighborhood,” he said of "
        "the police.",
    ),
    "an acronym spelled out": (
        "Christopher Budd, of the software giant's security centre, said the company "
        "“encourages all Internet Explorer customers to test and deploy this update as soon as "
        "possible”.",
        "Microsoft's Christopher Budd said the software giant “encourages all IE customers to "
        "test and deploy this update as soon as possible”.",
    ),
    "two quotes sharing a phrase": (
        "“There’s a lot of anger here,” said Williams, whose district includes the riot zone.",
        "“They have a hard time because there’s a lot of crime in the neighborhood,” he said of "
        "the police.",
    ),
}


@pytest.mark.parametrize("name", list(QUOTES_NOT_CONFLICTS))
def test_quotes_that_do_not_disagree(make_docs: MakeDocs, name: str) -> None:
    table = _table(make_docs, *QUOTES_NOT_CONFLICTS[name])
    assert _conflicts(table, "quote") == []


def test_a_quote_with_a_bracketed_insertion_is_quoted_at_different_length(
    make_docs: MakeDocs,
) -> None:
    table = _table(make_docs, *QUOTES_NOT_CONFLICTS["an editorial insertion"])
    quotes = [f for f in table.facts if f.kind == "quote"]
    assert len(quotes) == 2
    for q in quotes:
        assert isinstance(q.normalized, dict)
        assert q.normalized["quoted_at_different_length"] == [
            o.key for o in quotes if o.key != q.key
        ]


def test_a_reworded_quote_is_a_conflict(make_docs: MakeDocs) -> None:
    table = _table(
        make_docs,
        "“We have received around 50 people with injuries suffered when the walls of their "
        "houses collapsed,” the doctor said.",
        "“We have received around 50 people with injuries sustained when the walls of their "
        "houses collapsed,” added the doctor.",
    )
    assert len(_conflicts(table, "quote")) == 1
