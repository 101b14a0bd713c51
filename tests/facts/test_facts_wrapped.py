"""Facts of hard-wrapped text: a figure or name broken over two lines is one fact."""

from __future__ import annotations

from pathlib import Path

import facts
import readers

PARAGRAPH = (
    "The government said on Monday it would spend $4.5\n"
    "billion on new schools over the next five years, and hire 3,000\n"
    "teachers. Critics said it was not enough.\n"
)


def test_a_figure_broken_over_two_lines_is_one_figure(tmp_path: Path) -> None:
    path = tmp_path / "budget.txt"
    path.write_text("Budget deal\n\n" + "\n".join([PARAGRAPH] * 3), encoding="utf-8")
    table = facts.facts([readers.read(path)])
    figures = {f.text: f.normalized for f in table.facts if f.kind == "figure"}
    assert figures["$4.5 billion"]["value"] == 4.5e9
    assert figures["3,000 teachers"]["noun"] == "teacher"
    mention = next(f for f in table.facts if f.text == "$4.5 billion").mentions[0]
    assert mention.text == "$4.5\nbillion"  # offsets still point at the document's text
