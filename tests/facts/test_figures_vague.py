"""Counts without an exact number, shares of a group, streaks, "only one", a signed number in
a table line and a number opening a title (facts/figure_vague.py, facts/figures.py,
facts/figure_terms.py, facts/bare_numbers.py): each class tested on sentences written for
these tests, with a near form that must stay as it was."""

from __future__ import annotations

import pytest

from .found import figure_labels as _figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a vague number of a scale, with or without its counted noun
        ("Several thousand nurses marched on the ministry.",
         {"figure:several thousand nurse": "Several thousand nurses"}),
        ("The mayor spoke to a few hundred residents at the hall.",
         {"figure:a few hundred resident": "a few hundred residents"}),
        ("The plant will shed a couple of hundred jobs.",
         {"figure:a couple of hundred job": "a couple of hundred jobs"}),
        ("Several hundred were detained.", {"figure:several hundred": "Several hundred"}),
        # a scale said as a plural noun with no "of" and noun after it
        ("Hundreds of them waited outside the court.", {"figure:hundreds": "Hundreds"}),
        ("Rescuers reached the dozens stranded on the roof.", {"figure:dozens": "dozens"}),
        ("Thousands marched through the capital.", {"figure:thousands": "Thousands"}),
        ("Later tens of thousands more fans arrived.",
         {"figure:tens of thousands fan": "tens of thousands more fans"}),
        # near forms: a span of time, a table's unit, and the "of" form read as before
        ("The door will be there for several hundred years.", {}),
        ("The cave was sealed for thousands of years.", {}),
        ("Sales (in millions) rose.", {}),
        ("Hundreds of nurses marched.", {"figure:hundreds nurse": "Hundreds of nurses"}),
    ],
)  # fmt: skip
def test_vague_counts(make_docs, text: str, figures: dict[str, str]) -> None:
    assert _figures(make_docs, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a share a verb or "of them" follows, with no counted noun
        ("Of the 40 riders, just over half were women.",
         {"figure:40 rider": "40 riders", "figure:50%": "half"}),
        ("Asked about the plan, two-thirds disagreed.", {"figure:66.7%": "two-thirds"}),
        ("They polled the staff and more than a quarter said no.", {"figure:25%": "a quarter"}),
        ("Half of them left early.", {"figure:50%": "Half"}),
        # the counted things behind a possessive after "the"
        ("The strike shut more than half of the city’s libraries.",
         {"figure:50% library": "half of the city’s libraries"}),
        # near forms: a half that is no share, and "a quarter" with no comparison before it
        ("The house is half finished.", {}),
        ("The other half were sold.", {}),
        ("A quarter was found under the sofa.", {}),
    ],
)  # fmt: skip
def test_shares_of_a_group(make_docs, text: str, figures: dict[str, str]) -> None:
    assert _figures(make_docs, text) == figures


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a streak told by an ordinal
        ("Shares rose for a sixth straight session on Friday.", {"figure:#6 session streak"}),
        ("The club lost its third consecutive match.", {"figure:#3 match streak"}),
        ("She took her fourth title in a row.", {"figure:#4 title streak"}),
        # near forms: a place in a sequence, a streak of periods (a period, not a figure)
        ("It was his second visit to the site.", set()),
        ("Prices rose for the fifth month in a row.", set()),
    ],
)
def test_streaks(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # "one" after a word that limits a count, with its noun alone after it
        ("The keeper faced only one shot on target.", {"figure:1 shot"}),
        ("The ward had just one nurse at night.", {"figure:1 nurse"}),
        # near forms: "the only one", a noun "only one" picks, an adjective before the noun
        ("He was the only one left in the room.", set()),
        ("There is only one way to win this.", set()),
        ("The book has only one dull chapter in it.", set()),
    ],
)
def test_only_one(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


def test_signed_number_in_a_table_line(make_docs) -> None:
    """A name span the news model draws over a table cell ("| -0.75 |") has no letter, so it
    hides no number; a number inside a real name stays hidden."""
    figures = _figures(make_docs, "| 88.20 | -0.75 | -0.84%")
    assert figures == {"figure:88.2": "88.20", "figure:-0.75": "-0.75", "figure:-0.84%": "-0.84%"}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a number that opens a title after a capitalised "The" in mid-sentence
        ("She keeps a copy of The 39 Steps by her bed.", set()),
        ("He quoted Smith’s The 12 Rules for Managers at length.", set()),
        # near forms: a sentence that opens with "The", a lower-case "the"
        ("The 25 victims were named on Monday.", {"figure:25 victim"}),
        ("He met the 12 managers of the firm.", {"figure:12 manager"}),
    ],
)
def test_number_opening_a_title(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a record of three small numbers: wins, losses, ties
        ("The Kings improved to 11-3-2 in their last 16 games.",
         {"figure:record 11-3-2", "figure:16 game"}),
        ("Dallas is on a 2-5-1 skid.", {"figure:record 2-5-1"}),
        # near forms: a code said with "is", a phone number
        ("The case number is 14-22-31.", set()),
        ("Call 04-555-1234 for tickets.", set()),
    ],
)  # fmt: skip
def test_records_of_three_numbers(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a player's line of statistics after the name
        ("Maria Lopez 14 points, 6 rebounds.", {"figure:14 point", "figure:6 rebound"}),
        ("Tom Okafor 2 goals and an assist.", {"figure:2 goal"}),
        # near forms: a model or a version before a verb, a version before a plain noun
        ("The crew of Gemini 7 came home.", set()),
        ("The Falcon 9 rocket flew.", set()),
    ],
)
def test_stat_lines_after_a_name(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a place in a table said with a verb of position
        ("The club now sits 9th in the league table.", {"figure:#9 place"}),
        # counts joined to their noun by a hyphen, in digits, and "-time" before a name
        ("The band booked a 40-date tour.", {"figure:40 date"}),
        ("The six-time Olympic champion retired.", {"figure:6 time"}),
        # a vague dozen, an age by its decade, a multiple of a rate
        ("A crowd of several dozen waited.", {"figure:several dozen"}),
        ("The driver, in her late 50s, was unhurt.", {"figure:late 50s age"}),
        ("Prices rose at twice the rate of wages.", {"figure:2 times"}),
        # a share of things a name of two words owns: the name is left to the entities
        ("Nearly half of Jefferson County’s schools closed.", {"figure:50%"}),
        # a count whose noun the counted-noun reader cannot name
        ("The leak exposed tens of thousands of private and official emails.",
         {"figure:tens of thousands"}),
        # near forms: a posture with no table, a unit joined by a hyphen, the decade of a year
        ("He sat 9th in line for the bus.", set()),
        ("They walked a 10-mile loop.", {"figure:10 mile"}),
        ("Prices peaked in the late 50s.", set()),
        ("They stayed for thousands of years and left.", set()),
    ],
)  # fmt: skip
def test_more_forms_of_counts(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a fraction of one unit, and a multiple written with "x"
        ("The bank raised rates by a quarter-point on Thursday.", {"figure:0.25 point"}),
        ("Stir in a half cup of stock.", {"figure:0.5 cup"}),
        ("The new cell is ~4x as efficient.", {"figure:4 times"}),
        # near forms: a fraction before a word that is no unit, a time of the match
        ("A third party and a half-court press.", set()),
        ("The hosts led at half-time.", set()),
    ],
)
def test_fractions_of_a_unit_and_multiples(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a length after a superlative and "in": the period a record covers, no amount
        ("The index hit its highest level in seven years.", set()),
        ("Exports had their worst month in nearly two decades.", set()),
        # near forms: a length a change took, a length a verb takes
        ("Output rose 8% in seven years.", {"figure:8%", "figure:7 year"}),
        ("The best team spent seven years in the league.", {"figure:7 year"}),
    ],
)
def test_period_a_record_covers(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a share said "one in five" with no counted noun, when the clause ends or its verb comes
        ("Nearly a million have left, about one in four.", {"figure:1000000", "figure:1/4"}),
        ("One in 20 said they would move.", {"figure:1/20"}),
        # a percentage point, singular or plural, is one unit
        ("The rate rose 0.75 percentage point.", {"figure:0.75 percentage point"}),
        ("The rate fell 1.5 percentage points.", {"figure:1.5 percentage point"}),
        # currency codes and the Brazilian real's sign
        ("The loan is worth KRW 2 trillion.", {"figure:2000000000000 KRW"}),
        ("Profit reached R$3 billion.", {"figure:3000000000 BRL"}),
        # near forms: a year after "in", a length after "in"
        ("They won 4 in 2021.", {"figure:4"}),
        ("He ran 2 in 5 minutes.", {"figure:2", "figure:5 minute"}),
    ],
)
def test_shares_units_and_currencies(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a name written like scientific notation after "the"
        ("Its new jet, the 5e5, flies next year.", set()),
        # near forms: an amount in that notation, with its noun or with no "the"
        ("The culture held 3e6 cells.", {"figure:3000000 cell"}),
        ("The count reached 4e6.", {"figure:4000000"}),
    ],
)
def test_name_in_scientific_notation(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # an ordinal joined to "straight" tells a streak
        ("The team won a fourth-straight title.", {"figure:#4 title streak"}),
        # near forms: an ordinal joined to a word that tells no streak
        ("It was a second-hand car with first-rate brakes.", set()),
        ("The third-quarter results were strong.", set()),
    ],
)
def test_ordinals_joined_to_a_streak(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys
