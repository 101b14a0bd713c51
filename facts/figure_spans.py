"""Figures from spaCy's CARDINAL, MONEY, PERCENT and QUANTITY spans that the patterns of
`figures` missed ("2 1/2 inches", "less than 100", "aged 5 to 11"), and the tests both share:
a small number that refers back ("the two sides"), an order of magnitude ("several
hundred"), an ordinal word ("twenty-fifth"), decimals said in words ("five point five")."""

from __future__ import annotations

import re
from typing import Any

from facts.bare_numbers import (
    after_label,
    names_or_orders,
    refers_back,
    time_of_day,
    vague_or_two,
)
from facts.figure_exclusions import not_a_quantity
from facts.figure_models import model_number
from facts.figure_references import version_after_name
from facts.lexicon import MULTIPLIERS, ORDINALS, UNIT_NAMES, singular
from facts.nlp import Span
from facts.numbers import (
    DIGITS,
    MULT,
    SCALES,
    SIGN,
    STOP,
    TIME_UNITS,
    WORDNUM,
    counted_noun,
    fmt,
    is_plural,
    is_year,
    noun_run,
    parse_number,
    sign_before,
)
from facts.written_numbers import FRACTION_IN_WORDS

_SMALL_WORDS = frozenset(["one", "a", "an"])


_DEFINITE = re.compile(
    r"(?:\b(?:the|these|those|both|its|their|his|her|our|my|your)|[’']s?)\s+$", re.I
)
_VAGUE = re.compile(r"\b(?:several|few|many|some|hundreds|thousands)\s+$", re.I)


def small_reference(text: str, start: int, raw: str, noun: str) -> bool:
    """ "one", "a", or "two"/"three" after a determiner ("the two sides", "its three
    members") or a number alone after "the", "these" or "those" before a verb ("These 11 had
    until May"): a reference to things already named, not a count worth comparing; "one
    mile", "one dollar" are measures."""
    low = raw.lower()
    if low in _SMALL_WORDS:
        return noun not in UNIT_NAMES or low != "one"
    if not noun and refers_back(text, start, start + len(raw)):
        return True  # "These 11 had until May": a pronoun for things named before
    return low in ("two", "three") and _DEFINITE.search(text, 0, start) is not None


_CLOCK_READING = re.compile(r":[0-5]\d(?!\d)")
_NUMBER_CHAIN = re.compile(r"[-–]\d")


def vague_magnitude(text: str, start: int, raw: str) -> bool:
    """ "several hundred", "a few thousand": an order of magnitude, not a value."""
    return raw.lower() in MULTIPLIERS and _VAGUE.search(text, 0, start) is not None


_LEAD_WORDS = re.compile(
    r"(?:about|around|nearly|almost|some|over|more than|less than|fewer than|up to|at least|"
    r"roughly|approximately|only|just|the|a|an)\s+",
    re.I,
)
_SPAN_NUMBER = re.compile(
    rf"(?P<n>{SIGN}(?:(?:\d+\s+)?\d+/\d+(?![\d,.])|\d{{1,3}}(?:[ \u202f\u00a0]\d{{3}})+(?![\d,])"
    rf"|(?:{DIGITS})(?:\s+\d+/\d+)?)"
    rf"|(?i:{WORDNUM})(?:(?:[ -]|(?<=[Hh]undred)\s+and\s+)(?i:{WORDNUM}))*(?![A-Za-z]))"
    rf"(?:(?:\s|-(?=[a-z]{{4}}))?(?P<mult>{MULT})\b)?"
)
_SPAN_UPPER = re.compile(rf"(?:to|and|[–—-])\s*(?P<n>{DIGITS})|to\s+(?P<w>(?i:{WORDNUM}))", re.I)
"""The upper end of a range inside a number span ("5 to 11")."""
_FRACTION_SPAN = re.compile(rf"(?i:{FRACTION_IN_WORDS})")
POINT_DECIMAL = re.compile(rf"\s+point\s+(?i:{WORDNUM})\b", re.I)
_HYPHEN_WORD = re.compile(r"-(?P<w>[A-Za-z]+)\b(?!-)")


def ordinal_word(word: str) -> bool:
    """ "fifth", "twenty-fifth", "hundredth", "thirds": an ordinal, or the denominator of a
    fraction in words, which the bare-number finder reads ("two thirds"); not "month"."""
    low = word.lower().split("-")[-1]
    low = low[:-1] if low.endswith("ths") or low == "thirds" else low
    return low in ORDINALS or (low.endswith("th") and low[:-2] in MULTIPLIERS)


