"""Ranges of money and percentages written with a dash or "between ... and" ("10-20
dollars", "$10-$20", "$1.5-2 billion", "5-10%", "between 5% and 10%"), read as one figure
before the single amounts are. "0.6% to 0.7%", with a percent at both ends, is one range
too, except after a verb of change or a "from" that opens no span of values ("rose 2% to
3%", "from 2% to 3%": a change and a level). `figures.find_figures` hands in its currency
words and signs and its `add` callback. Ranges of counted things and loose ranges ("between
20 and 30 people", "10 to 20 dollars", "three or four people", "between ~3x and ~12x") are
read after them by `counted_ranges`."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from facts.figure_news_forms import change_then_level
from facts.lexicon import singular
from facts.numbers import MULT, NUM, SCALES, SIGN, STOP, fmt, is_year, noun_run, parse_number

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


_BETWEEN = re.compile(
    rf"(?<![\w.,/-])(?:(?P<lead>between|from)\s+)?~?(?P<c1>\$|€|£)?(?P<n>{SIGN}{NUM})"
    rf"(?:\s?(?P<mult1>{MULT})\b)?(?:\s?(?P<u1>[a-z]{{1,3}})\b)?\s+(?P<to>and|to|or)\s+"
    rf"~?(?P<c2>\$|€|£)?(?P<n2>{SIGN}{NUM})(?:\s(?P<mult>{MULT})\b)?(?:\s?(?P=u1)\b)?(?![\w%])",
    re.I,
)
"""Two numbers joined by "and", "to" or "or", each maybe with a currency sign, a scale or a
short unit, opened maybe by "between" or "from" ("between 20 and 30", "10 to 20 dollars",
"$5 to $10", "three or four", "between ~3x and ~12x")."""


def counted_ranges(text: str, add: Any, codes: dict[str, str]) -> None:
    """Each range of counted things or of money not read as `money_and_percent_ranges`
    ("between 20 and 30 people", "10 to 20 dollars", "one or two indulgences"); a change then a
    level ("fell $2.86 to $77.11"), a choice between far numbers ("1 or 10 people"), years and
    bare pairs ("5 to 4") are not ranges. `codes` maps a sign or word to its currency code."""
    for m in _BETWEEN.finditer(text):
        lead, to = (m.group("lead") or "").lower(), m.group("to").lower()
        if (lead == "between") != (to == "and") or (lead == "from" and m.group("u1")):
            continue  # "from 44 mg to 50 mg" is a change: two figures, not one range
        if to == "or" and (lead or m.group("c1") or m.group("c2")):
            continue  # "one or two indulgences" is a range said loosely; "$50 or $100" two
        if not lead and change_then_level(text, m.start()):
            continue  # "fell $2.86 to $77.11": the fall and the new level
        if m.group("u1") and m.group("u1").lower() in STOP:
            continue
        lo, hi = parse_number(m.group("n")), parse_number(m.group("n2"))
        if lo is None or hi is None or lo >= hi or (to == "or" and hi > 2 * lo + 1):
            continue  # "or" between far numbers gives a choice: "1 or 10 people"
        if is_year(m.group("n")) and is_year(m.group("n2")) and not m.group("c1"):
            continue  # "1999 to 2004": years, the date extractor's
        mult = (m.group("mult") or m.group("mult1") or "").lower()
        lo, hi = lo * SCALES.get(mult, 1), hi * SCALES.get(mult, 1)
        unit = m.group("u1") or ""
        words, end = noun_run(text, m.end()) if not unit else ([], m.end())
        noun = singular(words[-1]) if words else unit.lower()
        noun = codes.get(words[-1].lower(), noun) if words else noun  # "10 to 20 dollars"
        cur = m.group("c1") or m.group("c2")
        if cur and not words:
            noun = codes[cur]
        if not lead and not words and not cur and not unit:
            continue  # "5 to 4": a score or a vote, not a range of something
        add(m.start(), end if words else m.end(), f"figure:{fmt(lo)}-{fmt(hi)} {noun}".rstrip(),
            text[m.start():end if words else m.end()],
            {"value": [lo, hi], "noun": noun}, noun, lo)  # fmt: skip
