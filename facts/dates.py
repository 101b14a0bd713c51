"""Dates and times: where they are in a sentence.

A date is a point or a calendar period a reader can check and compare across articles:
absolute ("November 28, 2025", "late 2024", "1999", "2026–2028", "nineteen ninety-six") or
anchored on the article date ("Thursday", "next month", "26 years ago", "April next year",
"the last three months", "the past decade", "in two years" said of the future). A plain length
of time ("for three hours", "a two-year term", "the first time in two years"), a repetition
("each July") and a year-like number that counts things ("had 1998 employees") are not.

A date set by an event the story tells ("the day after", "that same day", "the latest
quarter", "ending the day at 8,017") is kept without a value of its own. A game's score ("beat
Chiefs 20-13"), quarter or clock ("scored at 7:14"), a car's model year ("a 2013 Toyota Camry",
"the 2020 Audi e-tron") and phrases such as "player of the year" are not dates.

`find_dates` runs first on each sentence, with the forms samestory reads itself
(`facts.date_patterns`, `facts.date_periods`, `facts.date_news_forms`), so that figures cannot
take their numbers; a time of day joins the day it names ("9 a.m. Tuesday");
`nlp_dates` then adds the DATE and TIME spans of spaCy's English pipeline that those missed
("Dec. 6", "this morning", "Election Day"), whose value dateparser reads. Both leave out date
words that are something else in their sentence (`facts.date_filters`). `normalise`
(`facts.date_values`) gives each span its ISO value, anchored on the document's reference
date when the text alone is not enough; `dateline_date` (`facts.dateline_dates`) reads a
dateline's date, with its year the date of an undated article.
"""

from __future__ import annotations

import re

from facts.candidate import Candidate, Taken
from facts.date_filters import (
    DURATION,
    INDEFINITE,
    NAMED_DAY,
    POINT,
    VAGUE,
    counts_things,
    figure_of_speech,
    game_clock,
    game_period,
    hours_line,
    house_number,
    is_score,
    names_a_model,
    not_a_date,
    speaks_of_money,
    trim,
)
from facts.date_holidays import HOLIDAY, names_something_else
from facts.date_news_forms import TEMPERATURE, schedule_entry
from facts.date_patterns import NEEDLES, PATTERNS
from facts.date_periods import ahead_of_now, future_point, last_is_a_verb, spelled_year
from facts.date_tense import FUTURE, time_cue
from facts.date_values import anchor_in_sentence, normalise, parse_iso, share_range_year
from facts.dateline_dates import dateline_date
from facts.lexicon import ORDINALS, WEEKDAYS
from facts.nlp import DATE_LABELS, Span
from facts.numbers import NUMBER_WORD

__all__ = ["dateline_date", "event_of", "find_dates", "nlp_dates", "normalise", "parse_iso"]

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


