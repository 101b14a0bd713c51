"""Counted nouns compared as one kind of thing (facts/noun_senses.py, WordNet data)."""

from __future__ import annotations

from pathlib import Path

import pytest

import facts
import readers
from facts.noun_senses import counted_alike


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("detainee", "prisoner"),  # a kind and its direct, specific hypernym
        ("prisoner", "detainee"),  # either order
        ("student", "pupil"),  # synonyms in their first sense
        ("fatality", "death"),
        ("quake", "earthquake"),
        ("Refugee", "refugee"),  # case does not matter
    ],
)
def test_one_kind_of_thing(a: str, b: str) -> None:
    assert counted_alike(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("worker", "person"),  # "person" has hundreds of kinds: too general to make one count
        ("adult", "person"),
        ("hostage", "detainee"),  # two kinds of prisoner are not each other
        ("officer", "policeman"),  # first senses differ (military officer, police officer)
        ("township", "village"),
        ("dollar", "euro"),
    ],
)
def test_different_kinds(a: str, b: str) -> None:
    assert not counted_alike(a, b)


def _conflicts(tmp_path: Path, a: str, b: str) -> list[str]:
    paths = []
    for name, body in (("a.txt", a), ("b.txt", b)):
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    table = facts.facts([readers.read(p) for p in paths])
    return [c.description for c in table.conflicts if c.kind == "figure"]


def test_prisoners_and_detainees_can_disagree(tmp_path: Path) -> None:
    found = _conflicts(
        tmp_path,
        "Amnesty\n\nThe junta released 8,665 prisoners from jails across the country on "
        "Thursday, state media said.\n",
        "Mass release\n\nThe military government freed 8,000 detainees from jails across the "
        "country on Thursday, state television said.\n",
    )
    assert found == [
        'figures differ on prisoner: doc 0 says "8,665 prisoners", doc 1 says "8,000 detainees"'
    ]


def test_scores_with_alike_nouns_are_not_one_count(tmp_path: Path) -> None:
    # "win" is a kind of "victory", but a game score is not a count of wins.
    found = _conflicts(
        tmp_path,
        "Roundup\n\nThe Tar Heels beat Evansville in a 91-73 victory at home on Thursday.\n",
        "Scores\n\nSyracuse beat DePaul in an 85-68 win at home on Thursday.\n",
    )
    assert found == []
