"""Figures: values, units, counted nouns, number words, part-of-whole, money, ranges."""

from __future__ import annotations

import pytest

from facts import facts


def _figures(make_docs, text: str) -> dict[str, str]:
    table = facts(make_docs(text))
    return {f.key: f.label for f in table.facts if f.kind == "figure"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Census teams worked in only 145 of 330 townships.", "figure:145/330 township"),
        ("They counted 145 of Myanmar’s 330 townships.", "figure:145/330 township"),
        ("The junta freed 8,665 detainees on Thursday.", "figure:8665 detainee"),
        ("Three Su-30SME fighter jets escorted the plane.", "figure:3 jet"),
        ("He ended a two-day official visit.", "figure:2 day"),
        ("The bank lent $1.2 billion to the port.", "figure:1200000000 USD"),
        ("About 40 percent of households lack water.", "figure:40% household"),
        ("Turnout fell to 12.5% this year.", "figure:12.5%"),
        ("He is the second foreign leader to visit.", "figure:#2 leader"),
        ("Between them they fielded twenty-one candidates.", "figure:21 candidate"),
        ("The army lost 10-20 tanks in the battle.", "figure:10-20 tank"),
    ],
)
def test_figure_keys(make_docs, text: str, key: str) -> None:
    assert key in _figures(make_docs, text)


def test_part_of_whole_is_one_fact_across_wordings(make_docs) -> None:
    table = facts(
        make_docs(
            "Census teams operated in only 145 of 330 townships.",
            "Census workers counted people in 145 of Myanmar’s 330 townships.",
        )
    )
    fact = table.get("figure:145/330 township")
    assert fact is not None and fact.docs == (0, 1)
    assert fact.normalized == {"value": 145.0, "total": 330.0, "noun": "township"}
    assert "figure:145 township" not in {f.key for f in table.facts}


def test_years_and_small_counts_are_not_figures(make_docs) -> None:
    keys = _figures(make_docs, "In 2014 the two sides met and one of them left.")
    assert keys == {}


def test_figure_conflict_with_noun_synonyms(make_docs) -> None:
    table = facts(
        make_docs(
            "On Thursday, the junta announced a mass amnesty for 8,665 detainees.",
            "The junta announced an amnesty for 8,000 prisoners on Thursday.",
        )
    )
    (conflict,) = [c for c in table.conflicts if c.kind == "figure"]
    assert conflict.subject == "prisoner"
    assert conflict.docs == (0, 1)
    assert "8,665 detainees" in conflict.description and "8,000 prisoners" in conflict.description


def test_unrelated_figures_do_not_conflict(make_docs) -> None:
    table = facts(
        make_docs(
            "The junta announced a mass amnesty for 8,665 detainees.",
            "Rights groups said the junta executed four prisoners, including an activist.",
        )
    )
    assert [c for c in table.conflicts if c.kind == "figure"] == []
