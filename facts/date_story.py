"""Dates the story sets: "that day", "later that year", "the day after", "the following week"
name no day of their own; they point at the last date the story told before them. `carry`
gives each such date, left without a value by its own sentence, the value it points at: the
last dated mention before it in its paragraph (or, in a paragraph with none, in the two
sentences before it), moved by the step its words say ("the day after" = one day later).

"Slepian was killed on Oct. 23. Earlier that day, he had..." = the day of Oct. 23; "Munero
fled to Florida in June 1998. He returned to Cuba later that year" = 1998. A told date less
precise than the unit gives nothing ("in 1998 ... that day" names no day).

A story of a company's results reports a quarter; its reporting periods are told against that
quarter, the last ended quarter it named: "a year earlier", "the year-ago quarter", "the same
period last year" are that quarter a year before, "the latest quarter" that quarter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from facts.candidate import Candidate
from facts.date_values import _shift_months

_UNIT = r"(?P<u>day|night|morning|afternoon|evening|week|month|year)"
_POINTING = re.compile(
    rf"(?:(?:later|earlier)\s+(?:that|in\s+the)\s+{_UNIT}"
    rf"|(?:that\s+(?:very\s+|same\s+)?|the\s+(?:very|same)\s+){_UNIT.replace('<u>', '<u2>')}"
    rf"|the\s+{_UNIT.replace('<u>', '<u3>')}\s+(?P<ba>after|before)"
    rf"|the\s+(?P<w>following|next|previous)\s+{_UNIT.replace('<u>', '<u4>')})",
    re.I,
)
"""The words of a date that points at the story's last date, and its unit and direction; not
a bare "the day" or "the year" ("for the year, volume was flat": the article's)."""
_YEAR_AWAY = re.compile(
    r"\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|the\s+(?:previous|prior)\s+year)\b", re.I
)
"""Words after a pointing date that move it a year: "the same month a year ago"."""
_EVENT_AFTER = re.compile(r"\s+(?!(?:he|she|it|they|we|I|you|police|officials)\b)[a-z]")
"""A noun after "the day before" or "the week after": the event it counts from ("the day
before the stock market plunge"), not the story's last date ("the day after, he left")."""
_DAY_UNITS = frozenset(["day", "night", "morning", "afternoon", "evening"])
_SENTENCES_BACK = 2
"""Sentences before a pointing date searched for its anchor when its paragraph has none."""


def _step(m: re.Match[str]) -> tuple[str, int]:
    unit = (m["u"] or m["u2"] or m["u3"] or m["u4"]).lower()
    word = (m["ba"] or m["w"] or "").lower()
    step = (
        1 if word in ("after", "following", "next") else -1 if word in ("before", "previous") else 0
    )
    return ("day" if unit in _DAY_UNITS else unit), step


def _moved(base: str, unit: str, step: int) -> str | None:
    """`base` (an ISO value) at `unit`'s precision, moved `step` units; None when `base` is
    less precise than the unit."""
    day = _iso_day(base)
    if unit == "day":
        return (day + dt.timedelta(days=step)).isoformat() if day else None
    if unit == "week":
        if day is None:
            return None
        year, week, _ = (day + dt.timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "month":
        m = re.match(r"(\d{4})-(\d\d)(?!\d)", base)
        return _shift_months(dt.date(int(m[1]), int(m[2]), 1), step) if m else None
    m = re.match(r"(\d{4})(?![\d/])", base)
    return f"{int(m[1]) + step:04d}" if m else None


def _iso_day(value: str) -> dt.date | None:
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def carry(
    text: str,
    cands: Sequence[Candidate],
    paragraphs: Sequence[tuple[int, int, int]],
    reference: str = "",
) -> None:
    """Give the pointing dates of one document (`cands`, its date candidates; `paragraphs`,
    each sentence's (start, end, paragraph) in order) the value of the date they point at,
    and the reporting periods told against the quarter it reports ("a year earlier" =
    1988-Q3 in a story of 1989-Q3 results, told on `reference`, the ISO article date)."""
    dated = sorted((c for c in cands if c.kind == "date"), key=lambda c: c.start)
    told: list[tuple[Candidate, str]] = []
    quarter = ""
    for c in dated:
        if not isinstance(c.normalized, dict):
            continue
        value = c.normalized.get("value")
        compared = _in_reported_quarter(text, c, quarter) if quarter else None
        if compared is not None:
            c.normalized = {**c.normalized, "value": compared, "relative": True,
                            "reference": quarter,
                            "reference_source": "the quarter reported"}  # fmt: skip
            c.key = f"date:{compared}"
            continue
        if value and _QUARTER.fullmatch(str(value)) and _reported(str(value), reference):
            quarter = str(value)
        if value:
            if not _names_an_event(text, c.start, c.end):
                told.append((c, value))
            continue
        m = _POINTING.fullmatch(text[c.start : c.end])
        if m is None or not told:
            continue
        if _YEAR_AWAY.match(text, c.end) or (m["ba"] and _EVENT_AFTER.match(text, c.end)):
            continue
        anchor, base = told[-1]
        if not _near(anchor.start, c.start, paragraphs) or not text[anchor.end : c.start].strip():
            continue  # far, or one expression with it ("6:30 a.m. the following morning")
        unit, step = _step(m)
        moved = _moved(base, unit, step)
        if moved is None:
            continue
        c.normalized = {**c.normalized, "value": moved, "relative": True, "reference": base,
                        "reference_source": "a date told before it"}  # fmt: skip
        c.key = f"date:{moved}"
        told.append((c, moved))


_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_YEAR_BEFORE_IT = re.compile(
    r"(?:a\s+year\s+(?:ago|earlier|before)"
    r"|(?:the\s+)?year[- ](?:ago|earlier)(?:\s+(?:quarter|period))?"
    r"|the\s+(?:same|corresponding|comparable)\s+(?:period|quarter)"
    r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))?"
    r"|last\s+year['’]s\s+(?:quarter|period))\b",
    re.I,
)
"""A reporting period a year before the one a story reports: "a year earlier", "the year-ago
quarter", "the same period last year"."""
_THIS_ONE = re.compile(r"the\s+(?:latest|most\s+recent)\s+(?:quarter|period)\b", re.I)
"""The reporting period a story reports: "the latest quarter"."""


