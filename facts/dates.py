"""Dates and times: absolute ("November 28, 2025", "February 1st, 2021", "late 2024", "1999",
"2026–2028") and relative ("Thursday", "next month", "26 years ago", "April next year").

Extraction finds spans: first the forms this module normalises itself (month-day-year,
"05-Aug-2016", "Q3 2019", seasons of a year, year ranges, weekdays with "next", "last" or
"this", "N years ago", "three weeks from now", "next month", "the week after next", "the day
after tomorrow"...) and times of day ("5 p.m. EST", "at 8:30", "8:30 GMT", "half past seven
o'clock", "noon"), then the DATE and TIME spans of spaCy's English pipeline that those
missed ("Dec. 6", "this morning", "Election Day"), whose value dateparser reads. Times of day
and "a year earlier" are found before figures can take their number or read "$99 million a
year" as a rate; date words that are something else in their sentence ("each July", "every
day at 7 p.m.", "Good evening", "in his 30s", ABC's "This Week", "the past decade", "after a
weekend of talks") are left out (`not_a_date`, `_DURATION`, `_INDEFINITE`). Stretches up to
or from now ("the next two days", "in two years") are durations, as TimeML types them. A dateline's date ("WASHINGTON, Aug. 11
(Xinhua) --") is a date of the article like any other, and `dateline_date` gives it, with
its year, to an undated article as its date. `normalise` turns a span into an ISO value
("2025-11-27", "2025-12", "1999", "2026/2028") using the document's reference date when the
text alone is not enough.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from facts.candidate import Candidate, Taken
from facts.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS
from facts.nlp import DATE_LABELS, Span

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MON3 = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_MONTHX = rf"(?:{_MONTH}|{_MONTH_ABBR})"
"""A month name or its abbreviation ("Dec.", "Sept"), where a day or year follows."""
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:early|mid|late|end of|beginning of|the end of|mid-)"
_NUMW = r"(?:\d+|" + "|".join(NUMBER_WORDS) + r")"
_NUMW_OR_A = rf"(?:{_NUMW}|a|an)"
_HOUR = r"(?:[01]?\d|2[0-3]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|AEST|AEDT)"
_HHMM = r"(?:[01]?\d|2[0-3]):[0-5]\d(?![:\d])"
_TIME_CUE = (
    r"(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)|(?<=\bafter\s)|"
    r"(?<=\bfrom\s)|(?<=\bto\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bsince\s)|(?<=\bbetween\s)"
)
"""A bare "8:30" is a time of day after these words or before a time zone ("8:30 GMT")."""

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "clock",
        re.compile(
            r"\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:[ap]\.m\.?|[ap]m\b)"
            rf"(?:\s+{_ZONE}\b)?"
            rf"|(?:{_TIME_CUE}){_HHMM}(?:\s+{_ZONE}\b)?|\b{_HHMM}\s+(?:{_ZONE}\b|local time)"
            rf"|\b(?:(?:half|quarter|ten|twenty|\d\d?)\s+(?:past|to)\s+)?{_HOUR}\s+o['’]clock\b"
            rf"|\b(?:half|quarter)\s+(?:past|to)\s+{_HOUR}\b"
            rf"|\b{_HOUR}(?::[0-5]\d)?\s+in\s+the\s+(?:morning|afternoon|evening)\b"
            r"|\b(?:12\s+)?(?:noon|midnight)\b",
            re.I,
        ),
    ),
    (
        "ymd",
        re.compile(
            rf"\b(?P<y>{_YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"
            rf"|\b(?P<d2>[0-3]?\d)\.(?P<mo2>[01]?\d)\.(?P<y2>{_YEAR})\b(?:\s+{_HHMM})?"
            rf"|\b(?P<d3>[0-3]?\d)-(?P<m>{_MON3})-(?P<y3>{_YEAR})\b"
        ),
    ),
    ("numeric", re.compile(rf"\b(?:[0-3]?\d)([/-])(?:[0-3]?\d)\1{_YEAR}\b")),
    ("qtr", re.compile(rf"\bQ(?P<q>[1-4])(?:(?:\s+|-|\s+of\s+)(?P<y>{_YEAR}))?\b")),
    ("mdy", re.compile(rf"\b(?P<m>{_MONTHX})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b")),
    ("dmy", re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTHX}),?\s+(?P<y>{_YEAR})\b")),
    (
        "mmy",
        re.compile(rf"\b(?P<m1>{_MONTH})\s+and\s+(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b"),
    ),
    (
        "mrel",
        re.compile(
            rf"\b(?:(?P<p>{_PART})[\s-]?)?(?P<m>{_MONTH})(?:\s+(?P<d>{_DAY}))?,?\s+"
            r"(?P<w>this|next|last)\s+year\b"
        ),
    ),
    ("pmy", re.compile(rf"\b(?P<p>{_PART})[\s-]?(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b", re.I)),
    ("my", re.compile(rf"\b(?P<m>{_MONTHX})\s+(?P<y>{_YEAR})\b")),
    ("py", re.compile(rf"\b(?P<p>{_PART})[\s-]?(?P<y>{_YEAR})\b", re.I)),
    (
        "range",
        re.compile(rf"(?<![\w,.+-])(?P<y>{_YEAR})\s*[–—-]\s*(?P<y2>{_YEAR}|\d\d)(?![\w,]|-\d)"),
    ),
    ("md", re.compile(rf"\b(?P<m>{_MONTHX})\s+(?P<d>{_DAY})\b(?!,?\s*\d)")),
    ("dm", re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})\b(?!,?\s*\d)")),
    ("pm", re.compile(rf"\b(?P<p>{_PART})[\s-]?(?P<m>{_MONTH})\b", re.I)),
    ("y", re.compile(rf"(?<![\w,.$£€-])(?P<y>{_YEAR})(?![\w%]|[.,-]\d)")),
    (
        "ago",
        re.compile(
            rf"\b(?P<n>{_NUMW}|a|an)\s+(?P<u>years?|months?|weeks?|days?|hours?|minutes?)\s+"
            r"(?:ago\b|(?P<on>from|after|before)\s+(?P<base>now|today|tomorrow|yesterday)\b)",
            re.I,
        ),
    ),
    (
        "earlier",
        re.compile(
            rf"\b{_NUMW_OR_A}\s+(?:years?|quarters?|months?|weeks?|days?)\s+earlier\b", re.I
        ),
    ),
    (
        "rel",
        re.compile(
            r"\b(?:the\s+(?P<u2>year|month|week)\s+(?P<w2>after\s+next|before\s+last)|"
            r"(?P<w>next|last|this|previous|coming)\s+(?P<u>year|month|week))\b",
            re.I,
        ),
    ),
    (
        "wd",
        re.compile(
            r"\b(?:(?P<w>[Nn]ext|[Ll]ast|[Tt]his(?:\s+(?:coming|upcoming))?|[Cc]oming|[Uu]pcoming|"
            r"[Pp]ast|[Pp]revious)\s+)?"
            r"(?:(?P<p>late|early)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday)(?:\s+(?P<tod>night|morning|evening|afternoon))?\b"
        ),
    ),
    ("m", re.compile(rf"(?<=\b[Ii]n\s)(?P<m>{_MONTH})\b(?!\s+\d)")),
    (
        "rd",
        re.compile(
            r"\b(?:the\s+day\s+(?P<ba>after|before)\s+)?(?P<w>yesterday|today|tomorrow)\b", re.I
        ),
    ),
]

_EVENT_WORDS = (
    "coup",
    "putsch",
    "establish",
    "founded",
    "election",
    "poll",
    "vote",
    "visit",
    "sign",
    "amnesty",
    "arriv",
    "talk",
    "meet",
)


def event_of(sentence: str) -> str:
    """The event word a date in this sentence is most likely about ("" if none)."""
    low = sentence.lower()
    best = ""
    best_pos = len(low) + 1
    for word in _EVENT_WORDS:
        pos = low.find(word)
        if 0 <= pos < best_pos:
            best, best_pos = word, pos
    return {"putsch": "coup", "poll": "election", "vote": "election", "arriv": "visit"}.get(
        best, best
    )


def _num(word: str) -> int:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    return NUMBER_WORDS.get(w, 0)


_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’-]{2,}(?:[ -][A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,?\s+"
    rf"(?P<date>(?P<m>{_MONTHX})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTHX})(?:,?\s+(?P<y2>{_YEAR}))?"
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


def find_dates(text: str, offset: int, sentence: int, taken: Taken) -> list[Candidate]:
    """Date spans of one sentence that the patterns find (`text` starts at document offset
    `offset`)."""
    out: list[Candidate] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = offset + m.start(), offset + m.end()
            if not taken.free(start, end) or not_a_date(text, m.start(), m.end()):
                continue
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            if name == "mmy":
                # "March and June 2025": two dates; the first month borrows the year.
                m1_end = offset + m.start("m1") + len(g["m1"])
                out.append(_cand("my", {"m": g["m1"], "y": g["y"]}, start, m1_end, sentence, text))
                out.append(
                    _cand(
                        "my", {"m": g["m"], "y": g["y"]}, offset + m.start("m"), end, sentence, text
                    )
                )
            elif name == "wd" and _FUTURE.search(text[: m.start()]):
                out.append(_cand(name, {**g, "ahead": "1"}, start, end, sentence, text))
            elif name in ("clock", "earlier", "numeric"):
                g = {"text": m.group(0), **({"clock": "1"} if name == "clock" else {})}
                out.append(_cand("nlp", g, start, end, sentence, text))
            else:
                out.append(_cand(name, g, start, end, sentence, text))
            taken.add(start, end)
    return out


def nlp_dates(
    text: str, offset: int, sentence: int, taken: Taken, spans: list[Span]
) -> list[Candidate]:
    """The sentence's DATE/TIME NER spans still free once patterns and figures had theirs."""
    out: list[Candidate] = []
    for span in spans:
        if span.label not in DATE_LABELS:
            continue
        a, b = _trim(text, span.start, span.end)
        point = _POINT.search(text[a:b]) or _NAMED_DAY.fullmatch(text[a:b])
        if b <= a or not point or _DURATION.search(text[a:b]):
            continue
        if re.fullmatch(r"\d{1,3}", text[a:b]):
            continue  # "Prakash Shah, 58,": an age the model took for a date
        if _VAGUE.search(text[a:b]) or _INDEFINITE.fullmatch(text[a:b]):
            continue  # "recent years", "each year", "quarterly": a stretch or a rate, not a date
        if re.search(r"\sof$", text[a:b]) or not_a_date(text, a, b):
            continue  # "the night of" (Oct. 23 is the date), and what `not_a_date` rules out
        if taken.free(offset + a, offset + b):
            out.append(_cand("nlp", {"text": text[a:b]}, offset + a, offset + b, sentence, text))
            taken.add(offset + a, offset + b)
    return out


