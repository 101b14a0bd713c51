"""Date forms of news narration that `facts.date_patterns` lists beside its own: decades ("the
1990s", "the mid-'80s", "the nineties"), seasons ("last summer", "the spring of 2019"), a part
of a relative period ("early this month", "late last year", "the end of this week"), ranges
of days written with numbers ("2/29-3/1"), the day of the article's month ("on the 4th"), and
dates anchored on an event the sentence tells rather than on the article ("the day after",
"that same day", "the following morning", "the latest quarter", a market's "ended the day":
no value of their own), and the entries of an events schedule ("June 24 – Bristow, VA @ Jiffy
Lube Live": days to come, `schedule_entry`).
`decade_value`, `season_value`, `day_range_value` and `day_of_month_value` give the ISO values
(TimeML's for decades and seasons: "199", "2019-SU").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from facts.lexicon import MONTHS, ORDINALS, WEEKDAYS
from facts.numbers import YEAR

_DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

DECADE = re.compile(
    r"(?<![\w$£€-])(?:(?P<p>early|mid|late)[\s-]+)?(?P<dec>(?:1\d|20)\d0)['’]?s\b"
    r"|(?<![\w'’])(?:(?P<p2>early|mid|late)[\s-]+)?['’](?P<dec2>\d0)s\b"
    r"|(?<=\bthe\s)(?:(?P<p3>early|mid|late)[\s-]+)?(?:nineteen[\s-]+)?"
    r"(?P<words>" + "|".join(_DECADE_WORDS) + r")\b"
    r"|(?<=\bthe\s)(?:(?P<p4>early|mid|late)[\s-]+)?(?P<dec3>[2-9]0)['’]s\b",
    re.I,
)
"""A decade: "the 1990s", "the mid-1980s", "the '90s", "the 70's", "the late seventies", "the
nineteen seventies" (in words or without a century only after "the": "in her twenties" is an
age; `TEMPERATURE` tells "highs in the 70's" apart); or a century before 2000 ("the 1300s",
"the late 1800s")."""
TEMPERATURE = re.compile(r"\b(?:temperatures?|degrees|highs?|lows?|mercury|thermometers?)\b|°",
                         re.I)  # fmt: skip
"""Words of a weather report, where "the seventies" and "the 70's" are temperatures."""

SEASON = re.compile(
    r"\b(?:(?<!\b[Tt]he\s)(?P<w>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+"
    r"|(?P<p>[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?"
    r"(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b"
    rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR})\b)?"
)
"""A season of a year: "last summer", "next fall", "the spring of 2019", "winter 2020", "late
summer 2018". `facts.dates.find_dates` keeps only those with a year or a relative word."""

PART_OF_RELATIVE = (
    re.compile(
        r"\b(?:(?P<p>[Ee]arly|[Ll]ate)\s+|(?P<p2>[Mm]id-))"
        r"(?P<w>this|last|next|previous|coming)\s+(?P<u>year|month|week)\b"
    ),
    re.compile(
        r"\b(?:[Tt]he\s+)?(?P<p>[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\s+of\s+"
        r"(?P<w>the|this|last|next)\s+(?P<u>year|month|week)\b(?!['’])"
    ),
    re.compile(
        r"\b(?P<p>[Ee]arlier|[Ll]ater)\s+in\s+(?P<w>the)\s+(?P<u>year|month|week)\b(?!['’])"
    ),
    re.compile(
        r"\b(?:(?P<p>[Ee]nd)[\s-]of[\s-](?P<u>year|month)|(?:(?P<w>this|last|next)\s+)?"
        r"(?P<u3>year|month)[\s-](?P<p3>end))\b(?![’'-])"
    ),
)
"""A part of a year, month or week named relative to the article date: "early this month",
"late last year", "mid-next year", "the end of this week", "the beginning of the year", "later
in the week" (the article's week), "year-end", "next year-end" and "end of year" (the end of
the article's year). "Earlier this month" is "this month": TimeML leaves "earlier" and
"later" out of the date more often than it keeps them."""

DAY_RANGE = re.compile(
    rf"(?<![\w/.-])(?P<m1>{_MONTH_NUMBER})/(?P<d1>{_DAY_NUMBER})\s*[-–]\s*"
    rf"(?P<m2>{_MONTH_NUMBER})/(?P<d2>{_DAY_NUMBER})(?![\w/]|[.,-]\d)"
)
"""Days from one to another, month first: "2/29-3/1", "10/1 - 11/7"."""

