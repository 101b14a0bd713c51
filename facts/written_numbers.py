"""Numbers written in words, of any length: "a hundred and twenty", "one thousand two
hundred", "twenty-one trillion three hundred", "fifty - two", "five point five", "forty two
and a third". `written_value` reads one; `written_counts` finds those of two words or more
with a scale word ("hundred", "thousand", "million"...) and their counted noun, before the
single-word patterns of `figures` would read only a part of them."""

from __future__ import annotations

import re
from typing import Any

from facts.lexicon import MULTIPLIERS, NUMBER_WORDS, ORDINALS
from facts.numbers import STOP, counted_noun, fmt, noun_run, parse_number

_NUMBER_WORDS = sorted(
    [*NUMBER_WORDS, *(m for m in MULTIPLIERS if len(m) > 2), "nought", "naught"],
    key=len,
    reverse=True,
)
WORD = "(?:" + "|".join(_NUMBER_WORDS) + r")\b"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|dozen)\b"
WRITTEN = (
    rf"(?:an?\s+(?={_SCALE_WORD}))?{WORD}(?:(?:\s*-\s*|(?<=red|and|ion)\s+and\s+|\s+){WORD})*"
    rf"(?:\s+point(?:\s+{WORD})+)?"
    r"(?:\s+and\s+an?\s+(?:half|quarter|third)\b(?:\s+(?:thousand|million|billion|trillion)\b)?)?"
)
"""A number in words; "and" only after "hundred", "thousand" or "-illion" ("ten and fifteen"
are two numbers), "a" only before a scale word ("a hundred and twenty")."""
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_DENOMINATORS: dict[str, int] = {
    **{o: n for o, n in ORDINALS.items() if n >= 3},
    **{f"{w}th": NUMBER_WORDS[w] for w in ("sixteen", "seventeen", "eighteen", "nineteen")},
    **{f"{w[:-1]}ieth": NUMBER_WORDS[w] for w in _TENS},
    **{f"{w}th": MULTIPLIERS[w] for w in ("thousand", "million", "billion", "trillion")},
    "quarter": 4,
}
"""Denominators of a fraction in words ("fifth" 5, "twentieth" 20, "millionth" 10**6)."""
_DENOMINATOR = (
    rf"(?:(?:{'|'.join(_TENS)})\s*-?\s*(?:{'|'.join(ORDINALS)})"
    rf"|{'|'.join(sorted(_DENOMINATORS, key=len, reverse=True))})s?\b"
)
FRACTION_IN_WORDS = rf"(?:an?|{WORD}(?:\s*-\s*{WORD}|\s+{WORD})??)(?:\s*-\s*|\s+){_DENOMINATOR}"
"""A fraction in words: "one eighth", "two thirds", "a twenty-first", "one - fourth",
"twenty-three fifths" (not "a second", "one first": a time and an order); the numerator is
as short as can be, so "one twenty-fifth" is 1/25."""
_FRACTION_PARTS = re.compile(
    rf"(?P<num>an?|{WORD}(?:\s*-\s*{WORD}|\s+{WORD})??)(?:\s*-\s*|\s+)(?P<den>{_DENOMINATOR})",
    re.I,
)


def fraction_value(raw: str) -> float | None:
    """The value of a fraction in words ("two thirds" 0.667, "a twenty-first" 1/21)."""
    m = _FRACTION_PARTS.fullmatch(" ".join(raw.lower().split()))
    if m is None:
        return None
    count = 1.0 if m["num"] in ("a", "an") else written_value(m["num"])
    words = m["den"].replace("-", " ").split()
    last = words[-1]
    last = last[:-1] if last.endswith("s") and last[:-1] in {**_DENOMINATORS, **ORDINALS} else last
    den = _DENOMINATORS.get(last) or ORDINALS.get(last)
    if count is None or den is None:
        return None
    tens = m["num"].split("-")[-1].strip() in _TENS
    if tens and len(words) == 1 and den < 10 and not m["den"].endswith("s"):
        return None  # "twenty-fifth", "thirty first": an ordinal, not twenty fifths
    if len(words) == 2:
        den += NUMBER_WORDS[words[0]]
    return count / den