def find_dates(text: str, offset: int, sentence: int, taken: Taken) -> list[Candidate]:
    """Date spans of one sentence that the patterns find (`text` starts at document offset
    `offset`)."""
    out: list[Candidate] = []
    low = text.lower()
    for form, pattern in PATTERNS:
        if form in NEEDLES and not any(n in low for n in NEEDLES[form]):
            continue
        for m in pattern.finditer(text):
            name = form  # the branches below may rename one match's form
            start, end = offset + m.start(), offset + m.end()
            if not taken.free(start, end) or not_a_date(text, m.start(), m.end()):
                continue
            if name == "clock" and game_clock(text, m.start(), m.end()):
                taken.add(start, end)  # "scored at 7:14": a game clock, not a figure either
                continue
            if name == "clock" and figure_of_speech(text, m.start(), m.end()):
                continue  # the “midnight rules”
            if name == "clock" and hours_line(text):
                taken.add(start, end)  # "9.30 A.M. / 7.00 P.M.": opening hours
                continue
            if name == "y" and (
                counts_things(text, m.start(), m.end())
                or names_a_model(text, m.start(), m.end())
                or house_number(text, m.start(), m.end())
            ):
                continue
            if name == "oq" and not m.group("y") and game_period(text):
                continue  # "a fourth-quarter touchdown"
            if name == "hol" and names_something_else(text, m.start(), m.end()):
                if re.match(r"\s+[a-z]", text[m.end() :]):
                    taken.add(start, end)  # "See Black Friday coverage": no name inside either
                continue
            if name == "in" and not future_point(text, m.start(), m.end()):
                continue
            if name == "reporting" and m.group("bare") and not speaks_of_money(text):
                continue  # "the quarter" of a game or of a city
            if name == "season" and not (m.group("w") or m.group("y")):
                continue  # "in the summer", "fall": which year's is not said
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            if name == "numeric_md" and _fraction(m.group(0)):
                continue  # "cut by 1/4 to 3/8": a fraction, as stock prices were quoted
            if name == "numeric" and not _a_calendar_day(m.group(0)):
                taken.add(start, end)  # "13/31/2018": no month 13 nor 31
                continue
            if name == "range" and _not_a_range(g):
                continue  # "2016-11": a month, or no date at all
            if name == "ym" and g.get("y3") and _next_year(g["y3"], g["mo"]):
                continue  # "2010/11": a season or fiscal year, not November 2010
            if name == "wd_abbr":  # "on Tues.": the weekday named in full
                name, g["wd"] = "wd", next(d for d in WEEKDAYS if d.startswith(g["wd"].lower()))
            elif name == "month_of":  # "the month of March"
                name = "my" if g.get("y") else "m"
            elif name == "end_of_day":  # "by the end of the day": of the article's day
                name, g = "rd", {"w": "today"}
            if name == "decade" and (g.get("dec3") or g.get("words")) and TEMPERATURE.search(text):
                continue  # "highs in the 70's": degrees
            if name in ("decade", "rel") and (g.get("p2") or g.get("p3") or g.get("p4")):
                g["p"] = g.pop("p2", "") or g.pop("p3", "") or g.pop("p4", "")  # "the late '80s"
            if name == "period" and (
                last_is_a_verb(text, m.start(), g) or not ahead_of_now(text, m.start(), g)
            ):
                continue
            if name == "vague_period":  # "the past few years": about three
                g = {**g, "approximate": "1"}
                name = "period"
            if name == "spelled":
                out.append(_cand("y", {"y": spelled_year(g)}, start, end, sentence, text))
            elif name == "oq":  # "the third quarter", "the 1988 second quarter"
                n = ORDINALS.get(g["o"].lower()) or int(g["o"][0])
                q = {"q": str(n), **({"p": "fiscal"} if g.get("fy") else {})}
                if g.get("y") or g.get("y2"):
                    q["y"] = g.get("y") or g["y2"]
                elif g.get("w"):
                    q["w"] = g["w"]  # "next year's first quarter"
                elif FUTURE.search(text[: m.start()]):
                    q["ahead"] = "1"
                out.append(_cand("qtr" if "y" in q else "oq", q, start, end, sentence, text))
            elif name == "mmy":
                # "March and June 2025": two dates; the first month borrows the year.
                m1_end = offset + m.start("m1") + len(g["m1"])
                out.append(_cand("my", {"m": g["m1"], "y": g["y"]}, start, m1_end, sentence, text))
                out.append(
                    _cand(
                        "my", {"m": g["m"], "y": g["y"]}, offset + m.start("m"), end, sentence, text
                    )
                )
            elif name == "wmd":  # "Tues., Nov. 8": the date, its weekday abbreviated
                out.append(_cand("mdy" if g.get("y") else "md", g, start, end, sentence, text))
            elif name in ("mdd", "ddm"):  # "April 24 and 25", "19-21 April": two days
                form = ("md" if name == "mdd" else "dm") + ("y" if g.get("y") else "")
                year = {"y": g["y"]} if g.get("y") else {}
                if not year and (tense := time_cue(text, m.start(), m.end())):
                    year = {tense: "1"}  # "ran from 19 to 21 April": the last April
                d1_end = offset + m.end("d1")
                first = {"m": g["m"], "d": g["d1"], **year}
                out.append(_cand(form, first, start, d1_end, sentence, text))
                second = {"m": g["m"], "d": g["d"], **year}
                out.append(_cand(form, second, offset + m.start("d"), end, sentence, text))
            elif name == "todate":  # "up 40% year to date": this year so far
                out.append(_cand("rel", {"w": "this", "u": g["u"]}, start, end, sentence, text))
            elif (
                name == "wd"
                and not _POSSESSIVE.match(text, m.end())
                and time_cue(text, m.start(), m.end()) == "ahead"
            ) or (
                name in ("md", "dm") and schedule_entry(text, m.start(), m.end())
            ):  # "will meet on Friday"; "June 24 – Bristow, VA @ Jiffy Lube Live": to come
                listed = {"listed": "1"} if name in ("md", "dm") else {}
                out.append(_cand(name, {**g, "ahead": "1", **listed}, start, end, sentence, text))
            elif (
                name in ("m", "pm", "md", "dm", "nwm")
                or (name == "hol" and not g.get("w") and not g.get("y"))
            ) and (tense := time_cue(text, m.start(), m.end())):
                cue = {tense: "1"}  # "will be named in March"
                out.append(_cand(name, {**g, **cue}, start, end, sentence, text))
            elif name in ("reporting", "market_day", "sport_season", "coming") or (
                name == "earlier" and m.group(0).lower().endswith("later")
            ):
                out.append(_cand("anaphoric", {}, start, end, sentence, text))  # after an event
            elif name in ("clock", "earlier", "numeric", "rest"):
                g = {"text": m.group(0), **({"clock": "1"} if name == "clock" else {})}
                out.append(_cand("nlp", g, start, end, sentence, text))
            else:
                out.append(_cand(name, g, start, end, sentence, text))
            taken.add(start, end)
    out = _join_time_and_day(out, text, offset, taken) if len(out) > 1 else out
    share_range_year(out, text, offset)
    anchor_in_sentence(out, text, offset)
    return out


