"""A light English stemmer for matching words across rewrites: `stem(word) -> str`.

Plural and tense suffixes come off and British spellings fold to American ones, so "honours"
and "honors" give "honor", "criticised" and "criticized" give "criticiz", "controlled" and
"controls" give "control". Numbers lose their digit-group commas and any currency sign
("8,665" -> "8665", "$1.2" -> "1.2") so the same figure matches however it is written.
"""

from __future__ import annotations

from functools import lru_cache

from readers.words import CURRENCY_SIGNS

_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of one word (see the module docstring)."""
    if word[:1].isdecimal():
        return word.replace(",", "")
    if len(word) > 1 and word[0] in CURRENCY_SIGNS and word[1].isdecimal():
        return word[1:].replace(",", "")
    w = word.lower().replace("'", "").replace("\u2019", "")
    if len(w) <= 3:
        return w
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            if suf in ("ies", "ied"):
                w += "y"
            elif suf in ("ed", "ing", "ings") and len(w) > 3 and w[-1] == w[-2] != "s":
                w = w[:-1]
            break
    if w.endswith("our") and len(w) > 4:
        w = w[:-3] + "or"
    elif w.endswith("is") and len(w) > 4:
        w = w[:-2] + "iz"
    elif w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w
