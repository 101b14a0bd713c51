"""Bare numbers: figures with no counted noun after them ("the death toll rose to 45.",
"greater than 4,565", "minus five point five", "10k", "two hundred and fifty"), the last
figure finder of a sentence, run once the pattern dates, the other figure finders and spaCy's
dates have claimed their spans.

A bare number is kept when it reads as an amount: not a year ("in 2008"), a time of day
("at 10.30"), a list's "1." or "(2)", part of an identifier or a name ("192.168.1.2",
"COVID-19", "Apollo 11", "Route 66", "10 Downing Street", "page 5", "No. 10", "the Nine
Network"), a reference back ("one", "the two", "These 11 had until May"), nor an order of
magnitude ("several hundred"). A number inside a name spaCy or the news NER found is left to
the entities, one inside a spaCy TIME span ("10 tonight") to the dates; spaCy's other DATE
spans that the date finder turned down ("between negative ten and fifteen") do not hide a
number."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from facts.candidate import Candidate, Taken
from facts.figure_exclusions import in_identifier
from facts.figure_models import model_number
from facts.figure_news_forms import not_counted
from facts.figure_references import reference_mark
from facts.figure_terms import cited_sources, names_a_kind
from facts.lexicon import MULTIPLIERS, word_list
from facts.nlp import Span
from facts.numbers import DIGITS, STOP, fmt, is_year, noun_run, parse_number
from facts.written_numbers import (
    FRACTION_IN_WORDS,
    VAGUE_BEFORE,
    WORD,
    WRITTEN,
    fraction_value,
    written_value,
)

_SPACED = r"\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:\.\d+)?(?![\d,])"
"""Thousands set apart by spaces: "40 000", "1 414 021 100", "1\u202f234\u202f567.89"."""
_PHONE = re.compile(r"\+\s?\d[\d\s().-]{5,}\d")
"""An international phone number: "+44 171 542 8062", "+1-222-2222"."""
_SUFFIX = (
    r"k|K|M|MM|mil|mln|bn|bln|b|tn|tln|trn|lakh|crore|hundred|thousand|million|billion|trillion"
)
_SUFFIX_SCALE = {"k": 1e3, "mm": 1e6, "mil": 1e6, "mln": 1e6, "bln": 1e9, "b": 1e9,
                 "tn": 1e12, "tln": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7}  # fmt: skip
_BARE = re.compile(
    rf"(?<![\w.,/^'’#$£€%+-])(?<!\d:)(?<!\d:\s)(?<!\d\s/\s)(?P<sign>(?:[-−]\s?|(?i:minus|negative)\s+))?"
    rf"(?:(?P<d>{_SPACED}|{DIGITS})(?:\s?(?P<suffix>{_SUFFIX})\b"
    r"(?:(?<=hundred)\s+and\s+(?P<plus>\d{1,2})(?![\d.,]))?)?"
    rf"|(?P<f>(?i:{FRACTION_IN_WORDS}))|(?P<w>(?i:{WRITTEN}))"
    r"|(?P<num>[1-9])/(?P<den>[2-9]|10)(?![\d/]))"
    r"(?![\w%/^]|[.,:]\d|:\s\d\d\b|\s/\s\d|-\w|[’']\w)"
)
"""A number alone (never a part of a clock or a date with its parts spaced out, "1: 30",
"03 / 08 / 2013"): digits with a scale ("10k", "3 hundred and 21"), a fraction in words or
with a slash ("two thirds", "-4/5": a proper fraction of tenths at most, so not "24/7",
"9/11", "7/7"), a number in words; never the minutes of a clock reading ("19:56")."""
_ABBREVIATED = re.compile(
    rf"(?<![\w.,/^'’#$£€%+-])(?P<sign>[-−]\s?)?(?P<d>{DIGITS})(?P<suffix>k|K|M|MM|mn|mln|bn|bln)"
    r"(?![\w%/^]|[.,:]\d|-\w|[’']\w)"
)
"""A number with a scale abbreviation attached ("10k", "32K", "1.2bn"): an amount, never a
date, claimed before spaCy's DATE spans can take it."""
_AGE = re.compile(r"\b(?:[Aa]ged|age)\s+(?:of\s+)?(?P<d>\d{1,3})(?![\w%/^]|[.,:]\d|-\w)")
"""An age ("at age 87", "the age of 12", "aged 58"): a figure, never a date."""
_ABBREVIATION_HINT = re.compile(r"\d(?:[kKM]|MM|mn|mln|bn|bln)\b")
_TIME = re.compile(r"(?:[1-9]|1\d|2[0-4])[.]\d\d|\d{1,2}:[0-5]\d")
_DAY_AFTER = re.compile(
    r"\s+(?:on|this|tonight|today|tomorrow|yesterday|local|in\s+the\s+(?:morning|afternoon|evening))\b",
    re.I,
)
_AT_BEFORE = re.compile(r"\b(?:at|by|until|till|from|before|after)\s+$", re.I)
_CLOCK_AFTER = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|o[’']clock|hrs|GMT|UTC|[A-Z][SD]T)\b", re.I)
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][\w.]*)\s*$")
_DETERMINER = re.compile(
    r"\b(?:the|these|those|both|all|its|their|his|her|our|my|your|a|an|every|each)\s+$", re.I
)
_POINTING = re.compile(r"\b(?:these|those|the)\s+(?P<mods>(?:[a-z]+\s+){0,2})$", re.I)
"""A determiner before the number, maybe with up to two modifiers ("the newly selected
five", "the other three"), which must be no function words."""
_VERB_AFTER = re.compile(
    r"\s+(?:had|have|has|were|are|was|is|will|would|could|can|may|might|must|should|did|do|"
    r"does|also|all|both|each|then|now|still|remain(?:ed|s)?)\b"
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
_ENUMERATOR = re.compile(r"\s*(?:\(\s*\d{1,3}\s*\)|\d{1,3}\s*[.)])(?:\s|$)")
_DIGIT_GROUP_AFTER = re.compile(r"\s*[)]?\s+\d{3,}(?![\d,.])")
_DIGIT_GROUP_BEFORE = re.compile(r"(?<![\d,.])\d{3,}\s*[)]?\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|(?:^|\s)[-–—]\s*)$")
"""Where a sentence or a line of a wire story starts ("AMMAN - Four ships ...")."""
_OR_TWO = re.compile(r"\b(?:an?|one)\s+(?:[a-z]+\s+){1,2}or\s+$", re.I)
"""A vague count: "an app or two", "a chicken wing or two": "or two" adds nothing to compare."""
_CASUALTY_BEFORE = re.compile(
    r"\b(?:kill|kills|killed|killing|wound|wounds|wounded|wounding|injure|injures|injured|"
    r"injuring)\s+(?:at\s+least\s+|only\s+)?$",
    re.I,
)
"""A verb of casualties before "one": the one counts a person ("killing one, wounding two")."""
_ENTITY_LABELS = frozenset(["person", "organisation", "place", "facility"])
_LETTER = re.compile(r"[^\W\d_]")


@cache
def label_words() -> frozenset[str]:
    """Words after which a number names or orders something ("page 5", "No. 10")."""
    return word_list("number_labels.txt")


def after_label(text: str, start: int) -> bool:
    """True when a word that names or orders by number comes right before `start` ("No. 1
    music seller", "page 5 results")."""
    prev = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(prev and prev["w"].lower().rstrip(".") in label_words())


def vague_or_two(text: str, start: int) -> bool:
    """True when the number at `start` is the "two" of "an app or two", "a day or two": a
    vague count that adds nothing to compare."""
    return text[start : start + 3].lower() == "two" and _OR_TWO.search(text, 0, start) is not None


def _value(m: re.Match[str]) -> float | None:
    if m["num"]:
        top, bottom = int(m["num"]), int(m["den"])
        return (-top / bottom if m["sign"] else top / bottom) if top < bottom else None
    if m["f"]:
        num = fraction_value(m["f"])
    elif m["w"]:
        num = written_value(m["w"])
    else:
        num = parse_number(m["d"])
        suffix = (m["suffix"] or "").lower()
        num = (
            num * (_SUFFIX_SCALE.get(suffix) or MULTIPLIERS.get(suffix, 1))
            + (int(m["plus"]) if m["plus"] else 0)
            if num is not None
            else None
        )
    return -num if num is not None and m["sign"] else num


def names_or_orders(text: str, start: int, end: int) -> bool:
    """A number with no counted noun (`text[start:end]`) that names or orders something
    rather than counts it: a list's "1.", a phone number, "Apollo 11", "page 5", "10 Downing
    Street", "the Nine Network"."""
    before, raw = text[:start], text[start:end]
    if "+" in text and any(p.start() <= start and end <= p.end() for p in _PHONE.finditer(text)):
        return True
    if not before.strip() and _ENUMERATOR.match(text, start):
        return True  # "1. The ...", "(2)"
    if (
        re.search(r"[(]\s*$", before)
        and (len(raw) < 3 or re.match(r"\s+\d[\d\s]*[)]", text[end:]))
        and re.match(r"[\s\d]*[)]", text[end:])
    ):
        return True  # "( 2 )", "( 36 1 ) 327 4040"
    if raw[:1].isdigit() and (
        _DIGIT_GROUP_AFTER.match(text, end) or _DIGIT_GROUP_BEFORE.search(before)
    ):
        return True  # "542 8062", "( 613 ) 235": a phone number or a code
    prev = _WORD_BEFORE.search(before)
    if prev and not _SENTENCE_START.search(before[: prev.start()]):
        word = prev["w"]
        if not word.islower() and word.lower().rstrip(".") not in STOP:
            return True  # "Apollo 11", "Article 5", "English 101"
    elif (
        prev
        and raw[:1].isdigit()
        and _name_opening_sentence(prev["w"])
        and not noun_run(text, end)[0]
    ):
        return True  # "Python 3.5 was released", "Minecraft 1.8 -"; not "Retaliating 13 days"
    if prev and prev["w"].lower().rstrip(".") in label_words():
        return True  # "page 5", "No. 10", "version two"
    return raw[:1].isupper() and not raw[:1].isdigit() and not _SENTENCE_START.search(before)


def _name_opening_sentence(word: str) -> bool:
    """A capitalised first word of a sentence that is no function word (spaCy's English
    stop words: "About", "Some", "Over") nor an adverb in -ly ("Nearly"): a name."""
    from spacy.lang.en.stop_words import STOP_WORDS

    low = word.lower()
    return (
        (word[:1].isupper() or any(ch.isupper() for ch in word[1:]))  # "iPhone 11, ..."
        and low not in STOP_WORDS
        and low not in STOP
        and not low.endswith("ly")
        and word.isalpha()
    )


def time_of_day(text: str, start: int, end: int) -> bool:
    """ "7:45", "at 10.30 on Monday", "10.30am", "10 GMT": digits that read as a time of
    day ("closed at 12.50", "stayed at 0.25" are amounts)."""
    raw = text[start:end]
    if _TIME.fullmatch(raw) and (
        ":" in raw
        or _CLOCK_AFTER.match(text, end)
        or (_AT_BEFORE.search(text, 0, start) and _DAY_AFTER.match(text, end))
    ):
        return True
    return bool(_CLOCK_AFTER.match(text, end) and re.fullmatch(r"\d{1,2}", raw))


def _time_or_year(text: str, m: re.Match[str]) -> bool:
    raw = m["d"] or ""
    if not raw or m["suffix"]:
        return False
    if is_year(raw) and not m["sign"]:
        return True
    return time_of_day(text, m.start("d"), m.end("d"))


def _reference(text: str, m: re.Match[str]) -> bool:
    """ "one", "the two", "several hundred": not an amount worth comparing."""
    if m["f"]:
        return bool(re.match(r"an?\s+(?:quarter|half)", m["f"], re.I))  # "a quarter": a period
    if not m["sign"] and refers_back(text, m.start(), m.end()):
        return True  # "These 11 had until May": the number stands for things named before
    low = (m["w"] or "").lower()
    if not low or m["sign"]:
        return False
    if low == "one" and _CASUALTY_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False  # "killing one": a casualty count
    if low in ("one", "a", "an", "hundred", "thousand", "dozen"):
        return True
    if low in ("two", "three") and _DETERMINER.search(text, 0, m.start()):
        return True
    return low in MULTIPLIERS and VAGUE_BEFORE.search(text, 0, m.start()) is not None


def refers_back(text: str, start: int, end: int) -> bool:
    """True when the number `text[start:end]` follows "the", "these" or "those" (maybe with
    modifiers: "the newly selected five are") and a verb
    comes next, with no counted noun: a pronoun for things named before ("These 11 had until
    May", "the 14 were freed"), as "the two"; "the 250 needed to win" is an amount."""
    pointing = _POINTING.search(text, max(0, start - 40), start)
    return (
        pointing is not None
        and not any(w.lower() in STOP for w in pointing["mods"].split())
        and _VERB_AFTER.match(text, end) is not None
    )


def _counted_noun_after(text: str, offset: int, end: int, taken: Taken) -> bool:
    """True when words after the number at `end` name what it counts; words a date has
    claimed do not ("rose 15,000 last week": "last week" is the date's)."""
    words, noun_end = noun_run(text, end)
    return bool(words) and taken.free(offset + end, offset + noun_end)


def find_bare_numbers(
    text: str, offset: int, sentence: int, taken: Taken, spans: list[Span] | None = None
) -> list[Candidate]:
    """Figures of one sentence that are a number alone, in spans nothing else has claimed."""
    out: list[Candidate] = []
    if not re.search(r"\d|" + WORD, text, re.I):
        return out
    names = [
        (s.start, s.end)
        for s in spans or ()
        if (s.label in _ENTITY_LABELS and _LETTER.search(text, s.start, s.end))
        or (s.label == "TIME" and not re.fullmatch(r"\s*\d{1,3}\s*", text[s.start : s.end]))
    ]  # a "name" of no letter ("| -1.62 |" in a table) hides no number
    for m in _BARE.finditer(text):
        a, b = offset + m.start(), offset + m.end()
        if not taken.free(a, b) or any(s < m.end() and m.start() < e for s, e in names):
            continue
        if (
            _time_or_year(text, m)
            or names_or_orders(text, m.start(), m.end())
            or _reference(text, m)
            or _CAPITAL_AFTER.match(text, m.end())  # "10 Downing Street", "the 7 Eleven"
            or model_number(text, m.start(), m.end(), [])  # "Boeing's 787", "the 7e7"
            or vague_or_two(text, m.start())  # "an app or two"
            or in_identifier(text, m.start())  # "SS-100-202", "12-CR-345"
            or reference_mark(text, m.start(), m.end())  # "[23]", "#1", "0.17.0"
            or names_a_kind(text, m.start(), m.end())  # "a 401(k)", "a 4K TV"
            or cited_sources(text, m.start(), m.end())  # "these drugs (38, 39)."
            or not_counted(text, m.start(), m.end(), "")  # "(860 BC – 590 BC)", "11: 43"
        ):
            continue
        if m["f"]:
            after = _NEXT_WORD.match(text, m.end())
            if after and after[1] not in STOP and not after[1].endswith("ed"):
                continue  # "a third party": not a share of anything
        elif _counted_noun_after(text, offset, m.end(), taken):
            continue  # a counted noun the other finders weighed and turned down
        value = _value(m)
        if value is None:
            continue
        taken.add(a, b)
        label = m.group(0)
        out.append(
            Candidate(
                "figure", f"figure:{fmt(value)}", label, a, b, sentence, {"value": value}, "", value
            )
        )
    return out


def abbreviated_amounts(text: str, add: Any) -> None:
    """Numbers with an attached scale abbreviation and no counted noun ("paid 32K", "10k"),
    passed to `add(start, end, key, label, norm, noun, value)` of the figure finder."""
    for m in _ABBREVIATED.finditer(text) if _ABBREVIATION_HINT.search(text) else ():
        if names_or_orders(text, m.start(), m.end()) or noun_run(text, m.end())[0]:
            continue
        num = parse_number(m["d"])
        if num is None:
            continue
        value = num * (_SUFFIX_SCALE.get(m["suffix"].lower()) or MULTIPLIERS[m["suffix"].lower()])
        value = -value if m["sign"] else value
        add(m.start(), m.end(), f"figure:{fmt(value)}", m[0], {"value": value}, "", value)


def ages(text: str, add: Any) -> None:
    """Ages after "age" or "aged" ("died at age 87"), passed to the figure finder's `add`
    before spaCy's DATE spans can take them; the number alone, as "Smith, 58," is."""
    for m in _AGE.finditer(text) if "ge" in text.lower() else ():
        value = float(m["d"])
        add(m.start("d"), m.end("d"), f"figure:{fmt(value)}", m["d"], {"value": value}, "", value)
