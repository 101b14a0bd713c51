"""Bare numbers: figures with no counted noun after them ("the death toll rose to 45.",
"greater than 4,565", "minus five point five", "10k", "two hundred and fifty"), the last
figure finder of a sentence, run once the pattern dates, the other figure finders and spaCy's
dates have claimed their spans.

A bare number is kept when it reads as an amount: not a year ("in 2008"), a time of day
("at 10.30"), a list's "1." or "(2)", part of an identifier or a name ("192.168.1.2",
"COVID-19", "Apollo 11", "Route 66", "10 Downing Street", "page 5", "No. 10", "the Nine
Network"), a reference back ("one", "the two"), nor an order of magnitude ("several
hundred"). A number inside a name spaCy or the news NER found is left to the entities, one
inside a spaCy TIME span ("10 tonight") to the dates; spaCy's other DATE spans that the date
finder turned down ("between negative ten and fifteen") do not hide a number."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from facts.candidate import Candidate, Taken
from facts.lexicon import MULTIPLIERS, NUMBER_WORDS
from facts.nlp import Span
from facts.numbers import DIGITS, STOP, fmt, is_year, noun_run, parse_number

_NUMBER_WORDS = sorted(
    [*NUMBER_WORDS, *(m for m in MULTIPLIERS if len(m) > 2), "nought", "naught"],
    key=len,
    reverse=True,
)
_WORD = "(?:" + "|".join(_NUMBER_WORDS) + ")"
_WRITTEN = (
    rf"{_WORD}(?:(?:\s*-\s*|(?<=red|and|ion)\s+and\s+|\s+){_WORD})*"
    rf"(?:\s+point(?:\s+{_WORD})+)?"
    r"(?:\s+and\s+an?\s+(?:half|quarter|third))?"
)
"""A number in words: "twenty-one trillion three hundred", "fifty - two", "five point five",
"forty two and a third"; "and" only after "hundred", "thousand" or "-illion" ("ten and
fifteen" are two numbers)."""
_SPACED = r"\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:\.\d+)?(?![\d,])"
"""Thousands set apart by spaces: "40 000", "1 414 021 100", "1\u202f234\u202f567.89"."""
_PHONE = re.compile(r"\+\s?\d[\d\s().-]{5,}\d")
"""An international phone number: "+44 171 542 8062", "+1-222-2222"."""
_SUFFIX = r"k|K|M|MM|mil|mln|bn|bln|b|tn|tln|trn|lakh|crore|thousand|million|billion|trillion"
_SUFFIX_SCALE = {"k": 1e3, "mm": 1e6, "mil": 1e6, "mln": 1e6, "bln": 1e9, "b": 1e9,
                 "tn": 1e12, "tln": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7}  # fmt: skip
_BARE = re.compile(
    rf"(?<![\w.,/^'’#$£€%+-])(?P<sign>(?:[-−]\s?|(?i:minus|negative)\s+))?"
    rf"(?:(?P<d>{_SPACED}|{DIGITS})(?:\s?(?P<suffix>{_SUFFIX})\b)?|(?P<w>(?i:{_WRITTEN})))"
    r"(?![\w%/^]|[.,:]\d|-\w|[’']\w)"
)
_TIME = re.compile(r"\d{1,2}[:.][0-5]\d")
_AT_BEFORE = re.compile(r"\b(?:at|by|until|till|from|before|after)\s+$", re.I)
_CLOCK_AFTER = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|o[’']clock|hrs|GMT|UTC|[A-Z][SD]T)\b", re.I)
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][\w.]*)\s*$")
_DETERMINER = re.compile(
    r"\b(?:the|these|those|both|all|its|their|his|her|our|my|your|a|an|every|each)\s+$", re.I
)
_VAGUE = re.compile(r"\b(?:several|few|many|some|hundreds|thousands|tens)\s+$", re.I)
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
_ENUMERATOR = re.compile(r"\s*(?:\(\s*\d{1,3}\s*\)|\d{1,3}\s*[.)])(?:\s|$)")
_DIGIT_GROUP_AFTER = re.compile(r"\s*[)]?\s+\d{3,}(?![\d,.])")
_DIGIT_GROUP_BEFORE = re.compile(r"(?<![\d,.])\d{3,}\s*[)]?\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*)$")
_ENTITY_LABELS = frozenset(["person", "organisation", "place", "facility"])


@cache
def _label_words() -> frozenset[str]:
    """Words after which a number names or orders something ("page 5", "No. 10")."""
    path = resources.files("facts") / "data" / "number_labels.txt"
    words = path.read_text(encoding="utf-8").split("\n")
    return frozenset(w.strip() for w in words if w.strip() and not w.startswith("#"))


