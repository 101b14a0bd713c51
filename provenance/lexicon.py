"""The stance and attribution lexicon (data/lexicon.toml) and the matching of its terms.

`lexicon()` loads the word lists once: hedges, boosters, intensifiers, criticism and praise
scales, attribution phrases, reporting verbs and credit-line patterns (sources are named in
the data file). `find_terms(text)` returns every lexicon term in a text as a `Term` with its
character span, matched on whole words (multi-word entries on word sequences).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
"""A word for lexicon matching ("so-called" and "Myanmar’s" are one word)."""

STANCE_CATEGORIES = ("hedge", "booster", "intensifier", "criticism", "praise")
"""Term categories that carry stance (how sure or how strongly evaluative a sentence is)."""


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon term found in a text: `text[start:end]`."""

    category: str
    """"hedge", "booster", "intensifier", "criticism", "praise", "source" or "reporting"."""
    level: int
    """Strength on the criticism and praise scales (1 mild, 2 strong, 3 label); else 1."""
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Lexicon:
    entries: dict[tuple[str, ...], tuple[str, int]]
    """Lower-cased word sequence -> (category, level)."""
    longest: int
    credit_patterns: tuple[re.Pattern[str], ...]


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


@cache
def lexicon() -> Lexicon:
    """The lexicon shipped in provenance/data/lexicon.toml (loaded once)."""
    raw = resources.files("provenance").joinpath("data/lexicon.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    entries: dict[tuple[str, ...], tuple[str, int]] = {}

    def add(words: list[str], category: str, level: int = 1) -> None:
        for entry in words:
            key = tuple(_norm(w) for w in WORD.findall(entry))
            if key:
                entries.setdefault(key, (category, level))

    add(data["attribution"]["source_phrases"], "source")
    add(data["attribution"]["reporting_verbs"], "reporting")
    for scale in ("criticism", "praise"):
        for level, name in ((3, "labels"), (2, "strong"), (1, "mild")):
            add(data[scale][name], scale, level)
    add(data["hedges"]["terms"], "hedge")
    add(data["boosters"]["terms"], "booster")
    add(data["intensifiers"]["terms"], "intensifier")
    patterns = tuple(re.compile(p, re.IGNORECASE) for p in data["credits"]["patterns"])
    return Lexicon(entries, max(len(k) for k in entries), patterns)


@lru_cache(maxsize=8192)
def find_terms(text: str) -> tuple[Term, ...]:
    """Every lexicon term in `text`, left to right, longest entry first at each word (cached:
    one sentence is compared with its counterparts in every other document)."""
    lex = lexicon()
    words = list(WORD.finditer(text))
    keys = [_norm(m.group()) for m in words]
    out: list[Term] = []
    i = 0
    while i < len(words):
        for n in range(min(lex.longest, len(words) - i), 0, -1):
            hit = lex.entries.get(tuple(keys[i : i + n]))
            if hit is not None:
                start, end = words[i].start(), words[i + n - 1].end()
                out.append(Term(hit[0], hit[1], start, end, text[start:end]))
                i += n
                break
        else:
            i += 1
    return tuple(out)


def credit_of(sentence: str) -> str | None:
    """The credited outlet or agency when `sentence` is a credit line ("Source: Reuters"),
    "" for an unnamed credit ("With agencies"), None when it is not a credit line."""
    for pattern in lexicon().credit_patterns:
        m = pattern.match(sentence)
        if m:
            return (m.group(1) or "").strip() if m.groups() else ""
    return None
