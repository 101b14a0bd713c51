"""News forms around a number that change what the figure finders read:

- a change then a level ("crude fell $2.86 to $77.11", "rose 5 cents to $4.50"): after a
  verb of change, "X to Y" is two figures, never one range: `change_then_level`;
- numbers that count nothing a reader compares: a field position ("the 20-yard line"), a
  sports idiom ("a three-on-two break", "one-on-one"), a calendar period that is a date ("in
  the first seven months of 1996", "two Sundays ago"), years before "BC" or "AD"
  ("1991-1786 BC"): `not_counted`;
- a hyphen left hanging before "and", "or" or "to" ("32- and 64-bit", "two- and three-bedroom
  flats") gives the first number the unit of the second, and "a 30-to-60-day process" is one
  range: `hanging_hyphens`;
- a number made vague by "-ish" ("a 40-ish crowd", "360-ish plates"): `ish_numbers`."""

from __future__ import annotations

import re
from typing import Any

from facts.lexicon import singular
from facts.numbers import NUM, TIME_UNITS, counted_noun, fmt, noun_run, parse_number

_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|off|rose|rises|rising|risen|fell|falls|falling|fallen|gained|gains|gaining|"
    r"lost|loses|losing|dropped|drops|dropping|jumped|jumps|climbed|climbs|slipped|slips|slid|"
    r"declined|declines|increased|increases|decreased|decreases|added|adds|shed|sheds|eased|"
    r"eases|edged|edges|surged|surges|plunged|plunges|tumbled|tumbles|soared|soars|advanced|"
    r"advances|retreated|widened|narrowed|grew|grows|shrank|cut|raised|lowered)"
    r"(?:\s+(?:by|a\s+further|another))?\s+$",
    re.I,
)


def change_then_level(text: str, start: int) -> bool:
    """True when a verb of change comes right before the pair at `start`: "fell $2.86 to
    $77.11" is the fall and the new level, two figures, not a range."""
    return _CHANGE_BEFORE.search(text, max(0, start - 40), start) is not None


_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
_LINE_AFTER = re.compile(r"\s+line\b", re.I)
_ON_PAIR_AFTER = re.compile(r"-on-[a-z]+\b", re.I)
_ON_PAIR_BEFORE = re.compile(r"\b[a-z]+-on-$", re.I)
_ERA_AFTER = re.compile(r"\s*(?:BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE)(?![\w])")
_PERIOD_BEFORE = re.compile(
    r"\b(?:first|last|past|next|previous|coming|final|opening|initial)\s+$", re.I
)
_YEAR_AFTER = re.compile(
    r"\s+(?:(?:of|in)\s+)?(?:(?:this|last|next|the)\s+(?:year|fiscal\s+year)\b"
    r"|(?:1[89]|20)\d\d\b)",
    re.I,
)
_AGO = re.compile(r"\s+ago\b", re.I)
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}:\s$")
_CLOCK_AFTER = re.compile(r":\s\d\d\b|:\d\d\s+(?:left|remaining|to\s+go|to\s+play)\b")
"""A clock reading with its minutes set apart ("11: 43", as some news text is tokenised) or
a game clock ("11:43 left")."""


def not_counted(text: str, start: int, end: int, noun: str) -> bool:
    """True when the figure `text[start:end]` counting `noun` is a field position, part of a
    sports idiom, a date or a year range ("the 7-yard line", "three-on-two", "the first seven
    months of 1996", "two Sundays ago", "1991-1786 BC")."""
    if noun in ("yard", "metre", "meter") and _LINE_AFTER.match(text, end):
        return True  # "the 20-yard line": a place on the field
    if _ON_PAIR_AFTER.match(text, end) or _ON_PAIR_BEFORE.search(text, max(0, start - 20), start):
        return True  # "a three-on-two break", "one-on-one"
    if noun in _WEEKDAYS and _AGO.match(text, end):
        return True  # "two Sundays ago": a date
    if _ERA_AFTER.match(text, end):
        return True  # "1991-1786 BC": years
    if _CLOCK_BEFORE.search(text, max(0, start - 6), start) and text[start : start + 2].isdigit():
        return True  # "with 11: 43 left": the minutes of a clock spaced out
    if re.fullmatch(r"\d{1,2}", text[start:end]) and _CLOCK_AFTER.match(text, end):
        return True  # its hours
    return (
        noun in TIME_UNITS
        and noun != "time"
        and _PERIOD_BEFORE.search(text, max(0, start - 20), start) is not None
        and _YEAR_AFTER.match(text, end) is not None
    )  # "in the first seven months of 1996": a period of that year, the date's


_HANGING = re.compile(
    rf"(?<![\w.,-])(?P<n>{NUM})-\s+(?P<c>and|or|to)\s+(?P<n2>{NUM})-(?P<u>[a-z]+)\b(?!-)", re.I
)
_RANGE_JOINED = re.compile(rf"(?<![\w.,-])(?P<n>{NUM})-to-(?P<n2>{NUM})-(?P<u>[a-z]+)\b(?!-)", re.I)


def hanging_hyphens(text: str, add: Any) -> None:
    """ "32- and 64-bit versions": both numbers carry the unit after the second; "a
    30-to-60-day process" is one range; passed to the figure finder's `add`."""
    if "-" not in text:
        return
    for m in _HANGING.finditer(text):
        unit = singular(m["u"].lower())
        for group in ("n", "n2"):
            value = parse_number(m[group])
            if value is None:
                continue
            end = m.end(group) + (1 if group == "n" else 1 + len(m["u"]))
            add(m.start(group), end, f"figure:{fmt(value)} {unit}", text[m.start(group) : end],
                {"value": value, "unit": unit}, unit, value)  # fmt: skip
    for m in _RANGE_JOINED.finditer(text):
        lo, hi = parse_number(m["n"]), parse_number(m["n2"])
        if lo is None or hi is None or lo >= hi:
            continue
        unit = singular(m["u"].lower())
        add(m.start(), m.end(), f"figure:{fmt(lo)}-{fmt(hi)} {unit}", m[0],
            {"value": [lo, hi], "noun": unit}, unit, lo)  # fmt: skip


_AT_BEFORE = re.compile(r"\b(?:at|by|until|around)\s+$", re.I)
_ISH = re.compile(rf"(?<![\w.,-])(?P<n>{NUM})-?ish\b(?!-)", re.I)


def ish_numbers(text: str, add: Any) -> None:
    """ "360-ish plates", "a fifty-ish man": the number and what it counts, marked
    approximate; passed to the figure finder's `add`."""
    for m in _ISH.finditer(text) if "ish" in text else ():
        value = parse_number(m["n"])
        if value is None:
            continue
        words, end = noun_run(text, m.end())
        if not words and _AT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "at 5-ish": a time of day
        noun = counted_noun(words) if words else ""
        end = end if words else m.end()
        add(m.start(), end, f"figure:{fmt(value)} {noun}".rstrip(), text[m.start() : end],
            {"value": value, "noun": noun, "approximate": True}, noun, value)  # fmt: skip
