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

Machine-translation-metric features (BLEU/chrF/TER-like, after Madnani, Tetreault & Chodorow
2012, "Re-examining machine translation metrics for paraphrase identification"), offered to
the hybrid's feature selection (`tools.semantic_fit`); the published hybrid uses those the
selection kept (see `compare.semantic.weights`):

- `ngram{1-4}_f1`: clipped n-gram overlap of the case-folded words, 2 * shared / (n-grams of
  a + n-grams of b) (BLEU's modified precision, both directions at once);
- `ngram1_min`: the lower of the two unigram precisions (the sentence the other covers least);
- `chrf`: character n-gram F-score (n = 1..6, precision and recall weighted equally, spaces
  left out; Popovic 2015);
- `token_edit`: 1 - word-level Levenshtein distance / length of the longer sentence (TER-like);
- `token_lcs`: longest common word subsequence / length of the longer sentence;
- `unmatched_words`: log(1 + content words of the less-covered sentence the other lacks),
  stemmed (`compare.stemming`), stop words left out;
- `negation_mismatch`: 1 when exactly one sentence is negated ("not", "never", "n't"...).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import numpy as np
from rapidfuzz.distance import LCSseq, Levenshtein

from compare.normalize import STOPWORDS
from compare.stemming import stem
from readers.words import CURRENCY_SIGNS, is_number, words

Pairs = Sequence[tuple[int, int]]
_Facts = TypeVar("_Facts")
"""What a column's function reads of each sentence (`SentenceFacts`, `SentenceWords`)."""
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
    fn: Callable[[_Facts, _Facts], float],
    of: Callable[[str], _Facts],
) -> np.ndarray:
    """`fn` of each pair's two sentences, as `of` describes them."""
    return np.fromiter(
        (fn(of(left[i]), of(right[j])) for i, j in pairs), dtype=np.float64, count=len(pairs)
    )


def number_overlap(left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
    return _column(left, right, pairs, lambda a, b: _overlap(a.numbers, b.numbers), sentence_facts)


def number_conflict(left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
    return _column(left, right, pairs, lambda a, b: _conflict(a.numbers, b.numbers), sentence_facts)


def name_overlap(left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
    return _column(left, right, pairs, lambda a, b: _overlap(a.names, b.names), sentence_facts)


def name_conflict(left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
    return _column(left, right, pairs, lambda a, b: _conflict(a.names, b.names), sentence_facts)


def length_gap(left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
    return _column(
        left,
        right,
        pairs,
        lambda a, b: abs(math.log(max(a.length, 1) / max(b.length, 1))),
        sentence_facts,
    )


NEGATIONS = frozenset(
    ("not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "nowhere", "cannot")
)
"""Words that negate a sentence (besides any word ending in "n't")."""
CHAR_ORDERS = range(1, 7)
"""chrF's character n-gram orders."""


@dataclass(frozen=True, slots=True)
class SentenceWords:
    """What the machine-translation-metric features need to know about one sentence."""

    tokens: tuple[str, ...]
    """Case-folded words."""
    content: Counter[str]
    """Stemmed words that are not stop words, with their counts."""
    chars: str
    """Case-folded text without whitespace."""
    negated: bool


@lru_cache(maxsize=65_536)
def sentence_words(text: str) -> SentenceWords:
    """Words, content stems and characters of one sentence."""
    tokens = tuple(w.casefold().replace("\u2019", "'") for w in words(text))
    content = Counter(stem(w) for w in tokens if w not in STOPWORDS)
    negated = any(w in NEGATIONS or w.endswith("n't") for w in tokens)
    return SentenceWords(tokens, content, "".join(text.casefold().split()), negated)


def _ngrams(items: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(items[k : k + n]) for k in range(len(items) - n + 1))


def _shared(a: Counter[str] | Counter[tuple[str, ...]], b: Counter) -> tuple[int, int, int]:
    """Clipped shared count and the two totals."""
    return sum((a & b).values()), sum(a.values()), sum(b.values())


def _dice(shared: int, total_a: int, total_b: int) -> float:
    return 2.0 * shared / (total_a + total_b) if total_a + total_b else 0.0


def ngram_f1(n: int) -> Callable[[Sequence[str], Sequence[str], Pairs], np.ndarray]:
    """Column function: clipped word n-gram overlap of each pair (see the module docstring)."""

    def overlap(a: SentenceWords, b: SentenceWords) -> float:
        return _dice(*_shared(_ngrams(a.tokens, n), _ngrams(b.tokens, n)))

    return _words_feature(overlap)


def _min_unigram_precision(a: SentenceWords, b: SentenceWords) -> float:
    shared, total_a, total_b = _shared(Counter(a.tokens), Counter(b.tokens))
    return shared / max(total_a, total_b) if shared else 0.0


def _chrf(a: SentenceWords, b: SentenceWords) -> float:
    precision = recall = 0.0
    for n in CHAR_ORDERS:
        shared, total_a, total_b = _shared(_ngrams(a.chars, n), _ngrams(b.chars, n))
        precision += shared / total_a if total_a else 0.0
        recall += shared / total_b if total_b else 0.0
    precision, recall = precision / len(CHAR_ORDERS), recall / len(CHAR_ORDERS)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _token_edit(a: SentenceWords, b: SentenceWords) -> float:
    return float(Levenshtein.normalized_similarity(a.tokens, b.tokens))


def _token_lcs(a: SentenceWords, b: SentenceWords) -> float:
    longer = max(len(a.tokens), len(b.tokens))
    return LCSseq.similarity(a.tokens, b.tokens) / longer if longer else 0.0


def _unmatched_words(a: SentenceWords, b: SentenceWords) -> float:
    shared = sum((a.content & b.content).values())
    missing = max(sum(a.content.values()), sum(b.content.values())) - shared
    return math.log1p(missing)


def _negation_mismatch(a: SentenceWords, b: SentenceWords) -> float:
    return 1.0 if a.negated != b.negated else 0.0


def _words_feature(
    fn: Callable[[SentenceWords, SentenceWords], float],
) -> Callable[[Sequence[str], Sequence[str], Pairs], np.ndarray]:
    return lambda left, right, pairs: _column(left, right, pairs, fn, sentence_words)


MT_FEATURES = {
    **{f"ngram{n}_f1": ngram_f1(n) for n in range(1, 5)},
    "ngram1_min": _words_feature(_min_unigram_precision),
    "chrf": _words_feature(_chrf),
    "token_edit": _words_feature(_token_edit),
    "token_lcs": _words_feature(_token_lcs),
    "unmatched_words": _words_feature(_unmatched_words),
    "negation_mismatch": _words_feature(_negation_mismatch),
}
"""The machine-translation-metric features: name -> column function."""

FEATURES = {
    "numbers": number_overlap,
    "number_conflict": number_conflict,
    "names": name_overlap,
    "name_conflict": name_conflict,
    "length_gap": length_gap,
    **MT_FEATURES,
}
"""Feature name -> column function (the scorers' feature table adds these)."""
