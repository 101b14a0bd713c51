"""Figures said in words rather than digits: approximate counts ("hundreds of protesters",
"tens of thousands of people"), fractions of an amount ("half a million people", "a quarter
of an hour", "two and a half years") and changes by a share ("cut in half", "fell by a
third"), counts in words joined to their noun ("a two-goal lead", "a three-game streak", "a
four-door coupe") and "a score of" (twenty). Each finder hands its spans to the `add`
callback of `figures.find_figures`."""

from __future__ import annotations

import re
from typing import Any

from facts.lexicon import NUMBER_WORDS, UNIT_NAMES, singular
from facts.numbers import (
    COUNT_WORD,
    DIGITS,
    FRACTION,
    FRACTION_WORDS,
    MONEY_SCALE,
    NUM,
    SCALES,
    STOP,
    TIME_UNITS,
    WORDNUM,
    fmt,
    is_plural,
    noun_run,
    parse_number,
)

_APPROXIMATE = re.compile(
    r"(?<![\w-])(?P<q>(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions"
    r"|billions))\s+of(?=\s)(?!\s+(?:the|them|us|those|these|it|years?|times?)\b)",
    re.I,
)


_WORD_HYPHEN = re.compile(
    rf"(?<![\w’'.,-])(?P<n>{WORDNUM}|\d{{1,3}}(?:,\d{{3}})*)-(?P<u>[a-z]{{3,}})\b(?![-’'])"
    r"(?=\s+(?P<next>(?-i:[A-Za-z]+))\b)",
    re.I,
)
_A_SCORE_OF = re.compile(r"\b[Aa]\s+score\s+of(?=\s+[A-Za-z])")
_COUNTED_AFTER_NAMES = re.compile(
    r"(?:\s+[A-Z][\w-]*){0,3}(?:\s+[a-z][a-z-]*?){0,2}?\s+(?P<w>[a-z][a-z-]*s)\b"
)
"""Names then at most two lower-case words, then a plural noun: "Airbus A320 passenger jets"."""


def word_hyphen_counts(text: str, add: Any) -> None:
    """ "a two-goal lead", "a three-game streak", "a four-door coupe": a number in words
    joined to a singular noun before another noun, the count of that noun; in digits too
    ("the 30-date run"), and "-time" before a name ("a four-time Grammy winner"). Not "one-"
    (a kind: "one-way", "one-off"), fractions ("two-thirds"), numbers ("twenty-five"),
    ordinals nor ages ("five-year-old")."""
    for m in _WORD_HYPHEN.finditer(text) if "-" in text else ():
        n, unit, after = m["n"].lower(), m["u"].lower(), m["next"].lower()
        if m["next"][0].isupper() and unit != "time":
            continue  # "the 12-member Security Council": the count of a name's part
        value = parse_number(n)
        if value is None or value < 2 or n.startswith(("one", "zero")) or "-" in n:
            continue
        if unit in NUMBER_WORDS or unit in SCALES or unit.rstrip("s") in _NOT_COUNTED:
            continue  # "twenty-five", "two-thirds", "three-quarters"
        if unit in STOP or (n[0].isdigit() and unit in UNIT_NAMES):
            continue  # "2-for-1", "10-mile": a deal, a unit the unit patterns read
        if is_plural(unit) or after in STOP or unit.endswith(("th", "st", "nd", "rd", "ed")):
            continue  # "two-thirds of", "a two-seeded team": no noun joined to another
        noun = singular(unit)
        add(m.start(), m.end(), f"figure:{fmt(value)} {noun}", m[0],
            {"value": value, "unit": noun}, noun, value)  # fmt: skip
    for m in _A_SCORE_OF.finditer(text) if "score of" in text else ():
        counted = _COUNTED_AFTER_NAMES.match(text, m.end())
        if counted:  # "a score of Airbus A320 passenger jets"; not "a score of 409.30"
            noun, end = singular(counted["w"]), counted.end()
            add(m.start(), end, f"figure:20 {noun}", text[m.start() : end],
                {"value": 20.0, "noun": noun, "unit": noun}, noun, 20.0)  # fmt: skip


_NOT_COUNTED = frozenset(["third", "quarter", "half", "fifth", "tenth", "hundredth"])


