"""The date and time forms samestory reads itself, as regular expressions: month-day-year,
"October of 2006", "2 july", "the second of August", "05-Aug-2016", "5/17/18", "Tues., Nov.
8", "April 24 and 25", "19-21 April", "Q3 2019", "the rest of the week", "by the end of the
day", "the month of March", "since 9/11" (no year: no value), "2016-11" and "11/2016" (a
month), "the second half of 2024", "year to date", year ranges, weekdays and months with
"next" or "last" ("last May", "on Tues."), "Tuesday of last week", "Friday next week", "Friday
the 21st", "the first Tuesday in November", "N years ago" ("1hr ago", "15 hours 29 min
ago"), "next month", times of day ("5 p.m. EST", "half past seven o'clock", "seven thirty
p.m.", "noon"), holidays (`facts.date_holidays`), the news forms of
`facts.date_news_forms`... `PATTERNS` lists them in the order `facts.dates.find_dates` tries
them (the first form to take a span keeps it); the form's name tells
`facts.date_values.normalise` how to read its parts.
"""

from __future__ import annotations

import re

from facts.date_holidays import HOLIDAY, HOLIDAY_NEEDLES
from facts.date_news_forms import (
    ANAPHORIC,
    DAY_OF_MONTH,
    DAY_RANGE,
    DECADE,
    HALF_YEAR,
    MARKET_DAY,
    NTH_WEEKDAY,
    PART_OF_RELATIVE,
    REPORTING_PERIOD,
    SEASON,
    WEEKDAY_AND_DAY,
    WEEKDAY_OF_WEEK,
)
from facts.date_periods import IN_FUTURE, PERIOD, SPELLED_YEAR, VAGUE_PERIOD
from facts.lexicon import NUMBER_WORDS, ORDINALS
from facts.numbers import YEAR

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MONTH_NAMES = _MONTH.lower()[3:-1]
"""The twelve month names, a bare alternation ("january|february|...")."""
_DAY_TH = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
"""A day of the month with its ordinal suffix ("4th")."""
_MONTH_ALONE = r"(?:Jan|Feb|Apr|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b(?!['’]))"
"""A month's abbreviation with no day or year: "in Jan.", "this Sept" (not "Mar", "Jun" and
"Jul", names and words as often)."""
_MON3 = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_MONTH_LOW = r"(?:january|february|april|june|july|august|september|october|november|december)"
"""Month names written in lower case ("2 july"), beside a day only; not "may" nor "march",
which are verbs as often."""
_MONTHX = rf"(?:{_MONTH}|{_MONTH_ABBR})"
"""A month name or its abbreviation ("Dec.", "Sept"), where a day or year follows."""
_MONTHD = rf"(?:{_MONTHX}|{_MONTH_LOW})"
"""A month beside a day number: its name, abbreviation or lower-case name."""
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ORD_UNIT = "|".join(w for w, n in ORDINALS.items() if n <= 9)
_ORD_DAY = (
    rf"(?i:(?:twenty[\s-](?:{_ORD_UNIT})|thirty[\s-]first|"
    + "|".join(w for w, n in sorted(ORDINALS.items(), key=lambda o: -len(o[0])) if n <= 31)
    + "))"
)
"""A day of the month in words, before "of" and a month ("the second of August")."""
_PART = r"(?:early|mid|late|end of|beginning of|the end of|mid-)"
_NUMW = r"(?:\d+|" + "|".join(NUMBER_WORDS) + r")"
_NUMW_OR_A = rf"(?:{_NUMW}|a|an)"
_HOUR = r"(?:[01]?\d|2[0-3]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|AEST|AEDT)"
_HHMM = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![:\d])"
_MINUTE_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
)
"""The minutes of a time said in words ("seven thirty p.m.", "eight oh five a.m.")."""
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_TIME_CUE = (
    r"(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)|(?<=\bafter\s)|"
    r"(?<=\bfrom\s)|(?<=\bto\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bsince\s)|(?<=\bbetween\s)"
)
"""A bare "8:30" is a time of day after these words or before a time zone ("8:30 GMT")."""
_DATE_CUE = (
    r"(?<=\b[Ii]n\s)|(?<=\b[Oo]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Bb]y\s)|"
    r"(?<=\b[Ff]rom\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)|(?<=\bout\s)|(?<=\bback\s)"
)
"""Words after which "11/2016" or "2016/11" is a month, not a ratio or a number's part."""
_OF_YEAR = rf"(?:(?P<of>of)\s+)?(?P<y>{YEAR})\b(?(of)(?!\s+[a-z]+s\b))"
"""The year of a month, "of" between them or not ("October 2006", "October of 2006"); after
"of", no plural noun may follow: "the March of 2000 farmers" counts marchers."""

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "clock",
        re.compile(
            r"\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?::[0-5]\d)?)?\s?(?:[ap]\.m\.?|[ap]m\b)"
            rf"(?:\s+{_ZONE}\b|\s+local\s+time\b)?"
            rf"|\b{_HOUR}\s+[ap]\.m\.(?:\s+{_ZONE}\b|\s+local\s+time\b)?"
            rf"|\b{_HOUR_WORD}(?:[\s-]+{_MINUTE_WORDS})?\s+(?:[ap]\.m\.|[ap]m\b(?!\s+I\b))"
            rf"|\b(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)\b"
            rf"|(?:{_TIME_CUE}){_HHMM}(?:\s+{_ZONE}\b)?|\b{_HHMM}\s+(?:{_ZONE}\b|local time)"
            rf"|\b(?:(?:half|quarter|ten|twenty|\d\d?)\s+(?:past|to)\s+)?{_HOUR}\s+o['’]clock\b"
            rf"|\b(?:half|quarter)\s+(?:past|to)\s+{_HOUR}\b"
            rf"|\b(?:five|ten|twenty|twenty-five|[1-5]?\d)\s+(?:minutes\s+)?past\s+{_HOUR}\b"
            rf"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|percent|per)\b)"
            rf"|(?:{_TIME_CUE})(?:five|ten|twenty|twenty-five)\s+(?:minutes\s+)?to\s+{_HOUR}\b"
            rf"(?!\s+[a-z])"
            rf"|\b{_HOUR}(?::[0-5]\d)?\s+in\s+the\s+(?:morning|afternoon|evening)\b"
            rf"|\b(?:12\s+)?(?:noon|midnight)\b"
            rf"|(?:{_TIME_CUE})(?:mid-?day|lunch-?time|lunch\s+time)\b",
            re.I,
        ),
    ),
    ("hol", HOLIDAY),
    (
        "ymd",
        re.compile(
            rf"\b(?P<y>{YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
            r"(?:T\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?\b"
            rf"|\b(?P<d2>[0-3]?\d)\.(?P<mo2>[01]?\d)\.(?P<y2>{YEAR})\b(?:\s+{_HHMM})?"
            rf"|\b(?P<d3>[0-3]?\d)-(?P<m>{_MON3})-(?P<y3>{YEAR})\b"
            rf"|(?<![\d.])(?P<y4>{YEAR})\.(?P<mo4>0[1-9]|1[0-2])\.(?P<d4>0[1-9]|[12]\d|3[01])(?![\d.])"
        ),
    ),
    ("nwm", NTH_WEEKDAY),
    ("half", HALF_YEAR),
    ("mdr", DAY_RANGE),
    (
        "numeric",
        re.compile(
            rf"\b(?:[0-3]?\d)([/-])(?:[0-3]?\d)\1{YEAR}\b"
            r"|(?<![\w/.-])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/\d\d(?![\w/-]|\.\d)"
            r"|(?<![\w/.-])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d\d(?![\w/-]|\.\d)"
        ),
    ),
    (
        "numeric_md",  # "since 9/11", "on 4/22": a day and month after a time word, at a pause
        re.compile(
            r"(?:(?<=\b[Oo]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Aa]fter\s)|(?<=\b[Bb]efore\s)|"
            r"(?<=\b[Uu]ntil\s)|(?<=\b[Bb]y\s))(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
            r"(?![\w/.,-]*\d|[\w/])"
            r"(?=\s*$|[.,;:!?)]|\s+(?:and|or|at|to|in|when|the|a|through|until|from|[A-Z])\b)"
        ),
    ),
    (
        "oq",
        re.compile(
            r"\b(?:the\s+(?!(?:fiscal[\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)-)"
            r"|(?P<w>next|last|this)\s+year['’]s\s+)?"
            rf"(?:(?P<y>{YEAR})\s+)?(?:(?P<fy>fiscal)[\s-]+)?(?P<o>first|second|third|fourth|"
            rf"1st|2nd|3rd|4th)[\s-]quarter\b(?:,?\s+(?:of\s+)?(?:fiscal\s+)?(?P<y2>{YEAR})\b)?"
            r"(?!\s+of\s+(?:the\s+|a\s+)?(?:game|match|season|play)\b)",
            re.I,
        ),
    ),
    ("qtr", re.compile(rf"\b[Qq](?P<q>[1-4])(?:(?:\s+|-|\s+of\s+)(?P<y>{YEAR}))?\b")),
    (
        "wmd",
        re.compile(
            r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+"
            rf"(?P<m>{_MONTHX})\s+(?P<d>{_DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?(?!,?\s*\d)"
        ),
    ),
    (
        "mdd",
        re.compile(
            rf"\b(?P<m>{_MONTHX})\s+(?P<d1>{_DAY})\s*(?:and|&|-|–|to|through)\s*(?P<d>{_DAY})\b"
            rf"(?:,?\s+(?P<y>{YEAR})\b)?(?![-/:.]\d|\s*(?:%|percent\b|per\b))"
        ),
    ),
    (
        "ddm",
        re.compile(
            rf"(?<![\w.,/-])(?P<d1>{_DAY})\s*(?:-|–|to|and|&)\s*(?P<d>{_DAY})\s+(?:of\s+)?"
            rf"(?P<m>{_MONTHX}|{_MONTH_LOW})\b(?:,?\s+(?P<y>{YEAR})\b)?(?![-/:.]\d)"
        ),
    ),
    ("mdy", re.compile(rf"\b(?P<m>{_MONTHD}|march|may)\s+(?P<d>{_DAY}),?\s+(?P<y>{YEAR})\b")),
    (
        "dmy",
        re.compile(rf"(?<!\d[.,])\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTHD}),?\s+(?P<y>{YEAR})\b"),
    ),
    (
        "dmy",
        re.compile(
            rf"(?<![\w-])(?:[Tt]he\s+)?(?P<d>{_ORD_DAY})\s+of\s+(?P<m>{_MONTHX}),?\s+"
            rf"(?P<y>{YEAR})\b"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"(?<![\w/.-])(?P<d>[12]\d|3[01]|0?[1-9])(?P<sep>[-/])(?P<m>(?i:{_MONTH_NAMES}|"
            rf"{_MON3}|sept))(?P=sep)(?P<y>{YEAR})\b(?![\w/-]|\.\d)"
        ),
    ),
    (
        "mmy",
        re.compile(rf"\b(?P<m1>{_MONTH})\s+and\s+(?P<m>{_MONTH})\s+(?P<y>{YEAR})\b"),
    ),
    (
        "month_of",
        re.compile(rf"\b(?:[Tt]he\s+)?month\s+of\s+(?P<m>{_MONTH})\b(?:,?\s+(?P<y>{YEAR})\b)?"),
    ),
    (
        "mrel",
        re.compile(
            rf"\b(?:(?P<p>{_PART})[\s-]?)?(?P<m>{_MONTH})(?:\s+(?P<d>{_DAY}))?,?\s+"
            r"(?:of\s+)?(?P<w>this|next|last)\s+year\b"
        ),
    ),
    (
        "pmy",
        re.compile(rf"\b(?P<p>{_PART})[\s-]?(?P<m>{_MONTH})\s+{_OF_YEAR}", re.I),
    ),
    ("my", re.compile(rf"\b(?P<m>{_MONTHX}|{_MONTH_LOW}(?=\s+\d))\s+{_OF_YEAR}")),
    ("py", re.compile(rf"\b(?P<p>{_PART})[\s-]?(?P<y>{YEAR})\b", re.I)),
    (
        "range",
        re.compile(
            rf"(?<![\w,.+-])(?P<y>{YEAR})\s*[–—-]\s*(?P<y2>{YEAR}|\d\d)(?![\w,]|-\d)"
            rf"|(?<![\w,./+-])(?P<ys>{YEAR})/(?P<ys2>{YEAR}|\d\d)(?=\s+(?:season|school|academic|"
            r"fiscal|financial|tax|crop|budget)\b)"
        ),
    ),
    (
        "ym",
        re.compile(
            rf"(?:(?<![\w,./+-])(?P<y>{YEAR})-|(?:{_DATE_CUE})(?P<y3>{YEAR})/)(?P<mo>0[1-9]|1[0-2])"
            rf"(?![\w,/]|[-.]\d)|(?:{_DATE_CUE})(?P<mo2>0?[1-9]|1[0-2])/(?P<y2>{YEAR})(?![\w/]|\.\d)"
        ),
    ),
    ("wdw", WEEKDAY_OF_WEEK),
    ("wdd", WEEKDAY_AND_DAY),
    (
        "wm",
        re.compile(
            r"\b(?P<w>[Ll]ast|[Nn]ext|(?:[Tt]his\s+)?[Pp]ast|[Tt]his|[Pp]revious|[Cc]oming)\s+"
            rf"(?P<m>{_MONTH}\b|{_MONTH_ALONE}|{_MONTH_LOW}\b)(?:\s+(?P<d>{_DAY})\b)?"
            r"(?!,?\s*\d|\s+of\b)"
        ),
    ),
    (
        "md",
        re.compile(rf"\b(?P<m>{_MONTHD})(?:\s+|(?<=\.))(?P<d>{_DAY})\b(?!,?\s*\d|-[a-z]|[:.]\d)"),
    ),
    (
        "dm",
        re.compile(
            rf"(?<!\d[.,])\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}|{_MONTH_LOW})\b"
            r"(?!,?\s*\d(?!\d?[:.]\d\d\b))"
        ),
    ),
    (
        "dm",
        re.compile(
            rf"(?<![\w-])(?:[Tt]he\s+)?(?P<d>{_ORD_DAY})\s+of\s+(?P<m>{_MONTHX})"
            r"(?![\w'’]|,?\s*\d)"
        ),
    ),
    (
        "dm",
        re.compile(
            rf"(?<![\w-])(?:the\s+)?(?P<d>{_ORD_DAY}|{_DAY_TH})\s+(?:(?P<of>of)\s+)?"
            rf"(?P<m>(?i:{_MONTH_NAMES}|jan|feb|apr|aug|sept?|oct|nov|dec)\b\.?"
            rf"(?(of)|(?<!\bmay)(?<!\bmarch)))(?![\w'’]|,?\s*\d)",
            re.I,
        ),
    ),
    (
        "md",
        re.compile(
            rf"\b(?P<m>{_MONTH}|(?!may|march){_MONTH_LOW})\s+(?:the\s+)?(?P<d>{_ORD_DAY})"
            r"(?![\w'’-]|\s+of\b|\s+(?!(?:and|at|in|on|to|for|by|from|until)\b)[a-z])",
        ),
    ),
    ("pm", re.compile(rf"\b(?P<p>{_PART})[\s-]?(?P<m>{_MONTH})\b", re.I)),
    ("decade", DECADE),
    ("season", SEASON),
    ("y", re.compile(rf"(?<![\w,.$£€-])(?P<y>{YEAR})(?![\w%]|[.,-]\d)")),
    ("spelled", SPELLED_YEAR),
    ("period", PERIOD),
    ("vague_period", VAGUE_PERIOD),
    ("in", IN_FUTURE),
    (
        "wdago",
        re.compile(
            rf"\b(?P<n>{_NUMW})\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            r"Sunday)s\s+ago\b",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<lead>(?:\d+\s*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?"
            r"|mins?)\s*,?\s+(?:and\s+)?)+)?"
            rf"(?:(?P<n>{_NUMW}|a|an)|(?P<vague>(?:a\s+)?few|a\s+couple(?:\s+of)?|several))"
            r"(?:\s+|(?<=\d)\s*(?=[hdw]\b|[a-z]{2}))"
            r"(?P<u>years?|yrs?|months?|mos?|weeks?|wks?|w|days?|d|hours?|hrs?|h|minutes?|mins?"
            r"|seconds?|secs?|decades?|centuries|century)\s+"
            r"(?:ago\b|(?P<on>from|after|before)\s+(?P<base>now|today|tomorrow|yesterday)\b"
            r"|(?P<hence>hence|in\s+the\s+future)\b)",
            re.I,
        ),
    ),
    (
        "earlier",
        re.compile(
            rf"\b(?:{_NUMW_OR_A}|(?:a\s+)?(?:few|couple(?:\s+of)?)|several)\s+(?:years?|quarters?|"
            r"months?|fortnights?|weeks?|days?|hours?|minutes?|min)\s+(?:earlier|later)\b",
            re.I,
        ),
    ),
    (
        "todate",
        re.compile(
            r"\b(?:this\s+)?(?P<u>year|month|week)[\s-]+to[\s-]+date\b"
            r"(?!\s+(?!(?:and|or|but|in|on|at|for|to|of|with|as|while|after|before|than)\b)[a-z])",
            re.I,
        ),
    ),
    *[("rel", pattern) for pattern in PART_OF_RELATIVE],
    (
        "rel",
        re.compile(
            r"\b(?:the\s+(?P<u2>year|month|week)\s+(?P<w2>after\s+next|before\s+last)|"
            r"(?P<w>next|last|this|previous|coming|upcoming|current)\s+(?P<u>year|month|week))\b",
            re.I,
        ),
    ),
    (
        "wd",
        re.compile(
            r"\b(?:(?P<w>[Nn]ext|[Ll]ast|[Tt]his(?:\s+(?:coming|upcoming|past))?|[Cc]oming|"
            r"[Uu]pcoming|[Pp]ast|[Pp]revious|(?<=\b[Tt]he\s)following)\s+)?"
            r"(?:(?P<p>late|early)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday)(?:\s+(?P<tod>night|morning|evening|afternoon))?\b"
        ),
    ),
    (
        "rest",
        re.compile(
            r"\bthe\s+(?:rest|remainder|remaining)\s+of\s+(?:the|this)\s+"
            r"(?:day|week|month|year)\b",
            re.I,
        ),
    ),
    (
        "end_of_day",
        re.compile(
            r"(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s))(?:the\s+)?end\s+of\s+"
            r"(?:the\s+)?(?:business\s+)?day\b",
            re.I,
        ),
    ),
    (
        "wd_abbr",
        re.compile(
            r"(?:(?<=\b[Oo]n\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bsince\s)|"
            r"(?<=\bfrom\s)|(?<=\bthrough\s)|(?<=\bbefore\s)|(?<=\bafter\s)|"
            r"\b(?P<w>[Nn]ext|[Ll]ast|[Tt]his)\s+)"
            r"(?P<wd>(?i:tues?|wed|thu|thurs?|fri)|Mon|Sat|Sun)\.?(?![\w'’-]|\.\w|\s+[A-Z][a-z])"
            r"(?!\s*(?:&|and|-|–|to|through)\s*(?i:mon|tue|wed|thu|fri|sat|sun))"
        ),
    ),
    (
        "coming",
        re.compile(
            r"\b(?:(?<=\bin\s)|(?<=\bover\s)|(?<=\bduring\s)|(?<=\bwithin\s))(?:the\s+)?"
            r"(?:coming|upcoming)\s+(?:days|weeks|months)\b",
            re.I,
        ),
    ),
    (
        "sport_season",
        re.compile(
            r"\bthe\s+(?:end|start|beginning|middle|rest|remainder)\s+of\s+(?:the|this|last|next)"
            r"\s+season\b|\b(?:this|last|next)\s+(?:off|post|pre)-?season\b",
            re.I,
        ),
    ),
    ("m", re.compile(rf"(?<=\b[Ii]n\s)(?P<m>{_MONTH}\b|{_MONTH_ALONE})(?!\s+\d)")),
    (
        "rd",
        re.compile(
            r"\b(?:the\s+day\s+(?P<ba>after|before)\s+)?(?P<w>yesterday|today|tomorrow|tonight)\b"
            r"(?:\s+(?P<tod>morning|afternoon|evening|night)\b)?",
            re.I,
        ),
    ),
    (
        "rd",
        re.compile(
            r"(?<!\b[Tt]he\s)\b(?P<w>[Ll]ast|[Tt]his)\s+(?P<tod>night|morning|afternoon|evening)\b"
        ),
    ),
    ("anaphoric", ANAPHORIC),
    ("market_day", MARKET_DAY),
    ("reporting", REPORTING_PERIOD),
    ("dth", DAY_OF_MONTH),
]

