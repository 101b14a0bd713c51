"""When two statements of a counted figure can be about the same thing, and when their values
are compatible: the tests `table`'s figure conflicts apply before calling two articles at odds.

- bounds: "more than 50 charges" agrees with "54 charges", "about 30" with "31", "at least
  22 houses" with "around 40" (the words just before a figure make it a bound or an estimate);
- the same thing: a unit measures anything, so two figures in a unit (miles, days, percent,
  dollars) must share a content word near the figure (the verb or what is measured:
  "shot 11 times" and "had been shot seven times", not "arrested four times");
- a total, not a part: "another four people", "three other bombs" add to a count;
- a hyphenated figure describes the noun after it ("an 86-yard touchdown run", "a
  three-year deal"): it is compared only with one describing the same noun;
- a noun the articles give many values ("yards", "points" in game reports) names the thing
  only with the person or organisation it belongs to: both sentences must name the same one
  and share a content word near the figure;
- one pairing: among the figures of one counted noun, a conflict joins two statements only
  when each is the other's closest match (in a game report many "yards" are different plays).
"""

from __future__ import annotations

import math
import re

from facts.lexicon import (
    FUNCTION_WORDS,
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
    r"nearly|almost|just\s+short\s+of|a\s+maximum\s+of)\s+(?:a|an)?\s*$",
    re.I,
)
_ESTIMATE = re.compile(
    r"(?:about|around|some|roughly|approximately|an\s+estimated|estimated|close\s+to|"
    r"circa|approx\.?|~)\s+(?:a|an)?\s*$",
    re.I,
)
ESTIMATE_MARGIN = 0.1
"""An estimate ("about 30") allows this share either side of its value."""

WINDOW_WORDS = 6
"""Words either side of a figure read as its local context."""

_STOP = FUNCTION_WORDS | SPEECH_VERBS | {"cent", "percent"}


_PART_BEFORE = re.compile(
    r"\b(?:another|other|additional|remaining|further|extra)\s+(?:[a-z]+\s+)?$", re.I
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


def modified_head(label: str, after: str) -> str | None:
    """The noun a hyphenated figure modifies ("86-yard touchdown run" -> "touchdown",
    "a three-year deal" -> "deal"); None for a figure that is not such a modifier."""
    if not _MODIFIER.search(label):
        return None
    m = _HEAD_AFTER.match(after)
    return m[1].lower() if m else None


def bounds(before: str, value: float, approximate: bool = False) -> tuple[float, float]:
    """The values a figure allows, read from the text just before it."""
    tail = before[-40:]
    if approximate:
        return value, value * 10
    if _LOWER_BOUND.search(tail):
        return value, math.inf
    if _UPPER_BOUND.search(tail):
        return 0.0, value
    if _ESTIMATE.search(tail):
        return value * (1 - ESTIMATE_MARGIN), value * (1 + ESTIMATE_MARGIN)
    return value, value


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def window_stems(sentence: str, start: int, end: int, noun: str) -> frozenset[str]:
    """Content words (their first five letters) within `WINDOW_WORDS` words of the figure at
    `sentence[start:end]`, without number words and the counted noun itself."""
    before = re.findall(r"[A-Za-z][\w'’-]*", sentence[:start])[-WINDOW_WORDS:]
    after = re.findall(r"[A-Za-z][\w'’-]*", sentence[end:])[:WINDOW_WORDS]
    out = set()
    for word in before + after:
        low = word.lower()
        if len(low) < 3 or low in _STOP or low in NUMBER_WORDS or singular(low) == noun:
            continue
        out.add(low[:5])
    return frozenset(out)


def measures(noun: str) -> bool:
    """True for a unit rather than a counted noun: a unit of measure or of time, a
    percentage or a currency ("miles", "days", "%", "USD"): it says how much, not of what."""
    return (
        noun in UNIT_NAMES
        or noun in UNIT_SYMBOLS
        or noun in TIME_UNITS
        or not noun.isalpha()
        or noun.isupper()
    )
