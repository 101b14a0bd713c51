"""Currencies beyond the figure extractor's own short list, from facts/data/currencies.tsv
(`tools/facts_currencies.py`: ISO 4217 names through pycountry, Recognizers-Text's "$"
prefixes and one-character signs): "50 billion won", "2 million naira", "40,000 rupiah",
"NT$300", "J$500", "₩50bn".

A currency sign ("NT$") joins the money pattern of `facts.figures` as "HK$" does; a
one-character sign, which that pattern already reads, gets its ISO code ("₩" is KRW). A currency's
name is read after a number only where it cannot be another word: the number carries a scale
("2 million naira") or is written with thousands separators ("40,000 rupiah"), no article
stands before it ("the 1,000 mark" is a threshold), and no lower-case word follows that the
name would qualify ("2 million colon cancer patients").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from facts.lexicon import read_data, singular
from facts.numbers import MULT, SCALES, fmt, parse_number


@cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    signs: dict[str, str] = {}
    for line in read_data("currencies.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, text, code = line.split("\t")
        (names if kind == "name" else signs)[text] = code
    return names, signs


def currency_signs() -> dict[str, str]:
    """Letters-and-"$" signs -> ISO code ("NT$" -> "TWD")."""
    return _table()[1]


def sign_pattern() -> str:
    """The signs as a regular-expression alternation, longest first."""
    return "|".join(re.escape(s) for s in sorted(currency_signs(), key=len, reverse=True))


_FOLLOWING_OK = (
    r"(?=\s*$|\s*[.,;:!?)\]'’\"”]|\s+(?:in|on|at|for|to|from|of|and|or|a|an|the|per|each|"
    r"last|this|that|which|was|were|is|are|has|had|will|would|by|with|as|than|[A-Z]))"
)


@cache
def _named_money() -> re.Pattern[str]:
    names = sorted(_table()[0], key=len, reverse=True)
    words = "|".join(rf"{n}s?" for n in names) + "|kronor|kroner"
    return re.compile(
        r"(?<![\w.,$€£¥])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        rf"(?:\s?(?P<mult>{MULT})\b)?\s+(?P<cur>(?i:{words}))\b" + _FOLLOWING_OK
    )


_ARTICLE = re.compile(r"\b(?:the|a|an|its|this|that)\s+$", re.I)


def named_money(text: str, add: Callable[..., Any]) -> None:
    """Add each amount in a currency named by its ISO name ("50 billion won") through `add`,
    `facts.figures`' adder."""
    names = _table()[0]
    low = text.lower()
    if not any(n in low for n in names):
        return
    for m in _named_money().finditer(text):
        mult = (m["mult"] or "").lower()
        if not mult and "," not in m["n"]:
            continue  # "3 won": a count of wins as likely
        if _ARTICLE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "the 1,000 mark"
        num = parse_number(m["n"])
        word = m["cur"].lower()
        word = {"kronor": "krona", "kroner": "krone"}.get(word, word)
        code = names.get(word) or names.get(singular(word))
        if num is None or code is None:
            continue
        value = num * SCALES.get(mult, 1)
        add(m.start(), m.end(), f"figure:{fmt(value)} {code}", m.group(0),
            {"value": value, "unit": code}, code, value)  # fmt: skip