DAY_OF_MONTH = re.compile(
    r"(?:(?<=\b[Oo]n\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bsince\s)|(?<=\bbefore\s)"
    r"|(?<=\bafter\s)|(?<=\bfrom\s))"
    rf"the\s+(?P<d>{_DAY_NUMBER})(?:st|nd|rd|th)\b"
    r"(?!-|\s+(?!(?:and|or|at|in|to|through|when|with)\b)[A-Za-z])"
)
"""A day of the month with no month, after a preposition: "on the 4th", "by the 21st" (not
"on the 4th floor", "on the 21st century")."""

_WEEKDAY = r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_OF_WEEK = re.compile(
    rf"\b(?P<wd>{_WEEKDAY}),?\s+(?:of\s+)?(?P<w>[Ll]ast|[Nn]ext|[Tt]his|the\s+following)\s+week"
    r"\b(?!['’])"
    rf"|\b(?P<w2>[Ll]ast|[Nn]ext|[Tt]his)\s+week(?:['’]s)?\s*(?:,|-|on)?\s*(?P<wd2>{_WEEKDAY})\b"
)
"""A weekday of a week named relative to the article date: "Tuesday of last week", "Friday next
week", "next week Wednesday", "this week on Monday"."""
WEEKDAY_AND_DAY = re.compile(
    rf"\b(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?(?P<d>{_DAY_NUMBER})(?:st|nd|rd|th)\b(?![-\w])"
    r"(?!\s+[Cc]entury)"
)
"""A weekday and a day of the month with no month: "Friday the 26th", "on Wednesday, the 31st",
"Tuesday 19th"."""
HALF_YEAR = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<h>(?i:first|second|latter|1st|2nd))[\s-]+half\s+of\s+(?:fiscal\s+)?"
    rf"(?:(?P<y>{YEAR})\b|(?:the\s+)?(?P<w>this|next|last|the|current)\s+year\b)"
    rf"|\b(?:H(?P<hn>[12])|(?P<hn2>[12])H)\s*(?:of\s+)?(?:fiscal\s+)?(?P<y2>{YEAR})\b"
)
"""A half of a year: "the second half of 2024", "the first half of next year", "H1 2023"."""


def half_year_value(g: dict[str, str], ref: dt.date | None) -> str | None:
    """TimeML's value of a half year: "2024-H2"."""
    half = g.get("hn") or g.get("hn2") or ("1" if g["h"].lower() in ("first", "1st") else "2")
    if g.get("y") or g.get("y2"):
        return f"{g.get('y') or g['y2']}-H{half}"
    if ref is None:
        return None
    step = {"next": 1, "last": -1}.get(g["w"].lower(), 0)
    return f"{ref.year + step:04d}-H{half}"


NTH_WEEKDAY = re.compile(
    rf"\b(?:[Tt]he\s+)?(?P<nth>(?i:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))\s+"
    rf"(?P<wd>{_WEEKDAY})\s+(?:of|in)\s+(?P<m>(?i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December))\b(?:,?\s+(?P<y>(?:1[89]|2\d)\d\d)\b)?"
)
"""A weekday counted within a month: "the first Tuesday in November", "the last Friday of
October 2014"."""


def weekday_of_week_value(g: dict[str, str], ref: dt.date | None) -> str | None:
    """ "1999-05-04" for "Tuesday of last week" in an article of Thursday 13 May 1999."""
    if ref is None:
        return None
    word = (g.get("w") or g.get("w2") or "").lower().split()[-1]
    step = {"last": -1, "next": 1, "following": 1}.get(word, 0)
    day = WEEKDAYS[(g.get("wd") or g["wd2"]).lower()]
    monday = ref - dt.timedelta(days=ref.weekday())
    return (monday + dt.timedelta(weeks=step, days=day)).isoformat()