def _not_a_range(g: dict[str, str]) -> bool:
    """True for "2016-11", "2016-04": a second year of two digits that does not come after the
    first is no year range (the month `ym` reads, or nothing)."""
    y, y2 = g.get("y"), g.get("y2")
    return bool(y and y2 and len(y2) == 2 and int(y2) <= int(y[2:]))


def _a_calendar_day(text: str) -> bool:
    """True when "a/b/y" (or with dashes) reads as a month and a day either way round; a
    day its month lacks ("2/29/2014") is still a date as written, with no value."""
    a, b, _ = (int(x) for x in re.split(r"[/-]", text))
    return any(1 <= mo <= 12 and 1 <= d <= 31 for mo, d in ((a, b), (b, a)))


def _fraction(text: str) -> bool:
    """True for "1/4", "3/8", "5/16": a number over a larger one of the denominators fractions
    are written with, read as a fraction before a day of the month."""
    top, bottom = (int(x) for x in text.split("/"))
    return top < bottom and bottom in (2, 3, 4, 8, 16, 32)


def _next_year(year: str, number: str) -> bool:
    """True when `number` is the two digits of the year after `year` ("2010/11")."""
    return number.isdigit() and int(number) == (int(year) + 1) % 100


_POSSESSIVE = re.compile(r"['’]s\b")
"""After a weekday: an event of that day ("get around Wednesday's ruling"), most often one
told as done; the tense of the clause is not the day's."""
_DAY_FORMS = frozenset(["wd", "wdw", "wdd", "md", "mdy", "dm", "dmy", "rd"])