_POINT = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|tonight|tomorrow|yesterday|noon|midnight|morning|afternoon|evening|night|"
    r"spring|summer|autumn|fall|winter|christmas|easter|weekend|ago|last|next|this|"
    r"earlier|later|coming|previous|past|quarter|fiscal|latest|current|year|decade|century)",
    re.I,
)
"""A DATE/TIME span names a point in time when it has a number, a month, a day, a part of
the day, a season or a relative word; "annual", "daily", "the day" do not."""
_NAMED_DAY = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}(?:Day|Eve)")
"""A named day ("Election Day", "International Workers' Day", "New Year's Eve")."""
_DURATION = re.compile(
    r"^(?:(?:just\s+)?(?:for|about|nearly|almost|more than|less than|over|under|some|"
    r"as long as|as much as|up to|at least)\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)"
    r"[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)(?:[\s-]+old|\s+long)?$"
    r"|^(?:years|months|weeks|days|hours|decades|centuries)$"
    r"|^(?:(?:over|in|during|for|within|throughout)\s+)?(?:the\s+)?(?:past|last|next|coming|"
    r"previous)\s+(?:(?:\d+|few|several|couple of|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+)?(?:years|months|weeks|days|hours|decades|centuries)$"
    r"|^(?:(?:over|in|during|for|within|throughout)\s+)?(?:the\s+(?:past|last|next|coming)|"
    r"past)\s+(?:decade|century)$"
    r"|^all\s+(?:day|night|week|weekend|month|year|morning|afternoon|evening)(?:\s+long)?$",
    re.I,
)
"""A span that is only an amount of time ("three years", "10-day", "less than a decade", "all
month") or the stretch up to now or from now ("the past 10 years", "the past decade") is a
duration, not a date; "last year", "the past year", "last decade" and "next month" are dates."""
_VAGUE = re.compile(
    r"^(?:(?!.*\d).*\b(?:years|months|weeks|days|decades|hours|centuries)\b.*)$"
    r"|\b(?:each|every|per)\b|^(?:quarterly|annual|annually|daily|weekly|monthly|yearly|nightly)$",
    re.I,
)
"""Plural time units with no number ("the past few weeks") and rates ("each year") are not
points in time."""
_INDEFINITE = re.compile(
    r"(?:a|an|one)\s+(?:[a-z]+\s+)?(?:weekend|week|day|night|morning|afternoon|evening|month|"
    r"year|decade|century)",
    re.I,
)
"""One unit of time with an indefinite article ("after a weekend of talks", "a busy week") is no
particular date: an amount of time (TimeML types it DURATION) or a rate ("twice a year")."""
_RELATIVE_WORD = re.compile(
    r"(?:today|tonight|tomorrow|yesterday|this|next|last|morning|afternoon|evening|night|"
    r"week|weekend|year|month|now)\b",
    re.I,
)
_MONTH_ONLY = re.compile(rf"{_MONTH}")
_OPENING_QUOTE = "\"“‘'`«("
_SENTENCE_BREAK = ".!?:;—–-\n"
_OWNER = r"(?:his|her|their|my|your|our)"
_AGE_DECADE = re.compile(rf"(?:\b{_OWNER}\s+(?:early\s+|mid-?\s*|late\s+)?)$", re.I)


