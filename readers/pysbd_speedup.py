"""`FastSegmenter`: pysbd's English segmenter, faster, with exactly pysbd's sentences.

A `pysbd.Segmenter` subclass that changes two steps through pysbd's own extension points and
patches nothing of pysbd's:

- Its `processor()` hook returns a `Processor` whose abbreviation replacer skips the
  abbreviations that cannot match. pysbd 0.3.4 spends about half its time in
  `AbbreviationReplacer.search_for_abbreviations_in_string`: for each of its 188 English
  abbreviations that occurs anywhere in a paragraph as a substring ("st", "no", "co", ...) it
  runs a case-insensitive `findall` over the paragraph and one `re.sub` per match. Every one of
  those substitutions only turns the "." right after `<white space><abbreviation>` into "∯",
  so an abbreviation of plain letters can change the text only if some "." in the paragraph is
  preceded by exactly that word (any case) and white space (or the start). `_fast_search`
  collects those dot-preceding words once per paragraph and runs pysbd's loop body, in pysbd's
  order, for the others only. Exact because the loop only ever replaces "." by "∯", so the
  words before the remaining dots are those of the original paragraph; abbreviations that are
  not plain ASCII letters ("u.s", a regular expression in pysbd) and paragraphs whose
  dot-preceding words are not all ASCII (Unicode case folding: "ſt" matches "st") always take
  pysbd's full loop.
- `segment()` finds each sentence in the text with `str.find` from where the previous one
  ended, instead of pysbd's `sentences_with_char_spans`, which compiles one regular expression
  per sentence and scans the text from its start each time (quadratic in the paragraph). The
  result is the one `sentences_with_char_spans` gives (same rule: the first non-overlapping
  occurrence, with its trailing white space, ending after the previous sentence); the rare
  sentence that overlaps an earlier occurrence of itself takes pysbd's scan.

The abbreviation shortcut is used only on the pysbd version it was checked against
(`CHECKED_VERSION`); tests/readers/test_pysbd_speedup.py fails if the pysbd code it mirrors
changes and compares `FastSegmenter` with pure pysbd over the seed corpus and generated text.
"""

from __future__ import annotations

import re
from typing import Any

import pysbd
from pysbd.lang.english import English
from pysbd.processor import Processor

CHECKED_VERSION = "0.3.4"
_PLAIN = re.compile(r"[a-z]+")
_WORD = re.compile(r"\S+")
_SPACES = re.compile(r"\s*")


def _dot_words(text: str) -> set[str] | None:
    """Lower-cased words that end right before a "." (after white space or the start of
    `text`), or None when one of them is not ASCII (then nothing may be skipped)."""
    words: set[str] = set()
    for token in _WORD.findall(text):
        dot = token.find(".", 1)
        while dot > 0:
            word = token[:dot]
            if not word.isascii():
                return None
            words.add(word.lower())
            dot = token.find(".", dot + 1)
    return words


class _Abbreviations:
    """pysbd's abbreviation list, stripped, indexed for `_fast_search`."""

    def __init__(self, abbreviations: list[str]) -> None:
        self.stripped = [a.strip() for a in abbreviations]
        self.plain: dict[str, list[int]] = {}
        """Positions of each plain lower-case ASCII abbreviation (what may be skipped)."""
        self.other: list[int] = []
        """Positions of the rest ("u.s", "e.g": regular expressions in pysbd), never skipped."""
        for k, word in enumerate(self.stripped):
            if _PLAIN.fullmatch(word):
                self.plain.setdefault(word, []).append(k)
            else:
                self.other.append(k)

    def candidates(self, dot_words: set[str] | None) -> list[int]:
        """Positions, in pysbd's order, of the abbreviations that may change the text."""
        if dot_words is None:
            return list(range(len(self.stripped)))
        found = [k for word in dot_words for k in self.plain.get(word, ())]
        return sorted(found + self.other)


_ENGLISH = _Abbreviations(English.Abbreviation.ABBREVIATIONS)


def _fast_search(replacer: Any, text: str) -> str:
    """pysbd's `search_for_abbreviations_in_string`, skipping abbreviations that cannot match."""
    lowered = text.lower()
    index = _ENGLISH
    for k in index.candidates(_dot_words(text) if "." in text else set()):
        stripped = index.stripped[k]
        if stripped not in lowered:
            continue
        # From here on: pysbd 0.3.4's loop body, unchanged.
        abbrev_match = re.findall(r"(?:^|\s|\r|\n){}".format(stripped), text, flags=re.IGNORECASE)  # noqa: UP032
        if not abbrev_match:
            continue
        next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
        char_array = re.findall(next_word_start, text)
        for ind, match in enumerate(abbrev_match):
            text = replacer.scan_for_replacements(text, match, ind, char_array)
    return text


class FastAbbreviationReplacer(English.AbbreviationReplacer):
    """English's abbreviation replacer with `_fast_search` (same text out)."""

    def search_for_abbreviations_in_string(self, text: str) -> str:
        return _fast_search(self, text)


class FastProcessor(Processor):
    """pysbd's processor with `FastAbbreviationReplacer` (pysbd's `abbreviations_replacer`
    hook)."""

    def abbreviations_replacer(self) -> Any:
        return FastAbbreviationReplacer(self.text, self.lang)


def _checked() -> bool:
    return bool(pysbd.__version__ == CHECKED_VERSION)


class FastSegmenter(pysbd.Segmenter):
    """pysbd's English segmenter (`clean=False`, no char spans): the same sentences, faster.

    Keeps per-call state like pysbd's own: use one per thread.
    """

    def __init__(self) -> None:
        super().__init__(language="en", clean=False, char_span=False)

    def processor(self, text: str) -> Any:
        if self.language_module is English and _checked():
            return FastProcessor(text, self.language_module, char_span=self.char_span)
        return super().processor(text)

    def segment(self, text: str) -> list[str]:
        """The sentences of `text`, each with the white space that follows it (as pysbd)."""
        self.original_text = text
        if not text:
            return []
        pieces: list[str] = []
        prior_end = 0
        for sentence in self.processor(text).process():
            span = _find(text, sentence, prior_end)
            if span is not None:
                pieces.append(text[span[0] : span[1]])
                prior_end = span[1]
        return pieces


def _find(text: str, sentence: str, prior_end: int) -> tuple[int, int] | None:
    """Where pysbd's `sentences_with_char_spans` places `sentence`: the first match of
    `re.escape(sentence) + r"\\s*"` in `re.finditer` order that ends after `prior_end`.

    After a match `text[prior_end]` is not white space (the match took all of it), so a match
    ends after `prior_end` exactly when the sentence itself does: the first occurrence from
    `prior_end - len(sentence) + 1` on. `finditer` reaches that occurrence unless an earlier
    occurrence overlaps it; then (and for empty sentences or ones starting with white space)
    pysbd's own scan decides.
    """
    n = len(sentence)
    if n and not sentence[0].isspace():
        start = text.find(sentence, max(0, prior_end - n + 1))
        if start < 0:
            return None
        if text.find(sentence, max(0, start - n + 1), start + n - 1) < 0:
            end = _SPACES.match(text, start + n)
            return start, end.end() if end else start + n
    for match in re.finditer(re.escape(sentence) + r"\s*", text):
        if match.end() > prior_end:
            return match.span()
    return None