def _join_time_and_day(
    cands: list[Candidate], text: str, offset: int, taken: Taken
) -> list[Candidate]:
    """One date for a time of day and the day it names ("9 a.m. Tuesday", "midnight on
    Friday", "Friday, Dec. 6, at 10 a.m.") and for a weekday and its date ("Thursday, Jan.
    16"): the day's span grows to take the other in, and its value is the day's (a bare time
    is given the article's day)."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and c.extra.get("form") in _DAY_FORMS:
            gap = text[prev.end - offset : c.start - offset]
            clock = prev.extra.get("form") == "nlp" and prev.extra.get("clock")
            weekday = prev.extra.get("form") == "wd" and c.extra.get("form") != "wd"
            if (clock and re.fullmatch(r",?\s+(?:on\s+)?", gap)) or (
                weekday and re.fullmatch(r",?\s+", gap)
            ):
                c.start = prev.start
                taken.add(c.start, c.end)
                out[-1] = c
                continue
        if prev is not None and prev.extra.get("form") in _DAY_FORMS and c.extra.get("clock"):
            gap = text[prev.end - offset : c.start - offset]
            if re.fullmatch(r",?\s+(?:at\s+)?", gap):  # "Friday, Dec. 6, at 10 a.m."
                prev.end = c.end
                taken.add(prev.start, prev.end)
                continue
        out.append(c)
    return out


_NOT_A_DAY = re.compile(
    r"\d{1,2},?\s+\d{1,2}"
    r"|\d+(?:\.\d+)?(?!(?:AM|PM|BC|AD|BCE|CE|GMT|UTC|ET|[EPCM][SD]?T|S|ST|ND|RD|TH)\b)"
    r"[A-Z][A-Za-z]{0,2}"
    r"|(?:\d+|[a-z]+)[\s-][Dd]ates?"
)
"""spaCy DATE spans that name no day: two small numbers with only a space or a comma between
them (cells of a table, citation marks "(10, 11)"), a number with a unit symbol ("61W",
"3.5GHz"), a count of dates ("a 30-date tour")."""
_MONTH_NAME = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_OPENING_MONTH = re.compile(
    rf"(?:(?:[Bb]etween|[Ff]rom)\s+)?(?P<m1>{_MONTH_NAME.pattern})\s*"
    r"(?:to|and|through|until|-|–)\s*"
)
"""A month that opens a range: with the span's end taken by the patterns, the month alone
("December to May 2022", "May to December last year")."""
_MONTH_RANGE = re.compile(_OPENING_MONTH.pattern + rf"(?P<m2>{_MONTH_NAME.pattern})")
"""Two months the models read as one span ("March to June", "between January and March")."""
_CODE = re.compile(r"[\d\s./:-]+")
"""Digits and separators only: a date when the patterns read it ("2016-08-05", "5/8/2016"), or
two groups that can each be a day, a month, a year or a time ("10/1", "2010-2015")."""


_LISTED_DAYS = re.compile(
    r"(?P<first>[A-Z][a-z]{2,8}\.?\s+\d{1,2}),\s+\d{1,2}(?:\s*,\s*\d{1,2})*(?:\s+(?:and|or|&))?\s*$"
)
"""A month's day followed by more days of it, which spaCy may take for a two-digit year."""


_COUNT_LEFT_OUT = re.compile(rf"\b(?i:last|next|first|final)\s+(?:\d{{1,3}}|(?i:{NUMBER_WORD}))$")
"""A span that ends on a number after "last" or "next": a count of things left unsaid ("in
their last seven" games), no time."""
_FROM_EVENT = re.compile(
    r"\s+(?:before|after|prior\s+to|ahead\s+of)\s+"
    r"(?!(?:now|today|tonight|tomorrow|yesterday|then|that|this)\b)[\w“\"]"
)
"""After a length of time: the event it counts from, which is not the article's day."""


