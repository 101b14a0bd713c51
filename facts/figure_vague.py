"""Counts said without an exact number, and counts a reader compares that other finders
read as references, for `figures.find_figures`:

- orders of magnitude with no "of" after them: "several thousand teachers", "a few hundred
  were detained", "hundreds of them", "the hundreds trapped", "thousands marched", "tens of
  thousands more residents" (`vague_counts`; "hundreds of protesters" is
  `figure_phrases.approximate_counts`), and before "of" and words that name no one plural
  noun ("hundreds of thousands of secret and public files"); no value, so never in conflict
  with an exact count; not a span of time ("several hundred years", "thousands of years"),
  nor "scores" alone;
- a share with no counted noun that a verb or a pronoun follows: "just over half were
  female", "two-thirds said", "half of them" (`share_alone`);
- a streak told by an ordinal: "a seventh straight session", "his fifth win in a row"
  (`streak`); a streak of periods ("the fourth week in a row", "a third straight year")
  names a period, as MEANTIME's annotators read it, and is left to the dates;
- an age by its decade: "in his 60s", "in her early thirties" (`age_decades`);
- "one" after a word that limits a count: "only one title", "just one vote" (`counted_one`),
  not "the only one", nor "only one way" (a pick, no count).
"""

from __future__ import annotations

import re
from typing import Any

from facts.lexicon import singular
from facts.numbers import STOP, TIME_UNITS, is_plural, noun_run

_MAGNITUDE = "hundred|thousand|million|billion|dozen"
_VAGUE_SCALED = re.compile(
    rf"(?<![\w-])(?P<q>(?:several|a\s+few|a\s+couple(?:\s+of)?|many)\s+"
    rf"(?:{_MAGNITUDE}))(?![\w-])",
    re.I,
)
"""A vague number of a scale: "several thousand", "a few hundred", "a couple of million",
"several dozen"."""
_PLURAL_MAGNITUDE = re.compile(
    r"(?<![\w.,-])(?P<q>(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions"
    r"|billions))(?![\w-])",
    re.I,
)
"""A scale said as a plural noun: "hundreds", "tens of thousands"."""
_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|us|you|those|these|whom|which)\b", re.I)
_OF = re.compile(r"\s+of\b", re.I)
_MORE = re.compile(r"\s+more\b", re.I)
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+$")
_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
_UNIT_NOTE = re.compile(
    r"(?:\(|\b(?:given|expressed|stated|shown|reported|are|is|were|figures|amounts))\s*in\s+$",
    re.I,
)
"""Words before "in millions" that make it the unit of a table, not a count."""


def vague_counts(text: str, add: Any) -> None:
    """Orders of magnitude that count something with no "of" and its noun after them
    ("several thousand teachers", "hundreds of them", "the hundreds trapped"), passed to
    `add(start, end, key, label, norm, noun, value)` with no value (approximate)."""
    low = text.lower()
    if not any(w in low for w in ("hundred", "thousand", "million", "billion", "dozen")):
        return
    for m in _VAGUE_SCALED.finditer(text):
        _add_vague(text, m, add, scaled=True)
    for m in _PLURAL_MAGNITUDE.finditer(text):
        if _NUMBER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "the 1800s", "two hundreds": not an order of magnitude
        if _OF.match(text, m.end()) and not _OF_PRONOUN.match(text, m.end()):
            if not _of_no_plural(text, m.end()):
                continue  # "hundreds of protesters" (approximate_counts), "thousands of years"
            add(m.start(), m.end(), f"figure:{' '.join(m['q'].lower().split())}", m["q"],
                {"value": " ".join(m["q"].lower().split()), "approximate": True, "noun": ""},
                "", None)  # fmt: skip
            continue  # "hundreds of thousands of secret and public files": no single noun
        if _UNIT_NOTE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "(in thousands)": the unit of a table
        _add_vague(text, m, add, scaled=False)


def _add_vague(text: str, m: re.Match[str], add: Any, scaled: bool) -> None:
    after = m.end()
    more = _MORE.match(text, after)
    words, end = noun_run(text, more.end() if more else after)
    if words and not is_plural(words[-1]):
        words = []  # "several hundred square": no counted noun
    noun = singular(words[-1]) if words else ""
    if noun in TIME_UNITS or (scaled and noun == "" and _time_after(text, after)):
        return  # "several hundred years", "thousands more years": a span of time
    if not scaled and _IN_BEFORE.search(text, max(0, m.start() - 4), m.start()) and words:
        return  # "in millions of", "figures in thousands dollars": a unit, not a count
    q = " ".join(m["q"].lower().split())
    stop = end if words else m.end()
    add(m.start(), stop, f"figure:{q} {noun}".rstrip(), text[m.start() : stop],
        {"value": q, "approximate": True, "noun": noun}, noun, None)  # fmt: skip


_OF_WORDS = re.compile(r"\s+of\s+(?P<w>[a-z][a-z-]*)(?:\s+[a-z][a-z-]*){0,2}\s+(?:and|or)\s")


def _of_no_plural(text: str, end: int) -> bool:
    """True when "of" at `end` leads to lower-case words and a conjunction ("of secret
    military and diplomatic files"): the count of something the counted-noun reader cannot
    name; not "of years", "of times", "of the", "of them" ("of protesters" is read before,
    by approximate_counts, with its noun)."""
    words = _OF_WORDS.match(text, end)
    return words is not None and words["w"] not in STOP and words["w"] not in _TIME_PLURALS