def not_a_date(text: str, a: int, b: int) -> bool:
    """True when `text[a:b]`, which reads as a date, is something else in its sentence:

    - a repetition ("each July", "every Monday");
    - a greeting ("Good evening"), "high noon";
    - an age ("in his 30s", "her early twenties") or a stretch of a life ("his year in
      kindergarten");
    - a relative word capitalised inside a sentence, i.e. part of a title or name ("VOA
      Today", ABC's "This Week"); in quotes only when the quotation is the title alone;
    - a month name that opens a name ("March for Life", "March of Dimes").
    """
    span = text[a:b]
    before = text[:a]
    if re.search(r"\b(?:each|every)\s+(?:\w+\s+at\s+)?$", before, re.I) or re.match(
        r",?\s+(?:each|every)\s+(?:day|morning|afternoon|evening|night|week)\b", text[b:], re.I
    ):
        return True
    if re.search(r"\bgood\s+$", before, re.I) and re.match(
        r"(?:morning|afternoon|evening|night)$", span, re.I
    ):
        return True
    if re.search(r"\bhigh\s+$", before, re.I) and span.lower() == "noon":
        return True  # "high noon": an idiom, or the film
    if re.fullmatch(r"(?:early |mid-?|late )?(?:\d0s|[2-9]0's|teens|twenties|thirties|forties|"
                    r"fifties|sixties|seventies|eighties|nineties)", span, re.I) and (
        _AGE_DECADE.search(before)
    ):  # fmt: skip
        return True
    life = r"(?:year|month|week|day|night|morning|evening|afternoon)"
    if re.fullmatch(rf"{_OWNER}\s+{life}", span, re.I) or (
        re.fullmatch(life, span, re.I) and re.search(rf"\b{_OWNER}\s+$", before, re.I)
    ):
        return True  # "his year in kindergarten", "her day in court": a stretch of a life
    if _MONTH_ONLY.fullmatch(span) and re.match(r"\s+(?:for|of)\s+[A-Z]", text[b:]):
        return True
    if span[:1].isupper() and _RELATIVE_WORD.match(span) and not re.search(r"\d", span):
        lead = before.rstrip()
        quoted = bool(lead) and lead[-1] in _OPENING_QUOTE
        lead = lead.rstrip(_OPENING_QUOTE + "”’») ")
        if not lead or lead[-1] in _SENTENCE_BREAK:
            return False  # a sentence (or quoted speech) opens with it
        if quoted:
            rest = text[b:].lstrip(",.;: ")
            return bool(rest[:1]) and rest[:1] in "\"”’'»)"  # the quotation is this title alone
        return True
    return False


