"""Numbers that are part of a model, series or index name ("Boeing's 787", "the final 717
jet", "the 787 Dreamliner", "iPhone 11 and 11 Pro", "Standard & Poor's 500 index"), and the
counts said before such a name ("18 777s", "five new 737 aircraft"), for the figure finders:

- `model_number`: a number that names a thing rather than counts it. It is a name when a
  name with a possessive stands right before it, it has three or four digits and nothing
  plural is counted after it ("Boeing's 787,", "Standard & Poor's 500 plunged", not
  "second only to Notre Dame's 44."); when a capitalised name stands right
  before it, the number is whole and a lower-case noun follows ("iPhone 4 owners", "DAX 30
  indices"; not a player's "Andre Iguodala 14.9 points"; in a title,
  "Teen Shot 11 Times", capitals tell nothing); when a count stands before it with at
  most two lower-case words between and itself whole ("five new 737 aircraft": five counts,
  737 names); when
  a capitalised word follows it and nothing plural is counted after the name ("787
  Dreamliner", not "12 Iraqi soldiers", "100 Lebanese", "a mother of 13 Zurana Horton"); when it is coordinated with a number that follows
  a name ("iPhone 11 and 11 Pro"); or when a determiner stands before it and a singular noun
  that is no unit after it, the number being whole, of three digits or more and
  not round ("its 777 airliner", "the final 717 jet"): a count above one takes a plural
  noun, and a round number is a level or a mark ("the 8,000 level").
- `model_counts`: "18 777s", "50 787s", "five new 737 aircraft": the count before a model
  number, with what it counts.
"""

from __future__ import annotations

import re
from typing import Any

from facts.lexicon import SPEECH_VERBS, UNIT_NAMES, given_names, places, singular
from facts.numbers import NUM, STOP, TIME_UNITS, fmt, is_plural, is_year, noun_run, parse_number

_POSSESSIVE_NAME = re.compile(r"(?<![\w.’'-])[A-Z][\w&.-]*(?:’s|'s)\s+$")
_NAME_NUMBER_BEFORE = re.compile(
    r"(?<![\w.’'-])(?:[a-z]*[A-Z][\w-]*)\s+\d[\d.]*[\u200b-\u200d]?\s+(?:and|or|&)\s+$"
)
"""A number after a name, then "and" or "or": the next number is coordinated with a
model name ("iPhone 11 and 11 Pro")."""
_COUNT_BEFORE = re.compile(
    rf"(?<![\w.,’'-])(?P<n>{NUM})\s+(?P<between>(?:[a-z][a-z-]*\s+){{0,2}})$"
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our|a|an|this|that)\s+(?:[a-z][a-z-]*\s+)?$", re.I
)
_CAPITAL_RUN = re.compile(r"\s+(?P<run>[A-Z][a-z]{2,}[\w-]*(?:\s+[A-Z][\w-]*)*)")
"""Capitalised words after a number, the first a word ("Dreamliner", "Pro"), not a unit
symbol ("45 Js")."""
_NAME_BEFORE = re.compile(r"(?<![\w.’'&-])(?P<w>[a-z]*[A-Z][A-Za-z]*)\s+$")
"""A word with a capital right before a number ("iPhone", "DAX", "Explorer"); not "No."."""
_BRAND = re.compile(r"[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*")
"""A word with a capital inside ("iPadOS", "PlayStation"): a name even opening a sentence."""
_GIVEN_NAME_BEFORE = re.compile(r"\b(?P<g>[A-Z][a-z]+)\s+$")
_TOLD_BEFORE = re.compile(r"\b(?P<v>[a-z]+)\s+(?:the\s+)?$", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(]\s*)$")
_PEOPLE_ENDINGS = ("ese", "ish", "ch", "ss")
"""Endings of names of peoples that are their own plural ("100 Lebanese", "40 Swiss")."""
_COUNT_WORD_BEFORE = re.compile(
    r"\b(?:of|than|about|around|over|nearly|almost|some|least|roughly|approximately)\s+$", re.I
)
"""Words after which a number counts ("Mother of 13 Zurana Horton", "more than 100 ...")."""
_WORDS_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*\b){1,3}")
_MODEL = re.compile(
    rf"(?<![\w.,’'-])(?P<n>{NUM})\s+(?P<between>(?:[a-z][a-z-]*\s+){{0,2}})"
    r"(?P<model>(?:[A-Z]{1,3}-?)?\d{2,4}(?:-\d{1,4})?[A-Za-rt-z]?)(?P<s>s)?\b(?![-.,]\d)"
    r"(?:\s+(?P<noun>[a-z][a-z-]*))?"
)
_MONTHS_AND_DAYS = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April"
    r"|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b\.?"
)


def _plural_noun(words: list[str]) -> bool:
    return bool(words) and is_plural(words[-1]) and words[-1][:1].islower()


def _count_before(text: str, start: int, end: int) -> bool:
    """A count right before the number at `start`, with at most two lower-case words
    between ("five new 737", "18 777s"), not a year ("in 2019 30 people") nor thousands
    set apart by a space ("18 777" with nothing between is 18777 unless a plural follows)."""
    if not re.fullmatch(r"\d{2,4}", text[start:end]):
        return False  # a model number is whole: "fell 406.51 points" counts
    m = _COUNT_BEFORE.search(text, 0, start)
    if m is None or is_year(m["n"]) or parse_number(m["n"]) is None:
        return False
    if m["n"][:1].isdigit() and model_number(text, m.start("n"), m.end("n"), []):
        return False  # "Nikkei 225 fell 406": the number before is itself a name
    between = m["between"].split()
    if any(w.lower() in STOP or is_plural(w) for w in between):
        return False  # "5 of 737", "19 people including 17": not one noun phrase
    return bool(between) or not m["n"][-1:].isdigit()


