"""Date words and numbers that name, code or qualify something rather than date it, for
`date_filters.not_a_date`:

- a weekday that opens a name or a title, a capitalised word right after it and no
  preposition or verb of telling before it ("Friday Facts #282", "her book Saturday
  Millionaires"; but "on Friday Reuters said", "said Monday Smith"), or that forms an
  adjective ("an Ash Wednesday-like smearing");
- numbers of identifiers: digits after a label ("ISSN 2324-5913", the labels of
  facts/data/number_labels.txt) or in a bibliographic reference ("23 (7): 1739–1752"), a
  run of five to eight digits, which no calendar form has but
  "20200115" ("Bug 1678173", "PMID 28113434"), a clock-like number joined to hexadecimal
  letters ("4:2fe6", a revision; "9:00a" is a time), and a year ending a code of slashed parts
  ("suit FHC/ABJ/03/095/2018", "ref. ABC/2018"; "10/2018" and "2017/2018" stay dates);
- an age group ("the under-21 team", "U-19 side");
- a span that opens inside a hyphenated word ("in a year" of "President Moon Jae-in a year
  ago": the name ends there, and "a year ago" is the date);
- "last"/"next" and a number with no unit of time ("nine of their last 12 [games]");
- idioms: "by day", "by night", "in this day and age";
- a season that qualifies the noun after it ("winter wheat sowing", "summer school"), with
  no determiner, year or preposition of time before it.
"""

from __future__ import annotations

import re

