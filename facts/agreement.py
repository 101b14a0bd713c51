"""When two statements of a counted figure can be about the same thing, and when their values
are compatible: the tests `table`'s figure conflicts apply before calling two articles at odds.

- bounds: "more than 50 charges" agrees with "54 charges", "at least 22 houses" with "around
  40" (the words just before a figure make it a bound or an estimate);
- estimates by their rounding: "around 8,000" is rounded to the thousand, so it allows 7,500
  to 8,500 (half the unit of its last non-zero digit either side: "about 8,500" 8,450 to
  8,550, "about 50" 45 to 55); "nearly 8,000" allows 7,000 to 8,000 (up to the value, down by
  one unit); "40-odd" is an estimate too; two statements agree when their ranges overlap;
- the same thing: a unit measures anything, so two figures in a unit (miles, days, percent,
  dollars) must share a content word right next to the figure (the verb or what is
  measured: "shot 11 times" and "had been shot seven times", not "arrested four times";
  "102 yards from scrimmage" and "rushed for 63 yards" measure different things);
- a total, not a part: "another four people", "three other bombs" add to a count;
  "including $281 million in cash", "of which four" are parts of what precedes them;
- a hyphenated figure describes the noun after it ("an 86-yard touchdown run", "a
  three-year deal"), and so does a count above one whose noun stays singular ("an eight
  round decision", "a 200 person crowd"): it is compared only with one describing the same
  noun; a singular "-ing" word after such a count is a verb ("nine voting for death"), so the
  count names no thing;
- a count limited to a period ("arrested three times since October", "10 games this
  season") or set at another time ("one week after he managed nine carries") is compared
  only with one limited to the same period;
- a figure in brackets after another is its conversion and keeps its bound ("less than 50
  km (30 miles)" allows up to 30 miles);
- a noun the articles give many values ("yards", "points" in game reports) names the thing
  only with the person or organisation it belongs to: both sentences must name the same one
  and share a content word near the figure; a word shared near two figures in a unit counts
  only when it is not a name in both ("AMD" says whose money, not what it paid for);
- one pairing: among the figures of one counted noun, a conflict joins two statements only
  when each is the other's closest match (in a game report many "yards" are different plays).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from facts.lexicon import (
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    MULTIPLIERS,
    NUMBER_WORDS,
    SPEECH_VERBS,
    UNIT_NAMES,
    UNIT_SYMBOLS,
    singular,
)
from facts.numbers import TIME_UNITS

_LOWER_BOUND = re.compile(
    r"(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|above|exceeding|"
    r"no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+(?:a|an)?\s*$",
    re.I,
)
_UPPER_BOUND = re.compile(
    r"(?:less\s+than|fewer\s+than|under|up\s+to|at\s+most|no\s+more\s+than|below|"
    r"a\s+maximum\s+of)\s+(?:a|an)?\s*$",
    re.I,
)
_NEARLY = re.compile(r"(?:nearly|almost|just\s+short\s+of|just\s+under)\s+(?:a|an)?\s*$", re.I)
_ESTIMATE = re.compile(
    r"(?:about|around|some|roughly|approximately|an\s+estimated|estimated|close\s+to|"
    r"circa|approx\.?|~)\s+(?:a|an)?\s*$",
    re.I,
)
_CONVERSION = re.compile(r"\d[\d.,]*\s*[^\W\d]*\.?\s*\(\s*$")
"""The figure a bracketed figure converts ("50 km (" before "30 miles")."""
_ODD = re.compile(r"^[\d.,]+(?:\s*-\s*|\s+)odd\b", re.I)
"""A figure written "40-odd": an estimate."""

WINDOW_WORDS = 6
"""Words either side of a figure read as its local context."""
UNIT_WORDS = 3
"""Words either side of a figure in a unit that say what it measures: the verb before it
("shot 11 times", "rushed for 63 yards") or the phrase after it ("102 yards from scrimmage",
"$60 million in funding")."""

_STOP = FUNCTION_WORDS | SPEECH_VERBS | {"cent", "percent"}


_PART_BEFORE = re.compile(
    r"\b(?:(?:another|other|additional|remaining|further|extra)\s+(?:[a-z]+\s+)?|"
    r"(?:including|of\s+which|of\s+whom|among\s+them|among\s+whom)\s+(?:some\s+)?)$",
    re.I,
)
_PART_AFTER = re.compile(r"\s*(?:more|other|others|additional|remaining|further)\b", re.I)


def is_part(before: str, label_words: str, after: str) -> bool:
    """A figure that counts some more of a thing, not its total: "another four people",
    "three other bombs", "263 other animals", "two more"."""
    if _PART_BEFORE.search(before[-30:]):
        return True
    words = label_words.split()
    if len(words) > 1 and words[1].lower() in ("other", "others", "more", "additional"):
        return True
    return bool(_PART_AFTER.match(after))


_MODIFIER = re.compile(r"[\w.,]+-[A-Za-z]+(?:-[A-Za-z]+)*$")
_HEAD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_LAST_WORD = re.compile(r"([A-Za-z]+)$")
VERB = "(verb)"
"""The head of a count whose singular "-ing" word is a verb ("nine voting"): it counts no
thing named."""


def _singular_after_many(label: str, value: float | None) -> str | None:
    """The last word of a count above one when it is in the singular ("eight round",
    "nine voting"; not "eight rounds", "200 people")."""
    m = _LAST_WORD.search(label)
    if value is None or value <= 1 or not m or not m[1].islower():
        return None
    word = m[1]
    if word in IRREGULAR_PLURALS or singular(word) != word or measures(word):
        return None
    if word in MULTIPLIERS or word in NUMBER_WORDS or word in ("percent", "cent"):
        return None  # "$334 million deal", "a dozen people", "40 percent increase"
    return word


def modified_head(label: str, after: str, value: float | None = None) -> str | None:
    """The noun a figure modifies: a hyphenated figure ("86-yard touchdown run" ->
    "touchdown", "a three-year deal" -> "deal") or a count above one whose noun stays singular
    before another word ("eight round decision" -> "decision"); `VERB` for a singular "-ing"
    word after such a count ("nine voting"); None for a figure that is no modifier."""
    word = _singular_after_many(label, value)
    head = _HEAD_AFTER.match(after)
    following = head[1] if head else ""
    if word and word.endswith("ing") and len(word) > 5:
        return VERB
    if word and following.islower() and following not in FUNCTION_WORDS:
        return following
    if not _MODIFIER.search(label):
        return None
    return following.lower() or None


_PERIOD = re.compile(
    r"\b(?:since\s+(?:the\s+)?\w+|(?:so\s+far\s+)?th(?:is|e\s+current)\s+"
    r"(?:year|season|month|week|term|quarter|campaign)|so\s+far|to\s+date|"
    r"(?:a|an|one|two|three|four|five|six|\d+)\s+(?:day|night|week|month|year|season|game)s?"
    r"\s+(?:after|before|earlier|later|prior))\b",
    re.I,
)
PERIOD_WORDS = 8
"""Words either side of a figure searched for the period it is limited to."""


def period(sentence: str, start: int, end: int) -> str:
    """The period a figure at `sentence[start:end]` is limited to, read near it: "since
    october", "this season", "so far"; "" when none is said."""
    before = " ".join(sentence[:start].split()[-PERIOD_WORDS:])
    after = " ".join(sentence[end:].split()[:PERIOD_WORDS])
    for text in (after, before):
        m = _PERIOD.search(text)
        if m:
            return " ".join(m[0].lower().split()).replace("so far ", "")
    return ""


