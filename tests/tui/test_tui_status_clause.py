"""A link made from one clause of a longer sentence reads "one clause" in the status line of
the focused column and of the column showing the counterpart; a whole-sentence link does not."""

from __future__ import annotations

from pathlib import Path

import pytest

import readers
from compare.model import Alignment, Link, SentenceRef
from tui.state import ReaderState
from tui.status import PaneView, status_forms

SHORT = (
    "Census teams were able to operate in only 145 of 330 townships. The vote is due next month.\n"
)
LONG = (
    "Census workers could count the population in 145 of the country's 330 townships, "
    "which suggests that the army controls less than half the nation. "
    "The vote is due in December.\n"
)


@pytest.mark.parametrize("partial", [True, False])
def test_status_line_says_one_clause(tmp_path: Path, partial: bool) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LONG, encoding="utf-8")
    docs = [readers.read(tmp_path / "a.txt"), readers.read(tmp_path / "b.txt")]
    link = Link(SentenceRef(0, 0), SentenceRef(1, 0), 0.34, "paraphrase", partial=partial)
    al = Alignment(docs, [link], [[link.a, link.b]], [[1.0, 0.5], [0.5, 1.0]], [])
    state = ReaderState(docs)
    state.set_alignment(al)
    focused = status_forms(state, PaneView(0, 0, {}, (0, 1)), None)
    assert "paraphrase 0.34" in focused[0].plain
    assert ("one clause" in focused[0].plain) is partial
    other = PaneView(1, 0, state.counterparts().get(1, {}), (0, 1))
    shown = status_forms(state, other, None)
    assert ("one clause" in shown[0].plain) is partial
    assert all("clause" not in f.plain for f in shown[2:])  # the narrowest form leaves it out