def nlp_dates(
    text: str, offset: int, sentence: int, taken: Taken, spans: list[Span]
) -> list[Candidate]:
    """The sentence's DATE/TIME NER spans still free once patterns and figures had theirs."""
    out: list[Candidate] = []
    for span in spans:
        if span.label not in DATE_LABELS:
            continue
        a, b = trim(text, span.start, span.end)
        opening = _OPENING_MONTH.match(text, a, b)
        if opening and not taken.free(offset + a, offset + b):
            b = opening.end("m1")  # "December to May 2022": the patterns took "May 2022"
        days = _LISTED_DAYS.match(text, a, b)
        if days:
            b = days.end("first")  # "Oct. 10, 11 and 12": days of one month, not a year '11
        point = POINT.search(text[a:b]) or NAMED_DAY.fullmatch(text[a:b])
        if b <= a or not point or DURATION.search(text[a:b]):
            continue
        if re.fullmatch(r"\d{1,3}", text[a:b]) or re.search(r"\bages?\s+(?:of\s+)?\d", text[a:b]):
            continue  # "Prakash Shah, 58,", "between the ages of 25 and 54": ages, not dates
        if _COUNT_LEFT_OUT.search(text, a, b) and taken.free(offset + a, offset + b):
            taken.add(offset + a, offset + b)  # no figure either: what it counts is unsaid
            continue  # "improved to 4-2-1 in their last seven": games, no time
        if _NOT_A_DAY.fullmatch(text[a:b]):
            continue  # "14 11" (cells of a table), "61W" (watts), "a 30-date tour" (a count)
        if re.fullmatch(r"\d{4}", text[a:b]) and (
            counts_things(text, a, b) or names_a_model(text, a, b) or house_number(text, a, b)
        ):
            continue  # "had 1998 employees": a count; "a 2013 Toyota Camry": a model
        if (
            is_score(text[a:b])
            or ("quarter" in text[a:b].lower() and game_period(text))
            or game_clock(text, a, b)
        ):
            continue  # "beat Chiefs 20-13", "late in the fourth quarter", "at 7:14": a game
        if figure_of_speech(text, a, b):
            continue  # "player of the year", "an 11th-hour deal"
        if re.fullmatch(r"(?:the\s+)?[A-Z][a-z]+\s+[Qq]uarter", text[a:b]):
            continue  # "the French quarter": a part of a city
        groups = re.findall(r"\d+", text[a:b]) if _CODE.fullmatch(text[a:b]) else []
        if len(groups) > 2 or any(len(g) == 3 or len(g) > 4 for g in groups):
            continue  # "138-2010-2015": a telephone number or a code, not a date pattern read
        if VAGUE.search(text[a:b]) or INDEFINITE.fullmatch(text[a:b]):
            continue  # "recent years", "each year", "quarterly": a stretch or a rate, not a date
        if re.search(r"\sof$", text[a:b]) or not_a_date(text, a, b):
            continue  # "the night of" (Oct. 23 is the date), and what `not_a_date` rules out
        if re.search(r"\b(?:on|at)\s+(?:weekdays|weekends|[A-Z][a-z]+days)\b", text[a:b]):
            continue  # "between 9 and 5 on weekdays": a repetition
        if (HOLIDAY.fullmatch(text[a:b]) or NAMED_DAY.fullmatch(text[a:b])) and (
            names_something_else(text, a, b)
        ):
            continue  # "Christmas tree sales", "Easter Island", "its Singles Day sales"
        months = _MONTH_RANGE.fullmatch(text, a, b)  # "from March to June": two months
        alone = [(a, b)] if _MONTH_NAME.fullmatch(text[a:b]) else []
        parts = [months.span("m1"), months.span("m2")] if months else alone
        if taken.free(offset + a, offset + b) and parts:
            for s, e in parts:
                cue = time_cue(text, s, e)  # "Since December": the last one; "will ... in March"
                g = {"m": text[s:e], **({cue: "1"} if cue else {})}
                out.append(_cand("m", g, offset + s, offset + e, sentence, text))
            taken.add(offset + a, offset + b)
        elif taken.free(offset + a, offset + b):
            g = {"text": text[a:b]}
            if _FROM_EVENT.match(text, b):
                g["from_event"] = "1"  # "40 days before the election": counted from the event
            out.append(_cand("nlp", g, offset + a, offset + b, sentence, text))
            taken.add(offset + a, offset + b)
    return out


def _cand(
    name: str, g: dict[str, str], start: int, end: int, sentence: int, text: str
) -> Candidate:
    c = Candidate("date", "", "", start, end, sentence)
    c.extra = {"form": name, **g}
    c.subject = event_of(text)
    return c
