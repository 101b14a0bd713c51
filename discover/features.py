"""What a document is about, as a few cheap features for story-level grouping.

`document_features(doc)` runs in the reading workers and keeps, from the content sentences
only (boilerplate, datelines, bylines and time stamps dropped):

- `terms`: counts of content words (lower case, no stop words, no one- or two-letter words);
- `names`: counts of capitalised words that do not open a sentence (people, places,
  organisations, teams: "Jackson", "Naypyidaw", "Chargers"), lower-cased; titles
  ("President", facts.lexicon) left out, and the capitals of title-case headlines counted only
  for words the text also capitalises;
- `figures`: the numbers in the text ("8,665" -> "8665", "$137-million" -> "137"), years
  apart (`years`) and clock times left out.

The driver turns these into TF-IDF vectors over the whole corpus (`discover.story`), so words
and names that many documents use weigh little and a shared rare name weighs a lot.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from compare.lexical import STOPWORDS
from facts.lexicon import is_title
from readers.words import CURRENCY_SIGNS, is_number, words

_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")

MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
WEEKDAYS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    ]
)
META_WORDS = frozenset(
    [
        "updated",
        "last",
        "published",
        "posted",
        "by",
        "gmt",
        "bst",
        "est",
        "edt",
        "pst",
        "pdt",
        "cet",
        "utc",
        "am",
        "pm",
        "a.m",
        "p.m",
        "staff",
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "comments",
        "comment",
        "share",
        "tweet",
        "email",
        "print",
        "photo",
        "photos",
        "image",
        "video",
        "read",
        "more",
        "min",
        "minute",
        "minutes",
        "ago",
        "hour",
        "hours",
        "source",
        "copyright",
        "rights",
        "reserved",
        "news",
    ]
)
"""Words of datelines, bylines and time stamps ("3 July 2013 Last updated at 13:38 GMT")."""
GENERIC_NAMES = (
    MONTHS | WEEKDAYS | frozenset(["i", "mr", "mrs", "ms", "dr", "he", "she", "it", "we", "they"])
)
"""Capitalised words that are not names of the story's people, places or organisations."""


@dataclass(frozen=True)
class DocumentFeatures:
    terms: dict[str, int]
    names: dict[str, int]
    figures: frozenset[str]
    years: dict[str, int]
    surface: dict[str, str]
    """How each name was first written ("naypyidaw" -> "Naypyidaw"), for explanations."""

    def facts(self) -> dict[str, int]:
        """Names, figures ("#8665") and years ("y:2013") as one bag, for the facts vector."""
        bag = dict(self.names)
        bag.update({"#" + f: 1 for f in self.figures})
        bag.update({"y:" + y: n for y, n in self.years.items()})
        return bag


def tokens(text: str) -> list[str]:
    """Words and numbers of a text, numbers whole ("8,665", "$1.2"): `readers.words`."""
    return words(text)


def is_meta(text: str, found: list[str] | None = None) -> bool:
    """A dateline, byline or time stamp: under three words once dates, times, numbers and
    the words of such lines are set aside ("May 03, 2013", "By Jane Doe, staff writer").
    `found`: the text's `tokens`, when the caller has them."""
    if len(text) < 80 and _CLOCK.search(text):
        return True
    words = tokens(text) if found is None else found
    if words and len(words) <= 8 and words[0].lower() == "by":
        return True
    telling = 0
    for w in words:
        low = w.lower()
        if low in _NOT_TELLING or is_number(w):
            continue
        telling += 1
        if telling == 3:
            return False
    return True


_NOT_TELLING = MONTHS | WEEKDAYS | META_WORDS | STOPWORDS


def is_headline(found: list[str]) -> bool:
    """Title case ("Lukashenko Concludes Historic Visit"): capitals that say nothing of names."""
    content = [w for w in found if not is_number(w) and w.lower() not in STOPWORDS]
    return len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.7 * len(content)


def _is_name(word: str, low: str) -> bool:
    return low not in GENERIC_NAMES and not is_title(word)


def figure_key(token: str) -> str | None:
    """A number as a fact ("8,665" -> "8665", "3.50" -> "3.5"), or None for years."""
    digits = token.lstrip(CURRENCY_SIGNS).replace(",", "")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    if not digits or _YEAR.match(digits):
        return None
    return digits


def document_features(sentences: Iterable[str]) -> DocumentFeatures:
    """Features of a document given its content sentences (boilerplate already removed)."""
    terms: Counter[str] = Counter()
    names: Counter[str] = Counter()
    figures: set[str] = set()
    years: Counter[str] = Counter()
    surface: dict[str, str] = {}
    in_headlines: Counter[str] = Counter()
    for sentence in sentences:
        found = tokens(sentence)
        if is_meta(sentence, found):
            continue
        headline = is_headline(found)
        for k, word in enumerate(found):
            if is_number(word):
                key = figure_key(word)
                if key is not None:
                    figures.add(key)
                elif _YEAR.match(word.lstrip(CURRENCY_SIGNS)):
                    years[word] += 1
                continue
            low = word.lower()
            if len(low) <= 2 or low in STOPWORDS:
                continue
            terms[low] += 1
            if headline and word[0].isupper() and _is_name(word, low):
                in_headlines[low] += 1
            elif k > 0 and word[0].isupper() and _is_name(word, low):
                names[low] += 1
                if low not in surface or (surface[low].isupper() and not word.isupper()):
                    surface[low] = word
    for low, count in in_headlines.items():  # a headline's capitals count when the text agrees
        if low in names:
            names[low] += count
    return DocumentFeatures(dict(terms), dict(names), frozenset(figures), dict(years), surface)