from facts.date_patterns import _MONTH
from facts.figure_references import in_citation
from facts.numbers import STOP

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAY_SPAN = re.compile(rf"{_WEEKDAY}(?:['’]s)?")
_TIME_WORD = re.compile(
    rf"(?:{_MONTH}|{_WEEKDAY}|Morning|Afternoon|Evening|Night|Noon|Midnight|Today|Tonight|"
    r"[A-Z]{1,4}T|GMT|UTC)\b"
)
_CAPITALISED_AFTER = re.compile(r"\s+(?P<w>[A-Z][a-z]+)\b")
_ADJECTIVE_AFTER = re.compile(r"-(?:like|style|esque|type|themed)\b", re.I)
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][\w’'.-]*)[\s,]*$")
_TELLING = re.compile(r"(?:said|says|say|told|tells|announced|reported|added|wrote)$", re.I)
_LONG_DIGITS = re.compile(r"(?<![\d.,/:-])\d{5,8}(?![\d.,/:-])")
_CLOCK_CODE = re.compile(r"\d{1,2}:(?=[0-9a-f]{4,}\b)[0-9]*[a-f]", re.I)
_HEX_AFTER = re.compile(r"(?=[0-9a-f]{2,}\b)[0-9]*[a-f]", re.I)
_SLASHED_CODE = re.compile(r"(?:[\w.-]+/){2,}$|[A-Za-z][\w.-]*/$")
"""Two parts or more, or one with a letter, each ending in a slash, right before a year."""
_AGE_GROUP = re.compile(r"(?:\b(?:under|over)|\bU)\s?-\s?$", re.I)
_AGE_GROUP_SPAN = re.compile(r"(?:under|over|U)\s?-\s?\d{1,2}s?", re.I)
_COUNT_WITHOUT_UNIT = re.compile(
    r"(?:the\s+)?(?:last|next|past|previous|first|final|coming)\s+\d{1,3}", re.I
)
_HYPHEN_HEAD = re.compile(r"(?<![\w-])(?!(?:mid|pre|post|early|late)-)[A-Za-z]+-$", re.I)
"""A word and a hyphen right before a span: the span's first word ends that word ("Jae-in",
"sit-in"), unless the head is a part of time ("mid-", "pre-", "late-")."""
_BY_DAY = re.compile(r"\bby\s+$", re.I)
_SEASON = re.compile(r"(?:spring|summer|autumn|fall|winter)", re.I)
_NOUN_AFTER = re.compile(r"\s+(?P<w>[a-z]{3,})\b")
_TIME_BEFORE = re.compile(
    r"\b(?:the|this|last|next|that|in|during|since|until|by|early|late|mid|of|each|every|"
    r"through|before|after|over|throughout)\s+$",
    re.I,
)


_OR_LATER = re.compile(r"\d{1,2}(?:\.\d+)*\s+or\s+(?:later|newer|higher|above|greater)", re.I)


def _weekday_name(text: str, a: int, b: int) -> bool:
    span = text[a:b]
    if not _WEEKDAY_SPAN.fullmatch(span):
        return False
    if _ADJECTIVE_AFTER.match(text, b):
        return True  # "an Ash Wednesday-like smearing"
    after = _CAPITALISED_AFTER.match(text, b)
    if after is None or _TIME_WORD.match(after["w"]) or span[-1] in "s’'":
        return False
    before = _WORD_BEFORE.search(text, 0, a)
    if before is None:
        return True  # "Friday Facts #282" opening a line
    word = before["w"].lower().rstrip(".")
    if word == "the":
        return True  # "the Sunday Times"
    return not (word in STOP or _TELLING.match(word) or text[before.end() - 1 : a].strip())


_SCREEN_LINES = re.compile(r"\d{3,4}[pi]")
"""A display resolution ("1080p", "1440p", "1080i"): lines of a screen, no time of day."""
_WEB_ADDRESS = re.compile(r"://|^www\.|\.(?:jpe?g|png|gif|webp|s?html?|php|aspx?|pdf)\b", re.I)
_SPACE = re.compile(r"\s")


def _in_web_address(text: str, a: int, b: int) -> bool:
    """True when `text[a:b]` is glued into a web address or file path
    (".../10-things-you-need-to-know-today.jpg")."""
    start = max(text.rfind(" ", 0, a), text.rfind("\n", 0, a)) + 1
    space = _SPACE.search(text, b)
    token = text[start : space.start() if space else len(text)]
    return token != text[a:b] and "/" in token and bool(_WEB_ADDRESS.search(token))


def _code(text: str, a: int, b: int) -> bool:
    span = text[a:b]
    if _SCREEN_LINES.fullmatch(span) or _in_web_address(text, a, b):
        return True  # "renders at 1440p", "…-know-today.jpg"
    if _OR_LATER.fullmatch(span):
        return True  # "iPhone 8 or later", "iOS 13 or newer": a version, no time of day
    if _CLOCK_CODE.search(span) or (":" in span and _HEX_AFTER.match(text, b)):
        return True  # "4:2fe6": a revision, not a time
    if re.fullmatch(r"[\d\s.,/–—-]+", span) and (
        (in_citation(text, a) and text[a - 1 : a] != "(") or _label_before(text, a)
    ):
        return True  # "23 (7): 1739–1752", "ISSN 2324-5913"; "Nature 574, 16-17 (2019)" is dated
    if re.fullmatch(r"\d{4}", span) and _SLASHED_CODE.search(text, 0, a):
        return True  # "FHC/ABJ/03/095/2018": the year of a case number
    return any(
        not re.fullmatch(r"(?:19|20)\d\d[01]\d[0-3]\d", m[0]) for m in _LONG_DIGITS.finditer(span)
    )  # "Bug 1678173", "PMID 28113434"; "20200115" is a date


def _label_before(text: str, a: int) -> bool:
    from facts.bare_numbers import label_words

    before = _WORD_BEFORE.search(text, 0, a)
    return before is not None and before["w"].lower().rstrip(".") in label_words()


def _season_modifier(text: str, a: int, b: int) -> bool:
    if not _SEASON.fullmatch(text, a, b) or _TIME_BEFORE.search(text, 0, a):
        return False
    after = _NOUN_AFTER.match(text, b)
    return (
        after is not None
        and after["w"] not in STOP
        and not re.match(
            r"(?:of|and|or|to|when|while|before|after|is|was|has|had|will)$", after["w"]
        )
    )


def names_or_codes(text: str, a: int, b: int) -> bool:
    """True when `text[a:b]`, which reads as a date, names, codes or qualifies something
    (see the module docstring)."""
    span = text[a:b]
    if _weekday_name(text, a, b) or _code(text, a, b):
        return True
    if span[:1].islower() and _HYPHEN_HEAD.search(text, 0, a):
        return True  # "Moon Jae-[in a year] ago": the span starts inside a word
    if _AGE_GROUP.search(text, 0, a) or _AGE_GROUP_SPAN.fullmatch(span):
        return True  # "the under-21 team"
    if _COUNT_WITHOUT_UNIT.fullmatch(span):
        return True  # "nine of their last 12"
    if span.lower() in ("day", "night") and _BY_DAY.search(text, 0, a):
        return True  # "by night": an idiom
    if span.lower() == "this day" and re.match(r"\s+and\s+age\b", text[b:], re.I):
        return True  # "in this day and age": nowadays
    return _season_modifier(text, a, b)
