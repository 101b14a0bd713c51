"""What the pronouns after a one-word name say of its kind, where the NER models disagree.

A single word the news model reads as a person and the general model as an organisation is a
company by default ("Airbus said", `facts.extract`). A surname the general model does not
know reads so as well ("Trump", "Schiff"), but the sentences speak of it as a person: "Trump
released the transcript of his call", "to render him politically inert". A name whose
mentions are followed in their sentence by "he", "his", "him", "she" or "her" at least
`MIN_MENTIONS` times, and more often than by "it" or "its", is told of as a person;
"Instagram declined to say" and "Google confirmed this" are not. The same evidence lets the
surname of a person the corpus names in full win over its readings as an organisation
("Cheeks, who played for the Sixers", where "Maurice Cheeks" is named).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from facts.entities import EntityHit
from facts.name_shapes import brand_shape

MIN_MENTIONS = 2
"""Mentions followed by a personal pronoun needed before a name counts as told of as a person."""

_PERSONAL = re.compile(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", re.I)
_THING = re.compile(r"\b(?:it|its|itself)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_REACH = 300
"""Characters read after a mention when no sentence end comes sooner."""


def told_of_as_people(
    texts: Sequence[str], hits: Sequence[tuple[int, int, int, EntityHit]]
) -> set[str]:
    """One-word names of the `hits` (document index, start and end offsets, hit) read as a
    person or an organisation that the rest of their sentences speak of as a person more
    often than as a thing, at least `MIN_MENTIONS` times."""
    personal: Counter[str] = Counter()
    thing: Counter[str] = Counter()
    for di, _, end, hit in hits:
        if hit.kind not in ("single", "organisation") or " " in hit.name or brand_shape(hit.name):
            continue  # "WeWork executives ... he wants": a brand, whoever "he" is
        name, text = hit.name, texts[di]
        stop = _SENTENCE_END.search(text, end, end + _REACH)
        rest = text[end : stop.start() if stop else end + _REACH]
        personal[name] += bool(_PERSONAL.search(rest))
        thing[name] += bool(_THING.search(rest))
    return {n for n, c in personal.items() if c >= MIN_MENTIONS and c > thing[n]}
