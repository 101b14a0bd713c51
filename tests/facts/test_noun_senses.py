"""Counted nouns compared as one kind of thing (facts/noun_senses.py, WordNet data)."""

from __future__ import annotations

import pytest

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
