"""The one place samestory patches pysbd, for speed, with output identical to pysbd's own.

pysbd 0.3.4 spends about half its time in `AbbreviationReplacer.search_for_abbreviations_in_string`:
for each of its 188 English abbreviations that occurs anywhere in a paragraph as a substring
("st", "no", "co", "pl", ...) it runs a case-insensitive `findall` over the paragraph and one
`re.sub` per match. Every one of those substitutions only turns the "." right after
`<white space><abbreviation>` into "∯", so an abbreviation made of plain letters can change the
text only if some "." in the paragraph is preceded by exactly that word (any case) and white
space (or the start). `_fast_search` collects those dot-preceding words once per paragraph and
skips every other abbreviation; everything else is pysbd's own code, run in pysbd's order.
`Text.apply` (the ~80 `re.sub(pattern_string, ...)` calls per paragraph) is replaced by the same
substitutions on patterns compiled once, which is what `re.sub` does after its cache look-up.

Why skipping is exact: the loop only ever replaces "." by "∯", so the words before the dots
that remain are unchanged from the original paragraph; abbreviations that are not plain ASCII
letters (e.g. "u.s", a regular expression in pysbd) and paragraphs whose dot-preceding words
are not all ASCII (Unicode case folding, "ſt" matches "st") always take pysbd's own path.

The patch is installed only on the pysbd version it was checked against (`CHECKED_VERSION`);
tests/readers/test_pysbd_speedup.py fails if pysbd's patched code changes and compares the
patched segmenter with pure pysbd over the seed corpus and a generated long text.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

CHECKED_VERSION = "0.3.4"
_PLAIN = re.compile(r"[a-z]+")
_WORD = re.compile(r"\S+")
_lock = threading.Lock()
_abbreviation_cache: dict[int, _Abbreviations] = {}
_original: Callable[[Any, str], str] | None = None
_original_apply: Callable[..., str] | None = None
_patterns: dict[str, re.Pattern[str]] = {}


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
        self.source = abbreviations
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


def _abbreviations(abbreviations: list[str]) -> _Abbreviations:
    """The index of `abbreviations`, built once (rebuilt should pysbd's list be replaced)."""
    cached = _abbreviation_cache.get(id(abbreviations))
    if cached is None or cached.source is not abbreviations:
        cached = _abbreviation_cache[id(abbreviations)] = _Abbreviations(abbreviations)
    return cached


def _fast_search(self: Any, text: str) -> str:
    """pysbd's `search_for_abbreviations_in_string`, skipping abbreviations that cannot match."""
    lowered = text.lower()
    index = _abbreviations(self.lang.Abbreviation.ABBREVIATIONS)
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
            text = self.scan_for_replacements(text, match, ind, char_array)
    return text


def _compiled_apply(self: str, *rules: Any) -> str:
    """pysbd's `Text.apply` (`re.sub(rule.pattern, rule.replacement, text)` per rule) with each
    pattern compiled once instead of looked up in `re`'s cache on every one of ~80 calls."""
    for rule in rules:
        pattern = _patterns.get(rule.pattern)
        if pattern is None:
            pattern = _patterns[rule.pattern] = re.compile(rule.pattern)
        self = pattern.sub(rule.replacement, self)
    return self


def install() -> bool:
    """Patch pysbd (once, thread-safe) if it is the version checked; True if the patch is on."""
    global _original, _original_apply
    import pysbd
    from pysbd.abbreviation_replacer import AbbreviationReplacer
    from pysbd.utils import Text

    if pysbd.__version__ != CHECKED_VERSION:
        return False
    with _lock:
        if _original is None:
            _original_apply = Text.apply
            Text.apply = _compiled_apply
            _original = AbbreviationReplacer.search_for_abbreviations_in_string
            AbbreviationReplacer.search_for_abbreviations_in_string = _fast_search
    return True


def original_search() -> Callable[[Any, str], str]:
    """pysbd's own `search_for_abbreviations_in_string` (for equivalence tests)."""
    from pysbd.abbreviation_replacer import AbbreviationReplacer

    return _original or AbbreviationReplacer.search_for_abbreviations_in_string


@contextmanager
def unpatched() -> Iterator[None]:
    """Pure pysbd for the duration (tests and benchmarks only: not safe while other threads
    segment)."""
    from pysbd.abbreviation_replacer import AbbreviationReplacer

    if not install():
        yield
        return
    from pysbd.utils import Text

    AbbreviationReplacer.search_for_abbreviations_in_string = original_search()
    Text.apply = _original_apply
    try:
        yield
    finally:
        AbbreviationReplacer.search_for_abbreviations_in_string = _fast_search
        Text.apply = _compiled_apply
