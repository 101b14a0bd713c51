"""Named holidays as dates: "Christmas", "last Easter", "Thanksgiving", "Labor Day weekend",
"Good Friday 2024", "Eid al-Fitr", "Ramadan".

The names and the rule that dates each of them ("fixed 12-25"; "nth 11 3 4": the 4th
Thursday of November; "easter -2": two days before Western Easter; "dates 2024-04-10 ...": a
lunar holiday's listed days; "periods 2024-03-11/2024-04-09 ...": a season's first and last
days, its value) are `facts/data/holidays.json`, built by tools/facts_holidays.py from the
`holidays` package, Recognizers-Text's English holiday names and Duckling's holidays. Names
match with hyphens or spaces alike ("Eid al Fitr"). `HOLIDAY` finds them, `HOLIDAY_NEEDLES`
are the words without which it cannot match, `names_something_else` leaves out a holiday name
that is part of another name or qualifies a noun ("Easter Island", "Independence Day Party",
"Christmas tree sales"), and `holiday_value` dates a match on the article date: that year's
day, the last one before it for "last", the next one for "next", the year written if any.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache

from dateutil.easter import easter

from facts.lexicon import read_data
from facts.numbers import YEAR


def _load() -> dict[str, str]:
    """Every name and short name (lower case, spaces single) -> its rule."""
    rules: dict[str, str] = {}
    for entry in json.loads(read_data("holidays.json")):
        for name in (entry["name"], *entry["aliases"]):
            rules.setdefault(" ".join(name.lower().split()), entry["rule"])
    return rules


RULES = _load()


def _name_pattern(name: str) -> str:
    """A name as written in news: any spacing, straight or curly apostrophe, "St." for
    "Saint", the apostrophe of "Presidents'" or "Valentine's" optional."""
    words = []
    for word in name.split():
        if word.lower() == "saint":
            words.append(r"S(?:aint|t\.?)")
            continue
        word = re.escape(word).replace("'", "['’]?").replace(r"\-", r"[\s-]")
        words.append(re.sub(r"s$", "s['’]?", word) if not word.endswith("?") else word)
    return r"\s+".join(words)


def _names_pattern() -> str:
    """All names as one alternation grouped by first letter (each position of a sentence then
    tries only the names that start with its letter), longest names first."""
    by_letter: dict[str, list[str]] = {}
    for name in sorted(RULES, key=len, reverse=True):
        pattern = _name_pattern(name)
        by_letter.setdefault(pattern[0].lower(), []).append(pattern[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in by_letter.items())


HOLIDAY = re.compile(
    r"\b(?:(?P<wkof>(?:[Tt]he\s+)?weekend\s+of)\s+)?"
    r"(?:(?P<w>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Pp]revious|[Ff]ollowing)\s+)?"
    r"(?P<hol>(?i:" + _names_pattern() + r"))"
    rf"(?:(?:,\s*|\s+|\s+of\s+)(?P<y>{YEAR})\b)?"
    r"(?:\s+(?P<wk>weekend|holiday|holidays|morning|afternoon|evening|night)\b)?"
    r"(?![\w'’-])"
)
"""A holiday name, with "last"/"next"/"this" or "the weekend of" before it, a year or
"weekend" after it."""
HOLIDAY_NEEDLES = tuple(
    sorted({re.sub(r"['’]s?$", "", max(re.split(r"[\s-]", n), key=len)) for n in RULES})
)
"""The longest word of each name (lower case, "patrick" of "Saint Patrick's Day"): without
one of them in a sentence, `HOLIDAY` is not run."""


def names_something_else(text: str, start: int, end: int) -> bool:
    """True when the holiday name at `text[start:end]` is part of another name ("Easter
    Island", "Texas Independence Day", "the Independence Day Party"), or, a short name, is
    followed by a word of its own phrase ("Christmas tree sales", "Easter eggs") with no word
    before it that makes it a time ("on", "at", "since", "last"...), or, any name, follows a
    possessive and comes before a noun ("its Singles Day sales", "their Christmas Day
    lunch"), or before a noun of selling with no such word before it ("the best Black Friday
    deals"; not "sales rose on Black Friday"). A name in lower case ("labor day") counts only
    after such a word, unless the whole sentence is in lower case ("easter 2013")."""
    span = text[start:end]
    relative = re.match(r"(?:last|next|this|coming|past|previous|following|the|weekend)\s",
                        span, re.I)  # fmt: skip
    after = re.match(r"\s*([\w'’-]+)", text[end:])
    word = after.group(1) if after else ""
    before = re.search(r"([\w'’.-]+)\s+$", text[:start])
    lead = before.group(1) if before else ""
    cased = any(c.isupper() for c in text)  # all lower case: capitals tell nothing
    if cased and not span[:1].isupper() and not relative and not re.search(_TIME_WORDS, lead, re.I):
        return True
    if word[:1].isupper() or (not relative and lead[:1].isupper() and not _stop_word(lead)):
        return True
    if _SALE_AFTER.fullmatch(word) and not relative and not re.search(_TIME_WORDS, lead, re.I):
        return True  # "the best Black Friday deals", "Prime Day pricing": what is sold
    if word[:1].islower() and not _stop_word(word) and _OWNER.fullmatch(lead):
        return not _TIME_AFTER.fullmatch(word)  # "its Singles Day sales", "our Christmas Day menu"
    if word[:1].islower() and not _stop_word(word) and not _FULL_NAME.search(span):
        return not relative and not re.search(_TIME_WORDS, lead, re.I)
    return False


_FULL_NAME = re.compile(r"(?:Day|Eve|Sunday|Monday|Friday|weekend|holidays?|\d{4})$", re.I)
"""A name that ends so ("Thanksgiving Day", "Easter Monday", "Christmas 1997") is a day even
before a content word ("found Thanksgiving Day clinging to a tube"); "Christmas" or "Easter"
alone before one often names a thing ("Christmas tree", "Easter egg")."""


_SALE_AFTER = re.compile(
    r"deals?|sales?|pricing|prices?|discounts?|offers?|bargains?|savings|shoppers|shopping|"
    r"ads|adverts?|coupons?|promos?|promotions?|specials|doorbusters|coverage"
)
"""Nouns of selling after a holiday's name: the name qualifies them ("Black Friday deals"),
it dates nothing."""
_OWNER = re.compile(r"its|their|his|her|our|my|your", re.I)
_TIME_AFTER = re.compile(r"weekend|holidays?|morning|afternoon|evening|night|eve|period|season")
"""Words after a holiday that keep it a time even after a possessive ("their Christmas Day
morning")."""


_TIME_WORDS = (
    r"^(?:on|at|by|in|of|for|since|until|till|before|after|over|during|through|around|"
    r"from|to|between|and|or)$"
)
"""Words before a holiday name that make it a time even when a content word follows it."""


def _stop_word(word: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    return word.lower() in STOP_WORDS


def _on(rule: str, year: int) -> dt.date | None:
    """The day `rule` gives in `year` (the first, for a lunar holiday that falls twice in it);
    None for a lunar holiday in a year its list does not reach."""
    kind, *parts = rule.split()
    if kind in ("dates", "periods"):  # a lunar holiday's days (or first days), one or two a year
        return next((d for d in _listed(rule) if d.year == year), None)
    if kind == "fixed":
        month, day = (int(p) for p in parts[0].split("-"))
        return dt.date(year, month, day)
    if kind == "easter":
        return easter(year) + dt.timedelta(days=int(parts[0]))
    month, weekday, nth, *after = (int(p) for p in parts)
    shift = dt.timedelta(days=after[0] if after else 0)  # "Black Friday": the day after
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1)) + shift
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7) + shift


@lru_cache(maxsize=1024)
def holiday_value(name: str, word: str, year: str, ref: dt.date | None) -> str | None:
    """ISO day of a holiday `name` ("Christmas", "St. Patrick's Day"): in `year` when written,
    else anchored on `ref`: the one before it for "last"/"past"/"previous", the one after it
    for "next"/"coming"/"following", else that of `ref`'s year, or of the year before or after
    when that one is over 250 days away (Christmas in a January article is last December's);
    None when neither year nor `ref` is known."""
    key = _key(name.lower().replace("’", "'"))
    rule = RULES.get(key) or _LOOSE.get(_loose(key))
    if rule is None:
        return None
    if year:
        return _format(rule, _on(rule, int(year)))
    if ref is None:
        return None
    days = [d for y in (ref.year - 1, ref.year, ref.year + 1) for d in _all_on(rule, y)]
    w = word.lower()
    if w in ("last", "past", "previous"):
        found = max((d for d in days if d < ref), default=None)
    elif w in ("next", "coming", "following"):
        found = min((d for d in days if d > ref), default=None)
    else:  # that of the article's year, unless over 250 days away ("Christmas sales" in January)
        this_year = [d for d in days if d.year == ref.year]
        found = min(this_year, key=lambda d: abs((d - ref).days), default=None)
        if not w and (found is None or abs((found - ref).days) > 250):
            found = min(days, key=lambda d: abs((d - ref).days), default=None)
    return _format(rule, found)


def _format(rule: str, day: dt.date | None) -> str | None:
    """The ISO value of `day`, or of the period `rule` opens on it ("2024-03-11/2024-04-09")."""
    if day is None:
        return None
    last = _listed(rule).get(day) if rule.startswith("periods ") else None
    return f"{day.isoformat()}/{last.isoformat()}" if last else day.isoformat()


def _all_on(rule: str, year: int) -> list[dt.date]:
    """Every day `rule` gives in `year` (a lunar holiday falls in some years twice; a period
    gives its first days)."""
    if rule.startswith(("dates ", "periods ")):
        return [d for d in _listed(rule) if d.year == year]
    day = _on(rule, year)
    return [day] if day else []


@lru_cache(maxsize=256)
def _listed(rule: str) -> dict[dt.date, dt.date]:
    """The days of a "dates" rule, or the first days of a "periods" rule, each with its last
    day (itself for a day)."""
    out = {}
    for part in rule.split()[1:]:
        first, _, last = part.partition("/")
        out[dt.date.fromisoformat(first)] = dt.date.fromisoformat(last or first)
    return out


def _key(name: str) -> str:
    return " ".join(re.sub(r"^st\.?(?=\s)", "saint", name).split())


def _loose(name: str) -> str:
    """A name without apostrophes, hyphens read as spaces ("eid al fitr", "mothers day")."""
    return " ".join(name.replace("'", "").replace("-", " ").split())


_LOOSE: dict[str, str] = {}
for _name, _rule in RULES.items():
    _LOOSE.setdefault(_loose(_name), _rule)