def weekday_and_day_value(g: dict[str, str], ref: dt.date | None) -> str | None:
    """The day of that number nearest the article date, in its month or the one before or
    after, that falls on that weekday ("Friday the 26th" in an article of 15 March 2021 is
    2021-03-26); the article's month when none does."""
    if ref is None:
        return None
    weekday, number = WEEKDAYS[g["wd"].lower()], int(g["d"])
    fits: list[dt.date] = []
    for shift in (-1, 0, 1):
        total = ref.year * 12 + ref.month - 1 + shift
        try:
            day = dt.date(total // 12, total % 12 + 1, number)
        except ValueError:
            continue
        if day.weekday() == weekday:
            fits.append(day)
    if fits:
        return min(fits, key=lambda d: abs((d - ref).days)).isoformat()
    return day_of_month_value({"d": g["d"]}, ref)


def nth_weekday_value(g: dict[str, str], year: int) -> str | None:
    """ "2013-11-05" for "the first Tuesday in November" of 2013; None when the month has no
    such day (a fifth Monday)."""
    month = MONTHS[g["m"].lower()]
    word = g["nth"].lower()
    nth = -1 if word == "last" else ORDINALS.get(word) or int(word[0])
    weekday = WEEKDAYS[g["wd"].lower()]
    days = (dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1))
    fits = [d for d in days if d.weekday() == weekday]
    if nth > len(fits):
        return None
    return fits[nth if nth < 0 else nth - 1].isoformat()


_DAY_VERBS = [
    f"{stem}{ending}"
    for stem in ("end", "finish", "clos", "start", "open")
    for ending in (("ed", "ing", "s", "") if stem != "clos" else ("ed", "ing", "es", "e"))
] + ["finishes", "began", "begin", "begins", "beginning"]
"""Verbs of a market's day ("ended the day at 8,017", "finished the day up 0.9%")."""

ANAPHORIC = re.compile(
    r"\b(?:(?<!\bin\s)[Tt]he\s+(?:day|night|week|month|year)\s+(?:after|before)\b"
    r"(?!\s+(?:tomorrow|yesterday|next|last)\b)"
    r"|(?:[Tt]he|[Tt]hat)\s+same\s+(?:day|night|morning|afternoon|evening|week|month|year)\b"
    r"|(?:[Ll]ater|[Ee]arlier)\s+that\s+(?:day|night|morning|afternoon|evening|week|month|year)\b"
    r"|[Tt]he\s+(?:following|next|previous)\s+(?:day|night|morning|afternoon|evening)\b"
    r"|[Tt]he\s+following\s+(?:week|month|year)\b"
    r"|[Tt]he\s+(?:days|weeks|months)\s+(?:before|after|since|following|leading\s+up\s+to)\b"
    r"|(?:[Ll]ater|[Ee]arlier)\s+in\s+the\s+(?:day|morning|afternoon|evening)"
    r"|(?:(?<=\b[Ss]ince\s)|(?<=\b[Oo]n\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Ff]rom\s))"
    r"that\s+(?:day|night|morning|afternoon|evening))(?!['’])"
)
"""A date set by an event the sentence or the story tells, not by the article date: "the day
after", "the year before", "that same day", "later that week", "the following morning",
"later in the day", "the weeks before", "since that day". "Two days after the vote" is left
out: news annotators mark it as a date about as often as a length of time."""

MARKET_DAY = re.compile(
    r"(?:" + "|".join(rf"(?<=\b{verb}\s)" for verb in _DAY_VERBS) + r")"
    r"the\s+(?:day|week)(?=\s+(?:at|up|down|with|on|in|higher|lower|flat|"
    r"unchanged)\b|\s*[,.;])"
)
"""The trading day or week a market "ended", "finished" or "opened" ("ending the day at 8,017",
"closed the week higher"): the day of the story's events, with no value of its own."""


REPORTING_PERIOD = re.compile(
    r"\b[Tt]he\s+(?:(?:latest|current|same|comparable|corresponding|year-earlier|year-ago|"
    r"prior-year|previous|latest\s+fiscal)\s+(?:period|quarter)|(?P<bare>quarter)"
    r"|(?:fiscal\s+)?(?:year|quarter|period)(?=\s+(?:ended|ending|to)\s+[A-Z]))\b"
    r"(?![\w'’-]|\s+(?:of|mile|century|final|finals|horse)\b)"
)
"""The period a company reports on, set by the report rather than the article date: "the latest
quarter", "the year-ago period", "the year ended Sept. 30"; "the quarter" alone only where the
sentence speaks of money (`facts.date_filters.speaks_of_money`)."""