_WRITTEN = re.compile(rf"(?<![\w’'-])(?i:(?:minus|negative)\s+)?(?i:{WRITTEN})(?![\w-])")
_SCALED = re.compile(rf"(?i:\s|-){_SCALE_WORD}|^an?\s|\sand\s+an?\s+(?:half|quarter|third)$", re.I)
VAGUE_BEFORE = re.compile(r"\b(?:several|few|many|some|hundreds|thousands|tens)\s+$", re.I)
"""Words before a scale word that make it an order of magnitude ("several hundred")."""
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(]\s*|(?:^|\s)[-–—]\s*)$")
_PARTS = (("half", 0.5), ("quarter", 0.25), ("third", 1 / 3))
_SIGN_WORD = re.compile(r"(?:minus|negative)\s+")
_BIG_SCALES = frozenset(["thousand", "million", "billion", "trillion"])
_SCALE_AFTER_PART = re.compile(
    r"(?P<n>.+?(?:\spoint\s.+|\sand\s+an?\s+(?:half|quarter|third)))\s+"
    r"(?P<s>thousand|million|billion|trillion)"
)
"""Scales that apply to the whole number before them, decimals and parts included ("two
point two million", "a million and a half": one and a half million)."""


def written_value(raw: str) -> float | None:
    """The value of a number in words ("a hundred and twenty" 120, "five point five" 5.5,
    "minus seven" -7, "two point two million" 2,200,000, "a million and a half" 1,500,000)."""
    low = " ".join(raw.lower().split())
    sign = _SIGN_WORD.match(low)
    if sign:
        value = written_value(low[sign.end() :])
        return -value if value is not None else None
    low = re.sub(r"^an?\s+", "one ", low).replace("nought", "zero").replace("naught", "zero")
    scale = 1.0
    split = _SCALE_AFTER_PART.fullmatch(low)
    if split:  # "two point two million", "two and a half million": the scale applies to all
        low, scale = split["n"], MULTIPLIERS[split["s"]]
    whole, _, decimals = low.partition(" point ")
    extra = 0.0
    for part, share in _PARTS:
        cut = re.sub(rf"\s+and\s+an?\s+{part}$", "", whole)
        if cut != whole:
            whole, extra = cut, share
    last = whole.rsplit(" ", 1)[-1]
    if extra and scale == 1 and last in _BIG_SCALES:  # "a million and a half"
        scale, whole = MULTIPLIERS[last], whole[: -len(last)].strip() or "one"
    num = parse_number(re.sub(r"\s*-\s*", "-", whole))
    if num is None:
        return None
    if decimals:
        digits = [parse_number(w) for w in decimals.split()]
        if any(d is None or d > 99 for d in digits):
            return None
        num += float("0." + "".join(fmt(d) for d in digits if d is not None))
    return (num + extra) * scale


def written_counts(text: str, add: Any) -> None:
    """Numbers in words of two words or more with a scale word or a part, and what they
    count: "a hundred and twenty protesters", "one thousand two hundred visitors", "two
    million three hundred thousand", "five and a half hours"; not "several hundred", nor a
    name ("the Three Hundred Club")."""
    for m in (
        _WRITTEN.finditer(text)
        if "hundred" in text
        or "illion" in text
        or "thousand" in text
        or "dozen" in text
        or " and a" in text
        else ()
    ):
        said = m[0]
        if len(said.split()) < 2 or not _SCALED.search(said):
            continue
        if VAGUE_BEFORE.search(text, 0, m.start()):
            continue
        if said[0].isupper() and not _SENTENCE_START.search(text, 0, m.start()):
            continue
        value = written_value(said)
        if value is None:
            continue
        words, end = noun_run(text, m.end())
        if words and words[0].lower() in STOP:
            words = []
        noun = counted_noun(words) if words else ""
        end = end if words else m.end()
        add(m.start(), end, f"figure:{fmt(value)} {noun}".rstrip(), text[m.start() : end],
            {"value": value, "noun": noun, "unit": noun}, noun, value)  # fmt: skip