def approximate_counts(text: str, add: Any) -> None:
    """ "hundreds of protesters", "tens of thousands of people", "dozens of villages": an
    order of magnitude a reader compares ("hundreds" against "3,000"); no value, so never in
    conflict with an exact count."""
    for m in _APPROXIMATE.finditer(text) if "s of " in text else ():
        words, end = noun_run(text, m.end())
        if not words or not is_plural(words[-1]) or singular(words[-1]) in TIME_UNITS:
            continue  # "thousands of years": a span of time; "dozens of civilian “…”": no noun
        q, noun = " ".join(m["q"].lower().split()), singular(words[-1])
        if (noun in UNIT_NAMES and _IN_BEFORE.search(text, 0, m.start())) or _UNIT_NOTE.search(
            text, 0, m.start()
        ):
            continue  # "figures in billions of dollars", "(in millions of marks)": a table's unit
        add(m.start(), end, f"figure:{q} {noun}", text[m.start() : end],
            {"value": q, "approximate": True, "noun": noun}, noun, None)  # fmt: skip


_PART_OF_AMOUNT = re.compile(
    r"(?<![\w’'-])(?<!\bthe\s)(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bother\s)(?<!\blast\s)"
    r"(?:(?P<c>a|one|three)[- ])?(?P<f>half|quarter|third)(?:\s+of)?(?P<art>\s+an?)?"
    r"\s+(?P<w>[a-z]+)\b",
    re.I,
)
_FRACTION_UNIT = re.compile(
    r"(?<![\w’'-])(?<!\bthe\s)(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bother\s)(?<!\blast\s)"
    r"(?<!\band\s)(?:(?P<c>a|three)[- ])?(?P<f>half|quarter|third)[- ]"
    r"(?P<u>percentage[- ]point|[a-z]+)\b(?!-)",
    re.I,
)
"""A fraction of one unit: "a quarter-point", "a half-point cut", "a quarter cup", "a
quarter-percentage-point rise", "a half mile" (not the end of "five and a quarter")."""
_FRACTION_UNITS = frozenset(["point", "percentage point", "cup", "ounce", "kilo"])
_MULTIPLE_X = re.compile(
    r"(?<![\w.,–-])~?(?P<n>\d+(?:\.\d+)?)x(?=\s+(?:as|more|less|higher|lower|faster|larger|"
    r"bigger|cheaper|greater)\b)"
)
"""A multiple written with "x" before a comparison ("~9x as cost-effective", "2.5x more")."""
_AND_A_HALF = re.compile(
    rf"(?<![\w.,-])(?P<n>{NUM})(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half(?:\s+(?P<mult>hundred|thousand|million|billion"
    r"|trillion)\b)?",
    re.I,
)
_SCALED = re.compile(
    rf"(?<![\w.,/–—-])(?P<n>{DIGITS})(?:\s?(?P<mult>bn|tn|trn)|\s(?P<word>million|billion|trillion))\b"
    r"(?![\w%/-])"
)
"""A scaled number with no counted noun after it ("grew to 8.1bn.", "a deficit of 2 trillion,")."""
_FOLD = re.compile(rf"(?<![\w.,-])(?P<n>{NUM})(?:-|\s|(?<=[a-z]))fold\b", re.I)
"""A multiple: "a 10-fold rise", "increased fivefold", "a three fold gain"."""
_BY_SHARE = re.compile(
    rf"\b(?:by|in)\s+(?:(?P<c>{COUNT_WORD})[- ])?(?P<f>{FRACTION})"
    r"\b(?P<after>\s*[,.;:)]|\s*$|\s+[a-z]+)",
    re.I,
)


_DIGIT = re.compile(r"\d")
_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
_UNIT_NOTE = re.compile(
    r"(?:\(|\b(?:given|expressed|stated|shown|reported|are|is|were|figures|amounts))\s*in\s+$",
    re.I,
)
"""Words before "in millions of ..." that make it the unit of a table, not a count."""
_WORD_AFTER = re.compile(r"\s+[A-Z]")
_FRACTION_WORD = re.compile(rf"\b(?:{FRACTION})\b", re.I)


def _scaled_and_folds(text: str, add: Any) -> None:
    """ "grew to 8.1bn", "a 10-fold rise", "fivefold"."""
    for m in _SCALED.finditer(text) if _DIGIT.search(text) else ():
        num, mult = parse_number(m["n"]), (m["mult"] or m["word"]).lower()
        if num is None or _WORD_AFTER.match(text, m.end()):
            continue  # "2.1 million French francs": spaCy's money span reads it
        words = noun_run(text, m.end())[0]
        if words and is_plural(words[-1]):
            continue  # "1.2bn people": a count of its noun, read by the plain pattern
        value = num * (SCALES.get(mult) or MONEY_SCALE[mult])
        add(m.start(), m.end(), f"figure:{fmt(value)}", m[0], {"value": value}, "", value)
    for m in _FOLD.finditer(text) if "fold" in text.lower() else ():
        num = parse_number(m["n"])
        if num is not None and num > 1:
            add(m.start(), m.end(), f"figure:{fmt(num)} fold", m[0], {"value": num, "unit": "fold"},
                "fold", num)  # fmt: skip


