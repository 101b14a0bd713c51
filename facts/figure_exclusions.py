"""Numbers that read like counts or ranges but are something else, for the figure finders:

- scores and tallies, a pair written high first or level ("a 91-73 victory", "a 7-0 lead",
  "4-4 away", "a 5-4 ruling"): no writer gives a range high end first, so the pair is a
  result. `scores` finds them as figures whose value is the pair (`{"value": "91-73",
  "score": [91, 73]}`), never a range and never compared as one number;
- identifiers, a number inside a chain of codes joined by hyphens ("SS-100-202",
  "12-CR-345", "COVID-19", "MH-370"): `in_identifier`;
- number words in a fixed compound: two number words that do not make one number ("a
  one-two punch", "a one-two finish") and "zero" joined to a word ("zero-hours contracts",
  "zero-sum"), which names a kind of thing: `number_word_compound`;
- numbers that name or order something ("2K12", "5G", "9/11", "24/7", a list's "1.", "in
  ’91", "the Nine Network", "the 1,000th", "the 76ers"): `not_a_quantity`;
- a round-up's result line, each team named then its score ("Jets 2, Predators 1:"):
  `team_scores`;
- comparisons said as a multiple ("half as much", "twice as many", "twice the rate") are
  figures the count patterns miss: `multiples`;
- records of three small numbers ("improved to 14-0-1", "a 1-6-2 skid"): `records`, and not
  an identifier for `in_identifier`."""

from __future__ import annotations

import re
from typing import Any

from facts.lexicon import singular
from facts.numbers import NUMBER_WORD, fmt, noun_run

_SCORE = re.compile(
    r"(?<![\w.,/$£€%–—-])(?P<a>\d{1,3})\s?[-–—]\s?(?P<b>\d{1,3})(?![\w%$£€/]|[.,]\d|\s?[-–—]\s?\d)"
)
"""Two small whole numbers joined by a hyphen or a dash, not part of a longer chain."""

_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES = ("hundred", "thousand", "million", "billion", "trillion", "dozen")
_WORD_PAIR = re.compile(rf"(?P<a>{NUMBER_WORD})-(?P<b>{NUMBER_WORD}|{'|'.join(_SCALES)})\b", re.I)
_ZERO_COMPOUND = re.compile(r"(?:zero|nought|naught)-[a-z]", re.I)

_CODE_CHAIN = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+")
"""Letters and digits joined by hyphens ("SS-100-202", "10-day", "COVID-19")."""

_MULTIPLE = re.compile(
    r"(?<![\w-])(?P<m>half|twice|thrice|double)(?:\s+as\s+(?:much|many|large|big|high|long|fast)\b"
    r"|(?<!half)(?=\s+the\s+(?:rate|number|amount|size|price|cost|level|speed|average|risk|share)\b))",
    re.I,
)
_MULTIPLE_VALUE = {"half": 0.5, "twice": 2.0, "thrice": 3.0, "double": 2.0}


def _code_like(part: str) -> bool:
    """ "SS", "CR", "30SME", "MH": capitals only, or letters and digits mixed."""
    has_digit = any(ch.isdigit() for ch in part)
    has_alpha = any(ch.isalpha() for ch in part)
    return (has_alpha and has_digit) or (has_alpha and part.isupper())


def in_identifier(text: str, start: int) -> bool:
    """True when the number at `start` sits in a code of hyphen-joined parts: after a code
    part ("COVID-19", "MH-370", "SS-100-202") or in a chain of three parts or more with a code
    or only digits ("12-CR-345", "100-202-33"), or before a part of letters and digits
    ("5-1A"); not "10-day", "10-MW" (a number then its unit)
    nor "10-20" (a range)."""
    if not text[start : start + 1].isalnum():
        return False
    for m in _CODE_CHAIN.finditer(text, max(0, start - 40), min(len(text), start + 40)):
        if not m.start() <= start < m.end():
            continue
        if m.start() > 0 and text[m.start() - 1] in "-–":
            return False  # the window cut a chain: judged from its real start
        parts = m.group(0).split("-")
        if _win_loss_tie(text, m.start(), m.end()):
            return False  # "improved to 14-0-1": a record of wins, losses and ties
        before = text[m.start() : start].split("-")[:-1]
        if before and (_code_like(before[-1]) or (before[-1].isdigit() and len(parts) >= 3)):
            return True
        after = text[start : m.end()].split("-")[1:]
        if after and any(ch.isdigit() for ch in after[0]) and any(ch.isalpha() for ch in after[0]):
            return True  # "5-1A", "3-4G": a class or a code, letters and digits after
        return len(parts) >= 3 and (
            any(_code_like(p) for p in parts) or all(p.isdigit() for p in parts)
        )
    return False


