"""Names of streets, roads, natural features and venues, known by their last word ("Bruckner
Boulevard", "Pacific Coast Highway", "Richmond Hill", "Queens Plaza North", "Mohegan Sun
Arena").

The NER models often type such a name as a person or an organisation; a name whose last
word, or last word before a compass direction, is a street-type or landform noun of
`facts/data/place_nouns.txt` (USPS Publication 28 street suffixes and WordNet 3.1 nouns for
bodies of water, natural elevations and stadiums, built by tools/facts_place_nouns.py) is a
place.
"""

from __future__ import annotations

from functools import cache

from facts.lexicon import given_names, places, singular, word_list

COMPASS = frozenset(["North", "South", "East", "West", "NORTH", "SOUTH", "EAST", "WEST"])
"""A direction after a street's name ("Queens Plaza North") is part of the name."""


@cache
def place_nouns() -> frozenset[str]:
    """Street-type and landform nouns, lower case, singular and plural."""
    return word_list("place_nouns.txt")


def _place_noun(word: str) -> bool:
    if not word[:1].isupper() or not word.isalpha():
        return False
    nouns = place_nouns()
    return word.lower() in nouns or singular(word) in nouns


def is_place_name(name: str, person: bool = False) -> bool:
    """True when `name` has two words or more, opens with a capital and ends with a
    capitalised street-type or landform noun, or with one and a compass direction
    ("Church Avenue", "Hudson River", "Rocky Mountains", "Queens Plaza North"). With
    `person` (the models read the name as a person's), a given name and one such word is a
    person's name unless the given name is also a known place ("Nathan Lane", "Faith Hill"
    are people; "Richmond Hill" is a place)."""
    words = name.split()
    if len(words) >= 3 and words[-1] in COMPASS:
        words = words[:-1]
    if len(words) < 2 or not words[0][:1].isupper() or not _place_noun(words[-1]):
        return False
    if person and len(words) == 2 and words[0] in given_names():
        return words[0] in places()
    return True
