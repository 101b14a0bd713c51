"""Numbers that read like counts but name a thing, cite a source or date an event, for the
figure finders:

- a number that names a kind of thing: joined by a hyphen to an agent noun ("a last-minute
  3-pointer", "an 18-wheeler", "a two-seater", "a one-liner", "a 3-in-1 charger"),
  followed by a bracketed letter that makes it a code ("a 401(k)", "501(c)(3) groups"), or
  a video resolution or a sound layout ("a 4K TV", "4k streaming", "streams at 1080p", "5.1
  surround sound"), or an emergency number ("called 911", "911 calls"): `names_a_kind`;
- a reference list in brackets closing a clause ("...of these drugs (38, 39).", "a control
  group (8)."): the numbers of the sources cited, not amounts (`cited_sources`); an age in
  brackets after a name ("Smith (38) was") stays;
- a length of time said before or after an event, opening a clause ("Three weeks before he
  died, ...", "..., and less than six months after leading the club"): a point in time
  measured from that event, which the labelled news sets call a date, not a figure
  (`point_from_event`), also after a verb of happening ("That came seven years after he
  fled"); a length a verb takes ("he served three years before retiring") stays a figure.
"""

from __future__ import annotations

import re

from facts.lexicon import NUMBER_WORDS
from facts.numbers import TIME_UNITS

_AGENT_NOUNS = frozenset(
    ["pointer", "seater", "wheeler", "liner", "footer", "pounder", "timer", "decker", "hander",
     "bagger", "hitter", "starter", "sider"]
)  # fmt: skip
"""Nouns in -er that, joined to a number, name a kind of thing by it ("a 3-pointer" is a
shot, "an 18-wheeler" a lorry, "a two-seater" a car): the number counts nothing told."""
_HYPHEN_NOUN = re.compile(r"-(?P<w>[a-z]+?)s?\b")
_IN_ONE = re.compile(r"[\w.]+-in-(?:1|one)\b", re.I)
"""A device that does the work of several ("a 3-in-1 charger", "a 2-in-1 laptop")."""
_LOWER_RESOLUTION = re.compile(r"[48]k\b")
_SCREEN_AFTER = re.compile(
    r"\s+(?:streaming|resolution|video|TVs?|displays?|monitors?|HDR|UHD|output|gaming|"
    r"content|screens?|cameras?)\b|\s+and\s+\d+\s?fps\b",
    re.I,
)
_SOUND_CHANNELS = re.compile(r"[57]\.[12](?=\s+(?:surround|channel|sound|audio|speaker)|-channel)")
"""A sound standard ("5.1 surround sound", "7.1-channel"): the speakers' layout, no amount."""
_EMERGENCY = re.compile(r"(?:911|999)\b")
_CALL_AFTER = re.compile(r"\s+(?:calls?|dispatchers?|operators?|centers?|centres?|system)\b", re.I)
_CALL_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|dial(?:s|ed|led|ing|ling)?)\s+$", re.I)
"""An emergency number, called or dialled ("called 911", "911 calls"): a name, no amount."""
_CODE_LETTER = re.compile(r"\((?:[a-z]{1,2}|[ivx]{1,4})\)")
"""A bracketed letter glued to a number: a section of a code ("401(k)", "501(c)(3)")."""
_RESOLUTION = re.compile(r"[2468]K(?![\w-])|(?:240|360|480|576|720|1080|1440|2160|4320)[pi]\b")
"""A video resolution ("4K", "8K", "1080p", "720p", "1080i"): one digit and a capital K with
no currency sign, or a standard line count and its scan letter."""


def names_a_kind(text: str, start: int, end: int) -> bool:
    """True when the number at `text[start:end]` names a kind of thing rather than counts:
    "a 3-pointer", "a two-seater", "a 3-in-1 charger", "a 401(k)", "a 4K TV"."""
    if start > 0 and text[start - 1] in "$£€¥₹":
        return False
    last = end
    while last > start and not text[last - 1].isalnum():
        last -= 1
    joined = _HYPHEN_NOUN.match(text, last) if text[last : last + 1] == "-" else None
    if joined and joined["w"] in _AGENT_NOUNS:
        return True
    label = text[start:end]
    if label[-1:].isalpha() and "-" in label:
        word = label.rsplit("-", 1)[1].lower().rstrip("s")
        if word in _AGENT_NOUNS:
            return True  # the finder took the noun in: "3-pointer"
    if _CODE_LETTER.match(text, end) or _IN_ONE.match(text, start):
        return True
    if _RESOLUTION.match(text, start) or _SOUND_CHANNELS.match(text, start):
        return True
    if _LOWER_RESOLUTION.match(text, start) and _SCREEN_AFTER.match(text, start + 2):
        return True  # "4k streaming", "at 4k and 60fps"
    return bool(
        _EMERGENCY.match(text, start)
        and (_CALL_AFTER.match(text, start + 3) or _CALL_BEFORE.search(text, 0, start))
    )


