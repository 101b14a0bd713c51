"""Lineage on hand-made documents: containment, dates, and "unknown" when they disagree."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.lineage import longest_shared_run
from provenance.model import UNKNOWN
from tests.provenance.helpers import CONTEXT, analyse

SOURCE_ONLY = "Officials said the harbour works would create about two hundred local jobs."
ADDED = (
    "Local shop owners fear that months of roadworks will keep customers away from the quay.",
    "A similar project in a neighbouring town ran two years late and far over its budget.",
    "The council will publish the full contract on its website later this month.",
)
SOURCE = " ".join((*CONTEXT, SOURCE_ONLY)) + "\n"
REWRITE = " ".join((*CONTEXT, SOURCE_ONLY, *ADDED)) + "\n"


def test_more_contained_document_is_the_source(tmp_path: Path) -> None:
    _al, _t, prov = analyse(tmp_path, REWRITE, SOURCE)
    rel = prov.lineage.relation(0, 1)
    assert rel is not None and rel.strength == "same report" and rel.source == 1
    assert prov.lineage.sources == [1, None]
    assert "[1] is more contained in the other" in " ".join(rel.explain())
    assert prov.per_doc[0].reference == 1
    assert prov.per_doc[0].only == [4, 5, 6]
    assert prov.per_doc[0].dropped == []


def test_dates_that_agree_with_containment(tmp_path: Path) -> None:
    _al, _t, prov = analyse(tmp_path, SOURCE, REWRITE, dates=("2024-03-01", "2024-03-02"))
    rel = prov.lineage.relation(0, 1)
    assert rel is not None and rel.source == 0
    assert "[0] is dated earlier (2024-03-01)" in " ".join(rel.explain())
    assert prov.lineage.sources == [None, 0]


def test_dates_and_containment_disagree_is_unknown(tmp_path: Path) -> None:
    _al, _t, prov = analyse(tmp_path, SOURCE, REWRITE, dates=("2024-03-05", "2024-03-02"))
    rel = prov.lineage.relation(0, 1)
    assert rel is not None and rel.strength == "same report" and rel.source is None
    assert "disagree" in " ".join(rel.explain())
    assert prov.lineage.sources == [UNKNOWN, UNKNOWN]


def test_copies_with_dates_go_by_date(tmp_path: Path) -> None:
    _al, _t, prov = analyse(tmp_path, SOURCE, SOURCE, dates=("2024-06-02", "2024-06-01"))
    assert prov.lineage.sources == [1, None]


def test_copies_without_dates_are_unknown(tmp_path: Path) -> None:
    _al, _t, prov = analyse(tmp_path, SOURCE, SOURCE)
    assert prov.lineage.sources == [UNKNOWN, UNKNOWN]
    assert prov.lineage.relation(0, 1).longest_run >= 40  # type: ignore[union-attr]


def test_one_shared_sentence_is_the_same_story_not_a_copy(tmp_path: Path) -> None:
    other = " ".join((CONTEXT[0], *ADDED)) + "\n"
    _al, _t, prov = analyse(tmp_path, SOURCE, other)
    rel = prov.lineage.relation(0, 1)
    assert rel is not None and rel.strength == "same story" and rel.source is None
    assert prov.lineage.sources == [None, None]


def test_unrelated_documents(tmp_path: Path) -> None:
    _al, _t, prov = analyse(tmp_path, SOURCE, " ".join(ADDED) + "\n")
    rel = prov.lineage.relation(0, 1)
    assert rel is not None and rel.strength == "unrelated"
    assert prov.pairs == {}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("one two three four five six seven", "x one two three four five six seven y", 7),
        ("one two three four five", "one two three four five", 0),  # shorter than a run
        ("a b c d e f g h", "h g f e d c b a", 0),
    ],
)
def test_longest_shared_run(a: str, b: str, expected: int) -> None:
    assert longest_shared_run(a.split(), b.split()) == expected