NEEDLES: dict[str, tuple[str, ...]] = {
    "oq": ("quarter",),
    "wm": ("last", "next", "this", "past", "previous", "coming"),
    "wdw": ("week",),
    "wdd": ("st", "nd", "rd", "th"),
    "spelled": ("nineteen", "twenty", "thousand"),
    "period": ("past", "last", "next", "coming", "previous", "following", "within"),
    "vague_period": ("few", "several"),
    "in": ("in ",),
    "numeric": ("/", "-"),
    "earlier": ("earlier", "later"),
    "rest": ("rest", "remain"),
    "month_of": ("month of",),
    "end_of_day": ("end of",),
    "wd_abbr": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "todate": ("date",),
    "sport_season": ("season",),
    "coming": ("coming",),
    "hol": HOLIDAY_NEEDLES,
    "mdr": ("/",),
    "numeric_md": ("/",),
    "ym": ("/", "-"),
    "half": ("half", "h1", "h2", "1h", "2h"),
    "decade": ("0s", "0’s", "0's", "ties"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "anaphoric": ("same", "after", "before", "following", "next", "previous", "that"),
    "market_day": ("the day", "the week"),
    "dth": ("st", "nd", "rd", "th"),
    "reporting": ("period", "quarter", "year"),
}
"""Words (lower case) without which a form cannot match: the pattern is not run at all."""
