"""A number counting nothing named ("Mahnefah Gray, 19, told…") is shown with the facts but is
not a fact an article adds or drops in `samestory brief`; a counted figure still is. Real
sentences of an ECB+ odd-topic article (tests/data/ecbplus-odd, CC BY 3.0)."""

from __future__ import annotations

from pathlib import Path

from provenance.changes import pair_changes
from tests.provenance.helpers import analyse, article

WITH_AGE = (
    "Gray’s older sister, Mahnefah Gray, 19, told the New York Times that one of the witnesses "
    "of the shooting told her that her brother was only fixing his belt."
)
WITHOUT_AGE = (
    "Gray’s older sister, Mahnefah Gray, told the New York Times that one of the witnesses of "
    "the shooting told her that her brother was only fixing his belt."
)


def test_a_bare_number_is_shown_but_not_added_or_dropped(tmp_path: Path) -> None:
    alignment, table, _prov = analyse(tmp_path, article(WITH_AGE), article(WITHOUT_AGE))
    assert [f.docs for f in table.facts if f.kind == "figure" and f.label == "19"] == [(0,)]
    assert [c for c in pair_changes(alignment, table, 0, 1) if c.kind == "figure"] == []


def test_which_figures_are_bare_numbers(tmp_path: Path) -> None:
    from facts.model import is_bare_number

    _alignment, table, _prov = analyse(
        tmp_path, article(WITH_AGE.replace("the witnesses", "the 11 witnesses"))
    )
    bare = {f.label: is_bare_number(f) for f in table.facts if f.kind == "figure"}
    assert bare == {"19": True, "11 witnesses": False}  # "one of the 11 witnesses"


def test_a_counted_figure_is_still_dropped(tmp_path: Path) -> None:
    with_count = WITH_AGE.replace("the witnesses", "the 11 witnesses")
    alignment, table, _prov = analyse(tmp_path, article(with_count), article(WITHOUT_AGE))
    changes = [c for c in pair_changes(alignment, table, 0, 1) if c.kind == "figure"]
    assert [c.action for c in changes] == ["dropped"]
    assert "11 witnesses" in changes[0].before.words[0]
