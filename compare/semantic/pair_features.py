"""Word-level pair features the embedding scorers add to the cosine: figures, names, length.

Sentence embeddings blur what news rewrites keep exactly: figures ("145 of 330 townships")
and names. Each function here takes `(left, right, pairs)` like a scorer and returns one
column of floats per pair:

- `number_overlap`: when both sentences state figures, the share of the smaller set the other
  also states (0 when either states none);
- `number_conflict`: 1 when both state figures and share none, else 0;
- `name_overlap` / `name_conflict`: the same for proper names (capitalised words that are not
  sentence-initial and not stop words, case-folded);
- `length_gap`: |log(words a / words b)|, how much longer one sentence is.

Figures are normalised so that "8,665" = "8665", "$1.2" = "1.2" and "3.50" = "3.5". Words
come from `readers.words`, the one tokenizer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from compare.normalize import STOPWORDS
from readers.words import CURRENCY_SIGNS, is_number, words

Pairs = Sequence[tuple[int, int]]
POSSESSIVE = re.compile(r"'s?$")
"""A possessive ending ("Myanmar's", "Reuters'") left off a name."""


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What the pair features need to know about one sentence."""

    numbers: frozenset[str]
    names: frozenset[str]
    length: int
    """Number of words."""


def normalize_number(word: str) -> str:
    """A figure in one spelling: currency sign and thousands separators dropped, trailing
    decimal zeros removed ("$8,665.50" -> "8665.5")."""
    digits = word.lstrip(CURRENCY_SIGNS)
    whole, dot, fraction = digits.rpartition(".") if "." in digits else (digits, "", "")
    if "," in fraction:  # "1.000,5": not a decimal point followed by thousands groups
        whole, dot, fraction = digits, "", ""
    groups = whole.split(",")
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        whole = "".join(groups)
    fraction = fraction.rstrip("0")
    return whole + "." + fraction if dot and fraction else whole


@lru_cache(maxsize=65_536)
def sentence_facts(text: str) -> SentenceFacts:
    """Figures, proper names and length of one sentence."""
    found = words(text)
    numbers: set[str] = set()
    names: set[str] = set()
    for pos, word in enumerate(found):
        if is_number(word):
            numbers.add(normalize_number(word))
        elif pos > 0 and word[0].isupper() and word.lower() not in STOPWORDS:
            names.add(POSSESSIVE.sub("", word.casefold().replace("\u2019", "'")))
    return SentenceFacts(frozenset(numbers), frozenset(names), len(found))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _conflict(a: frozenset[str], b: frozenset[str]) -> float:
    return 1.0 if a and b and not a & b else 0.0


def _column(
    left: Sequence[str],
    right: Sequence[str],
    pairs: Pairs,
    fn: Callable[[SentenceFacts, SentenceFacts], float],
) -> np.ndarray:
    return np.fromiter(
        (fn(sentence_facts(left[i]), sentence_facts(right[j])) for i, j in pairs),
        dtype=np.float64,
        count=len(pairs),
    )


def number_overlap(left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
    return _column(left, right, pairs, lambda a, b: _overlap(a.numbers, b.numbers))


def number_conflict(left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
    return _column(left, right, pairs, lambda a, b: _conflict(a.numbers, b.numbers))


def name_overlap(left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
    return _column(left, right, pairs, lambda a, b: _overlap(a.names, b.names))


def name_conflict(left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
    return _column(left, right, pairs, lambda a, b: _conflict(a.names, b.names))


def length_gap(left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
    return _column(
        left,
        right,
        pairs,
        lambda a, b: abs(math.log(max(a.length, 1) / max(b.length, 1))),
    )


FEATURES = {
    "numbers": number_overlap,
    "number_conflict": number_conflict,
    "names": name_overlap,
    "name_conflict": name_conflict,
    "length_gap": length_gap,
}
"""Feature name -> column function (the scorers' feature table adds these)."""
