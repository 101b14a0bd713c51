"""Bare numbers, written-out numbers and ranges of money or percentages: cases of the `dev`
half of tests/data/facts_numbers.json (Recognizers-Text English number and range specs, MIT)
and sentences written for these tests, with the numbers that name, order or date something
and must stay out of the figures."""

from __future__ import annotations

import pytest

from facts import facts

from .found import figure_labels as _figures


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
        (
            "This number is larger than twenty and less or equal than thirty five.",
            {"figure:20", "figure:35"},
        ),
        ("The measurement has a value of forty two and a third", {"figure:42.3333"}),
        ("A hundred and twenty protesters were detained.", {"figure:120 protester"}),
        ("The museum had one thousand two hundred visitors.", {"figure:1200 visitor"}),
        ("Turnout was two million three hundred thousand.", {"figure:2300000"}),
        ("Both sides lost about a thousand.", {"figure:1000"}),
        ("Rates stayed at 0.25.", {"figure:0.25"}),
        ("She bought two dozen roses.", {"figure:24 rose"}),
        # a share a group's verb follows reads as a percentage, as "two thirds of the staff"
        ("Two thirds voted yes, one eighth abstained.", {"figure:66.7%", "figure:0.125"}),
        # Recognizers-Text NumberModel, dev half
        ("a twenty-first", {"figure:0.047619"}),
        ("one - fourth", {"figure:0.25"}),
    ],
)
def test_bare_and_written_numbers(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        ("Tickets cost 10-20 dollars each.", "figure:10-20 USD", "10-20 dollars"),
        ("Tickets cost $10-$20 each.", "figure:10-20 USD", "$10-$20"),
        ("The deal is worth $1.5-2 billion.", "figure:1500000000-2000000000 USD", "$1.5-2 billion"),
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
        "Sales of the iPhone 12 and Windows 10 rose.",
        "The attacks of 9/11 changed everything.",
        "COVID-19 cases rose.",
        "The class is “English 101” this term.",
        "( 2 ) The parties agree.",
        "Read section 12 of the law.",
        # Recognizers-Text NumberModel, dev half
        "we will be working on releasing version two and a previous version will still be "
        "maintained",
        "The one you mentioned is invalid",
        "The two hundredth anniversary passed.",
        "It was the twenty-fifth.",
        "He waited a second, then a quarter.",
    ],
)
def test_numbers_that_name_order_or_date_are_not_figures(make_docs, text: str) -> None:
    assert _figures(make_docs, text) == {}


def test_a_bare_number_has_no_counted_noun_and_no_conflict(make_docs) -> None:
    table = facts(make_docs("The toll rose to 45 on Sunday.", "The toll rose to 47 on Sunday."))
    figures = [f for f in table.facts if f.kind == "figure"]
    assert {f.key for f in figures} == {"figure:45", "figure:47"}
    assert not [c for c in table.conflicts if c.kind == "figure"]


def test_number_devset_spans_and_split() -> None:
    """tests/data/facts_numbers.json: every span is where it says, identifiers are ignored,
    and the split is the SHA-1 rule of tools/facts_devsets.py."""
    import hashlib
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "facts_numbers.json"
    items = json.loads(path.read_text(encoding="utf-8"))["items"]
    for it in items:
        for span in it["figures"] + it["ignore"]:
            assert it["text"][span["start"] : span["end"]] == span["surface"]
        even = hashlib.sha1(it["text"].encode("utf-8")).digest()[0] % 2 == 0
        assert it["split"] == ("dev" if even else "heldout")
    ignored = {s["surface"] for it in items for s in it["ignore"]}
    assert {"192", "2018", "173"} <= ignored


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The company had 1998 employees.", "figure:1998 employee"),
        ("About 2000 people attended the rally.", "figure:2000 people"),
    ],
)
def test_a_year_like_number_that_counts_things_is_a_figure(make_docs, text: str, key: str) -> None:
    figures = _figures(make_docs, text)
    assert key in figures, figures


def test_a_year_before_a_noun_it_qualifies_is_not_a_figure(make_docs) -> None:
    assert _figures(make_docs, "In 1998 sales rose sharply.") == {}
