"""The sentence around a figure a finder has read, checked once before the figure is kept
(`refine`, called by the `add` of `figures.find_figures`): it drops a figure its context
makes no figure, or moves its counted noun to the word the number really counts (a length
of time said as a point is `figure_terms.point_from_event`'s).

- a counted noun that only modifies the real one: a singular noun coordinated with a plural
  ("300 kitchen and cleaning workers" counts workers), a superlative ("the 12 best cheap
  reads" counts reads), or a singular unit before another noun ("72 hour holds" is 72
  hours, as "a 72-hour hold") (`_counted_noun`);
- an ordinal that places a thing in a series ("the third post in a series"): an order,
  not a rank (`_in_series`);
- the number opening the title of a list article: a noun naming a list's items then "to",
  "you", "in"... or Title Case, with no closing full stop ("7 Ways to Keep Your
  Garden Green:", "8 things you should pack for a flight"), or a line that says its opening
  words twice ("12 habits of people,12 habits of people"), as a column title in page metadata
  does (`_opens_title`); a headline that reports a count stays ("Four Miners Rescued From
  Flooded Pit");
- a number glued to "s" after a name: a model ("an iPhone 6s"), not seconds (`_model_name`).
"""

from __future__ import annotations

import re
from typing import Any

from facts.figure_terms import LENGTH_UNITS
from facts.lexicon import UNIT_NAMES, singular
from facts.numbers import STOP, is_plural

_CONJUNCTION = re.compile(r"\s+(?:and|or|&)(?=\s+[a-z])")
_NUMBER_WORD = re.compile(r"[\d.,]+|[A-Za-z]+(?:-[A-Za-z]+)?")
_NOT_SUPERLATIVE = frozenset(
    ["interest", "forest", "test", "contest", "protest", "request", "guest", "chest", "nest",
     "west", "quest", "harvest", "arrest", "conquest", "manifest", "inquest", "suggest",
     "digest", "priest", "rest", "crest", "vest", "pest", "zest", "unrest", "honest",
     "modest", "earnest", "invest", "detest", "attest", "behest", "bequest", "midwest"]
)  # fmt: skip
"""Words in -est that are no superlative (nouns, verbs, plain adjectives)."""
_WORD_AFTER = re.compile(r"\s+(?P<w>[A-Za-z][\w’'-]*)")


def _superlative(word: str) -> bool:
    low = word.lower()
    if low in ("best", "worst", "most", "least"):
        return True
    return len(low) > 4 and low.endswith("est") and low not in _NOT_SUPERLATIVE


def _plural_ahead(text: str, pos: int, words: int = 4) -> re.Match[str] | None:
    """The first lower-case plural noun within `words` words after `pos` ("cheap summer
    reads"), None at a function word."""
    for _ in range(words):
        m = _WORD_AFTER.match(text, pos)
        if m is None or m["w"].lower() in STOP:
            return None
        if m["w"][0].islower() and is_plural(m["w"]):
            return m
        pos = m.end()
    return None


_ADJECTIVE = re.compile(r"[a-z]{3,}(?:ive|ous|ful)")
"""An adjective by its ending ("negative", "dangerous", "peaceful"); one that is also a noun
("an executive", "a handful") is read as an adjective only before a noun phrase."""
_LOWER_WORD = re.compile(r"\s+(?P<w>[a-z][a-z-]*[a-z])\b(?![’'])")


def _head_after(text: str, pos: int) -> re.Match[str] | None:
    """The last of at most three lower-case words after `pos` that end a noun phrase before
    a function word or a mark ("press coverage" in "negative press coverage and")."""
    head = None
    for _ in range(3):
        m = _LOWER_WORD.match(text, pos)
        if m is None or m["w"] in STOP:
            break
        head, pos = m, m.end()
    more = _LOWER_WORD.match(text, pos)
    if head is None or (more is not None and more["w"] not in STOP):
        return None  # no phrase, or one longer than three words
    return head