_TIME_PLURALS = frozenset(["years", "months", "weeks", "days", "hours", "minutes", "times"])
_TIME_WORD = re.compile(
    r"\s+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|times)\b", re.I
)


def _time_after(text: str, end: int) -> bool:
    return _TIME_WORD.match(text, end) is not None


_SHARE_VERB = re.compile(
    r"\s+(?:were|are|have|had|say|said|agreed|voted|reported|told|own|owned|live|lived|"
    r"work|worked|came|come|chose|backed|supported|opposed|wanted|used|showed|disagreed|"
    r"approved|rejected|believe|believed|think|thought|died|survived)\b",
    re.I,
)
"""A verb a group takes after a share of it ("half were female", "a third said")."""
_HALF_VERB = re.compile(r"\s+(?:was|is|goes|went|will|would)\b", re.I)
_COMPARED_BEFORE = re.compile(
    r"\b(?:more|less|fewer)\s+than\s+$|\b(?:just\s+)?(?:over|under)\s+$|\b(?:nearly|almost|about|"
    r"around|roughly|some|only|barely|at\s+least|close\s+to|well\s+over)\s+$",
    re.I,
)


def share_alone(text: str, start: int, end: int, part: str, count: str) -> bool:
    """True when the fraction `text[start:end]` (its fraction word `part`, its count word
    `count`) is a share of a group named before, with no counted noun: a verb the group
    takes or "of them" after it ("just over half were female", "two-thirds said", "half of
    them"). "A quarter was" may be a coin or a period, so a share said with "a" needs a
    comparison before it ("more than a quarter were")."""
    if _OF_PRONOUN.match(text, end):
        return True
    verb = _SHARE_VERB.match(text, end) or (part == "half" and _HALF_VERB.match(text, end))
    if not verb:
        return False
    if count in ("a", "an", "one"):
        return _COMPARED_BEFORE.search(text, 0, start) is not None
    return True


_PERIODS = TIME_UNITS | {"quarter", "season", "term"}
_STREAK_WORD = frozenset(["straight", "consecutive", "successive", "running"])
_IN_A_ROW = re.compile(r"\s+in\s+a\s+row\b", re.I)


def streak(text: str, end: int, words: list[str]) -> int | None:
    """The end of a streak told by an ordinal whose words after it are `words` (ending at
    `end`): "a seventh straight session", "his fifth win in a row" (a count a reader
    compares); None for any other ordinal and for a streak of periods ("a third straight
    year")."""
    if not words or singular(words[-1].lower()) in _PERIODS:
        return None  # "the fourth week in a row", "a third straight year": a period, the dates'
    if words[0].lower() in _STREAK_WORD and len(words) > 1:
        return end
    row = _IN_A_ROW.match(text, end)
    return row.end() if row else None


_ONE_COUNTED_BEFORE = re.compile(
    r"(?<!\bthe\s)\b(?:only|just|merely|exactly|no\s+more\s+than|not\s+even|barely)\s+$", re.I
)
_NOUN_THEN_STOP = re.compile(r"\s+[a-z][a-z-]*(?=\s*[,.;:!?)]|\s*$|\s+(?P<w>[a-z]+)\b)")
_PICKED = frozenset(
    ["way", "thing", "reason", "question", "answer", "option", "choice", "word", "exception",
     "hope", "goal", "rule", "explanation", "conclusion", "solution", "problem", "lesson",
     "difference", "thought", "idea"]
)  # fmt: skip
"""Nouns "only one" picks rather than counts ("there is only one way")."""


def counted_one(text: str, start: int, end: int, noun: str) -> bool:
    """True when the "one" at `text[start:end]` counts its noun: a word that limits a
    count stands before it ("only one title at launch", "just one vote", "not even one
    goal") and the noun is the one word after it ("only one lengthy stretch" may be a manner
    of speaking, "at least one good source" advice); not "the only one", nor an abstract
    noun "only one" picks ("only one way", "just one thing")."""
    if not noun or noun in _PICKED:
        return False
    word = _NOUN_THEN_STOP.match(text, end)
    if word is None or (word["w"] and word["w"] not in STOP):
        return False
    return _ONE_COUNTED_BEFORE.search(text, 0, start) is not None


_AGE_DECADE = re.compile(
    r"\b(?:in|into|since|from|until|through)\s+(?:his|her|their|my|your|our)\s+"
    r"(?:(?P<q>early|mid|late)[- ]?)?"
    r"(?P<d>[1-9]0s|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies)\b",
    re.I,
)
"""An age by its decade: "in his 60s", "in her early thirties", "in their mid-20s"."""


def age_decades(text: str, add: Any) -> None:
    """Ages told by their decade ("a man in his 60s", "in her early thirties"): an age a
    reader compares, with no exact value, passed to `add` of the figure finder."""
    for m in _AGE_DECADE.finditer(text) if "0s" in text or "ies" in text else ():
        said = " ".join(filter(None, (m["q"], m["d"]))).lower()
        start = (
            m.start("d") if m["q"] and text[m.end("q")] == "-" else m.start("q" if m["q"] else "d")
        )
        add(start, m.end("d"), f"figure:{said} age", text[start : m.end("d")],
            {"value": said, "approximate": True, "noun": "age"}, "age", None)  # fmt: skip
