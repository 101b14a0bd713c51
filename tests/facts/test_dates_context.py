"""Dates read in their sentence: times of day, and date-like words that are something else
(a repetition, a greeting, an age, a title, a name, an amount of time); a stretch anchored on
the article date ("the past decade") is a date. Sentences are from
public news wire (TempEval-3 AQUAINT/TimeBank style) or written like it."""

from __future__ import annotations

import pytest

from facts import facts


def _date_surfaces(make_docs, text: str, date: str | None = "1998-08-11") -> list[str]:
    table = facts(make_docs(text, date=date))
    return sorted(m.text for f in table.facts if f.kind == "date" for m in f.mentions)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("He was shot to death at 10 p.m. as he stood chatting with his wife.", ["10 p.m."]),
        (
            "The blast in Nairobi occurred at about 10:35 a.m. Friday, toppling a building.",
            ["10:35 a.m. Friday"],  # one sentence, and the time joins its day
        ),
    ],
)
def test_times_of_day_are_dates_not_figures(make_docs, text: str, surfaces: list[str]) -> None:
    assert _date_surfaces(make_docs, text) == surfaces
    table = facts(make_docs(text, date="1998-08-11"))
    assert [f.label for f in table.facts if f.kind == "figure"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Orangemen march each July from their rural church back downtown.",
        "Good evening from the central park in downtown Havana.",
        "His stepmother said he was in his 30s when they met.",
        "The crowd joined the annual March for Life on Capitol Hill.",
        'Secretary of State James Baker, speaking on ABC News\' "This Week," backed the plan.',
        "The interview was broadcast on VOA Today.",
        "Elian's teacher from his year in kindergarten came too.",
        "The appeal could take as long as a month.",
        "The three joined NATO less than a decade after communist rule ended.",
    ],
)
def test_date_words_that_are_something_else(make_docs, text: str) -> None:
    assert _date_surfaces(make_docs, text) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ('"Today," he said, "we start again."', ["Today"]),
        ('He said: "Today we start again."', ["Today"]),
        ("Last week, prices rose in every market.", ["Last week"]),
        ("The group grew over the past year, the report said.", ["the past year"]),
        ("He was shot on the night of Oct. 23 in his kitchen.", ["Oct. 23"]),
        ("Exports doubled last decade.", ["last decade"]),
        ("Attacks had become routine over the past decade.", ["the past decade"]),
    ],
)
def test_dates_that_stay_dates(make_docs, text: str, surfaces: list[str]) -> None:
    assert _date_surfaces(make_docs, text) == surfaces
