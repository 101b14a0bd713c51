"""Model numbers across a document (`facts.figure_models` reads one sentence): a number a
document writes as part of a name ("the Boeing 737", "Apollo 11", "the Airbus 380") names that
model wherever the document writes it alone ("regulators grounded the 737", "the long-range
777"), and such a mention is no figure. `drop_model_numbers` removes
those mentions from a document's candidates; a number with a unit or a counted noun ("737
passengers") stays a figure.

The name before the number is a capitalised word that English writes only as a name (not a
word of `facts.lexicon.common_words` nor a function word: "Chapter 11", "Route 66", "Windows
10" and "The 10 best deals" name no model here) and the number is no year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facts.candidate import Candidate
from facts.lexicon import FUNCTION_WORDS, MONTHS, WEEKDAYS, common_words

_NAMED_NUMBER = re.compile(r"\b(?P<name>[A-Z][A-Za-z]{2,})\s+(?P<n>\d{2,4})\b(?![.,]\d|\s*%|-)")


def model_numbers(text: str) -> set[str]:
    """The numbers `text` writes right after a name ("Boeing 777" gives "777")."""
    common = common_words()
    found = set()
    for m in _NAMED_NUMBER.finditer(text):
        name, number = m["name"], m["n"]
        low = name.lower()
        if low in common or low in FUNCTION_WORDS or low in MONTHS or low in WEEKDAYS:
            continue
        if len(number) == 4 and 1800 <= int(number) <= 2100:
            continue  # a year: "Paris 2024"
        found.add(number)
    return found


def drop_model_numbers(text: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """`cands` without the bare figures (no unit, no counted noun) whose digits are a model
    number of `text`."""
    models = model_numbers(text)
    if not models:
        return list(cands)
    return [
        c
        for c in cands
        if not (c.kind == "figure" and _bare(c) and text[c.start : c.end] in models)
    ]


def _bare(c: Candidate) -> bool:
    norm = c.normalized if isinstance(c.normalized, dict) else {}
    return not norm.get("unit") and not norm.get("noun")
