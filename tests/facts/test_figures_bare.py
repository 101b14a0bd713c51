"""Bare numbers, written-out numbers and ranges of money or percentages: cases of the `dev`
half of tests/data/facts_numbers.json (Recognizers-Text English number and range specs, MIT)
and sentences written for these tests, with the numbers that name, order or date something
and must stay out of the figures."""

from __future__ import annotations

import pytest

from facts import facts


def _figures(make_docs, text: str) -> dict[str, str]:
    table = facts(make_docs(text))
    return {f.key: f.label for f in table.facts if f.kind == "figure"}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The death toll rose to 45 on Sunday.", {"figure:45"}),
        ("The index tumbled 5.39 to 452.76 on Friday.", {"figure:5.39", "figure:452.76"}),
        ("Maria Lopez, 58, said she would appeal.", {"figure:58"}),
        ("Police arrested 12 and charged 3.", {"figure:12", "figure:3"}),
        ("Seventy-five were killed.", {"figure:75"}),
        # Recognizers-Text NumberModel / NumberRangeModel, dev half
        ("The answer is minus five point five", {"figure:-5.5"}),
        ("For now, China's population is 1 414 021 100.", {"figure:1414021100"}),
        ("I can give you 10M.", {"figure:10000000"}),
        ("He scores between negative ten and fifteen.", {"figure:-10-15"}),
        ("This number is larger than twenty and less or equal than thirty five.",
         {"figure:20", "figure:35"}),  # fmt: skip
        ("The measurement has a value of forty two and a third", {"figure:42.3333"}),
    ],
)
def test_bare_and_written_numbers(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        ("Tickets cost 10-20 dollars each.", "figure:10-20 USD", "10-20 dollars"),
        ("Tickets cost $10-$20 each.", "figure:10-20 USD", "$10-$20"),
        ("The deal is worth $1.5-2 billion.", "figure:1500000000-2000000000 USD",
         "$1.5-2 billion"),  # fmt: skip
        ("Growth of 5-10% is expected.", "figure:5-10 %", "5-10%"),
        ("Between 5% and 10% of voters were undecided.", "figure:5-10 %", "Between 5% and 10%"),
        ("Tickets cost between $10 and $20.", "figure:10-20 USD", "between $10 and $20"),
    ],
)
def test_ranges_of_money_and_percentages(make_docs, text: str, key: str, label: str) -> None:
    figures = _figures(make_docs, text)
    assert figures.get(key) == label, figures


@pytest.mark.parametrize(
    "text",
    [
        "The crew of Apollo 11 came home.",
        "He lives at 10 Downing Street.",
        "Turn to page 5 for the details.",
        "Call +44 171 542 8062 for the details.",
        "The meeting starts at 10.30 on Monday.",
        "The firm was founded in 2008.",
        "COVID-19 cases rose.",
        "The class is “English 101” this term.",
        "( 2 ) The parties agree.",
        # Recognizers-Text NumberModel, dev half
        "Exercises nrs. 22,24,26,31.",
        "we will be working on releasing version two and a previous version will still be "
        "maintained",
        "The one you mentioned is invalid",
    ],
)
def test_numbers_that_name_order_or_date_are_not_figures(make_docs, text: str) -> None:
    assert _figures(make_docs, text) == {}


def test_a_bare_number_has_no_counted_noun_and_no_conflict(make_docs) -> None:
    table = facts(make_docs("The toll rose to 45 on Sunday.", "The toll rose to 47 on Sunday."))
    figures = [f for f in table.facts if f.kind == "figure"]
    assert {f.key for f in figures} == {"figure:45", "figure:47"}
    assert not [c for c in table.conflicts if c.kind == "figure"]
