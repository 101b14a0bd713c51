"""The one word tokenizer: what counts as a word everywhere in samestory.

    words("The U.S. paid $1.2 billion for 8,665 O’Brien’s tanks.")
    -> ["The", "U.S.", "paid", "$1.2", "billion", "for", "8,665", "O’Brien’s", "tanks"]

A word is one of:

- a number, digit groups and decimals kept whole ("8,665", "3.5", "1,000.25"), with a currency
  sign in front kept on it ("$1.2", "€30");
- an initialism of single letters with dots ("U.S.", "U.N.", "e.g.");
- a run of letters, inner apostrophes straight or curly kept ("don't", "O’Brien’s").

Punctuation, symbols, underscores and whitespace are not words; a hyphen splits ("well-known"
is two words); letters and digits split ("G7" is "G", "7"). `word_spans` gives the same words
as (start, end) offsets, so callers that need positions (word diffs, highlights) and callers
that need strings (lexical features, discovery shingles) cut text identically.
"""

from __future__ import annotations

import re

CURRENCY_SIGNS = "$£€¥"
"""Signs kept at the front of a number ("$1.2")."""

WORD = re.compile(
    r"[^\W\d_]"  # a letter, then
    r"(?:\.(?:[^\W\d_]\.)+"  # more letters with dots: an initialism (U.S.  e.g.)
    r"|[^\W\d_]*+(?:['\u2019\u02bc][^\W\d_]++)*+)"  # or a word, inner apostrophes: O’Brien’s
    rf"|[{CURRENCY_SIGNS}]?\d++(?:[.,]\d++)*+",  # numbers: 8,665  3.5  $1.2
    re.UNICODE,
)
"""The word pattern (`words` and `word_spans` are its `findall` and spans)."""


def words(text: str) -> list[str]:
    """The words of `text`, in order (see the module docstring for what a word is)."""
    return WORD.findall(text)


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of `text`: `[text[s:e] for s, e in word_spans(text)]` is
    `words(text)`."""
    return [m.span() for m in WORD.finditer(text)]


def is_number(word: str) -> bool:
    """A number word ("8,665", "$1.2"), as opposed to letters."""
    return word[:1].isdigit() or (len(word) > 1 and word[0] in CURRENCY_SIGNS)
