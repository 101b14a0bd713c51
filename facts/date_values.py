"""ISO values of date spans: `normalise` reads the parts a pattern matched (or, for spaCy's
spans and times of day, asks dateparser) and anchors relative dates ("Thursday", "next month",
"two days ago", "the last three months" = "2016-08/2016-11") on the document's reference
date, or on a date written before them in their sentence ("in 2018, down from $19 billion the
previous year" = 2017; `anchor_in_sentence`), a day or month ahead or back as the tense
around it says (`facts.date_tense`); the two ends of a range share a year and a tense
(`share_range_year`: "from Dec. 28 to Jan. 3, 2014"); `parse_iso` reads the reference date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from facts.candidate import Candidate
from facts.date_holidays import HOLIDAY, holiday_value
from facts.date_news_forms import (
    day_of_month_value,
    day_range_value,
    decade_value,
    half_year_value,
    nth_weekday_value,
    season_value,
    weekday_and_day_value,
    weekday_of_week_value,
)
from facts.date_periods import amount, count_back, period_value, unit_word
from facts.date_periods import shift as shift_by
from facts.lexicon import MONTHS, NUMBER_WORDS, ORDINALS, WEEKDAYS


def _num(word: str) -> int:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    return NUMBER_WORDS.get(w, 0)


def _month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("December", "Dec.", "Sept"), else 0."""
    low = name.lower().rstrip(".")
    if low in MONTHS:
        return MONTHS[low]
    return next((n for m, n in MONTHS.items() if low and m.startswith(low[:3])), 0)


def _day(d: str) -> int:
    """The day of "21st", "21" or "twenty-first"."""
    if any(c.isdigit() for c in d):
        return int(re.sub(r"\D", "", d))
    *tens, unit = re.split(r"[\s-]+", d.lower())
    return (30 if tens == ["thirty"] else 20 if tens else 0) + ORDINALS[unit]


def _year_near(month: int, ref: dt.date) -> int:
    """Year of a bare month or day-month, nearest to the reference date."""
    best = ref.year
    best_gap = 99
    for year in (ref.year - 1, ref.year, ref.year + 1):
        gap = abs((year * 12 + month) - (ref.year * 12 + ref.month))
        if gap < best_gap:
            best, best_gap = year, gap
    return best


FAR_BACK_DAYS = 300
"""A day and month told in the past lie in the year before the reference date's only when that
puts them fewer days back than this (ten months). Further back, news writing gives the year
("Oct. 31, 1988"): the cue was no tense of the date ("preferred shares", "payable Dec. 7") and
the day is the one of the reference date's year."""
FAR_AHEAD_DAYS = 335
"""A day and month told in the future lie in the year after the reference date's only when
that puts them fewer days ahead than this (eleven months): a tour announced for next autumn
is, a day a week or two gone by is not ("would bring aid where the Aug. 7 blasts killed 257",
"to send him back by Jan. 14"). A line of a schedule ("Oct. 10 -- The Forum, Los Angeles")
may lie further ahead."""


def _day_of_year(month: int, day: int, ref: dt.date, g: dict[str, Any]) -> str:
    """The value of a day and month written without a year: the nearest such day to the
    reference date, or the last one before it for a past tense ("was born on May 2"), the
    next one for a future tense ("will meet on March 10"); a tense moves it to the year before
    or after the reference date's only within `FAR_BACK_DAYS` or `FAR_AHEAD_DAYS` of it."""
    year = _year_near(month, ref)
    if g.get("ahead") or g.get("back"):
        told = ref.year
        later = (month, day) > (ref.month, ref.day)
        if g.get("ahead") and not later and (month, day) != (ref.month, ref.day):
            told += 1
        elif g.get("back") and later:
            told -= 1
        when = _safe_date(told, month, day)
        gap = (when - ref).days if when is not None else 0
        near = -FAR_BACK_DAYS < gap < FAR_AHEAD_DAYS or bool(g.get("listed"))
        year = told if told == ref.year or near else ref.year
    return f"{year:04d}-{month:02d}-{day:02d}"