def fractions_of_amounts(text: str, add: Any) -> None:
    """Fractions in words of an amount: "half a million people", "a quarter million
    dollars", "half a mile", "half an hour", "a quarter-point", "a quarter cup", and of a
    change: "cut in half", "fell by a third" (a share with no counted noun, as "fell by
    33%"); "two and a half years", "five-and-a-half years"; multiples written with "x"
    ("~9x as cost-effective")."""
    _scaled_and_folds(text, add)
    for m in _MULTIPLE_X.finditer(text) if "x " in text else ():
        value = float(m["n"])
        add(m.start(), m.end(), f"figure:{fmt(value)} times", m[0],
            {"value": value, "unit": "times"}, "", value)  # fmt: skip
    if _FRACTION_WORD.search(text) is None:
        return
    for m in _FRACTION_UNIT.finditer(text):
        unit = " ".join(m["u"].lower().replace("-", " ").split())
        if unit.endswith("s"):
            continue  # "five and a quarter pounds": a mixed number, read whole elsewhere
        if unit not in _FRACTION_UNITS and (unit not in UNIT_NAMES or unit in TIME_UNITS):
            continue  # "a third party", "half day": no fraction of a unit of measure
        if m["c"] and m["c"].lower() == "three" and m["f"].lower() != "quarter":
            continue
        value = (
            (3 if (m["c"] or "").lower() == "three" else 1) * FRACTION_WORDS[m["f"].lower()] / 100
        )
        start = m.start("c") if m["c"] else m.start("f")
        add(start, m.end(), f"figure:{fmt(value)} {unit}", text[start : m.end()],
            {"value": value, "noun": unit, "unit": unit}, unit, value)  # fmt: skip
    for m in _AND_A_HALF.finditer(text):
        num = parse_number(m["n"])
        if num is None:
            continue
        value = (num + 0.5) * SCALES.get((m["mult"] or "").lower(), 1)
        words, end = noun_run(text, m.end())
        noun = singular(words[-1]) if words else ""
        end = end if words else m.end()
        add(m.start(), end, f"figure:{fmt(value)} {noun}".rstrip(), text[m.start() : end],
            {"value": value, "noun": noun, "unit": noun}, noun, value)  # fmt: skip
    for m in _PART_OF_AMOUNT.finditer(text):
        part, count, word = m["f"].lower(), (m["c"] or "").lower(), m["w"].lower()
        if count and (part == "half" or (count == "three" and part != "quarter")):
            continue  # "a half", "one half", "three thirds"
        share = (3 if count == "three" else 1) * FRACTION_WORDS[part] / 100
        scale = SCALES.get(word, 0) if len(word) > 2 else 0
        if scale:  # "half a million", "a quarter million", "half a dozen"
            value = share * scale
            words, end = noun_run(text, m.end())
            noun = singular(words[-1]) if words else ""
            end = end if words else m.end()
            key = f"figure:{fmt(value)} {noun}".rstrip()
        elif m["art"]:  # "half a mile", "a quarter of an hour"
            words, end = noun_run(text, m.end("art"))
            if not words or words[0][0].isupper():
                continue
            value, noun = share, singular(words[-1])
            key = f"figure:{fmt(value)} {noun}"
        else:
            continue
        add(m.start(), end, key, text[m.start() : end],
            {"value": value, "noun": noun, "unit": noun}, noun, value)  # fmt: skip
    for m in _BY_SHARE.finditer(text):
        part, count = m["f"].lower().rstrip("s"), (m["c"] or "").lower()
        after = m["after"].strip().lower()
        if after.isalpha() and (after not in STOP or after == "of"):
            continue  # "by a third party", "in half measures": not a change by a share
        if (part == "half") == bool(count) or (m[0].lower().startswith("in") and part != "half"):
            continue  # "by a half", "in a third": not a change by a share
        value = round(NUMBER_WORDS.get(count, 1) * FRACTION_WORDS[part], 1)
        start = m.start("c") if count else m.start("f")
        add(start, m.end("f"), f"figure:{fmt(value)}%", text[start : m.end("f")],
            {"value": value, "unit": "%"}, "%", value)  # fmt: skip