def number_word_compound(text: str, start: int, end: int) -> bool:
    """True when the figure `text[start:end]` opens with number words in a fixed compound:
    "one-two punch" (not "twenty-two" nor "two-thousand"), "zero-hours contracts"."""
    pair = _WORD_PAIR.match(text, start, end)
    if pair and pair["a"].lower() not in _TENS and pair["b"].lower() not in _SCALES:
        return True
    return _ZERO_COMPOUND.match(text, start, end) is not None


_TEAM_RECORD = re.compile(r"[A-Z][\w’'.]*\s\($")
"""A pair in brackets after a name: a team's record ("the Jaguars (5-10)")."""
_RECORD_BEFORE = re.compile(
    r"\brecords?\s+(?:of|at|to)\s+$|\b(?:fell|falls|dropped|drops|slipped|slips|improved|"
    r"improves|moved|moves|went|goes)\s+to\s+$"
)
"""Words before a pair that make it a win-loss record ("a record of 9-14", "fell to 2-6")."""


def _record(text: str, m: re.Match[str]) -> bool:
    """True when a pair written low first is still a win-loss record: in brackets after a
    name ("the Lions (0-14)"), or after "record of" or "fell to" with no counted noun."""
    if _TEAM_RECORD.search(text, 0, m.start()) and text[m.end() : m.end() + 1] in (")", ","):
        return True
    return bool(_RECORD_BEFORE.search(text, 0, m.start()) and not noun_run(text, m.end())[0])


_THREE_PARTS = re.compile(r"(?P<w>\d{1,2})-(?P<l>\d{1,2})-(?P<t>\d{1,2})")
_RECORD3_BEFORE = re.compile(
    r"(?:\(|\b(?:to|at|is|are|was|were|be|of|a|an|his|her|their|its|following)\s+)$", re.I
)
_RECORD3_AFTER = re.compile(r"\)|\s+(?:in|on|record|mark|skid|start|streak|run|overall|away|at)\b")