def _holiday_by_tense(g: dict[str, Any], value: str, ref: dt.date) -> str:
    """A holiday with no year nor "last"/"next": the one before the reference date for a past
    tense ("schools closed on Memorial Day"), the next one for a future tense, when that one
    lies within `FAR_BACK_DAYS` or `FAR_AHEAD_DAYS` of it; else `value` as it is."""
    day = dt.date.fromisoformat(value.split("/")[0])  # a period ("Ramadan") by its first day
    if g.get("back") and day > ref:
        other = holiday_value(g["hol"], "last", "", ref)
    elif g.get("ahead") and day < ref:
        other = holiday_value(g["hol"], "next", "", ref)
    else:
        return value
    gap = (dt.date.fromisoformat(other.split("/")[0]) - ref).days if other else 0
    return other if other and -FAR_BACK_DAYS < gap < FAR_AHEAD_DAYS else value


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_after_word(word: str, month: int, day: str | None, ref: dt.date) -> str:
    """The value of "last May", "next March 3", "this June": the last such month (or day)
    before the reference date, the next one after it, or the one of its year."""
    word = word.split()[-1]  # "this past May" is the last one
    when = (month, _day(day) if day else 0)
    now = (ref.month, ref.day if day else 0)
    year = ref.year
    if word in ("last", "past", "previous") and when >= now:
        year -= 1
    elif word in ("next", "coming") and when <= now:
        year += 1
    return f"{year:04d}-{month:02d}" + (f"-{_day(day):02d}" if day else "")


def _shift_months(ref: dt.date, months: int) -> str:
    total = ref.year * 12 + ref.month - 1 + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


_STEP = {
    "next": 1,
    "coming": 1,
    "upcoming": 1,
    "last": -1,
    "previous": -1,
    "this": 0,
    "current": 0,
    "the": 0,
}
"""Years, months or weeks a relative word moves from the reference date."""


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
    if words[-1:] in (["coming"], ["upcoming"], ["following"]):
        return ahead or 7
    if words:  # "last", "past", "previous"
        return -(back or 7)
    return ahead if g.get("ahead") else -back


_WITH_YEAR = frozenset(["y", "py", "my", "pmy", "mdy", "dmy", "ymd", "qtr"])
"""Forms whose value has the year written in the text ("2018", "March 2018", "Aug. 9, 2018")."""
_DAY_NAMED = frozenset(["md", "mdy", "dm", "dmy", "ymd", "wd", "wdw", "wdd", "rd"])
"""Forms whose value is one day ("Aug. 9", "Friday", "yesterday")."""
_POINTS_BACK = re.compile(
    r"(?P<the>(?:the|that)\s+)?(?:(?P<back>previous|prior|preceding)|(?P<on>following|next)|"
    r"same)\s+(?P<u>year|month|day|night|morning|afternoon|evening)",
    re.I,
)
"""A relative date that a date written before it in the sentence sets: "(down from $2
billion) the previous year", "the following morning", "that same day"."""
_NEXT_DAY_AFTER = re.compile(r"\s+(?:the\s+)?(?:following|next)\s+(?:morning|day)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:!?\n]|\b(?:said|says|told|added)\b")
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while)\b")


_RANGE_TO = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*", re.I)
_YEARLESS = {"md": "mdy", "dm": "dmy", "m": "my"}


