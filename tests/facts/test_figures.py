"""Figures on sentences written for these tests: values, units, counted nouns, number words,
part-of-whole, money, ranges, and what is not a figure (sequence ordinals, "zero carbon")."""

from __future__ import annotations

import pytest

from facts import facts

from .found import figure_labels as _figures


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Aid reached only 12 of 47 counties last year.", "figure:12/47 county"),
        ("Aid reached 12 of Kenya’s 47 counties.", "figure:12/47 county"),
        ("The camp took in 3,200 refugees in a week.", "figure:3200 refugee"),
        ("Three F-16 fighter jets escorted the plane.", "figure:3 jet"),
        ("He ended a two-day official visit.", "figure:2 day"),
        ("The bank lent $1.2 billion to the port.", "figure:1200000000 USD"),
        ("About 40 percent of households lack water.", "figure:40% household"),
        ("Turnout fell to 12.5% this year.", "figure:12.5%"),
        ("He is the second foreign leader to visit.", "figure:#2 leader"),
        ("Between them they fielded twenty-one candidates.", "figure:21 candidate"),
        ("The army lost 10-20 tanks in the battle.", "figure:10-20 tank"),
        ("Between 20 and 30 people were hurt in the blast.", "figure:20-30 people"),
        ("Tickets cost from 10 to 20 dollars.", "figure:10-20 USD"),
        ("Three or four people were hurt in the blast.", "figure:3-4 people"),
        ("Allow yourself the one or two indulgences you love.", "figure:1-2 indulgence"),
        ("They let you go $50 or $100 into the red.", "figure:100 USD"),  # a choice, no range
        ("Two hundred workers joined the strike.", "figure:200 worker"),
        ("The rocket made two “deliveries” of payloads.", "figure:2 delivery"),
        ('Police found three "suspicious" packages.', "figure:3 package"),
    ],
)
def test_figure_keys(make_docs, text: str, key: str) -> None:
    assert key in _figures(make_docs, text)


def test_part_of_whole_is_one_fact_across_wordings(make_docs) -> None:
    table = facts(
        make_docs(
            "Vaccination teams worked in only 12 of 47 counties.",
            "Teams vaccinated children in 12 of Kenya’s 47 counties.",
        )
    )
    fact = table.get("figure:12/47 county")
    assert fact is not None and fact.docs == (0, 1)
    assert fact.normalized == {"value": 12.0, "total": 47.0, "noun": "county"}
    assert "figure:12 county" not in {f.key for f in table.facts}


def test_years_and_small_counts_are_not_figures(make_docs) -> None:
    keys = _figures(make_docs, "In 2014 the two sides met and one of them left.")
    assert keys == {}


@pytest.mark.parametrize(
    "text",
    [
        "It was the first time the council met abroad.",
        "The tenth meeting of the commission opened in Lima.",
        "The first phase of the plan starts soon.",
        "The city aims for zero carbon emissions policy by design.",
    ],
)
def test_sequence_ordinals_and_zero_goals_are_not_figures(make_docs, text: str) -> None:
    assert _figures(make_docs, text) == {}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Dozens of protesters were detained in the capital on Monday.", "figure:dozens protester"),
        ("Hundreds of people fled the town after the attack.", "figure:hundreds people"),
    ],
)
def test_vague_plural_number_words_are_approximate_counts(make_docs, text: str, key: str) -> None:
    # "dozens" is not 12 of a unit "s", nor "hundreds" 100 "s": an order of magnitude of the
    # counted noun, with no value to conflict with an exact count
    table = facts(make_docs(text))
    (fig,) = [f for f in table.facts if f.kind == "figure"]
    assert fig.key == key
    assert fig.normalized["approximate"] is True


def test_figure_conflict_on_the_same_counted_noun(make_docs) -> None:
    table = facts(
        make_docs(
            "On Thursday, the government announced an amnesty for 3,200 prisoners.",
            "The government announced an amnesty for 3,000 prisoners on Thursday.",
        )
    )
    (conflict,) = [c for c in table.conflicts if c.kind == "figure"]
    assert conflict.subject == "prisoner"
    assert conflict.docs == (0, 1)
    assert "3,200 prisoners" in conflict.description and "3,000 prisoners" in conflict.description


def test_unrelated_figures_do_not_conflict(make_docs) -> None:
    table = facts(
        make_docs(
            "The government announced an amnesty for 3,200 prisoners.",
            "Rights groups said the government executed four prisoners, including an activist.",
        )
    )
    assert [c for c in table.conflicts if c.kind == "figure"] == []
