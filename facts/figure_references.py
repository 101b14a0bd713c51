"""Numbers that point at something rather than count it, and ordinals that rank, for the
figure finders:

- reference marks and citations: a footnote mark in square brackets ("…in 2008.[23]"), a
  number after "#" ("Warning #1", "Friday Facts #282"), and the volume, issue and pages of a
  bibliographic reference ("Nature 574, 16-17 (2019)", "25 (5): 615–620", "pp. 188–203"):
  `reference_mark`;
- identifiers written with dots or colons: a version of three parts or more ("0.17.0",
  "2.8.1") and a number joined to letters by a colon (the revision "6:a360"): also
  `reference_mark`; a product's version after its name ("Python 3.5 was released", "the
  Python 3 porting effort") is `names_or_orders` in bare_numbers and `version_after_name`;
- "one day" said for an unknown day to come or gone ("One day, he said…", "hopes to one
  day return"): an indefinite time, not an amount of one day (`someday`);
- ordinals: an ordinal is a figure when it ranks something a reader compares — a record
  ("the second foreign leader to visit", "the first use of capital punishment in decades"),
  a superlative ("second deadliest season") or "one of the first"; not a place in a sequence
  said with a possessive or a demonstrative ("my second webcast", "this second command to
  transform") nor one followed by a phrase of place ("a second argument to the constructor")
  (`ranks`); a place in a result ("finished second", "took home first in diving", "won
  first place", "for third place", "lie 14th in the table") is a rank (`place_in_result`),
  "in the first place" is not.
"""

from __future__ import annotations

import re

from facts.numbers import is_plural

_BRACKETED = re.compile(r"\[\s*\d{1,4}\s*\]")
_HASH_BEFORE = re.compile(r"#\s?$")
_SMALL_WHOLE = re.compile(r"\d{1,4}")
_SCALE_AFTER = re.compile(r"\s*(?:hundred|thousand|million|billion|trillion|m|bn|k)\b", re.I)
_CITATION = re.compile(
    r"\b\d{1,4}\s*\(\s*\d{1,4}\s*\)\s*:\s*\d+(?:\s*[–—-]\s*\d+)?"  # 25 (5): 615–620
    r"|\b\d{1,4},\s*\d+\s*[–—-]\s*\d+\s*\(\s*(?:1[6-9]|20)\d\d\s*\)"  # 574, 16-17 (2019)
    r"|\bpp?\.\s*\d+(?:\s*[–—-]\s*\d+)?"  # pp. 188–203
)
_DOTTED_CHAIN = re.compile(r"\d+(?:\.\d+){2,}")
_COLON_CODE = re.compile(r":(?=[0-9a-f]{4,}\b)[0-9]*[a-f]", re.I)
_CAPITALISED_BEFORE = re.compile(
    r"(?<![\w.’'-])(?P<w>(?:[A-Z][a-z]*-)?(?:[A-Z][a-z]+|[A-Z]{2,})|[a-z]{1,2}[A-Z][A-Za-z]+)\s+$"
)
"""A name right before a number: "Python", "BMW", "Wi-Fi", or a product written "iPhone"."""

_SOMEDAY_BEFORE = re.compile(
    r"(?:^|[,;:.!?\"“(—–]\s*|\b(?:and|but|then|that|maybe|perhaps|hopefully|will|would|could|"
    r"might|may|can|shall|should|must|to)\s+)$",
    re.I,
)
_AFTER_A_DAY = re.compile(
    r"\s*(?:after|before|later|earlier|ago|of|in\s+advance|from|to|or|and\s+(?:a|one|two))\b", re.I
)

_RECORD_TO = re.compile(
    r"(?:\s+(?:of|in|from|on|at)(?:\s+[\w’'-]+){1,4}?)?\s+to\s+"
    r"(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|him|them|me|us|it|"
    r"date|day|\d+)\b)[a-z]+"
)
"""A record said with an infinitive right after the noun ("the first country to buy", "the
first woman in space to fly"); "a second argument to the constructor" is a place."""
_RECORD_SINCE = re.compile(
    r"[^,;:.!?—–()]{0,60}?\b(?:since|ever|in\s+(?:decades|years|a\s+decade|a\s+century|"
    r"a\s+generation|history|\d+\s+years))\b"
)
"""A record said with "since", "ever" or "in decades" close after the noun ("his first visit
since the coup")."""
_ONE_OF_THE = re.compile(r"\bone\s+of\s+the\s+$", re.I)
_ORDERING_DETERMINER = re.compile(
    r"\b(?:my|your|his|her|its|our|their|this|that|these|those)\s+$", re.I
)


def reference_mark(text: str, start: int, end: int) -> bool:
    """True when the number `text[start:end]` is a footnote mark, a number after "#", part
    of a bibliographic reference or of a dotted version or colon code: it names a place in a
    document, a rank or a release, and counts nothing."""
    if any(
        m.start() <= start and end <= m.end()
        for m in _BRACKETED.finditer(text, max(0, start - 3), min(len(text), end + 3))
    ):
        return True
    if (
        _HASH_BEFORE.search(text, 0, start)
        and _SMALL_WHOLE.fullmatch(text, start, end)
        and not _SCALE_AFTER.match(text, end)
    ):
        return True  # "#1", "#282"; "#89.7 million" is money (the pound sign of old wires)
    if in_citation(text, start):
        return True
    for m in _DOTTED_CHAIN.finditer(text, max(0, start - 12), min(len(text), end + 12)):
        if m.start() <= start < m.end() and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", m[0]):
            return True  # "0.17.0"; "1.234.567" is a number with dots for thousands
    return _COLON_CODE.match(text, end) is not None