_EDGE = re.compile(r"^(?:the|about|around|on|at|in|by|since|until|as of)\s+", re.I)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article/preposition and trailing punctuation from a span."""
    m = _EDGE.match(text, start, end)
    if m:
        start = m.end()
    while end > start and text[end - 1] in " ,.;:'’\"":
        end -= 1
    return start, end


def _cand(
    name: str, g: dict[str, str], start: int, end: int, sentence: int, text: str
) -> Candidate:
    c = Candidate("date", "", "", start, end, sentence)
    c.extra = {"form": name, **g}
    c.subject = event_of(text)
    return c


def _month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("December", "Dec.", "Sept"), else 0."""
    low = name.lower().rstrip(".")
    if low in MONTHS:
        return MONTHS[low]
    return next((n for m, n in MONTHS.items() if low and m.startswith(low[:3])), 0)


def _day(d: str) -> int:
    return int(re.sub(r"\D", "", d))


def _year_near(month: int, ref: dt.date) -> int:
    """Year of a bare month or day-month, nearest to the reference date."""
    best = ref.year
    best_gap = 99
    for year in (ref.year - 1, ref.year, ref.year + 1):
        gap = abs((year * 12 + month) - (ref.year * 12 + ref.month))
        if gap < best_gap:
            best, best_gap = year, gap
    return best


