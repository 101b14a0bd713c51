"""Names the NER models read as organisations or people that a page shows to be products: a
name followed by a model or sequel number inside a phrase that goes on ("Destiny 2 on
Stadia", "Wi-Fi 6 support", "AirPods 2 with a charging case", "Titanfall 2's robot") names a
product, a version or a work, which CoNLL-2003's conventions leave out of people,
organisations and places; every mention of that name on the page goes.

What does not count: a number with another just before the name (a score line, "Reading 2
Stoke 2"), after a comma or at the line's end (a score, a scorecard: "Wild 4, Sabres 1", "b
Fleming 50"), a count, a stat or a unit ("Grace Hanks 1 goal", "Motorola 2 seconds behind",
"Tesla 3 percent"), a range ("24 to 17"), a full name of a person ("Ryan Hollman 31, of
Hope"), and a name ending in a noun of organisations ("Channel 4 said").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from facts.date_periods import unit_word
from facts.entities import EntityHit
from facts.lexicon import (
    COMPANY_ENDINGS,
    COMPANY_NOUNS,
    FUNCTION_WORDS,
    LEGAL_FORMS,
    STAT_NOUNS,
    UNIT_NAMES,
    given_names,
    is_common_word,
    is_title,
    org_nouns,
    singular,
)

Hit = tuple[int, int, int, EntityHit]

_MODEL_NUMBER = re.compile(r" (?P<n>\d{1,2}[A-Za-z]?)(?:['’]s\b|\s+(?P<w>[a-z]+)\b)")
_COUNT_WORDS = frozenset(["percent", "per", "to", "and", "or", "of", "out", "pct", "for"])
_TIME_UNITS = frozenset(["second", "sec", "min", "minute", "hour", "day", "week", "month", "year"])


def _model_number(text: str, end: int) -> bool:
    """True when a model or sequel number follows the name ending at `end` inside a phrase
    that goes on: a possessive ("Titanfall 2's"), a word of grammar ("Destiny 2 on Stadia")
    or a noun in the singular that no count takes ("Wi-Fi 6 support"); not a plural ("2
    seconds behind"), a stat, a unit or a unit of time ("1 goal", "5 mi"), a range or a
    share ("24 to 17", "3 percent"), nor the line's end (a scorecard's "b Fleming 50")."""
    m = _MODEL_NUMBER.match(text, end)
    if m is None:
        return False
    word = m["w"]
    if word is None:
        return True
    if word in _COUNT_WORDS:
        return False
    if word in FUNCTION_WORDS:
        return True
    noun = singular(word)
    return noun == word and not (
        noun in STAT_NOUNS or noun in UNIT_NAMES or unit_word(noun) in _TIME_UNITS
    )


def _may_be_product(h: EntityHit) -> bool:
    words = h.name.split()
    if h.kind == "place" or words[-1].lower() in org_nouns():
        return False
    return not (h.kind == "person" and len(words) > 1 and words[0] in given_names())


def without_products(texts: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits without every mention of a name that the same page, anywhere, writes with a
    model or sequel number after it."""
    names: dict[int, set[str]] = defaultdict(set)
    for di, _, _, h in hits:
        if _may_be_product(h):
            names[di].add(h.name)
    products = {(di, name) for di, found in names.items() for name in _numbered(texts[di], found)}
    return [x for x in hits if (x[0], x[3].name) not in products]


def without_brand_lines(texts: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits without every mention, in every article, of a name of two or three words read
    as an organisation whose first word the corpus names alone as a company and whose last
    word is a common word or holds a digit: a product or a service of that company ("Apple
    Watch", "Apple Pay", "Chromecast Ultra", "Stadia RDR2" where "Apple", "Chromecast",
    "Stadia" stand alone; an article that says only "Apple Inc." and "its Apple Watch" reads
    the same). A last word that ends firms' names stays ("Northrop Grumman", "Apple Computer",
    "Alibaba Group", "EU Parliament", "Boeing Commercial Airplanes", "Apple Inc.", a league's
    division "AFC West"), as does a name one of whose mentions comes before a noun of a firm's
    business or a title ("the Apple Services chief")."""
    alone = {h.name for _, _, _, h in hits if " " not in h.name and read_as_organisation(h)}
    named = [
        (di, b, h.name)
        for di, _, b, h in hits
        if h.kind == "organisation"
        and 2 <= len(words := h.name.split()) <= 3
        and words[0] in alone
        and _a_things_name(words)
    ]
    firms = {name for di, b, name in named if _firms_word_after(texts[di], b)}
    lines = {name for _, _, name in named} - firms
    return [x for x in hits if x[3].name not in lines]


def read_as_organisation(h: EntityHit) -> bool:
    """The models read the hit as an organisation, or one of them did and the other as a
    person of one word."""
    return h.kind == "organisation" or (h.kind == "single" and h.other == "organisation")


def ends_a_firms_name(last: str) -> bool:
    """`last`, the lower-case last word of a name without its stop, is a noun of
    organisations, a legal form or another last word of firms' names ("Grumman" is not;
    "Computer", "Inc", "Group" are)."""
    return singular(last) in org_nouns() or last in LEGAL_FORMS or last in COMPANY_ENDINGS


def _a_things_name(words: list[str]) -> bool:
    """No word of the name in lower case, and a last word that is a common word or holds a
    digit ("Watch", "Ultra", "RDR2") and ends no firm's name ("Grumman", "Computer")."""
    last = words[-1].lower().rstrip(".")
    return (
        (is_common_word(last) or any(c.isdigit() for c in last))
        and not ends_a_firms_name(last)
        and singular(last) == last  # "Nano-Satellite Systems", "Airways": a firm's
        and words[-1] not in _COMPASS
        and not any(w[:1].islower() for w in words)
    )


_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]+)\b")


def _firms_word_after(text: str, end: int) -> bool:
    """True when the name ending at `end` comes before a noun of a firm's business or a title
    ("the Apple Services chief", "a Morgan Stanley analyst")."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and (after["w"] in COMPANY_NOUNS or is_title(after["w"]))


def _numbered(text: str, names: set[str]) -> set[str]:
    """The `names` that `text` writes with a model number after them and no number in the few
    characters before them (a score line gives two teams a number each: "Reading 2 Stoke
    2"). The page is read once: at each number that could be a model's, the names that end
    right before it are looked up by their length."""
    by_length: dict[int, set[str]] = defaultdict(set)
    for name in names:
        by_length[len(name)].add(name)
    found: set[str] = set()
    for m in _MODEL_NUMBER.finditer(text):
        end = m.start()
        for length, group in by_length.items():
            start = end - length
            name = text[start:end]
            if (
                start >= 0
                and name in group
                and not (start and _WORD_CHAR.match(text, start - 1))
                and _model_number(text, end)
                and not _DIGIT.search(text, max(0, start - 15), start)
            ):
                found.add(name)
    return found


_COMPASS = frozenset(["North", "South", "East", "West", "Central"])
_WORD_CHAR = re.compile(r"[\w-]")
_DIGIT = re.compile(r"\d")