def _value(m: re.Match[str]) -> float | None:
    raw = m["d"] or m["w"]
    low = raw.lower()
    if m["w"]:
        whole, _, decimals = low.partition(" point ")
        extra = 0.0
        for part, share in (("half", 0.5), ("quarter", 0.25), ("third", 1 / 3)):
            if re.search(rf"\s+and\s+an?\s+{part}$", whole):
                whole, extra = re.sub(rf"\s+and\s+an?\s+{part}$", "", whole), share
        num = parse_number(re.sub(r"\s*-\s*", "-", whole).replace("nought", "zero")
                           .replace("naught", "zero"))  # fmt: skip
        if num is None:
            return None
        if decimals:
            digits = [parse_number(w) for w in decimals.replace("nought", "zero").split()]
            if any(d is None or d > 99 for d in digits):
                return None
            num += float("0." + "".join(fmt(d) for d in digits if d is not None))
        num += extra
    else:
        num = parse_number(raw)
        if num is None:
            return None
        suffix = (m["suffix"] or "").lower()
        num *= _SUFFIX_SCALE.get(suffix) or MULTIPLIERS.get(suffix, 1)
    return -num if m["sign"] else num


def names_or_orders(text: str, start: int, end: int) -> bool:
    """A number with no counted noun (`text[start:end]`) that names or orders something
    rather than counts it: a list's "1.", a phone number, "Apollo 11", "page 5", "10 Downing
    Street", "the Nine Network"."""
    before, raw = text[:start], text[start:end]
    if "+" in text and any(p.start() <= start and end <= p.end() for p in _PHONE.finditer(text)):
        return True
    if not before.strip() and _ENUMERATOR.match(text, start):
        return True  # "1. The ...", "(2)"
    if (
        re.search(r"[(]\s*$", before)
        and (len(raw) < 3 or re.match(r"\s+\d[\d\s]*[)]", text[end:]))
        and re.match(r"[\s\d]*[)]", text[end:])
    ):
        return True  # "( 2 )", "( 36 1 ) 327 4040"
    if raw[:1].isdigit() and (
        _DIGIT_GROUP_AFTER.match(text, end) or _DIGIT_GROUP_BEFORE.search(before)
    ):
        return True  # "542 8062", "( 613 ) 235": a phone number or a code
    prev = _WORD_BEFORE.search(before)
    if prev and not _SENTENCE_START.search(before[: prev.start()]):
        word = prev["w"]
        if word[0].isupper() and word.lower().rstrip(".") not in STOP:
            return True  # "Apollo 11", "Article 5", "English 101"
    if prev and prev["w"].lower().rstrip(".") in _label_words():
        return True  # "page 5", "No. 10", "version two"
    return raw[:1].isupper() and not raw[:1].isdigit() and not _SENTENCE_START.search(before)


def _time_or_year(text: str, m: re.Match[str]) -> bool:
    raw = m["d"] or ""
    if not raw or m["suffix"]:
        return False
    if is_year(raw) and not m["sign"]:
        return True
    if _TIME.fullmatch(raw) and (
        ":" in raw or _AT_BEFORE.search(text, 0, m.start()) or _CLOCK_AFTER.match(text, m.end())
    ):
        return True  # "at 10.30", "7:45"
    return bool(_CLOCK_AFTER.match(text, m.end()) and re.fullmatch(r"\d{1,2}", raw))


def _reference(text: str, m: re.Match[str]) -> bool:
    """ "one", "the two", "several hundred": not an amount worth comparing."""
    low = (m["w"] or "").lower()
    if not low or m["sign"]:
        return False
    if low in ("one", "a", "an", "hundred", "thousand", "dozen"):
        return True
    if low in ("two", "three") and _DETERMINER.search(text, 0, m.start()):
        return True
    return low in MULTIPLIERS and _VAGUE.search(text, 0, m.start()) is not None


def find_bare_numbers(
    text: str, offset: int, sentence: int, taken: Taken, spans: list[Span] | None = None
) -> list[Candidate]:
    """Figures of one sentence that are a number alone, in spans nothing else has claimed."""
    out: list[Candidate] = []
    if not re.search(r"\d|" + _WORD, text, re.I):
        return out
    names = [
        (s.start, s.end)
        for s in spans or ()
        if s.label in _ENTITY_LABELS
        or (s.label == "TIME" and not re.fullmatch(r"\s*\d{1,3}\s*", text[s.start : s.end]))
    ]
    for m in _BARE.finditer(text):
        a, b = offset + m.start(), offset + m.end()
        if not taken.free(a, b) or any(s < m.end() and m.start() < e for s, e in names):
            continue
        if (
            _time_or_year(text, m)
            or names_or_orders(text, m.start(), m.end())
            or _reference(text, m)
            or _CAPITAL_AFTER.match(text, m.end())  # "10 Downing Street", "the 7 Eleven"
        ):
            continue
        if noun_run(text, m.end())[0]:
            continue  # a counted noun the other finders weighed and turned down
        value = _value(m)
        if value is None:
            continue
        taken.add(a, b)
        label = m.group(0)
        out.append(
            Candidate(
                "figure", f"figure:{fmt(value)}", label, a, b, sentence, {"value": value}, "", value
            )
        )
    return out