def in_citation(text: str, start: int) -> bool:
    """True when `start` falls in the volume, issue or pages of a bibliographic reference
    ("25 (5): 615–620", "Nature 574, 16-17 (2019)", "pp. 188–203")."""
    return any(m.start() <= start < m.end() for m in _CITATION.finditer(text))


def version_after_name(text: str, start: int, noun_words: list[str]) -> bool:
    """True when a capitalised name stands right before the number and the word after is no
    plural counted noun: a version or a model ("the Python 3 porting effort", "Minecraft 1.8
    added"), not "Kenya's 47 counties" nor "U.S. 10 tanks"."""
    if not text[start : start + 1].isdigit() or (
        noun_words and noun_words[0].lower().endswith("s")
    ):
        return False
    before = _CAPITALISED_BEFORE.search(text, 0, start)
    if before is None:
        return False
    from spacy.lang.en.stop_words import STOP_WORDS

    from facts.numbers import STOP

    word = before["w"].lower()
    return word not in STOP and word not in STOP_WORDS and not _month_or_day(before["w"])


def _month_or_day(word: str) -> bool:
    from facts.date_patterns import _MONTH

    return (
        re.fullmatch(_MONTH, word) is not None
        or re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", word) is not None
    )


def someday(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` is "one day" said for an unknown day ("One day, he
    said", "could one day become", "hopes to one day return"), not the length "for one day"
    nor "one day after the vote"."""
    if text[start:end].lower() != "one day":
        return False
    return bool(_SOMEDAY_BEFORE.search(text, 0, start)) and not _AFTER_A_DAY.match(text, end)


def ranks(text: str, start: int, end: int, words: list[str]) -> bool:
    """An ordinal (at `start`, its noun ending at `end`, `words` the words after it) that
    ranks something a reader compares: a superlative, a record, or "one of the first". An
    ordinal before a plural places a group at the start of a series ("the first cases"), no
    rank."""
    first = words[0].lower()
    if first == "most" or (len(first) > 4 and first.endswith("est")):
        return True
    if _ONE_OF_THE.search(text, 0, start):
        return True
    if is_plural(words[0]):
        return False  # "the first cases came to light", "the first clues": a series' start
    if _RECORD_SINCE.match(text, end):
        return True
    # "this second command to transform": a possessive or a demonstrative places the thing
    # in a sequence, and the infinitive says what it is for
    record = _RECORD_TO.match(text, end)
    if record and _ORDERING_DETERMINER.search(text, 0, start):
        return record[0].endswith((" be", " have"))  # "its first update to be designated"
    return bool(record)


_FINISH_BEFORE = re.compile(
    r"\b(?:finish(?:ed|es|ing)?|came|comes?|coming|placed?|places|placing|ranked|ranks?|"
    r"ranking|(?:took|takes?|taking)(?:\s+home)?|won|wins?|winning|claim(?:ed|s)?|"
    r"earn(?:ed|s)?|secured?)\s+$",
    re.I,
)
_POSTURE_BEFORE = re.compile(
    r"\b(?:lie|lies|lying|lay|sit|sits|sitting|sat|stand|stands|standing|stood)\s+$", re.I
)
_STANDINGS_AFTER = re.compile(
    r"\s+(?:in|on|atop)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:table|standings|league|rankings?|"
    r"polls?|group|division|conference|ladder)\b",
    re.I,
)
"""A place in a table said with a verb of position ("lie 14th in the table", "sits second in
the Western Conference standings")."""
_NO_NOUN_AFTER = re.compile(
    r"\s*$|[,.;:!?)]|\s+(?:[—–]|(?:in|at|with|on|overall|behind|after|for)\b)"
)
_PLACE_AFTER = re.compile(r"[ -]place\b(?!\s+(?:to|in\s+which|where)\b)", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def place_in_result(text: str, start: int, end: int) -> int | None:
    """The end of a place in a result when the ordinal `text[start:end]` says one ("won
    first place", "for third place", "finished second", "took home first in diving"): a rank
    a reader compares. None for "in the first place", "came first time", "first placed"."""
    place = _PLACE_AFTER.match(text, end)
    if place and not _THE_BEFORE.search(text, 0, start):
        return place.end()
    if _FINISH_BEFORE.search(text, 0, start) and _NO_NOUN_AFTER.match(text, end):
        return end
    if _POSTURE_BEFORE.search(text, 0, start) and _STANDINGS_AFTER.match(text, end):
        return end  # "currently lie 14th in the table"
    return None


_STAT_NOUNS = frozenset(
    ["point", "goal", "assist", "save", "rebound", "yard", "touchdown", "tackle", "sack",
     "interception", "reception", "strikeout", "wicket", "birdie", "shot", "steal"]
)  # fmt: skip
"""What a player's line of statistics counts ("18 points", "1 goal", "8 saves"); not words
that are also a verb after a name ("Windows 10 runs on", "Apollo 11 hits")."""
_STAT = re.compile(r"\s+(?P<w>[a-z]+)(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|on|off|for|against)\b)")


def stat_after_name(text: str, end: int) -> bool:
    """True when the number ending at `end` is followed by what a player's statistics count
    and the clause goes on no further than a comma, "and" or a preposition ("Jordan Munoz 8
    saves.", "Osas Osaro 3 goals, 1 assist"): a count, though a name stands before it, as
    it does before "Apollo 11" or "Windows 10"."""
    stat = _STAT.match(text, end)
    if stat is None:
        return False
    word = stat["w"]
    return (word[:-1] if word.endswith("s") else word) in _STAT_NOUNS