def _name_before(text: str, start: int) -> bool:
    """A capitalised word right before `start` that is no function word, month or weekday,
    place, nor the first word of a sentence (unless it has a capital inside: "iPadOS 13"), a
    source after "told" or a person's surname: a name the number belongs to ("In Kenya 47
    counties", "told the Guardian 41 bodies", "Andre Iguodala 14 points" count)."""
    m = _NAME_BEFORE.search(text, 0, start)
    if m is None or (_SENTENCE_START.search(text, 0, m.start()) and not _BRAND.fullmatch(m["w"])):
        return False  # a sentence's first word may be any word; "iPadOS 13 made" is a name
    told = _TOLD_BEFORE.search(text, 0, m.start())
    if told and told["v"].lower() in SPEECH_VERBS:
        return False  # "told the Guardian 41 bodies had been brought in": a source
    person = _GIVEN_NAME_BEFORE.search(text, 0, m.start())
    if person and person["g"] in given_names():
        return False  # "Andre Iguodala 14 points": a player's line, not a model
    word = m["w"]
    if _MONTHS_AND_DAYS.fullmatch(word):
        return False
    from spacy.lang.en.stop_words import STOP_WORDS

    return word.lower() not in STOP and word.lower() not in STOP_WORDS and word not in places()


_NOTATION = re.compile(r"\d[eE]\d{1,2}")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def model_number(text: str, start: int, end: int, words: list[str]) -> bool:
    """True when the number `text[start:end]` (with `words` its counted noun, if any) is part
    of a model, series or index name, not a count (see the module docstring)."""
    raw = text[start:end]
    if not raw[:1].isdigit():
        return False
    if not words and _NOTATION.fullmatch(raw) and _THE_BEFORE.search(text, 0, start):
        return True  # "the 7E7, Boeing's new design": a name; "1e6 cells" is an amount
    if (
        _POSSESSIVE_NAME.search(text, 0, start)
        and re.fullmatch(r"[1-9]\d{2,3}", raw)
        and not _plural_noun(words)
    ):
        return True  # "Boeing's 787", "Standard & Poor's 500 index"; not "Notre Dame's 44."
    if words and words[0][:1].islower() and raw.isdigit() and _name_before(text, start):
        return True  # "iPhone 4 owners", "DAX 30 indices"; a title ("Shot 11 Times") is not
    if _NAME_NUMBER_BEFORE.search(text, 0, start):
        return True  # "iPhone 11 and 11 Pro"
    if _count_before(text, start, end):
        return True  # "five new 737 aircraft"
    run = _CAPITAL_RUN.match(text, end)
    if (
        run
        and not words
        and not _MONTHS_AND_DAYS.match(run["run"])
        and run["run"].split()[0].lower() not in STOP
        and not run["run"].split()[0].endswith(_PEOPLE_ENDINGS)
        and not _COUNT_WORD_BEFORE.search(text, 0, start)
    ):
        after = _WORDS_AFTER.match(text, run.end())
        plural_after = after is not None and any(is_plural(w) for w in after[0].split())
        if not is_plural(run["run"].split()[-1]) and not plural_after:
            return True  # "787 Dreamliner"; not "12 Iraqi soldiers", "15,000 British thermal units"
    value = parse_number(raw)
    if value is None or not re.fullmatch(r"\d{3,}", raw) or value % 10 == 0:
        return False
    noun = singular(words[-1]) if words else ""
    if not words or _plural_noun(words) or noun in UNIT_NAMES or noun in TIME_UNITS:
        return False  # "a further 127": an amount said with no noun
    return _DETERMINER_BEFORE.search(text, 0, start) is not None  # "its 777 airliner"


def model_counts(text: str, add: Any) -> None:
    """ "18 777s", "50 787s", "five new 737 aircraft": a count before a model number, passed
    to `add(start, end, key, label, norm, noun, value)` of the figure finder with the model's
    plural or the noun after it as what is counted."""
    pos = 0
    while (m := _MODEL.search(text, pos) if re.search(r"\d", text) else None) is not None:
        pos = m.end("n")  # a number turned down may still count the model after it
        value = parse_number(m["n"])
        if value is None or is_year(m["n"]):
            continue
        if m["n"][-1:].isdigit() and not m["between"] and not m["s"]:
            continue  # "18 777" alone is a number with its thousands set apart
        if any(w.lower() in STOP or is_plural(w) for w in m["between"].split()):
            continue  # "4 minutes 48 seconds": the words between are a noun of their own
        if m["s"]:
            noun, end = m["model"], m.end("s")
        elif m["noun"] and m["noun"].lower() not in STOP:
            words, end = noun_run(text, m.end("model"))  # "F-16 fighter jets"
            if not words:
                continue
            noun = singular(words[-1])
        else:
            continue
        if noun in UNIT_NAMES or noun in TIME_UNITS:
            continue  # "two 100 metre races": a length, read by the unit patterns
        pos = end
        add(m.start(), end, f"figure:{fmt(value)} {noun}", text[m.start() : end],
            {"value": value, "noun": noun, "unit": noun}, noun, value)  # fmt: skip