def share_range_year(cands: list[Candidate], text: str, offset: int) -> None:
    """A day or month without a year that opens a range whose end has one takes the end's
    year ("from March 3 to April 5, 2019", "10 August - 12 September 2013"), or the year
    before when its month comes later than the end's ("Dec. 28-Jan. 3, 2014"); when neither
    has a year, the tense one of them is told in holds for both ("the survey ran from Jan. 5
    to Feb. 10": "to" hides the past from the second) and the end is counted from the start
    (`_anchored`: "will run from September to November" ends in the November after)."""
    ordered = sorted(cands, key=lambda c: c.start)
    for c, nxt in pairwise(ordered):
        g, h = c.extra, nxt.extra
        if g.get("form") not in _YEARLESS or not _RANGE_TO.fullmatch(
            text, c.end - offset, nxt.start - offset
        ):
            continue
        if h.get("form") in _YEARLESS:  # "ran from Jan. 5 to Feb. 10": one tense for both
            cue = {k: "1" for k in ("back", "ahead") if g.get(k) or h.get(k)}
            if len(cue) == 1:
                c.extra = {**g, **cue}
            nxt.extra = {**h, **(cue if len(cue) == 1 else {}), "anchor": c, "step": 0,
                         "unit": "range"}  # fmt: skip
            continue
        if h.get("form") == "mrel" and not h.get("d") and g["form"] == "m":
            first, last = _month_number(str(g.get("m", ""))), _month_number(str(h.get("m", "")))
            if first and last and first <= last:  # "from May to December last year"
                c.extra = {**g, "form": "mrel", "w": h["w"]}
            continue
        if h.get("form") not in ("mdy", "dmy", "my"):
            continue
        first, last = _month_number(str(g.get("m", ""))), _month_number(str(h.get("m", "")))
        if not first or not last:
            continue
        year = int(h["y"]) - (1 if first > last else 0)
        c.extra = {**g, "form": _YEARLESS[g["form"]], "y": str(year)}


def anchor_in_sentence(cands: list[Candidate], text: str, offset: int) -> None:
    """Tie relative dates of one sentence (`text`, starting at document offset `offset`) to a
    date written before them in the same clause, which `normalise` then counts from:

    - "the previous year", "the following year": a year written before ("dropped to $9
      billion in 2018, down from $19 billion the previous year" = 2017);
    - "the following morning", "the next day", "the previous night", "that same day", and a
      bare time of day: a day written before ("from 10:30 p.m. Aug. 9 to 6:30 a.m. the
      following morning": the time is of Aug. 10);
    - a bare month or month-day told in the past in a sentence that names a past year ("in the
      2016 campaign, after she was seen at a September 11 ceremony" = 2016-09-11).

    The anchor is the nearest such date before, with no clause break between them (";", ":",
    a verb of saying: "founded in 1995, said on Monday that sales rose from the previous
    year" keeps the article's previous year)."""
    done: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.start):
        g, span = c.extra, text[c.start - offset : c.end - offset]
        rel = _POINTS_BACK.fullmatch(span)
        if (
            rel
            and rel["the"] is None
            and not text[: c.start - offset].lower().endswith(("the ", "that "))
        ):
            rel = None  # "next year", "last month": the article date's
        if (
            rel
            and rel["on"]
            and rel["on"].lower() == "next"
            and rel["u"].lower() in ("year", "month")
        ):
            rel = None  # "over the next year": the twelve months from the article date
        if rel or g.get("clock") or (g["form"] in ("md", "dm", "m", "pm") and g.get("back")):
            unit = rel["u"].lower() if rel else "day" if g.get("clock") else "year"
            forms = (
                _WITH_YEAR
                if unit == "year"
                else _DAY_NAMED
                if unit != "month"
                else (_WITH_YEAR - {"y", "py"})
            )
            next_day = bool(g.get("clock")) and _NEXT_DAY_AFTER.match(text, c.end - offset)
            # a bare time of day joins a day of its own clause only ("He arrived on Monday,
            # and at 9 p.m. he left": the article's day)
            joins = not rel and not next_day and bool(g.get("clock"))
            anchor = _nearest(done, forms, text, offset, c.start, joins)
            if anchor is not None:
                step = 0
                if rel:
                    step = -1 if rel["back"] else 1 if rel["on"] else 0
                elif next_day:
                    step = 1  # "6:30 a.m. the following morning"
                g["anchor"], g["step"] = anchor, step
                if unit in ("night", "morning", "afternoon", "evening"):
                    g["unit"] = "day"
                else:
                    g["unit"] = unit
        done.append(c)


