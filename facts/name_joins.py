"""Names the NER models joined into one span across a list's commas or an "and".

spaCy's models sometimes read a list of names as one name ("Facebook, Twitter and
Instagram", "Mueller, Stormy, Cohen"), or two names joined by "and" as one where the second
opens with "The" ("The New York Times and The Atlantic"; not "A", which opens works' titles:
"80 Day Obsession and A Little More Obsessed") or both end in a street's or a road's noun
("17th Street and Gladstone Avenue"). Such a span is cut into its names, each of the span's
kind. A list with "&" or a legal form in it stays whole ("Boeing Defense, Space & Security",
"Farrar, Straus and Giroux, Inc."), as do a place and its state or country ("Raleigh, NC"),
a lawmaker's party tag ("Cruz, R-Texas"), a list that goes on past the span ("Boeing Defense,
Space" of "..., and Security") and names with "and" inside ("Barnes and Noble", "Department
of Health and Human Services").
"""

from __future__ import annotations

import re
from dataclasses import replace

from facts.lexicon import LEGAL_FORMS, places, us_state
from facts.nlp import Span
from facts.place_nouns import place_nouns

_LIST_SEPARATOR = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_AND_ARTICLE = re.compile(r"\s+and\s+(?=The\s+[A-Z])")
_AND = re.compile(r"\s+and\s+")
_LIST_GOES_ON = re.compile(r",?\s+(?:and|&)\s+[A-Z]")
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.]*")
_NAME_PART = re.compile(r"[A-Z0-9][\w.'’&-]*(?:\s+(?:[A-Z0-9][\w.'’&-]*|of|the|de|for))*")


def _parts(text: str, span: Span, cuts: list[tuple[int, int]]) -> list[Span] | None:
    """The span cut at `cuts` (offsets of separators), or None when a part is no name."""
    out: list[Span] = []
    start = span.start
    for a, b in [*cuts, (span.end, span.end)]:
        part = text[start:a]
        if not _NAME_PART.fullmatch(part):
            return None
        out.append(replace(span, start=start, end=a, other="", both=False, agreed=False))
        start = b
    return out


def _cut(span: Span, separator: re.Match[str]) -> tuple[int, int]:
    """Where `separator`, matched in the span's own words, lies in the text."""
    return span.start + separator.start(), span.start + separator.end()


def split_joined_names(text: str, span: Span) -> list[Span]:
    """`span` cut into the names it lists, or `[span]` when it is one name."""
    words = text[span.start : span.end]
    if "&" in words or any(w.strip(",.").lower() in LEGAL_FORMS for w in words.split()):
        return [span]  # "Boeing Defense, Space & Security", "Farrar, Straus and Giroux, Inc."
    seps = list(_LIST_SEPARATOR.finditer(words))
    commas = [m for m in seps if m[0].startswith(",")]
    if commas and (len(commas) > 1 or len(seps) > len(commas)):
        # "Facebook, Twitter and Instagram"
        return _parts(text, span, [_cut(span, m) for m in seps]) or [span]
    if len(commas) == 1:
        second = words[commas[0].end() :].strip()
        if (
            len(second.strip(".")) < 2
            or _LIST_GOES_ON.match(text, span.end)
            or second in places()
            or us_state(second)
            or us_state(second.rstrip("."))
            or _PARTY_TAG.fullmatch(second)
        ):
            # "Raleigh, NC", "Washington, D.C.", "Cruz, R-Texas", "Cruz, R"; "Boeing Defense,
            # Space" of "Boeing Defense, Space, and Security"
            return [span]
        return _parts(text, span, [_cut(span, commas[0])]) or [span]  # "Stormy, Cohen"
    ands = list(_AND.finditer(words))
    if len(ands) != 1:
        return [span]
    m = ands[0]
    left, right = words[: m.start()].split(), words[m.end() :].split()
    if _AND_ARTICLE.match(words, m.start()) or (
        left and right and left[-1].lower() in place_nouns() and right[-1].lower() in place_nouns()
    ):
        # "The New York Times and The Atlantic", "17th Street and Gladstone Avenue"
        return _parts(text, span, [_cut(span, m)]) or [span]
    return [span]
