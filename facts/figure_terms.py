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
  fled"), or in mid-clause after "within" or a clause-opening "by" ("within 10 years", "and
  by three months he could walk"), before a named or definite event ("just 40 days before the
  general election") or before "later"/"earlier"; a length a verb or a preposition takes
  ("he served three years before retiring", "up to two days before payday", "for seven
  years") and a length before a generic event, advice on how long ("30 minutes before a
  meal", "Eat 60-90 minutes before your workout"), stay figures.
"""

from __future__ import annotations

import re

from facts.lexicon import NUMBER_WORDS
from facts.numbers import STOP, TIME_UNITS

LENGTH_UNITS = TIME_UNITS - {"time"}
"""Units of a length of time ("three years", "40 days")."""

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
    seven years after he fled"), or is a point in mid-clause (`_mid_clause_point`: "within 10
    years", "just 40 days before the general election", "three years later"): a point in
    time, the dates' part."""
    if noun not in LENGTH_UNITS:
        return False
    if _EVENT_AFTER.match(text, end) is not None:
        window = max(0, start - 40)
        if (
            _CLAUSE_OPENING.search(text, window, start) is not None
            or _HAPPENING_BEFORE.search(text, window, start) is not None
        ):
            return True
    return _mid_clause_point(text, start, end)


_HEDGE = (
    r"(?:(?:just|only|nearly|almost|about|some|roughly|barely|around|approximately|a\s+mere|"
    r"less\s+than|more\s+than|fewer\s+than|over|under|at\s+least|at\s+most|a\s+full|fully)\s+)?"
)
_WITHIN_BEFORE = re.compile(rf"\bwithin\s+(?:the\s+(?:next|first|coming)\s+)?{_HEDGE}$", re.I)
""""within" before a length ("within 10 years", "within the next two weeks"): a period
anchored on now or on an event, as "within a decade"."""
_BY_OPENING = re.compile(rf"(?:^|[,;:—–]|\b(?:and|but|then|so|yet))\s*by\s+{_HEDGE}$", re.I)
""""by" opening a clause before a length ("and by three months he could walk"): the point the
length reaches from a start; "delayed by six months" is an amount."""
_NAMED_EVENT_AFTER = re.compile(
    r"\s+(?:before|after)\s+(?!\d|(?:a|an|each|every|any|your|you|yours|one)\b)(?=[\w“\"‘'])",
    re.I,
)
"""A length then "before" or "after" and an event: a named or definite one ("the general
election", "filing closes"), not a generic one a length is advised for ("30 minutes
before a meal", "two days before your payday"): that length is an amount."""
_LATER_AFTER = re.compile(r"\s+(?:later|earlier)\b(?!\s+than\b)", re.I)
"""A length then "later" or "earlier" ("three years later"), not "a week later than planned"."""
_WORD_BEFORE_LENGTH = re.compile(rf"(?P<w>[^\W\d_][\w’'-]*)[,]?\s+{_HEDGE}$")
_TAKES_LENGTH = frozenset(
    ["to", "for", "of", "by", "in", "on", "at", "over", "under", "during", "from", "with",
     "into", "than", "about", "around", "within", "and", "or", "the", "a", "an", "his", "her",
     "its", "their", "our", "my", "your", "this", "that", "these", "those", "first", "last",
     "next", "past", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had",
     "will", "would", "took", "take", "takes", "spent", "spend", "spends", "wait", "waits",
     "lasts", "serve", "serves", "need", "needs", "give", "gives", "gave", "get",
     "gets", "got", "remain", "remains", "stay", "stays", "sat", "sit", "sits",
     "ran", "run", "runs", "kept", "keep", "keeps", "held", "hold", "holds", "lost", "lose",
     "loses", "slept", "live", "lives", "work", "works", "went", "go", "goes"]
)  # fmt: skip
"""Words before a length (or its hedge) that make it an amount: a preposition or a
determiner that takes it ("up to two days before", "for three years after", "the two weeks
before"), or a verb that spends it ("took three days before", "spent a year after"; verbs in
-ed and -ing are told by their ending)."""


def _mid_clause_point(text: str, start: int, end: int) -> bool:
    """True when the length of time `text[start:end]` is a point: after "within" or a
    clause-opening "by", or before "before"/"after" and a named or definite event or
    "later"/"earlier", with no verb or preposition before it that takes the length as an
    amount."""
    if _WITHIN_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _BY_OPENING.search(text, max(0, start - 40), start):
        return True
    if not (_NAMED_EVENT_AFTER.match(text, end) or _LATER_AFTER.match(text, end)):
        return False
    before = _WORD_BEFORE_LENGTH.search(text, max(0, start - 40), start)
    if before is None:
        return False  # a clause opening: `point_from_event` reads it
    word = before["w"].lower()
    if word in _TAKES_LENGTH or word in STOP or not text[: before.start()].strip():
        return False  # "Eat 60-90 minutes before a workout": an order says how long
    return not (len(word) > 4 and word.endswith(("ed", "ing")))


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