def rounding_unit(value: float) -> float:
    """The place value of the last non-zero digit of `value`: what a writer rounded it to
    (8,000 -> 1,000; 8,500 -> 100; 50 -> 10; 3,500,000 -> 100,000; 2.5 -> 0.1; 0 -> 1)."""
    if not value or not math.isfinite(value):
        return 1.0
    exponent = Decimal(repr(abs(value))).normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return float(Decimal(1).scaleb(exponent))


def bounds(
    before: str, value: float, approximate: bool = False, figure_text: str = ""
) -> tuple[float, float]:
    """The values a figure allows, read from the text just before it (and from the figure's
    own words, `figure_text`, for "40-odd"): a bound is open on one side, an estimate
    allows half its rounding unit either side, "nearly" one unit below."""
    tail = before[-60:]
    conversion = _CONVERSION.search(tail)
    if conversion:
        tail = tail[: conversion.start()]  # "less than 50 km (30 miles)": 50 km's bound
    tail = tail[-40:]
    if approximate:
        return value, value * 10
    if _LOWER_BOUND.search(tail):
        return value, math.inf
    if _UPPER_BOUND.search(tail):
        return 0.0, value
    unit = rounding_unit(value)
    if _NEARLY.search(tail):
        return value - unit, value
    if _ESTIMATE.search(tail) or _ODD.match(figure_text):
        return value - unit / 2, value + unit / 2
    return value, value


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def window_stems(
    sentence: str,
    start: int,
    end: int,
    noun: str,
    names: bool = False,
    width: int = WINDOW_WORDS,
) -> frozenset[str]:
    """Content words (their first five letters) within `width` words of the figure at
    `sentence[start:end]`, without number words and the counted noun itself; with `names`,
    only those written with a capital (names, or words of a title-case headline)."""
    before = re.findall(r"[A-Za-z][\w'’-]*", sentence[:start])[-width:]
    after = re.findall(r"[A-Za-z][\w'’-]*", sentence[end:])[:width]
    out = set()
    for word in before + after:
        low = word.lower()
        if len(low) < 3 or low in _STOP or low in NUMBER_WORDS or singular(low) == noun:
            continue
        if names and word == low:
            continue
        out.add(low[:5])
    return frozenset(out)


def measures(noun: str) -> bool:
    """True for a unit rather than a counted noun: a unit of measure or of time, a
    percentage or a currency ("miles", "days", "%", "USD"): it says how much, not of what. A
    percentage of a named thing ("%household" of "40 percent of households") says of what."""
    if noun.startswith("%") and noun[1:].isalpha():
        return False
    return (
        noun in UNIT_NAMES
        or noun in UNIT_SYMBOLS
        or noun in TIME_UNITS
        or not noun.isalpha()
        or noun.isupper()
    )
