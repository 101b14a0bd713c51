"""Ranges of money and percentages written with a dash or "between ... and" ("10-20
dollars", "$10-$20", "$1.5-2 billion", "5-10%", "between 5% and 10%"), read as one figure
before the single amounts are. "0.6% to 0.7%", with a percent at both ends, is one range
too, except after a verb of change or a "from" that opens no span of values ("rose 2% to
3%", "from 2% to 3%": a change and a level). `figures.find_figures` hands in its currency
words and signs and its `add` callback. Ranges of counted things ("20-30 people", "between
20 and 30 people") are `figures`' own patterns."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from facts.figure_news_forms import change_then_level
from facts.numbers import MULT, NUM, SCALES, SIGN, fmt, parse_number

_FROM = re.compile(
    r"(?<!\brange\s)(?<!\branges\s)(?<!\branging\s)(?<!\banywhere\s)\bfrom\s+$", re.I
)
""""from" before a pair, a change ("rose from 2% to 3%"), unless it opens a span of values
("ranging from 2% to 3%", "anywhere from 5% to 10%")."""


@cache
def _pattern(signs: str, words: str) -> re.Pattern[str]:
    def end(i: int) -> str:
        return rf"(?P<c{i}>[{signs}])?(?P<n{i}>{SIGN}{NUM})(?:\s?(?P<m{i}>{MULT})\b)?(?P<p{i}>%|\s?per ?cent\b|\s?percent\b)?"

    return re.compile(
        rf"(?<![\w.,$-])(?P<lead>between\s+)?{end(1)}(?(lead)\s+and\s+|(?:\s?[–—-]\s?|\s+(?P<to>to)\s+)){end(2)}"
        rf"(?:\s(?P<cw>{words})\b|\s?(?P<pw>per ?cent|percent)\b)?(?![\w%-])",
        re.I,
    )


def money_and_percent_ranges(text: str, add: Any, signs: str, words: str, codes: dict[str, str]
                             ) -> None:  # fmt: skip
    """Each range whose ends carry a currency sign or word or a percent sign; `codes` maps a
    sign or word to its currency code."""
    if not re.search(r"\d", text):
        return
    for m in _pattern(signs, words).finditer(text):
        cur = m["c1"] or m["c2"] or m["cw"]
        percent = bool(m["p1"] or m["p2"] or m["pw"])
        if not cur and not percent:
            continue  # "20-30 people", "between 20 and 30": figures' range patterns
        if m["lead"] is None and m["p1"] and not m["p2"]:
            continue  # "5%-10 points": not one range
        if m["to"] and not (m["p1"] and m["p2"] and not _FROM.search(text, 0, m.start())):
            continue  # "from 2% to 3%": a change; "10 to 20 dollars" is figures' own range
        if m["to"] and change_then_level(text, m.start()):
            continue  # "rose 2% to 3%": the rise and the new level
        lo, hi = parse_number(m["n1"]), parse_number(m["n2"])
        if lo is None or hi is None:
            continue
        hi_scale = SCALES.get((m["m2"] or "").lower(), 1)
        lo_scale = SCALES.get((m["m1"] or "").lower(), 0) or hi_scale  # "$1.5-2 billion"
        lo, hi = lo * lo_scale, hi * hi_scale
        if lo >= hi:
            continue  # "52-48": a vote or a score
        unit = "%" if percent else codes.get((cur or "").lower(), codes.get(cur or "", cur or ""))
        key = f"figure:{fmt(lo)}-{fmt(hi)} {unit}"
        add(m.start(), m.end(), key, m[0], {"value": [lo, hi], "unit": unit}, unit, lo)
