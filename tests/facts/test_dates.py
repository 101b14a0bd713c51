"""Dates: absolute forms, relative forms anchored on the document date, and date conflicts."""

from __future__ import annotations

import pytest

from facts import facts


def _dates(make_docs, text: str, date: str | None = "2025-11-28") -> dict[str, dict]:
    table = facts(make_docs(text, date=date))
    return {f.key: f.normalized for f in table.facts if f.kind == "date"}  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The visit ended on November 28, 2025.", "date:2025-11-28"),
        ("The coup of February 1st, 2021 ended it.", "date:2021-02-01"),
        ("The vote of 18 June 2021 was lopsided.", "date:2021-06-18"),
        ("Census work ended in late 2024.", "date:2024"),
        ("The roadmap covers 2026–2028.", "date:2026/2028"),
        ("The roadmap covers 2026-2028.", "date:2026/2028"),
        ("Relations were established in 1999.", "date:1999"),
        ("They met in March and June 2025.", "date:2025-03"),
        ("They met in March and June 2025.", "date:2025-06"),
        ("He arrived on Thursday night.", "date:2025-11-27"),
        ("Elections are due next month.", "date:2025-12"),
        ("Ties were established 26 years ago.", "date:1999"),
        ("The first phase is on December 28.", "date:2025-12-28"),
    ],
)
def test_date_keys(make_docs, text: str, key: str) -> None:
    assert key in _dates(make_docs, text)


def test_relative_dates_record_their_reference(make_docs) -> None:
    norm = _dates(make_docs, "He arrived late Thursday.")["date:2025-11-27"]
    assert norm["relative"] is True
    assert norm["reference"] == "2025-11-28"
    assert norm["qualifier"] == "late"


def test_relative_dates_without_a_reference_stay_unanchored(make_docs) -> None:
    table = facts(make_docs("Lavrov arrived on Wednesday.", date=None))
    (fact,) = [f for f in table.facts if f.kind == "date"]
    assert fact.normalized == {"value": None, "relative": True}
    assert fact.label == "Wednesday"


def test_undated_document_borrows_the_date_of_its_closest_dated_document(
    seed_docs, seed_table
) -> None:
    assert seed_docs[0].date is None and seed_docs[2].date == "2025-11-28"
    fact = seed_table.get("date:1999")
    assert fact is not None and fact.docs == (0, 2)
    assert {m.text for m in fact.mentions} == {"26 years ago", "1999"}
    thursday = seed_table.get("date:2025-11-27")
    assert thursday is not None and thursday.docs == (0, 1, 2)
    # 004 shares too little with a dated article: its relative dates stay unanchored.
    assert any(f.key.startswith("date:doc4:") for f in seed_table.facts)


def test_consistent_dates_are_not_conflicts(seed_table) -> None:
    assert [c for c in seed_table.conflicts if c.kind == "date"] == []


def test_real_date_disagreement_is_a_conflict(make_docs) -> None:
    table = facts(
        make_docs(
            "Diplomatic relations between the two countries were established in 1999.",
            "Diplomatic relations between the two countries were established in 1997.",
            date="2025-11-28",
        )
    )
    (conflict,) = [c for c in table.conflicts if c.kind == "date"]
    assert conflict.subject == "establish"
    assert {f.key for f in conflict.facts} == {"date:1999", "date:1997"}


def test_articles_years_apart_do_not_conflict_on_dates() -> None:
    import readers

    docs = [
        readers.build_document(
            "President Lukashenko visited Myanmar on November 28, 2025 for talks.",
            "a.txt",
            date="2025-11-28",
        ),
        readers.build_document(
            "President Lukashenko visited Myanmar in 2014 for talks.", "b.txt", date="2021-06-22"
        ),
    ]
    assert [c for c in facts(docs).conflicts if c.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The tribunal ruled on Dec. 6, 1996, that the ban was lawful.", "date:1996-12-06"),
        ("Talks resume Sept 14, 2025 in Lima.", "date:2025-09-14"),
        ("Officials met in Lima this morning.", "date:2025-11-28"),
    ],
)
def test_abbreviated_months_and_model_dates(make_docs, text: str, key: str) -> None:
    assert key in _dates(make_docs, text)


def test_stretches_and_rates_of_time_are_not_dates(make_docs) -> None:
    dates = _dates(make_docs, "Prices rose quarterly in recent years, and each year since.")
    assert dates == {}


def test_a_date_is_not_read_as_a_figure(make_docs) -> None:
    table = facts(make_docs("The tribunal ruled on Dec. 6 1996 that the ban was lawful."))
    assert [f.key for f in table.facts if f.kind == "figure"] == []
