"""The date of a dateline ("WASHINGTON, Aug. 11 (Xinhua) --"): a date of the article like any
other, and with its year the article's date when the document has none."""

from __future__ import annotations

import re

from facts.date_patterns import _DAY, _MONTHX
from facts.date_values import _day, _month_number, parse_iso
from facts.numbers import YEAR

_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’-]{2,}(?:[ -][A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,?\s+"
    rf"(?P<date>(?P<m>{_MONTHX})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{YEAR}))?"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTHX})(?:,?\s+(?P<y2>{YEAR}))?"
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:(?:--|—|–|-|_|:)(?=\s|$)|$)"
)
"""A dateline: the place in capitals (", Region" after it), the filing date, the outlet in
brackets and a dash ("WASHINGTON, August 11 (Xinhua) --", "LONDON, Nov 28, 2025 (Reuters) -",
"BUCHAREST 1996-08-22")."""


def dateline_date(text: str) -> tuple[int, int, str | None] | None:
    """(start, end, ISO day or None) of the date in a dateline opening `text`, else None.

    That date is when the article was filed. It stays a date of the article (TimeML marks it
    as one, and articles filed the same day share it), and with its year it stands for a
    missing article date."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    iso = m["iso"]
    year, month, day = m["y"] or m["y2"], m["m"] or m["m2"], m["d"] or m["d2"]
    if iso is None and year and _month_number(month):
        iso = f"{int(year):04d}-{_month_number(month):02d}-{_day(day):02d}"
    if iso is not None and parse_iso(iso) is None:
        iso = None
    return m.start("date"), m.end("date"), iso