_CITED = re.compile(r"\(\s*\d{1,3}(?:\s*[,–—-]\s*\d{1,3})*\s*\)(?=\s*(?:[.,;:!?]|$))")
"""Small whole numbers in brackets, listed with commas or dashes, closing a clause."""
_WORD_BEFORE_BRACKET = re.compile(r"(?P<w>[^\W\d_][\w’'-]*)[.,]?\s*$")


def cited_sources(text: str, start: int, end: int) -> bool:
    """True when the number at `text[start:end]` is in a reference list in brackets that
    closes a clause after a word in lower case ("the effects of these drugs (38, 39).", "a
    control group (8)."), not an age after a name ("John Smith (38)") nor a number told
    again after its words ("five (5) days")."""
    open_at = text.rfind("(", 0, start + 1)
    if open_at < 0:
        return False
    cited = _CITED.match(text, open_at)
    if cited is None or not (open_at < start and end <= cited.end()):
        return False
    before = _WORD_BEFORE_BRACKET.search(text, max(0, open_at - 40), open_at)
    if before is None:
        return False
    word = before["w"]
    return word.islower() and word not in NUMBER_WORDS


_LENGTH = re.compile(r"\s*(?P<u>[a-z]+)\b", re.I)
_EVENT_AFTER = re.compile(r"\s+(?:before|after)\s+(?!\d)(?=[\w“\"‘'])", re.I)
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;:—–(]|\b(?:and|but|then|when|until|till|even|that|which))\s*"
    r"(?:(?:just|only|nearly|almost|about|some|roughly|barely|around|less\s+than|more\s+than|"
    r"over|under|at\s+least|at\s+most|a\s+full|fully)\s+)?$",
    re.I,
)
"""Where a time adverbial can open: a sentence or a clause start, with a hedge before the
number ("just", "less than")."""


_HAPPENING_BEFORE = re.compile(
    r"\b(?:came|comes?|coming|happen(?:ed|s)?|occur(?:red|s)?|follow(?:ed|s)|arrive[ds]?|"
    r"died|dies|ended|ends|began|begins|started|starts|resumed|resumes)\s+"
    r"(?:(?:just|only|nearly|almost|about|some|roughly|around|less\s+than|more\s+than|"
    r"over|under|at\s+least|a\s+full|fully)\s+)?$",
    re.I,
)
"""A verb that places something in time, before the length that places it ("That came seven
years after...", "it happened two days before..."): the length says when, not how long."""


def point_from_event(text: str, start: int, end: int, noun: str) -> bool:
    """True when the length of time `text[start:end]` (its unit `noun`) opens a clause, or
    follows a verb of happening, and is followed by "before" or "after" and the event ("Three
    weeks before he died,", "and less than six months after leading the club", "That came
    seven years after he fled"): a point in time, the dates' part."""
    if noun not in TIME_UNITS or noun == "time":
        return False
    if _EVENT_AFTER.match(text, end) is None:
        return False
    window = max(0, start - 40)
    return (
        _CLAUSE_OPENING.search(text, window, start) is not None
        or _HAPPENING_BEFORE.search(text, window, start) is not None
    )


_TITLE_THE = re.compile(r"(?:[a-z,]|[’']s?)\s+The\s+$")
"""A capitalised "The" in the middle of a sentence, after a word in lower case or a
possessive: the first word of a title ("Covey’s The 7 Habits", "read The 39 Steps")."""
_CAPITALISED_AFTER = re.compile(r"\s*[A-Z][a-z]")


def in_title(text: str, start: int, end: int) -> bool:
    """True when the number at `text[start:end]` opens the title of a work: a capitalised
    "The" stands before it in mid-sentence and a capitalised word follows ("Steven Covey’s
    The 7 Habits of Highly Effective People"); not "The 25 victims" at a sentence start."""
    number = re.match(r"[\d,.]+|[A-Za-z-]+", text[start:end])
    after = start + number.end() if number else end
    return (
        _TITLE_THE.search(text, max(0, start - 12), start) is not None
        and _CAPITALISED_AFTER.match(text, after) is not None
    )


_SUPERLATIVE_IN = re.compile(
    r"\b(?:[a-z]+est|most|least|worst|best|first|record)\b[^,.;:!?]{0,50}?\bin\s+"
    r"(?:(?:over|more\s+than|nearly|almost|about|some|just|under|less\s+than)\s+)?$",
    re.I,
)
"""A superlative or a record, then "in" and maybe a hedge, right before a length of time
("its lowest level in six years", "the biggest fall in over a decade")."""


def period_back(text: str, start: int, noun: str) -> bool:
    """True when the length of time at `start` (its unit `noun`) follows a superlative and
    "in" ("closed at its lowest level in six years", "the best week in nearly five
    months"): the period back from the story's time that the record covers, a date as "the
    past six years" is, not an amount; "fell 5% in six years" stays a figure."""
    if noun not in TIME_UNITS or noun == "time":
        return False
    return _SUPERLATIVE_IN.search(text, max(0, start - 80), start) is not None