def decade_value(g: dict[str, str]) -> str:
    """TimeML's value of a decade: "199" for "the 1990s", "the '90s" and "the nineties"; a
    two-digit decade up to the '20s is of this century; "18" for "the 1800s", a century (but
    "the 2000s" is "200", the decade news means by it)."""
    if g.get("dec"):
        if g["dec"].endswith("00") and g["dec"] < "2000":
            return g["dec"][:2]  # "the 1800s": the century, 1800 to 1899
        return g["dec"][:3]
    if g.get("dec2") or g.get("dec3"):
        tens = int((g.get("dec2") or g["dec3"])[0])
        return f"{20 if tens <= 2 else 19}{tens}"
    return f"19{_DECADE_WORDS[g['words'].lower()]}"


_SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9),
            "winter": ("WI", 12)}  # fmt: skip
"""TimeML's code of a season and the month it starts in."""


def season_value(g: dict[str, str], ref: dt.date | None) -> str | None:
    """ "2019-SU" for "summer 2019"; for "last summer" the latest one begun before the article's
    month, for "next summer" the first one begun after it, for "this summer" the article's."""
    code, start = _SEASONS[g["s"].lower()]
    if g.get("y"):
        return f"{g['y']}-{code}"
    if ref is None:
        return None
    word = g.get("w", "").lower()
    year = ref.year
    if word in ("last", "past"):  # the last one over by the article's month
        year = ref.year if start + 3 <= ref.month else ref.year - 1
    elif word in ("next", "coming"):
        year = ref.year if start > ref.month else ref.year + 1
    return f"{year:04d}-{code}"


def day_range_value(g: dict[str, str], ref: dt.date | None) -> str | None:
    """ "2016-02-29/2016-03-01" for "2/29-3/1", in the year nearest the article date."""
    if ref is None:
        return None
    m1, d1, m2, d2 = (int(g[k]) for k in ("m1", "d1", "m2", "d2"))
    for year in (ref.year, ref.year + 1, ref.year - 1):  # one with a February 29 if need be
        try:
            start = dt.date(year, m1, d1)
            end = dt.date(year + (m2 < m1), m2, d2)  # "12/30-1/2" ends the next year
        except ValueError:
            continue
        return f"{start.isoformat()}/{end.isoformat()}"
    return None


def day_of_month_value(g: dict[str, str], ref: dt.date | None) -> str | None:
    """ "2016-11-04" for "on the 4th" in an article of November 2016."""
    if ref is None:
        return None
    try:
        return dt.date(ref.year, ref.month, int(g["d"])).isoformat()
    except ValueError:
        return None


_SCHEDULE_DASH = re.compile(r"\s*(?:--|[–—-])\s+")
_VENUE_WORD = re.compile(
    r"[A-Z@&(][\w.'’&()/-]*,?|(?:at|of|the|and|on|de|la|du|del|vs\.?|--|[–—-])"
)
_ENTRY_BEFORE = re.compile(r"\d{1,2}\s*(?:--|[–—])\s+[A-Z]")
_NEXT_DAY = re.compile(r"\s+(?:[A-Z][a-z]{2,8}\.?)\s+\d{1,2}\s*(?:--|[–—-])")


def schedule_entry(text: str, start: int, end: int) -> bool:
    """True when the day at `text[start:end]` opens an entry of an events schedule: the day,
    a dash, then a venue or a place in capitals with a comma or "@" in it (or after such an
    entry), up to the next entry or the end ("June 24 – Bristow, VA @ Jiffy Lube Live",
    "Seattle, WA Sept. 12 -- Shoreline Amphitheatre, Mountain View, CA Sept. 18 -- ..."), and
    before the day only the line's start or the end of the entry before it. Such a list (a
    tour, a season of shows) announces days to come; a timeline of the past tells what
    happened ("June 24 – Protesters storm the legislature": lower-case words) and a list of
    results has scores (digits)."""
    before = text[:start].rstrip()
    if before and not re.search(r"(?:(?:^|\s)[A-Z][\w.)’'-]*|:)$", before):
        return False
    dash = _SCHEDULE_DASH.match(text, end)
    if not dash:
        return False
    rest = text[dash.end() :]
    nxt = _NEXT_DAY.search(rest)
    entry = rest[: nxt.start()] if nxt else rest
    words = entry.strip().rstrip(".").split()
    listed = "," in entry or "@" in entry or bool(_ENTRY_BEFORE.search(before))
    return (
        len(words) >= 2
        and not re.search(r"\d", entry)
        and listed
        and all(_VENUE_WORD.fullmatch(w) for w in words)
    )
