"""What the words around a capitalised word say it names, where the NER models do not know:

- an acronym that lower-case words just before it spell is a common term's, not a name
  ("hypersensitivity pneumonitis, or HP", "personal protective equipment (PPE)"), anywhere in
  that document;
- a name whose last word is in -ism names a doctrine, not a group or a place ("National
  Socialism");
- a name ending in an event's or an index's noun is no person, organisation or place
  ("American Music Awards", "Dow Jones Industrial Average");
- a name right before a sequel or version number in running text names a product or a work
  with it ("Titanfall 2’s hero", "Destiny 2 is free", "the S&P 500 index"), not a company,
  unlike a score ("Leeds 2 Arsenal 1", "Hornets 238 and") or a station ("CBS 2");
- a full name opening with a given name before a player's count ("Aiden Haig 1 goal",
  "Britton Carroll 5 saves") is a person's, whatever organisation the models read;
- a given name right after a kinship noun is a person's, even alone ("his wife, Kimberly"),
  whatever else the models read it as.
"""

from __future__ import annotations

import re

from facts.entities import EntityHit
from facts.lexicon import (
    EVENT_NOUNS,
    FUNCTION_WORDS,
    KINSHIP_NOUNS,
    STAT_NOUNS,
    given_names,
    is_person_opening,
)

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
    words = name.split()
    last = words[-1] if words else ""
    return len(last) > 5 and last.endswith("ism") and last[:1].isupper()


def names_an_event(name: str) -> bool:
    """True when the name has two words or more and its last is an event's or an index's
    noun, capitalised ("American Music Awards", "Davis Cup", "Consumer Price Index")."""
    words = name.split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in EVENT_NOUNS


_NUMBER_AFTER = re.compile(
    r"\s+(?P<n>\d{1,3})(?![\d,:%/–-]|\.\d)"
    r"(?:[’']s\b|\s+(?P<word>[a-z]+)\b|[.!?;)”\"](?=\s|$)(?!\s+[A-Z\d(]))"
)
_NOT_A_VERSION = frozenset(
    ["and", "or", "to", "v", "vs", "for", "of", "at", "in", "on", "from", "with", "by", "after",
     "before", "points", "goals", "runs", "wickets", "minutes", "yards", "seconds", "pts",
     "percent", "per"]
)  # fmt: skip
"""Words after a number that make it a score, a count or a measure, not a version."""


def names_with_a_number(text: str, hit: EntityHit) -> bool:
    """True when the organisation `hit` stands right before a sequel or version
    number that running text goes on after ("Titanfall 2’s", "Destiny 2 is", "S&P 500
    index"): the name and its number name a product or a work. Not a place ("Route 66"), nor a
    name in capitals before one or two digits (a station: "CBS 2 reported"), nor a score or a
    table ("Leeds 2 Arsenal 1", "Hornets 238 and Wasps", "Faldo 68")."""
    if hit.kind != "organisation":
        return False  # people stand before numbers in stat lines: "Grace Hanks 1 goal"
    m = _NUMBER_AFTER.match(text, hit.end)
    if m is None:
        return False
    if hit.name.replace("&", "").isupper() and len(m["n"]) < 3:
        return False
    return m["word"] is None or m["word"] not in _NOT_A_VERSION


_STAT_AFTER = re.compile(r"\s+\d{1,3}\s+(?P<noun>[a-z]+)\b")


def player_line(text: str, hit: EntityHit) -> EntityHit:
    """The hit as a person's full name when it is an organisation of two or three words that
    opens with a given name and stands before a player's count in a round-up ("Aiden Haig 1
    goal", "Megan Cook 2 assists"); otherwise the hit itself ("Leeds 2 points" opens with no
    given name)."""
    words = hit.name.split()
    if hit.kind != "organisation" or not 1 < len(words) <= 3 or not is_person_opening(words[0]):
        return hit
    m = _STAT_AFTER.match(text, hit.end)
    if m is None or m["noun"] not in STAT_NOUNS:
        return hit
    return EntityHit("person", hit.name, hit.start, hit.end)


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
