"""Periods and points anchored on the article date, and years said in words.

A stretch of time that starts or ends at the article date is a date a reader can check and
compare across articles: "the last three months", "over the past decade", "the next two
weeks", "within 18 months" (`PERIOD`), and so is a point that far ahead, "in two years" when
the sentence speaks of the future (`IN_FUTURE`, `future_point`). A plain length of time ("for
three hours", "a two-year term", "the first time in two years") is not. `period_value` and
`shift` give their ISO values at the precision of their unit ("2013/2016", "2016-08/2016-11",
"2016-11-04/2016-11-07"); `SPELLED_YEAR` and `spelled_year` read "nineteen ninety-six" and
"two thousand and fifteen".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from facts.lexicon import NUMBER_WORDS

_WORD_NUMBER = r"(?:" + "|".join(w for w in NUMBER_WORDS if w not in ("zero", "dozen")) + r")"
_AMOUNT = rf"(?:\d+|{_WORD_NUMBER}(?:[\s-]{_WORD_NUMBER})?|(?:a\s+)?couple(?:\s+of)?)"
"""How many units: "3", "three", "twenty four", "twenty-four", "a couple of", "a couple"."""
_AMOUNTS = rf"(?:{_AMOUNT}(?:\s+(?:to|or)\s+{_AMOUNT})?)"
"""One amount or two ("12 to 18", "two or three"): the period runs to the larger."""
_UNITS = (
    r"(?:years?|months?|weeks?|days?|business\s+days?|trading\s+days?|hours?|minutes?|"
    r"decades?|quarters?|fortnights?)"
)
_PLAIN_UNITS = r"(?:decade|fortnight)"
"""Units that make a period with no number: "the past decade", "the next fortnight"."""
_NOT_ANCHORED = r"(?!\s+(?:of|after|before|following|from)\b)(?![\w-])"
"""A period measured from something else ("within three hours of the attack") is a length;
"the past six years since the law changed" still ends at the article date."""

PERIOD = re.compile(
    r"\b(?:(?P<within>within)\s+(?:the\s+)?(?:(?P<w0>next|coming)\s+)?(?P<n0>"
    + _AMOUNTS
    + r"|an?(?=\s+(?:year|month|week|decade|fortnight)\b))"
    r"\s+(?P<u0>" + _UNITS + r")"
    r"|(?:the\s+)?(?P<w>past|last|next|coming|previous|following)\s+(?:(?P<n>" + _AMOUNTS + r")"
    r"\s+(?P<u>" + _UNITS + r")|(?P<u1>" + _PLAIN_UNITS + r"))"
    r"|(?<=\bthe\s)(?P<n2>" + _AMOUNT + r")\s+(?P<w2>past|last|next|coming|previous|following)"
    r"\s+(?P<u2>" + _UNITS + r"))" + _NOT_ANCHORED,
    re.I,
)
"""An anchored stretch: "the last 3 months", "past 20 years", "the next two weeks", "the
coming three quarters", "the past decade", "within 18 months", "within the next 10 months",
"the 3 next weeks"."""

VAGUE_PERIOD = re.compile(
    r"\b[Tt]he\s+(?P<w>past|last|previous)\s+(?P<n>few|several)\s+"
    r"(?P<u>years|months|weeks|days|decades|quarters)" + _NOT_ANCHORED
)
"""A stretch of a vague length back to the article date: "the past few years", "the last
several months" (read as three units, an approximate value). "In the next few days" is left
out: news annotators mostly leave that promise of soon unmarked."""

IN_FUTURE = re.compile(
    r"\bin\s+(?P<n>"
    + _AMOUNT
    + r"|a|an)\s+(?P<u>"
    + _UNITS
    + r")(?:['’]s?\s+time)?"
    + _NOT_ANCHORED,
    re.I,
)
"""A point ahead of the article date ("in two years", "in 5 minutes", "in a fortnight's
time"), when `future_point` agrees."""
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|would|is to|are to|due|scheduled|planned|plans?|set to|expected to|"
    r"going to|hopes? to|aims? to|intends? to|wants? to|must|should|needs? to|has to|have to)\b"
    r"|['’]ll\b",
    re.I,
)
_SINCE_CUE = re.compile(
    r"\b(?:first|highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst|most|"
    r"least|fastest|slowest|not|never|no|\d+(?:st|nd|rd|th))\b",
    re.I,
)
"""Before "in two years", these make it the stretch up to now ("the first drop in two years",
"had not met in ten years", "the 11th doctor in 45 years"): a length measured back, left
out."""


def ahead_of_now(text: str, start: int, g: dict[str, str]) -> bool:
    """False for "within N units" with no "next" in a sentence that does not speak of the future
    ("took the lead within 20 minutes": measured from another moment, a length; "Within a
    decade, payments will be due" speaks of it)."""
    if not g.get("within") or g.get("w0"):
        return True
    return bool(_FUTURE_CUE.search(text)) and not _SINCE_CUE.search(text[:start])


def future_point(text: str, start: int, end: int) -> bool:
    """True when "in N units" at `text[start:end]` is a point ahead: its own "time" ("in two
    years' time") or a future tense earlier in the sentence, and no superlative or negation."""
    before = text[:start]
    if _SINCE_CUE.search(before):
        return False
    return text[start:end].lower().endswith("time") or bool(_FUTURE_CUE.search(before))


_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_YEAR = re.compile(
    rf"\b(?P<c>nineteen|twenty)[\s-](?P<rest>{_TEEN}|{_TENS}(?:[\s-]{_UNIT})?)\b"
    rf"|(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\bof\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\byear\s))"
    rf"two\s+thousand(?:\s+and)?(?:[\s-](?P<rest2>"
    rf"{_TEEN}|{_TENS}(?:[\s-]{_UNIT})?|{_UNIT}))?\b",
    re.I,
)
"""A year in words: "nineteen ninety-six", "Nineteen eighty four", "twenty twenty", "in two
thousand and fifteen" (this last form only after a word that makes it a year)."""