def _counted_noun(text: str, start: int, end: int, noun: str) -> tuple[int, str] | None:
    """A new end and counted noun when the noun the finder took (`noun`, the first word
    after the number) only modifies the counted one; "" drops the noun; None keeps it."""
    last = text[start:end].rsplit(None, 1)[-1]
    if last == noun and _ADJECTIVE.fullmatch(last):
        head = _head_after(text, end)  # "70 percent negative press coverage"
        if head is not None:
            return head.end(), singular(head["w"])
    first = _NUMBER_WORD.match(text, start)
    if first is None:
        return None
    after = _WORD_AFTER.match(text, first.end())
    if after is None or after.start("w") >= end:
        return None
    word = after["w"]
    low = word.lower()
    if _superlative(word) and singular(low) == noun:
        ahead = _plural_ahead(text, after.end())
        return (ahead.end(), singular(ahead["w"].lower())) if ahead else (first.end(), "")
    if low == noun or not word.islower():
        if low != noun or is_plural(word) or noun in UNIT_NAMES or noun in LENGTH_UNITS:
            return None
        if _PARTICLE.match(text, after.end()) and first[0].lower() not in ("1", "one", "a", "an"):
            return first.end(), ""  # "the top 10 face off": a verb, not ten faces
        if after.end() != end:
            return None
        joined = _CONJUNCTION.match(text, end)
        other = _plural_ahead(text, joined.end(), 3) if joined else None
        if other is not None:
            return other.end(), singular(other["w"].lower())  # "kitchen and cleaning workers"
        return None
    if (low in LENGTH_UNITS or low in UNIT_NAMES) and " " not in low and after.end() < end:
        return after.end(), low  # "72 hour holds": the hours, not the holds
    return None


_PARTICLE = re.compile(r"\s+(?:off|up|out|down|away|back)\b(?!-)")
"""A particle after a singular noun that a number above one counts: the noun is a verb
("the top 10 face off", "the top 4 line up")."""
_SERIES_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:a|an|the|this|that|our|my|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:series|sequence|set|cycle|installments?|instalments?|trilogy)\b",
    re.I,
)
"""A series after an ordinal's noun ("the third post in a series", "the last book of
the trilogy"): a place in an order."""


def _in_series(text: str, end: int, norm: dict[str, Any]) -> bool:
    return bool(norm.get("ordinal")) and _SERIES_AFTER.match(text, end) is not None


_LIST_NOUNS = frozenset(
    ["things", "ways", "tips", "reasons", "steps", "signs", "facts", "lessons", "rules",
     "ideas", "tricks", "secrets", "habits", "mistakes", "myths", "hacks", "strategies",
     "takeaways", "questions", "quotes", "tools", "apps", "gifts"]
)  # fmt: skip
"""Plural nouns that name the items of a list article ("10 Things You Need to Know", "7
Ways to Keep"): general English, not one site's words."""
_LIST_NOUN_AT = re.compile(r"\s*(?:the\s+|top\s+)?(?:\d+|[A-Za-z]+)\s+(?P<n>[A-Za-z]+)\b", re.I)
_LIST_WORD_AFTER = re.compile(
    r"\s+(?:to|you|that|for|about|in|of|every|we|i|why|how|on|from|the|your)\b", re.I
)
_LINE_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_OPENING = re.compile(r"\s*(?:the\s+|top\s+)?", re.I)
_LINE_END = re.compile(r"[.!?]['’\"”)]*\s*$")


