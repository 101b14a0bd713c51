"""Date words that are something else in their sentence: repetitions ("each July"), greetings
("Good evening"), ages ("in his 30s"), titles ("VOA Today"), names ("March for Life"), amounts
of time ("three years", "all month") and vague stretches ("recent years") among spaCy's
DATE/TIME spans. `not_a_date` applies to every date span; the span tests (`POINT`,
`DURATION`, `VAGUE`, `INDEFINITE`) to spaCy's. Counts ("1998 employees", `counts_things`),
model years ("a 2013 Toyota Camry", `names_a_model`), house numbers ("1909 Jolinda Drive",
`house_number`), games' scores, quarters and clocks
(`is_score`, `game_period`, `game_clock`), lines of opening hours (`hours_line`) and figures
of speech ("player of the year", "an 11th-hour deal", "night sweats", `figure_of_speech`) are
not dates either.
"""

from __future__ import annotations

import re

from facts.date_names import names_or_codes
from facts.date_other_uses import other_use
from facts.date_patterns import _MONTH
from facts.lexicon import DATED_EVENTS
from facts.numbers import is_plural

POINT = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|tonight|tomorrow|yesterday|noon|midnight|morning|afternoon|evening|night|"
    r"spring|summer|autumn|fall|winter|christmas|easter|weekend|ago|last|next|this|"
    r"earlier|later|coming|previous|past|quarter|fiscal|latest|current|year|decade|century)",
    re.I,
)
"""A DATE/TIME span names a point in time when it has a number, a month, a day, a part of
the day, a season or a relative word; "annual", "daily", "the day" do not."""
NAMED_DAY = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}(?:Day|Eve)")
"""A named day ("Election Day", "International Workers' Day", "New Year's Eve")."""
DURATION = re.compile(
    r"^(?:(?:just\s+)?(?:for|about|nearly|almost|more than|less than|over|under|some|"
    r"as long as|as much as|up to|at least)\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)"
    r"(?:[\s-]+quarter)?[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|"
    r"century|centuries)(?:[\s-]+(?:old|long))?$"
    r"|^(?:years|months|weeks|days|hours|decades|centuries)$"
    r"|^(?:(?:over|in|during|for|within|throughout)\s+)?(?:the\s+)?(?:past|last|next|coming|"
    r"previous)\s+(?:(?:\d+|few|several|couple of|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+)?(?:years|months|weeks|days|hours|decades|centuries)$"
    r"|^(?:(?:over|in|during|for|within|throughout)\s+)?(?:the\s+(?:past|last|next|coming)|"
    r"past)\s+(?:decade|century)$"
    r"|^all\s+(?:day|night|week|weekend|month|year|morning|afternoon|evening)(?:\s+long)?$",
    re.I,
)
"""A span that is only an amount of time ("three years", "10-day", "a two-year-long inquiry",
"nearly a quarter century", "all month") or the stretch up to now or from now ("the past 10
years", "the past decade") is a duration, not a date; "last year", "the past year", "last
decade" and "next month" are dates."""
VAGUE = re.compile(
    r"^(?:(?!.*\d).*\b(?:years|months|weeks|days|decades|hours|centuries|nights|mornings|"
    r"afternoons|evenings|weekends)\b.*)$"
    r"|\b(?:each|every|per)\b|^(?:quarterly|annual|annually|daily|weekly|monthly|yearly|nightly)$",
    re.I,
)
"""Plural time units with no number ("the past few weeks", "his days and nights"), plural
parts of the day ("late nights", "Friday evenings") and rates ("each year") are not points
in time."""
INDEFINITE = re.compile(
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


_NAMES_A_POINT = re.compile(
    rf"\d|{_MONTH}|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|tomorrow|yesterday)"
)
"""A digit, a month or a day named: a span cut after "and" or "to" that still holds a date
("1994, 1995 and", "between 10:30 and", "2 july to")."""
_ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last)"
)


