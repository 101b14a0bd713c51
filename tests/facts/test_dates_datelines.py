"""Datelines and dates relative to a year: a dateline's date stays a date of the article and,
with its year, stands for a missing article date; "April next year" is one date; one unit of
time with "a" is no date, but "a year earlier" is one. Sentences are from TempEval-3 AQUAINT
and TimeBank news wire (Xinhua, AP, WSJ) or written like it."""

from __future__ import annotations

import pytest

from facts import facts
from facts.dates import dateline_date


def _dates(make_docs, text: str, date: str | None = "1998-12-02") -> dict[str, list[str]]:
    table = facts(make_docs(text, date=date))
    return {f.key: [m.text for m in f.mentions] for f in table.facts if f.kind == "date"}


@pytest.mark.parametrize(
    ("text", "date", "iso"),
    [
        ("WASHINGTON, August 11 (Xinhua) -- U.S. Secretary of State", "August 11", None),
        ("LONDON, Nov 28, 2025 (Reuters) - The minister resigned.", "Nov 28, 2025", "2025-11-28"),
        ("BUCHAREST 1996-08-22", "1996-08-22", "1996-08-22"),
        ("KAMPALA, Uganda, Nov. 28 — Police said.", "Nov. 28", None),
    ],
)
def test_dateline_dates(text: str, date: str, iso: str | None) -> None:
    found = dateline_date(text)
    assert found is not None
    assert text[found[0] : found[1]] == date and found[2] == iso


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK (AP) -- A man was arrested.",  # no date
        "On March 5 (Monday) - the talks resumed.",  # not a place in capitals
        "LONDON, March 5-6 talks were cancelled.",  # a range, not a dateline's dash
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert dateline_date(text) is None


def test_dateline_date_is_a_date_of_the_article(make_docs) -> None:
    text = "BRUSSELS, December 2 (Xinhua) -- The ratification process began in February."
    assert "date:1998-12-02" in _dates(make_docs, text)


def test_dateline_with_a_year_dates_an_undated_article(make_docs) -> None:
    text = "LONDON, Nov 28, 2025 (Reuters) - The minister resigned on Thursday."
    table = facts(make_docs(text, date=None))
    thursday = table.get("date:2025-11-27")
    assert thursday is not None
    assert thursday.normalized["reference_source"] == "dateline"


@pytest.mark.parametrize(
    ("text", "key", "surface"),
    [
        (
            "NATO said the three countries would become full members in April next year.",
            "date:1999-04",
            "April next year",
        ),
        (
            "Canada approved the enlargement move in early October this year.",
            "date:1998-10",
            "early October this year",
        ),
        ("The treaty was signed on March 12 last year.", "date:1997-03-12", "March 12 last year"),
    ],
)
def test_month_of_a_relative_year_is_one_date(make_docs, text: str, key: str, surface: str) -> None:
    dates = _dates(make_docs, text)
    assert dates == {key: [surface]}


def test_a_weekend_is_no_date(make_docs) -> None:
    text = "After a weekend of bitter accusations, the talks resumed on Monday."
    assert list(_dates(make_docs, text)) == ["date:1998-11-30"]


@pytest.mark.parametrize(
    "text",
    [
        "Net income soared to $155 million from $99 million a year earlier.",
        "Sales fell 20% to 722 million pounds from 4.6 pence a year earlier.",
    ],
)
def test_a_year_earlier_is_a_date_not_a_rate(make_docs, text: str) -> None:
    # WSJ earnings copy (TimeBank); "$99 million a year" is not a yearly amount here
    table = facts(make_docs(text, date="1989-11-02"))
    dates = [m.text for f in table.facts if f.kind == "date" for m in f.mentions]
    assert dates == ["a year earlier"]
