"""Figures read through the unit table (facts/data/units.json, from quantulum3's units) and
the figures said in words: symbols ("66 Ma", "30 psi"), inches and metres only where a
measure reads so, temperatures, feet and inches in quote marks, approximate counts
("hundreds of protesters"), fractions of amounts and of changes, rates ("$5 a gallon"),
"one" before a unit, every currency sign, "one in five". Sentences are written for these
tests or taken from the tuning half of quantulum3's test sentences (tests/data/
facts_quantities.json, `dev`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facts import facts

ROOT = Path(__file__).resolve().parents[2]


def _figures(make_docs, text: str) -> dict[str, str]:
    table = facts(make_docs(text))
    return {f.key: f.label for f in table.facts if f.kind == "figure"}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # quantulum3 test sentences (dev half)
        ("The dinosaur species Tyrannosaurus rex was abundant approximately 66 Ma ago",
         {"figure:66 Ma"}),
        ("The length of my pencil is 2 in.", {"figure:2 inch"}),
        ("The door is 2 1/2 in thick, and it will be for at least several hundred years",
         {"figure:2.5 inch"}),
        ("This diffuser uses finest 9\" 360-ish plates", {"figure:9 inch", "figure:360 plate"}),
        ("Weather got cold in the last days. Now its -10C", {"figure:-10 celsius"}),
        ("The average density of the Earth is 5.5x10-3 kg/cm³", {"figure:0.0055 kg"}),
        # written for these tests
        ("The tyres were pumped to 32 psi before the 3 bbl load.", {"figure:32 psi",
                                                                     "figure:3 bbl"}),
        ("The player is 1.8m tall and 5'11\" in his socks.", {"figure:1.8 m",
                                                              "figure:5.91667 foot"}),
        ("Temperatures hit 30C in the capital on Monday.", {"figure:30 celsius"}),
        ("Rescuers used a 45° slope and a 360° camera.", {"figure:45 degree",
                                                         "figure:360 degree"}),
        ("Fuel costs $5 a gallon in the state.", {"figure:5 USD/gallon"}),
        ("Fuel costs $5 per gallon in the state.", {"figure:5 USD/gallon"}),
        ("The bank earned 50 cents a share this quarter.", {"figure:50 cent/share"}),
        ("The village lies one mile from the border.", {"figure:1 mile"}),
        ("The rouble fell to 300 ₽ and the won to 2,500 ₩.", {"figure:300 RUB", "figure:2500 KRW"}),
        ("One in five adults and six in ten voters backed it.", {"figure:1/5 adult",
                                                                "figure:6/10 voter"}),
        ("Exports rose fivefold in a decade.", {"figure:5 fold"}),
        ("Inflation rose to 5pc in May.", {"figure:5%"}),
        ("Half a million people marched on Saturday.", {"figure:500000 people"}),
        ("The state raised a quarter million dollars.", {"figure:250000 USD"}),
        ("The talks lasted two and a half years.", {"figure:2.5 year"}),
        ("The walk took half an hour.", {"figure:0.5 hour"}),
        ("The firm cut its workforce in half.", {"figure:50%"}),
        ("Sales fell by a third in the spring.", {"figure:33.3%"}),
        ("Nine-tenths of voters backed a two-thirds majority rule.", {"figure:90% voter",
                                                                      "figure:66.7% majority"}),
        ("She bought two dozen roses.", {"figure:24 rose"}),
        ("World population grew to 8.1bn.", {"figure:8100000000"}),
        ("World population grew to 8.1bn last year.", {"figure:8100000000"}),
    ],
)  # fmt: skip
def test_unit_and_word_figures(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("There are two in my car", {"figure:2"}),  # quantulum3 dev half: "in" the preposition
        ("He scored 2 in the final and 3 at home.", {"figure:2", "figure:3"}),
        ('He said "we need 20" and left.', {"figure:20"}),  # the mark closes a quotation
        ("Seat 14C was empty.", set()),  # a seat, not a temperature
        ("A third party won the seat.", set()),
        ("One of them said one thing.", set()),
        ("He sold one bit of news.", set()),
        ("The train leaves at 2 pm.", set()),  # a time: the date extractor's
        ("All amounts are in billions of dollars.", set()),  # the unit of a table
        ("The carrier holds 158 F/A-18 fighters.", {"figure:158"}),  # a name, not 158 °F
    ],
)
def test_words_that_only_look_like_units_are_not_read_as_units(
    make_docs, text: str, keys: set[str]
) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Hundreds of protesters gathered outside parliament.", "figure:hundreds protester"),
        ("Tens of thousands of people fled the fighting.", "figure:tens of thousands people"),
        ("Dozens of villages were flooded.", "figure:dozens village"),
    ],
)
def test_approximate_counts(make_docs, text: str, key: str) -> None:
    table = facts(make_docs(text))
    (fig,) = [f for f in table.facts if f.kind == "figure"]
    assert fig.key == key and fig.normalized["approximate"] is True


def test_approximate_counts_are_no_span_of_time_and_count_through_a_quoted_word(
    make_docs,
) -> None:
    text = "Thousands of years ago, dozens of civilian “defence” groups formed."
    assert _figures(make_docs, text) == {
        "figure:dozens group": "dozens of civilian “defence” groups"
    }


def test_an_approximate_count_does_not_conflict_with_an_exact_one(make_docs) -> None:
    table = facts(
        make_docs(
            "Police said hundreds of protesters marched to the palace on Sunday.",
            "Police said 3,000 protesters marched to the palace on Sunday.",
        )
    )
    keys = {f.key for f in table.facts if f.kind == "figure"}
    assert keys == {"figure:hundreds protester", "figure:3000 protester"}
    assert table.conflicts == [] or all(c.kind != "figure" for c in table.conflicts)


def test_the_unit_table_is_what_the_tool_builds_from_quantulum3() -> None:
    pytest.importorskip("quantulum3")
    from tools.facts_units import build

    shipped = json.loads((ROOT / "facts" / "data" / "units.json").read_text(encoding="utf-8"))
    built = build()
    assert built["symbols"] == shipped["symbols"] and built["names"] == shipped["names"]
    assert shipped["symbols"]["Ma"] == ["megayear", "time"]
    assert "in" not in shipped["symbols"] and "pm" not in shipped["symbols"]
    assert "mile" in shipped["names"] and "won" not in shipped["names"]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("5.5x10-3", 0.0055),
        ("3 × 10⁸", 3e8),
        ("2^10", 1024.0),
        ("minus 20", -20.0),
        ("−15", -15.0),
        ("two hundred and fifty", 250.0),
    ],
)
def test_number_values(raw: str, value: float) -> None:
    from facts.numbers import parse_number

    assert parse_number(raw) == pytest.approx(value)


def test_a_unit_named_in_two_words_is_one_counted_noun(make_docs) -> None:
    text = "The star is 300 light years away, and its light left it 300 years ago."
    assert "figure:300 light year" in _figures(make_docs, text)
    assert "figure:300 year" not in _figures(make_docs, "The star is 300 light years away.")


def test_signs_in_words_and_temperatures(make_docs) -> None:
    text = "Temperatures fell to minus 20C overnight, and to -3 °C by noon."
    assert set(_figures(make_docs, text)) == {"figure:-20 celsius", "figure:-3 celsius"}