def _reported(quarter: str, reference: str) -> bool:
    """True when `quarter` has ended by the reference date (ISO): a quarter still running or to
    come ("expects a loss in the fourth quarter") is no quarter a story reports."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", reference):
        return False
    last_month = f"{quarter[:4]}-{3 * int(quarter[-1]):02d}"
    return last_month < reference[:7]


def _in_reported_quarter(text: str, c: Candidate, quarter: str) -> str | None:
    """The value of a reporting period told against the quarter a story reports (`quarter`,
    the last one it named before `c`): "a year earlier" is that quarter a year before,
    "the latest quarter" that quarter; None when `c` is neither."""
    same = _THIS_ONE.match(text, c.start)
    if same and same.end() >= c.end:
        return quarter
    back = _YEAR_BEFORE_IT.match(text, c.start)
    if back is None or back.end() < c.end:
        return None
    if back[0].lower().startswith(
        ("the same", "the corresponding", "the comparable")
    ) and not re.search(r"year", back[0], re.I):
        return None  # "the same period" alone is the one reported
    return f"{int(quarter[:4]) - 1:04d}-{quarter[5:]}"


_DETERMINER_BEFORE = re.compile(
    r"(?:['’]s|\b(?:the|a|an|its|his|her|their|our|this|that))\s+$", re.I
)
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _names_an_event(text: str, start: int, end: int) -> bool:
    """True for a date written as the name of an event ("Trump's July 25 call", "a September
    11 commemoration"): the story's events need not be on that day, so nothing points at it."""
    return bool(_DETERMINER_BEFORE.search(text, max(0, start - 12), start)) and bool(
        _NOUN_AFTER.match(text, end)
    )


def _near(anchor: int, start: int, paragraphs: Sequence[tuple[int, int, int]]) -> bool:
    """True when offset `anchor` is in the paragraph of `start`, or within `_SENTENCES_BACK`
    sentences before it."""
    where = [i for i, (a, b, _) in enumerate(paragraphs) if a <= start < b]
    there = [i for i, (a, b, _) in enumerate(paragraphs) if a <= anchor < b]
    if not where or not there:
        return False
    i, j = where[0], there[0]
    return paragraphs[i][2] == paragraphs[j][2] or 0 <= i - j <= _SENTENCES_BACK