def _shift_months(ref: dt.date, months: int) -> str:
    total = ref.year * 12 + ref.month - 1 + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


_STEP = {"next": 1, "coming": 1, "last": -1, "previous": -1, "this": 0}
"""Years, months or weeks a relative word moves from the reference date."""
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|due|scheduled|planned|set to|expected to|"
                     r"as (?:early|soon) as)\b|['’]ll\b", re.I)  # fmt: skip
"""Words before a bare weekday that put it ahead of the article date ("will meet on Friday")."""


def _weekday_shift(g: dict[str, Any], ref: dt.date) -> int:
    """Days from `ref` to the weekday `g["wd"]`: that day of next week for "next", of this week
    for "this" (as Recognizers-Text reads them), the coming one for "coming" or a future tense
    in the sentence (`g["ahead"]`), else the last one (today included; not today for "last")."""
    day = WEEKDAYS[g["wd"].lower()]
    ahead, back = (day - ref.weekday()) % 7, (ref.weekday() - day) % 7
    words = str(g.get("w", "")).lower().split()
    if words == ["next"]:
        return 7 + day - ref.weekday()
    if words == ["this"]:
        return day - ref.weekday()
    if words[-1:] in (["coming"], ["upcoming"]):
        return ahead or 7
    if words:  # "last", "past", "previous"
        return -(back or 7)
    return ahead if g.get("ahead") else -back