def not_a_date(text: str, a: int, b: int) -> bool:
    """True when `text[a:b]`, which reads as a date, is something else in its sentence:

    - a repetition ("each July", "every Monday", "each of the last three years");
    - a greeting ("Good evening"), "high noon";
    - an age ("in his 30s", "her early twenties", "in its third year") or a stretch of a life
      ("his year in kindergarten");
    - a span cut after "or", "and", "to" that names no point ("a year or" of "a year or two");
    - a relative word capitalised inside a sentence, i.e. part of a title or name ("VOA
      Today", ABC's "This Week"); in quotes only when the quotation is the title alone;
    - a month name that opens a name ("March for Life", "March of Dimes");
    - a weekday in a name, an identifier, an age group, a count with no unit, an idiom or a
      season qualifying a noun (`date_names.names_or_codes`).
    """
    span = text[a:b]
    before = text[:a]
    if names_or_codes(text, a, b):
        return True  # "Friday Facts", "Bug 1678173", "under-21", "by night", "winter wheat"
    if other_use(text, a, b):
        return True  # "the 21st minute", "their early 20s", "on Thursdays", "even today"
    if re.search(r"\b(?:each|every)\s+(?:of\s+|\w+\s+at\s+)?$", before, re.I) or re.match(
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
    if re.fullmatch(
        rf"(?:its|{_OWNER})\s+(?:{_ORDINAL_WORD}|\d+(?:st|nd|rd|th))\s+{life}s?", span, re.I
    ):
        return True  # "in its third year", "his second day in office": an age, no date
    if re.search(r"\s(?:or|and|to)$", span) and not _NAMES_A_POINT.search(span):
        return True  # "a year or" of "a year or two": a length cut in the middle
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


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article/preposition and trailing punctuation from a span."""
    m = _EDGE.match(text, start, end)
    if m:
        start = m.end()
    while end > start and text[end - 1] in " ,.;:'’\"":
        end -= 1
    return start, end


_YEAR_MARKER = re.compile(
    r"(?:\b(?:the|its|his|her|their|our|your|this|that|in|of|for|since|by|until|from|to|"
    r"through|during|before|after|fiscal|calendar|year|and|or|early|mid|late)|['’]s?|[,(])\s*$",
    re.I,
)
_NOT_PLURAL = frozenset(
    ["has", "was", "is", "does", "goes", "always", "perhaps", "sometimes", "besides", "unless",
     "thus", "across", "whereas", "less", "plus", "minus", "versus"]
)  # fmt: skip


def counts_things(text: str, a: int, b: int) -> bool:
    """True when the year-like number `text[a:b]` counts the plural noun after it ("the company
    had 1998 employees", "about 2000 people"): a figure, not a year. A year keeps its marks
    before it: an article, a possessive, a preposition ("the 1992 protests", "the bank's 1995
    profits", "in 1998 sales rose", "fiscal 1989 sales"), or nothing (it opens the sentence).
    Which nouns a year qualifies is mostly not known here: "reported 1999 earnings" reads as a
    count; plural nouns of events ("2016 elections", lexicon.DATED_EVENTS) never do.
    The second side of a dimension counts too ("1080 pixels by 1920 pixels")."""
    m = re.match(r"\s+([a-z]{2,})\b(?!['’])", text[b:])
    word = m.group(1) if m else ""
    if not word or not is_plural(word) or word in _NOT_PLURAL or word in DATED_EVENTS:
        return False  # "raising 2016 elections questions": the year of the elections
    if word.endswith(("ss", "us", "is")):
        return False
    before = text[:a]
    if re.search(r"\d\s*(?:" + re.escape(word) + r"\s+)?(?:by|x|×)\s*$", before):
        return True  # "1080 pixels by 1920 pixels", "1080 x 1920 pixels": a dimension
    return bool(before.strip()) and not _YEAR_MARKER.search(before)


_SCORE = re.compile(r"(?<![\w.,/-])\d{1,3}\s*[-–]\s*\d{1,3}(?![\w,/-]|\.\d|\s*(?:percent|%))")
"""A game's score or a record ("beat Chiefs 20-13", "the Colts (10-5)")."""
_GAME_WORD = re.compile(
    r"\b(?:touchdowns?|TD|yards|field\s+goals?|overtime|quarterback|halftime|game|innings?|"
    r"rebounds|buzzer|clock|scored|goals?|fouls?|fouled|free[\s-]throws?|dunk(?:s|ed)?|"
    r"layups?|three-pointers?|jumpers?)\b",
    re.I,
)
_MONEY_WORD = re.compile(
    r"[$€£%]|\b(?:percent|earnings|profits?|revenues?|sales|income|GDP|economy|economic|fiscal|"
    r"shares|quarterly|dividends?|growth)\b",
    re.I,
)


def is_score(span: str) -> bool:
    """True for a span that is two small numbers joined by a dash ("20-13", "10-5"): a game's
    score or a win-loss record that the NER model read as a date."""
    return bool(_SCORE.fullmatch(span.strip()))


def speaks_of_money(text: str) -> bool:
    """True when the sentence has a word of money or the economy ("%", "earnings", "fiscal")."""
    return bool(_MONEY_WORD.search(text))


def game_period(text: str) -> bool:
    """True when a "fourth quarter" in this sentence is a period of a game: the sentence has a
    score ("20-13") or a game word ("touchdown", "TD", "overtime", "a foul", "free throws") and
    no word of money or the economy ("earnings", "%", "fiscal")."""
    if _MONEY_WORD.search(text):
        return False
    return bool(_GAME_WORD.search(text) or _SCORE.search(text))


_GAME_CLOCK_WORD = re.compile(
    r"\b(?:scored|scores|scoring|goals|touchdowns?|TD|penalty|power\s+play|assists?|"
    r"periods?|[a-z]+-period|halftime|overtime|innings?)\b",
    re.I,
)
_TIME_LEFT = re.compile(r"\s+(?:left|remaining|to\s+play|into\s+the\s+\w+\s+(?:half|period))\b")


def game_clock(text: str, a: int, b: int) -> bool:
    """True when `text[a:b]` is a bare minutes-and-seconds reading in a game ("scored at 7:14"
    in a sentence of goals or periods, "with 7:42 left"): a time into the game, not a time of
    day. A time with "a.m."/"p.m.", a zone or "o'clock" stays a time."""
    if not re.fullmatch(r"\d{1,2}:\d\d", text[a:b]) or _MONEY_WORD.search(text):
        return False
    return bool(_TIME_LEFT.match(text, b) or _GAME_CLOCK_WORD.search(text))


_MODEL_AFTER = re.compile(r"\s+(?!(?:" + _MONTH + r")\b)[A-Z][a-z]+\s+[A-Z][\w-]*")
_MODEL_BEFORE = re.compile(
    r"(?:\b(?:a|an|his|her|their|its|our|my|your|[a-z]+ed|gr[ae]y|black|white|red|blue|"
    r"silver|green|old|new|used|vintage)|['’]s)\s+$"
)


_MODEL_CODE_AFTER = re.compile(
    r"\s+(?!(?:" + _MONTH + r")\b)[A-Z][a-z]+\s+"
    r"(?:[a-z]+-[\w-]+|[A-Za-z]*\d[\w-]*|[a-z]+[A-Z][\w-]*|[A-Z]+-[\w-]+)(?![\w-])"
)
"""A make and a model shaped like a product code: "Audi e-tron", "Ford F-150", "Toyota RAV4",
"Apple iPhone", "Boeing 737"."""
_CODE_AFTER = re.compile(r"\s+[A-Z]{1,4}-?\d{2,4}[A-Za-z]?\s+[A-Z]")
"""A model's code and a capitalised word ("LC500 Convertible", "RX350 F Sport")."""
_WITH_BEFORE = re.compile(r"(?:\b(?:with|a|an|the|his|her|their|its|our|my|your)|['’]s)\s+$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.I)
_MODEL_WORD_AFTER = re.compile(r"[\s-]+models?\b(?!\s+(?:of|for|to)\b)")
""""model" after the year: "a 4K LED 2018 model TV", "2020-model cars" (not "the 2019 model
of growth")."""


def names_a_model(text: str, a: int, b: int) -> bool:
    """True when the year `text[a:b]` is a model year, not a date: a make and model follow it,
    two capitalised words after an article, a possessive or an adjective ("his gray 2013
    Toyota Camry", "Kopp's 1987 Chevrolet Cavalier"), or a make and a model shaped like a code
    after any determiner ("the 2020 Audi e-tron Sportback", "this 2019 Ford F-150"), or the
    word "model" ("a 4K LED 2018 model TV"), or a model's code and a capitalised word after
    "with" or a determiner ("with 2020 LC500 Convertible"); "the 2012 Summer Olympics" and "in
    2013 Barack Obama" keep their years."""
    before = text[:a]
    if _MODEL_WORD_AFTER.match(text, b):
        return True
    if _MODEL_AFTER.match(text, b) and _MODEL_BEFORE.search(before):
        return True
    if _CODE_AFTER.match(text, b) and _WITH_BEFORE.search(before):
        return True  # "go topless with 2020 LC500 Convertible": a model's code alone
    return bool(_MODEL_CODE_AFTER.match(text, b)) and bool(
        _MODEL_BEFORE.search(before) or _DETERMINER_BEFORE.search(before)
    )


_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Lane|Ln\.|"
    r"Boulevard|Blvd\.|Way|Court|Ct\.|Place|Terrace|Circle|Parkway|Pkwy\.|Highway)(?![\w-])"
)
_WHEN_BEFORE = re.compile(r"\b(?:in|since|by|until|during|before|after|from|through)\s+$", re.I)


def house_number(text: str, a: int, b: int) -> bool:
    """True when the year-like number `text[a:b]` opens a street address ("outside 1909
    Jolinda Drive", "at 1600 Pennsylvania Avenue"); "in 2019 Main Street was rebuilt" keeps
    its year."""
    return bool(_STREET_AFTER.match(text, b)) and not _WHEN_BEFORE.search(text, 0, a)


_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:[ap]\.?m\.?|[ap]m\b)"
_HOURS_LINE = re.compile(rf"\s*{_CLOCK}(?:\s*(?:[/|–—-]|to|and)\s*{_CLOCK})+\s*", re.I)


def hours_line(text: str) -> bool:
    """True when the whole sentence is times of day and nothing else ("9.30 A.M. / 7.00 P.M.",
    "10am – 6pm"): a line of opening hours or of a timetable, a repetition, not a date."""
    return bool(_HOURS_LINE.fullmatch(text))


_BARE_UNIT = re.compile(r"(?:the\s+)?(?:day|week|month|year|decade|century)", re.I)
_PART_OF_DAY = re.compile(r"(?:morning|afternoon|evening|night)", re.I)


_TIME_LEAD = re.compile(
    r"(?:on|at|by|in|of|during|for|since|until|till|before|after|through|from|to|into|the|that|"
    r"this|last|next|each|every|one|same|previous|following|late|early|and|or|[A-Z][\w’']*)$"
)
"""A word before a part of the day that makes it a time ("that evening", "on Tuesday night")."""


def _qualifies_a_noun(before: str, after: str) -> bool:
    """True when a bare part of the day ("night", "evening") stands before a lower-case content
    word with no word before it that makes it a time: "have night sweats", "a special evening
    reception" name kinds of things; "that night police came" and "the evening before" keep
    their times."""
    from spacy.lang.en.stop_words import STOP_WORDS

    nxt = re.match(r"\s+([a-z][a-z-]*)\b", after)
    lead = re.search(r"([\w’']+)\s+$", before)
    if not nxt or nxt.group(1) in STOP_WORDS:
        return False
    return not (lead and _TIME_LEAD.fullmatch(lead.group(1)))


def figure_of_speech(text: str, a: int, b: int) -> bool:
    """True for date words that name no date in their sentence: "player of the year", "the
    century's worth of tradition", "an 11th-hour deal", "an evening vigil", "its 12th doctor",
    "year-on-year", "a last-minute deal", "full-year guidance", the “midnight rules”."""
    span, before, after = text[a:b], text[:a], text[b:]
    if _BARE_UNIT.fullmatch(span) and (
        re.search(r"\b(?:of|by|per)\s+(?:the\s+)?$", before, re.I)
        or re.match(r"['’]s?\s+worth\b", after)
    ):
        return True
    if re.search(r"\b(?:11th|eleventh)[\s-]+hour\b", span, re.I):
        return True
    if re.fullmatch(r"(?:year|quarter|month|week|day)[\s-]+(?:on|over)[\s-]+\w+", span, re.I):
        return True  # "rose 3% year-on-year": a comparison, not a date
    if _PART_OF_DAY.fullmatch(span) and re.search(r"\b(?:a|an)\s+$", before, re.I):
        return True
    if _PART_OF_DAY.fullmatch(span) and _qualifies_a_noun(before, after):
        return True  # "night sweats", "a special evening reception"
    if re.fullmatch(r"(?:full|half|whole)[\s-]+year", span, re.I) and (
        re.match(r"\s+[a-z]", after) and not re.search(r"\b(?:the|a|this|that)\s+$", before, re.I)
    ):
        return True  # "cut full-year sales guidance": a kind of period qualifying a noun
    if re.fullmatch(r"(?:the\s+)?last[\s-]+minute", span, re.I):
        return True  # "a last-minute deal", "at the last minute"
    quoted = before[-1:] in "\"“‘'"
    if re.fullmatch(r"midnight|noon", span, re.I) and quoted and after[:1] == " ":
        return True  # the “midnight rules”
    return bool(re.fullmatch(r"(?:the\s+)?\d+(?:st|nd|rd|th)", span, re.I)) and bool(
        re.match(r"\s+(?!of\s+" + _MONTH + r")[a-z]", after)
    )  # "its 12th doctor", "the 11th of their fight"
