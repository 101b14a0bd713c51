"""A range agrees with any value inside it; outside it, the figures disagree."""

from __future__ import annotations

from pathlib import Path

import facts
import readers

FIRST = (
    "Fire\n\nSteele said that as many as 40 firefighters from his and neighboring departments "
    "fought the blaze on Friday.\n"
)


def _conflicts(tmp_path: Path, second: str) -> list[str]:
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(second, encoding="utf-8")
    docs = [readers.read(tmp_path / name) for name in ("a.txt", "b.txt")]
    return [c.description for c in facts.facts(docs).conflicts]


def test_a_value_inside_a_range_agrees_with_it(tmp_path: Path) -> None:
    second = (
        "Blaze\n\nSteele said as many as 35 to 40 volunteer firefighters came from across the "
        "region to battle the blaze on Friday.\n"
    )
    assert _conflicts(tmp_path, second) == []


def test_a_value_outside_a_range_disagrees(tmp_path: Path) -> None:
    second = (
        "Blaze\n\nSteele said as many as 55 to 60 volunteer firefighters came from across the "
        "region to battle the blaze on Friday.\n"
    )
    assert _conflicts(tmp_path, second) == [
        'figures differ on firefighter: doc 0 says "40 firefighters", '
        'doc 1 says "55 to 60 volunteer firefighters"'
    ]