def normalise(c: Candidate, ref: dt.date | None, ref_source: str) -> None:
    """Fill `c.key`, `c.normalized` (ISO value, qualifiers) from its matched parts."""
    g: dict[str, Any] = c.extra
    form = g["form"]
    value: str | None = None
    info: dict[str, Any] = {}
    month = _month_number(str(g.get("m", "")))
    if form in ("mdy", "dmy"):
        value = f"{int(g['y']):04d}-{month:02d}-{_day(g['d']):02d}"
    elif form == "ymd":
        year, day = g.get("y") or g.get("y2") or g["y3"], g.get("d") or g.get("d2") or g["d3"]
        month = month or int(g.get("mo") or g["mo2"])
        value = f"{int(year):04d}-{month:02d}-{int(day):02d}"
        value = value if parse_iso(value) else None
    elif form == "qtr" and g.get("y"):
        value = f"{g['y']}-Q{g['q']}"
    elif form in ("my", "pmy"):
        value = f"{int(g['y']):04d}-{month:02d}"
    elif form in ("py", "y"):
        value = g["y"]
    elif form == "range":
        y2 = g["y2"]
        if len(y2) == 2:
            y2 = g["y"][:2] + y2
        value = f"{g['y']}/{y2}"
    elif form == "nlp":
        value, relative = _read(str(g["text"]), ref)
        if value is None and g.get("clock") and ref is not None:
            value, relative = ref.isoformat(), True  # "half past seven": a time of that day
        if relative:
            info["relative"] = True
    elif ref is not None:
        info["relative"] = True
        if form in ("md", "dm"):
            value = f"{_year_near(month, ref):04d}-{month:02d}-{_day(g['d']):02d}"
        elif form in ("pm", "m"):
            value = f"{_year_near(month, ref):04d}-{month:02d}"
        elif form == "qtr":
            value = f"{ref.year:04d}-Q{g['q']}"
        elif form == "ago":  # "two days ago", "three weeks from tomorrow"
            n = _num(g["n"]) * (1 if g.get("on", "before").lower() != "before" else -1)
            base = str(g.get("base", "")).lower()
            ref = ref + dt.timedelta(days={"tomorrow": 1, "yesterday": -1}.get(base, 0))
            unit = g["u"].lower().rstrip("s")
            if unit in ("hour", "minute"):
                value = (ref + dt.timedelta(days=int(n / 24) if unit == "hour" else 0)).isoformat()
            elif unit == "year":
                value = f"{ref.year + n:04d}"
                info["approximate"] = True
            elif unit == "month":
                value = _shift_months(ref, n)
            elif unit == "week":
                value = (ref + dt.timedelta(weeks=n)).isoformat()
            else:
                value = (ref + dt.timedelta(days=n)).isoformat()
        elif form == "mrel":
            year = ref.year + _STEP[g["w"].lower()]
            value = f"{year:04d}-{month:02d}" + (f"-{_day(g['d']):02d}" if g.get("d") else "")
        elif form == "rel":
            step = _STEP[g["w"].lower()] if g.get("w") else (2 if "after" in g["w2"] else -2)
            unit = (g.get("u") or g["u2"]).lower()
            if unit == "year":
                value = f"{ref.year + step:04d}"
            elif unit == "month":
                value = _shift_months(ref, step)
            else:
                monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
                iso = monday.isocalendar()
                value = f"{iso[0]:04d}-W{iso[1]:02d}"
        elif form == "wd":
            value = (ref + dt.timedelta(days=_weekday_shift(g, ref))).isoformat()
        elif form == "rd":
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["w"].lower()]
            shift += {"after": 1, "before": -1}.get(str(g.get("ba", "")).lower(), 0)
            value = (ref + dt.timedelta(days=shift)).isoformat()
    else:
        info["relative"] = True
    if g.get("p"):
        info["qualifier"] = g["p"].lower().replace("the ", "").strip("- ")
    if g.get("tod"):
        info["time_of_day"] = g["tod"].lower()
    if info.get("relative") and ref is not None:
        info["reference"] = ref.isoformat()
        info["reference_source"] = ref_source
    c.normalized = {"value": value, **info}
    if value is not None:
        c.key = f"date:{value}"
        c.label = value
    else:
        c.key = ""  # filled per document by the caller: an unanchored relative date
    if form == "range":
        c.normalized["start"], c.normalized["end"] = value.split("/") if value else ("", "")


@lru_cache(maxsize=8192)
def _read(text: str, ref: dt.date | None) -> tuple[str | None, bool]:
    """(ISO value at the precision written, relative to `ref`?) read by dateparser (some
    milliseconds a call: the same span with the same reference is read once)."""
    settings: dict[str, Any] = {"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True}
    if ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime(ref.year, ref.month, ref.day)
    data = _parser(tuple(sorted((k, str(v)) for k, v in settings.items())), settings)
    try:
        found = data.get_date_data(text)
    except (ValueError, OverflowError):
        return None, False
    when = found.date_obj if found else None
    if when is None or when.year < 1000:  # "0735 GMT" is a time of day, not the year 735
        return None, False
    relative = not re.search(r"\b(?:1[5-9]|20)\d\d\b", text)
    if relative and ref is None:
        return None, True
    period = found.period or "day"
    if period == "year":
        return f"{when.year:04d}", relative
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}", relative
    if period == "week":
        iso = when.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}", relative
    return when.date().isoformat(), relative


_PARSERS: dict[tuple[tuple[str, str], ...], Any] = {}


def _parser(key: tuple[tuple[str, str], ...], settings: dict[str, Any]) -> Any:
    """One English `DateDataParser` per settings (they are slow to build)."""
    if key not in _PARSERS:
        from dateparser.date import DateDataParser

        _PARSERS[key] = DateDataParser(languages=["en"], settings=settings)
    return _PARSERS[key]


def parse_iso(value: str | None) -> dt.date | None:
    """A reference date from `Document.date` ("2025-11-28", "2025-11" or "2025")."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 7
        day = int(parts[2]) if len(parts) > 2 else 1
        return dt.date(year, month, day)
    except (ValueError, IndexError):
        return None
