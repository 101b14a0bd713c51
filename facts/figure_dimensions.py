"""Dimensions: two or three sizes multiplied ("1920x1080 pixels", "3 x 4 metres", "2 × 4 ×
8 ft"), read as one figure before the single numbers are, with the unit or counted noun
after the last size ("a 3x3 grid", "the 4x100 relay" name a kind of thing and are left to
the other finders); `figures.find_figures` hands in its `add` callback."""

from __future__ import annotations

import re
from typing import Any

from facts.lexicon import UNIT_NAMES, singular
from facts.numbers import fmt, is_plural, noun_run, parse_number

_SIZE = r"\d+(?:\.\d+)?"
_DIMENSIONS = re.compile(
    rf"(?<![\w.,/^-])(?P<sizes>{_SIZE}(?:\s?[x×]\s?{_SIZE}){{1,2}})"
    r"(?P<unit>\s?(?:mm|cm|m|km|in|ft)\b)?(?![\w/^%-]|[.,]\d|\s?[x×]\s?\d)"
)
_TIMES = re.compile(r"\s?[x×]\s?")


def dimensions(text: str, add: Any) -> None:
    """Each "A x B" or "A x B x C" size whose sizes are not scientific notation ("5 x 10^3"),
    passed to `add(start, end, key, label, norm, noun, value)`."""
    if "x" not in text and "×" not in text:
        return
    for m in _DIMENSIONS.finditer(text):
        raw = _TIMES.split(m["sizes"])
        sizes = [parse_number(s) for s in raw]
        if raw[-1] == "10" and text[m.end() : m.end() + 1] in ("^", "⁻"):
            continue  # "5 x 10^3": a number in scientific notation
        if any(s is None for s in sizes):
            continue
        if m["unit"]:
            noun, end = m["unit"].strip(), m.end()
        else:
            words, end = noun_run(text, m.end())
            words = [w for w in words if not w[0].isupper()]
            if words and not is_plural(words[-1]) and singular(words[-1]) not in UNIT_NAMES:
                continue  # "a 3x3 grid", "the 4x100 relay": a name for a kind of thing
            noun = singular(words[-1]) if words else ""
            end = end if words else m.end()
        said = "x".join(fmt(s) for s in sizes if s is not None)
        add(m.start(), end, f"figure:{said} {noun}".rstrip(), text[m.start() : end],
            {"value": sizes, "noun": noun}, noun, sizes[0])  # fmt: skip
