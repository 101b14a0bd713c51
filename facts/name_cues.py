"""What the words around a capitalised word say it names, where the NER models do not know:

- an acronym that lower-case words just before it spell is a common term's, not a name
  ("hypersensitivity pneumonitis, or HP", "personal protective equipment (PPE)"), anywhere in
  that document;
- a name whose last word is in -ism names a doctrine, not a group or a place ("National
  Socialism");
- a name ending in an event's or an index's noun is no person, organisation or place
  ("American Music Awards", "Dow Jones Industrial Average");
- a given name right after a kinship noun is a person's, even alone ("his wife, Kimberly"),
  whatever else the models read it as.
"""

from __future__ import annotations

import re

from facts.entities import EntityHit
from facts.lexicon import EVENT_NOUNS, FUNCTION_WORDS, KINSHIP_NOUNS, given_names

_SPELLED = re.compile(
    r"(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,7})\s*(?:\(\s*|,?\s+or\s+)"
    r"(?P<acronym>[A-Z][A-Z0-9]{1,6})(?![\w-])"
)


def _initials(words: list[str], skip_function_words: bool) -> str:
    parts = [p for w in words for p in w.split("-") if p]
    if skip_function_words:
        parts = [p for p in parts if p not in FUNCTION_WORDS]
    return "".join(p[0] for p in parts)


def spelled_acronyms(text: str) -> set[str]:
    """Acronyms of `text` that the lower-case words right before them spell, first letter by
    first letter (function words may be left out), before a bracket or after "or"."""
    out: set[str] = set()
    for m in _SPELLED.finditer(text):
        acronym = m["acronym"].lower()
        letters = "".join(c for c in acronym if c.isalpha())
        words = m["words"].split()
        for skip in (False, True):
            for n in range(2, len(words) + 1):
                if _initials(words[-n:], skip) == letters:
                    out.add(m["acronym"])
                    break
    return out


def names_a_doctrine(name: str) -> bool:
    """True when the name's last word is a word in -ism ("National Socialism", "Judaism")."""
    last = name.split()[-1] if name.split() else ""
    return len(last) > 5 and last.endswith("ism") and last[:1].isupper()


def names_an_event(name: str) -> bool:
    """True when the name has two words or more and its last is an event's or an index's
    noun, capitalised ("American Music Awards", "Davis Cup", "Consumer Price Index")."""
    words = name.split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in EVENT_NOUNS


_KIN_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(KINSHIP_NOUNS)) + r")\s*,?\s+(?P<name>[A-Z][a-z]+)(?![\w’'-])"
)


def with_kin_names(text: str, hits: list[EntityHit]) -> list[EntityHit]:
    """`hits` with each given name right after a kinship noun ("his wife, Kimberly", "her son
    Jack") a person: added where no hit covers it, retyped where a hit is that very word."""
    out = list(hits)
    for m in _KIN_NAME.finditer(text):
        start, end = m.span("name")
        if m["name"] not in given_names():
            continue
        person = EntityHit("single", m["name"], start, end, titled=True)
        same = [i for i, h in enumerate(out) if (h.start, h.end) == (start, end)]
        if same:
            out[same[0]] = person
        elif not any(h.start < end and start < h.end for h in out):
            out.append(person)
    return out