def _nearest(
    done: list[Candidate],
    forms: frozenset[str],
    text: str,
    offset: int,
    start: int,
    joins: bool = False,
) -> Candidate | None:
    """The last date of `done` of one of `forms` in the clause before `start`; with `joins`,
    a clause joined by ", and", ", but" or ", while" is another clause too."""
    for prev in reversed(done):
        gap = text[prev.end - offset : start - offset]
        if _CLAUSE_BREAK.search(gap) or len(gap) > 120 or (joins and _CLAUSE_JOIN.search(gap)):
            return None
        if prev.extra.get("form") in forms and "anchor" not in prev.extra:
            return prev
    return None


def _anchored(c: Candidate, ref: dt.date | None, ref_source: str) -> tuple[str, str] | None:
    """(value, anchor's value) of `c` counted from the date its sentence wrote before it
    (`anchor_in_sentence`), or None when that date has no value precise enough."""
    anchor: Candidate = c.extra["anchor"]
    if not isinstance(anchor.normalized, dict):
        normalise(anchor, ref, ref_source)
    base = anchor.normalized.get("value") if isinstance(anchor.normalized, dict) else None
    if not base or not re.match(r"\d{4}(?:-\d\d(?:-\d\d)?)?$", base):
        return None
    step, unit, form = c.extra["step"], c.extra["unit"], c.extra["form"]
    if unit == "range":  # the end of "from Dec. 28 to Jan. 3": on or after its start
        month = _month_number(str(c.extra.get("m", "")))
        if not month or len(base) < 7:
            return None
        end_day = _day(c.extra["d"]) if form in ("md", "dm") else 0
        start = (int(base[5:7]), int(base[8:10]) if len(base) == 10 else 0)
        year = int(base[:4]) + (1 if (month, end_day) < start else 0)
        return f"{year:04d}-{month:02d}" + (f"-{end_day:02d}" if end_day else ""), base
    if form in ("md", "dm", "m", "pm"):  # a month or a day of the year written before it
        if ref is not None and int(base[:4]) >= ref.year:
            return None  # only a past year: "this year's" months are read as before
        month = _month_number(str(c.extra.get("m", "")))
        day = f"-{_day(c.extra['d']):02d}" if form in ("md", "dm") else ""
        return (f"{base[:4]}-{month:02d}{day}", base) if month else None
    if unit == "year":
        return f"{int(base[:4]) + step:04d}", base
    if unit == "month":
        month_value = parse_iso(base) if len(base) == 7 else None
        return (_shift_months(month_value, step), base) if month_value else None
    day_value = parse_iso(base) if len(base) == 10 else None
    return ((day_value + dt.timedelta(days=step)).isoformat(), base) if day_value else None