def from_span(text: str, span: Span, add: Any) -> None:
    """A figure from a spaCy number span the patterns missed: its first number is the value
    and the rest of the span (or the counted noun after it) the unit."""
    start, end = span.start, span.end
    lead = _LEAD_WORDS.match(text, start, end)
    if lead:
        start = lead.end()
    m = _SPAN_NUMBER.match(text, start, end)
    if m is None:
        return
    raw = m.group("n")
    num = parse_number(raw)
    if num is None:
        return
    if is_year(raw) and end == m.end():
        return  # a bare year
    if end == m.end() and time_of_day(text, m.start(), m.end()):
        return  # "at 10.30": a time of day
    if _CLOCK_READING.match(text, m.end()) or _NUMBER_CHAIN.match(text, end):
        return  # "at 19:56": a clock reading; "the 737-800 range": a chain the patterns read
    if POINT_DECIMAL.match(text, end) or POINT_DECIMAL.match(text, m.end()):
        return  # "minus five point five": a number in words the bare-number finder reads
    if _FRACTION_SPAN.fullmatch(text, start, end):
        return  # "two thirds": a fraction in words, read by the bare-number finder
    if ordinal_word(text[start:end].split()[-1]):
        return  # "twenty-fifth", "two hundredth": an ordinal, figures only when it ranks
    value = num * SCALES.get((m.group("mult") or "").lower(), 1)
    rest = text[m.end() : end].strip().lstrip("-")
    if text[m.end() : end].strip().lower() in STOP:
        return  # "3 hundred and": a span cut short, read whole by the bare-number finder
    upper = _SPAN_UPPER.fullmatch(rest)
    top = (upper["n"] or upper["w"]) if upper else ""  # "5 to 11", "twenty to thirty"
    hi = parse_number(top) if top else None
    if hi is not None and hi > value and not (is_year(raw) and is_year(top)):
        add(start, end, f"figure:{fmt(value)}-{fmt(hi)}", text[start:end],
            {"value": [value, hi], "noun": ""}, "", value)  # fmt: skip
        return  # "aged 5 to 11": a range
    hyphen = _HYPHEN_WORD.match(text, end) if not rest else None
    if hyphen and not raw[-1:].isdigit():
        return  # "a two-state solution": a compound the unit patterns did not read
    if hyphen:
        rest, end = hyphen["w"], hyphen.end()  # "68-ounce cans"
    words: list[str] = []
    if rest:
        unit = singular(rest.split()[-1].strip(".,"))
    else:
        words, noun_end = noun_run(text, end)
        if words and ordinal_word(words[0]):
            return  # "two hundredth", "one hundred twenty fifth": an ordinal or a fraction
        if words and words[0].lower() in SCALES and len(words[0]) > 2 and not m.group("mult"):
            value *= SCALES[words[0].lower()]  # "4 bln of bonds": a scale the span left out
            end, words = noun_end, words[1:]
        if words:
            end, unit = noun_end, counted_noun(words)
        else:
            unit = ""
    if not_a_quantity(text, start, m, bool(rest) or unit in UNIT_NAMES) or vague_magnitude(
        text, start, raw
    ):
        return
    if not rest and version_after_name(text, start, words):
        return  # "the Python 3 porting effort": a version
    if not rest and (model_number(text, start, m.end(), words) or vague_or_two(text, start)):
        return  # "Boeing's 787", "iPhone 4 owners", "an app or two"
    if not words and re.fullmatch(r"[\d,\s]*", rest) and names_or_orders(text, start, end):
        return  # "Apollo 11", "page 5", "( 613 ) 235-6745"
    if words and raw[:1].isdigit() and after_label(text, start):
        return  # "the No. 1 music seller", "page 5 results": a rank or a label, no count
    if not rest and (
        (small_reference(text, start, raw, unit) and unit not in TIME_UNITS)
        or (value == 0 and not (words and is_plural(words[0])))
    ):
        return
    signed = sign_before(text, start) if value > 0 and (not unit or unit in UNIT_NAMES) else None
    if signed is not None:  # "negative seven", "minus 40 degrees"
        start, value = signed, -value
    add(start, end, f"figure:{fmt(value)} {unit}".rstrip(), text[start:end],
        {"value": value, "unit": unit}, unit, value)  # fmt: skip