def _opens_title(text: str, start: int) -> bool:
    """True when the figure at `start` opens its line (after "The" at most) and the line is
    the title of a list article (a list noun then "to", "you", "in"... or Title Case, no
    closing full stop: "7 Ways to Keep Your Garden Green:") or says its opening words twice
    ("12 habits of people,12 habits of people")."""
    opening_words = _OPENING.match(text)
    if opening_words is None or opening_words.end() != start:
        return False
    head = re.match(r"[^,.;:!?]+", text[start:])
    opening = head[0].strip() if head else ""
    if len(opening.split()) >= 3 and text.count(opening) >= 2:
        return True  # "12 habits of people,12 habits of people": said twice
    listed = _LIST_NOUN_AT.match(text)
    if _LINE_END.search(text) or listed is None or listed["n"].lower() not in _LIST_NOUNS:
        return False
    if _LIST_WORD_AFTER.match(text, listed.end()):
        return True  # "8 things you should pack for a flight"
    words = [w for w in _LINE_WORD.findall(text, start) if len(w) > 3 or w[0].isupper()]
    content = [w for w in words if w.lower() not in STOP or w[0].isupper()]
    capitals = sum(w[0].isupper() for w in content)
    return len(content) >= 3 and capitals >= 0.8 * len(content)


_TITLE_WORDS = re.compile(
    r"(?:\s+(?:[A-Z][\w’'-]*|in|to|of|for|you|the|a|and|on|about|from|with)\b)*"
)


def list_title_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes the title of a list article inside a sentence (`_list_title`),
    from its number to its last capitalised word ("10 Things in Tech You Need to Know")."""
    spans = []
    for m in re.finditer(r"(?<![\w.,])\d{1,3}(?=\s+[A-Z])", text):
        listed = _list_title(text, m.start())
        if listed is not None:
            words = _TITLE_WORDS.match(text, listed.end())
            spans.append((m.start(), words.end() if words else listed.end()))
    return spans


def _list_title(text: str, start: int) -> re.Match[str] | None:
    """The number at `start` and its list noun when, inside a sentence, the noun is written
    with a capital: the title of a list article or a newsletter ("hear 10 Things in Tech each
    morning"); None for "10 things you need" in lower case, which counts."""
    listed = _LIST_NOUN_AT.match(text, start)
    if (
        listed is not None
        and bool(text[:start].strip(" \"“‘'"))
        and listed["n"][:1].isupper()
        and listed["n"].lower() in _LIST_NOUNS
    ):
        return listed
    return None


_GLUED_S = re.compile(r"\d+s")
_NAME_BEFORE = re.compile(r"(?<![\w.’'-])(?P<w>[A-Z][a-z]+|[a-z]{1,2}[A-Z][A-Za-z]+|[A-Z]{2,})\s+$")
"""A name right before a number ("iPhone 6s", "Galaxy 9s"): a product, whose model the
number and its letter name."""


def _model_name(text: str, start: int, end: int) -> bool:
    """True when the figure `text[start:end]` is a number glued to "s" right after a name
    in mid-sentence ("needs an iPhone 6s or newer"): a model, not seconds ("in 9.58s")."""
    if not _GLUED_S.fullmatch(text, start, end):
        return False
    name = _NAME_BEFORE.search(text, max(0, start - 30), start)
    return name is not None and text[: name.start()].strip() != "" and name["w"].lower() not in STOP


def refine(
    text: str,
    start: int,
    end: int,
    key: str,
    label: str,
    norm: dict[str, Any],
    noun: str,
) -> tuple[int, int, str, str, dict[str, Any], str] | None:
    """The figure `text[start:end]` (its `key`, `label`, `norm`, `noun` as the finder gave
    them) as its context reads it: None when it is no figure, else the same
    fields, with a new end, key and noun when the counted noun was a modifier."""
    if _in_series(text, end, norm):
        return None
    if _opens_title(text, start) or _list_title(text, start) or _model_name(text, start, end):
        return None
    share = "%" if noun.startswith("%") else ""  # a percentage's noun: "%voter"
    counted = noun[len(share) :]
    if counted.islower() and key.endswith(f" {counted}") and label == text[start:end]:
        moved = _counted_noun(text, start, end, counted)
        if moved is not None:
            end, new = moved
            key = key[: -len(counted)] + new if new else key[: -len(counted) - 1]
            norm = {
                k: (new if k in ("noun", "unit") and v == counted else v) for k, v in norm.items()
            }
            label, noun = text[start:end], share + new
    return start, end, key, label, norm, noun