def normalise(c: Candidate, ref: dt.date | None, ref_source: str) -> None:
    """Fill `c.key`, `c.normalized` (ISO value, qualifiers) from its matched parts; a date tied
    to one written before it in its sentence (`anchor_in_sentence`) counts from that one."""
    g: dict[str, Any] = c.extra
    anchored = _anchored(c, ref, ref_source) if g.get("anchor") is not None else None
    if anchored is not None:
        told, base = anchored
        c.normalized = {"value": told, "relative": True, "reference": base,
                        "reference_source": "a date before it in the sentence"}  # fmt: skip
        c.key, c.label = f"date:{told}", told
        return
    form = g["form"]
    value: str | None = None
    info: dict[str, Any] = {}
    month = _month_number(str(g.get("m", "")))
    if form in ("mdy", "dmy"):
        value = f"{int(g['y']):04d}-{month:02d}-{_day(g['d']):02d}"
    elif form == "ymd":
        year = g.get("y") or g.get("y2") or g.get("y3") or g["y4"]
        day = g.get("d") or g.get("d2") or g.get("d3") or g["d4"]
        month = month or int(g.get("mo") or g.get("mo2") or g["mo4"])
        value = f"{int(year):04d}-{month:02d}-{int(day):02d}"
        value = value if parse_iso(value) else None
    elif form == "qtr" and g.get("y"):
        value = f"{g['y']}-Q{g['q']}"
    elif form in ("my", "pmy"):
        value = f"{int(g['y']):04d}-{month:02d}"
    elif form in ("py", "y"):
        value = g["y"]
    elif form == "half" and (g.get("y") or g.get("y2") or ref is not None):  # "H1 2023"
        value = half_year_value(g, ref)
        info["relative"] = bool(g.get("w"))
    elif form == "nwm" and g.get("y"):  # "the last Friday of October 2014"
        value = nth_weekday_value(g, int(g["y"]))
    elif form == "ym":  # "2016-11", "11/2016"
        year = g.get("y") or g.get("y3") or g["y2"]
        value = f"{int(year):04d}-{int(g.get('mo') or g['mo2']):02d}"
    elif form == "range":  # "2016-2018", "the 2022/23 season"
        y, y2 = g.get("y") or g["ys"], g.get("y2") or g["ys2"]
        if len(y2) == 2:
            y2 = y[:2] + y2
        value = f"{y}/{y2}"
    elif form == "decade":  # "the 1990s" = "199"
        value = decade_value(g)
    elif form == "season" and g.get("y"):  # "the summer of 2019" = "2019-SU"
        value = season_value(g, ref)
    elif form == "hol":  # "Christmas", "last Easter", "Thanksgiving 2019"
        value = holiday_value(g["hol"], str(g.get("w", "")), str(g.get("y", "")), ref)
        if value and ref is not None and not g.get("w") and not g.get("y"):
            value = _holiday_by_tense(g, value, ref)
        if not g.get("y"):
            info["relative"] = True
        if str(g.get("wk", "")).lower() in ("morning", "afternoon", "evening", "night"):
            info["time_of_day"] = g["wk"].lower()
    elif form == "nlp":
        # a time of day is of the article's day: dateparser reads "1130 GMT" as the year 1130
        unread = g.get("clock") or g.get("from_event")  # "40 days before the election"
        value, relative = (None, False) if unread else _read(str(g["text"]), ref)
        spelled = HOLIDAY.fullmatch(str(g["text"])) if value is None else None
        if spelled:  # a holiday spaCy found where the patterns did not take it
            value = holiday_value(spelled["hol"], spelled["w"] or "", spelled["y"] or "", ref)
            relative = not spelled["y"]
        if value is None and g.get("clock") and ref is not None:
            value, relative = ref.isoformat(), True  # "half past seven": a time of that day
        if relative:
            info["relative"] = True
    elif ref is not None:
        info["relative"] = True
        if form in ("md", "dm"):
            value = _day_of_year(month, _day(g["d"]), ref, g)
        elif form == "wm":  # "last May", "next March 3"
            value = _month_after_word(g["w"].lower(), month, g.get("d"), ref)
        elif form in ("pm", "m"):
            year = _year_near(month, ref)
            if g.get("ahead") and month < ref.month:
                year = ref.year + 1  # "will be announced in March"
            elif g.get("back") and month > ref.month:
                year = ref.year - 1  # "since December"
            elif g.get("ahead") or g.get("back"):
                year = ref.year
            value = f"{year:04d}-{month:02d}"
        elif form == "qtr":
            value = f"{ref.year:04d}-Q{g['q']}"
        elif form == "oq" and not g.get("p"):  # "the third quarter": the last one, or the next
            q = int(g["q"])
            if g.get("w"):
                year = ref.year + _STEP[g["w"].lower()]
            elif g.get("ahead"):
                year = ref.year if ref.month <= 3 * q else ref.year + 1
            else:
                year = ref.year if 3 * q - 2 <= ref.month else ref.year - 1
            value = f"{year:04d}-Q{q}"
        elif form == "period":  # "the last three months", "within 18 months"
            value = period_value(g, ref)
            if g.get("approximate"):
                info["approximate"] = True
        elif form == "in":  # "in two years", "in 5 minutes"
            value = shift_by(ref, amount(g["n"]), g["u"])
            if len(value) == 4:
                info["approximate"] = True
        elif form == "ago":  # "two days ago", "three weeks from tomorrow", "a few days ago"
            on = g.get("on") or ("from" if g.get("hence") else "before")
            vague = re.sub(r"^a\s+", "", str(g.get("vague", "")).lower())
            n = (amount(vague) if vague else _num(g["n"])) * (1 if on.lower() != "before" else -1)
            if vague:
                info["approximate"] = True  # "a few": about three, "a couple of": two
            base = str(g.get("base", "")).lower()
            ref = ref + dt.timedelta(days={"tomorrow": 1, "yesterday": -1}.get(base, 0))
            unit = unit_word(g["u"])
            if g.get("lead"):  # "1 month 2 days 2 hours 30 mins ago"
                value = count_back(f"{g['lead']} {abs(n)} {unit}", 1 if n > 0 else -1, ref)
            elif unit in ("hour", "minute", "second"):
                value = (ref + dt.timedelta(days=int(n / 24) if unit == "hour" else 0)).isoformat()
            elif unit in ("year", "decade", "century", "centurie"):
                size = {"decade": 10, "century": 100, "centurie": 100}.get(unit, 1)
                value = f"{ref.year + n * size:04d}"
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
            step = _STEP[g["w"].lower()] if g.get("w") else 0
            if g.get("w2"):
                step = 2 if "after" in g["w2"] else -2
            unit = (g.get("u") or g.get("u3") or g["u2"]).lower()
            if unit == "year":
                value = f"{ref.year + step:04d}"
            elif unit == "month":
                value = _shift_months(ref, step)
            else:
                monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
                iso = monday.isocalendar()
                value = f"{iso[0]:04d}-W{iso[1]:02d}"
        elif form == "season":  # "last summer"
            value = season_value(g, ref)
        elif form == "mdr":  # "2/29-3/1"
            value = day_range_value(g, ref)
        elif form == "wdw":  # "Tuesday of last week"
            value = weekday_of_week_value(g, ref)
        elif form == "nwm":  # "the first Tuesday in November": of the year the tense says
            first = nth_weekday_value(g, ref.year)
            day = int(first[8:]) if first else 28
            value = nth_weekday_value(g, int(_day_of_year(month, day, ref, g)[:4]))
        elif form == "wdd":  # "Friday the 26th"
            value = weekday_and_day_value(g, ref)
        elif form == "dth":  # "on the 4th": of the article's month
            value = day_of_month_value(g, ref)
        elif form == "wd":
            value = (ref + dt.timedelta(days=_weekday_shift(g, ref))).isoformat()
        elif form == "wdago":  # "two Sundays ago": the last Sunday but one
            back = (ref.weekday() - WEEKDAYS[g["wd"].lower()]) % 7 or 7
            value = (ref - dt.timedelta(days=back + 7 * (_num(g["n"]) - 1))).isoformat()
        elif form == "rd":
            shift = {"yesterday": -1, "last": -1, "tomorrow": 1}.get(g["w"].lower(), 0)
            shift += {"after": 1, "before": -1}.get(str(g.get("ba", "")).lower(), 0)
            value = (ref + dt.timedelta(days=shift)).isoformat()
    else:
        info["relative"] = True
    if g.get("p") or g.get("p3"):
        info["qualifier"] = (g.get("p") or g["p3"]).lower().replace("the ", "").strip("- ")
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
    if form in ("range", "period", "mdr") and value and "/" in value:
        c.normalized["start"], c.normalized["end"] = value.split("/")
    elif form == "range":
        c.normalized["start"], c.normalized["end"] = ("", "")


@lru_cache(maxsize=8192)
def _read(text: str, ref: dt.date | None) -> tuple[str | None, bool]:
    """(ISO value at the precision written, relative to `ref`?) read by dateparser (some
    milliseconds a call: the same span with the same reference is read once). A year cut to
    its last two digits ("'08", "the '90s" aside) is of the century that puts it at most ten
    years after `ref` (dateparser reads "'08" as August)."""
    short = re.fullmatch(r"['’](\d\d)", text.strip())
    if short:
        now = (ref or dt.date.today()).year
        year = now // 100 * 100 + int(short[1])
        return f"{year - 100 if year > now + 10 else year:04d}", False
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