def _win_loss_tie(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` is a record of three small numbers ("improved to 14-0-1",
    "a 1-6-2 skid", "Palm Bay (1-0-2):"): wins, losses and ties or overtime losses, said
    after "to", "is", "a" or in brackets, before a bracket, "in", "record", "skid"..."""
    before = _RECORD3_BEFORE.search(text, max(0, start - 12), start)
    if not _THREE_PARTS.fullmatch(text, start, end) or before is None:
        return False
    if _RECORD3_AFTER.match(text, end):
        return True
    closing = end == len(text) or text[end] in ".,;:"  # "a code is 12-34-56.": no record
    return closing and before[0].strip().lower() not in ("is", "are", "was", "were", "be")


def records(text: str, add: Any) -> None:
    """Records of three small numbers ("New York improved to 14-0-1", "a 1-6-2 skid", "(3-0-2)"),
    passed to `add(start, end, key, label, norm, noun, value)` of the figure finder: one
    figure whose value is the record, never compared as a number."""
    for m in _THREE_PARTS.finditer(text) if "-" in text else ():
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-.,/$"):
            continue
        if not _win_loss_tie(text, m.start(), m.end()):
            continue
        said = m[0]
        norm = {"value": said, "record": [float(m[g]) for g in "wlt"], "noun": ""}
        add(m.start(), m.end(), f"figure:record {said}", said, norm, "record", None)


def scores(text: str, add: Any) -> None:
    """Scores, tallies and records ("won 91-73", "a 7-0 lead", "a 1-1 draw", "a 5-4 ruling",
    "the Jaguars (5-10)"), passed to `add(start, end, key, label, norm, noun, value)` of the
    figure finder: the first number not below the second, or a pair `_record` reads, with no
    unit after them."""
    for m in _SCORE.finditer(text) if "-" in text or "–" in text or "—" in text else ():
        a, b = int(m["a"]), int(m["b"])
        if (a < b and not _record(text, m)) or in_identifier(text, m.start()):
            continue
        words, end = noun_run(text, m.end())
        noun = singular(words[-1]) if words else ""
        end = end if words else m.end()
        key = f"figure:score {a}-{b} {noun}".rstrip()
        norm = {"value": f"{a}-{b}", "score": [float(a), float(b)], "noun": noun}
        add(m.start(), end, key, text[m.start() : end], norm, "score", None)


_TEAM = r"(?:[A-Z][\w.’'&-]*\s){1,3}"
_TEAM_LINE = re.compile(
    rf"^{_TEAM}(?P<a>\d{{1,3}}),\s+{_TEAM}(?P<b>\d{{1,3}})(?=\s*(?:[:;.]|$|\s[-–—]\s))"
)
"""A result line of a round-up, each side named then its score: "Jets 2, Predators 1:"."""


def team_scores(text: str, add: Any) -> None:
    """ "Jets 2, Predators 1: Laine scored": the two scores of a round-up's result line, one
    figure (key "score 2-1") stated by both numbers, the team names left to the entities;
    passed to the figure finder's `add`."""
    m = _TEAM_LINE.match(text) if "," in text else None
    if m is None:
        return
    a, b = int(m["a"]), int(m["b"])
    if a < b:
        return  # a round-up names the winner first: "Apollo 11, Gemini 14:" is no result
    key = f"figure:score {a}-{b}"
    for group in ("a", "b"):
        norm = {"value": f"{a}-{b}", "score": [float(a), float(b)], "noun": ""}
        add(m.start(group), m.end(group), key, m[group], norm, "score", None)


def multiples(text: str, add: Any) -> None:
    """ "half as much coal-fired electricity", "twice as many troops", "twice the rate of the
    industry": a ratio to some other amount, passed to the figure finder's `add`."""
    for m in _MULTIPLE.finditer(text) if " as " in text or " the " in text else ():
        value = _MULTIPLE_VALUE[m["m"].lower()]
        add(m.start(), m.end(), f"figure:{fmt(value)} times", m[0],
            {"value": value, "unit": "times"}, "", value)  # fmt: skip


_NAMED = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{3,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{3,}))*\s+[A-Z]")
"""A written number in capitals followed by a capitalised word ("Ninety Mile Beach")."""
_ATTACHED = re.compile(r"[^\W\d_]+\d?")
_ENUMERATOR = re.compile(r"\s*\d{1,3}[.)](?:\s|$)")
_NOT_UNITS = frozenset(["st", "nd", "rd", "th", "ers"])
"""Letters joined to a number that make an ordinal or a name, never a unit."""


def not_a_quantity(text: str, start: int, m: re.Match[str], has_unit: bool) -> bool:
    """Numbers that name or order something rather than count it: "2K12", "5G", "9/11",
    "24/7", a list's "1." or "2)"."""
    attached = _ATTACHED.match(text, m.end())
    if attached and not m.group("mult"):
        letters = attached.group(0)
        if letters[-1].isdigit() or not letters.islower():
            return True  # "2K12", "5G", "3D": a name
        if letters in _NOT_UNITS:
            return True  # "the 1,000th", "the 76ers": an ordinal, a team's name
    if not text[:start].strip() and _ENUMERATOR.match(text, start):
        return True
    if re.fullmatch(r"\d\d", m.group("n")) and text[start - 1 : start] in ("’", "'"):
        return True  # "in ’91": a year
    if _NAMED.match(text, m.start()) and text[:start].strip():
        return True  # "the Nine Network", "Ninety Mile Beach": a number in a name
    frac = re.fullmatch(r"(\d+)/(\d+)", m.group("n"))
    if frac and not 0 < int(frac[1]) < int(frac[2]):
        return True  # "24/7", "9/11"
    return bool(frac and not has_unit and int(frac[2]) > 10)