def _words_value(words: str) -> int:
    return sum(NUMBER_WORDS.get(w, 0) for w in re.split(r"[\s-]+", words.lower()) if w)


def spelled_year(g: dict[str, str]) -> str:
    """The year of a `SPELLED_YEAR` match's groups ("1996")."""
    if g.get("c"):
        return str(_words_value(g["c"]) * 100 + _words_value(g["rest"]))
    return str(2000 + _words_value(g.get("rest2") or ""))


def amount(words: str) -> int:
    """How many units `_AMOUNTS` or "a"/"an" says: "3", "twenty four", "a couple of" -> 2,
    "12 to 18" -> 18."""
    w = words.lower().strip()
    if re.search(r"\s(?:to|or)\s", w):
        return max(amount(part) for part in re.split(r"\s+(?:to|or)\s+", w))
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    if w.endswith(("couple of", "couple")):
        return 2
    if w in ("few", "several"):
        return 3
    return _words_value(w)


def _unit(word: str) -> tuple[str, int]:
    """(calendar unit, how many of it) of a unit word: "decades" -> ("year", 10)."""
    u = re.sub(r"\s+", " ", word.lower()).rstrip("s")
    return {
        "decade": ("year", 10),
        "quarter": ("month", 3),
        "fortnight": ("day", 14),
        "week": ("day", 7),
        "business day": ("day", 1),
        "trading day": ("day", 1),
        "hour": ("hour", 1),
        "minute": ("hour", 0),
    }.get(u, (u, 1))


def _months_on(ref: dt.date, n: int) -> tuple[int, int]:
    """The year and month `n` months (negative: back) from `ref`'s month."""
    total = ref.year * 12 + ref.month - 1 + n
    return total // 12, total % 12 + 1


def shift(ref: dt.date, n: int, unit_word: str) -> str:
    """The ISO value `n` units (negative: back) from `ref`, at the unit's precision: a year
    ("2018"), a month ("2016-09"), or a day (hours and minutes: that day, or the next ones)."""
    unit, size = _unit(unit_word)
    n *= size
    if unit == "year":
        return f"{ref.year + n:04d}"
    if unit == "month":
        year, month = _months_on(ref, n)
        return f"{year:04d}-{month:02d}"
    if unit == "hour":
        return (ref + dt.timedelta(days=int(n / 24))).isoformat()
    return (ref + dt.timedelta(days=n)).isoformat()


_SHORT_UNITS = {"yr": "year", "mo": "month", "wk": "week", "w": "week", "d": "day", "h": "hour",
                "hr": "hour", "min": "minute", "sec": "second"}  # fmt: skip
"""Short units of "1hr ago", "3 wks ago", "5d ago", each with its "s" already cut."""
_PART = re.compile(r"(\d+)\s*([a-z]+)", re.IGNORECASE)


def unit_word(word: str) -> str:
    """The unit a unit word or its short form names: "hrs" -> "hour", "days" -> "day"."""
    u = word.lower().rstrip("s")
    return _SHORT_UNITS.get(u, u)


def count_back(parts: str, sign: int, ref: dt.date) -> str:
    """The ISO value of a length of several units counted from `ref` ("1 month 2 days 2 hours
    30 mins ago", sign -1), at the precision of its finest calendar unit: a month for years
    and months, else a day (hours and minutes move it only by whole days)."""
    months = days = hours = 0
    for count, word in _PART.findall(parts):
        unit, n = unit_word(word), int(count)
        if unit in ("year", "month"):
            months += n * (12 if unit == "year" else 1)
        elif unit in ("week", "day"):
            days += n * (7 if unit == "week" else 1)
        elif unit == "hour":
            hours += n
    if not days and not hours and months:
        return shift(ref, sign * months, "month")
    year, month = _months_on(ref, sign * months)
    point = dt.date(year, month, min(ref.day, calendar.monthrange(year, month)[1]))
    return (point + dt.timedelta(days=sign * (days + hours // 24))).isoformat()


def period_value(g: dict[str, str], ref: dt.date) -> str:
    """ "start/end" of a `PERIOD` match anchored on `ref`: back from it for "past", "last",
    "previous", ahead for "next", "coming", "following", "within"."""
    word = (g.get("w") or g.get("w2") or g.get("w0") or "within").lower()
    n = amount(g.get("n") or g.get("n2") or g.get("n0") or "1")
    unit = g.get("u") or g.get("u2") or g.get("u0") or g.get("u1") or "day"
    here = shift(ref, 0, unit)
    if _unit(unit)[0] == "hour":
        return here  # "the past 24 hours": the article's day
    if word in ("past", "last", "previous"):
        return f"{shift(ref, -n, unit)}/{here}"
    return f"{here}/{shift(ref, n, unit)}"


_VERB_BEFORE = re.compile(
    r"\b(?:will|would|should|could|can|may|might|must|to|not|did|does|do|won['’]t|"
    r"[a-z]+n['’]t)\s+$",
    re.I,
)


def last_is_a_verb(text: str, start: int, g: dict[str, str]) -> bool:
    """True when "last" opens the match as a verb ("shouldn't last two hours"; not "compared
    to the last 15 years", where "the" makes it an adjective)."""
    if str(g.get("w", "")).lower() != "last" or text[start : start + 4].lower() == "the ":
        return False
    return bool(_VERB_BEFORE.search(text[:start]))
