"""Quoted speech: curly, straight and single quotes, with the speaker when the sentence names
one ("he said" resolves to the person named just before)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CURLY = re.compile(r"“(?P<q>[^”\n]+)(?:”|$)")
_STRAIGHT = re.compile(r'(?<![\w])"(?P<q>[^"\n]+)"')
_SINGLE = re.compile(r"(?<![\w’'])['‘](?P<q>[^\n]+?)['’](?![\w])")
_ATTRIBUTION = re.compile(r",?\s+according to\s+(?P<who>[^,.]+)[.]?\s*$")
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|added|stated|declared|noted|insisted|according to|quoted|"
    r"announced|wrote|tweeted)\b"
)
_PRONOUN = re.compile(r"\b(?:he|she|they)\s+(?:said|added|told|says|noted)\b", re.I)


@dataclass
class QuoteHit:
    start: int
    """Offset of the opening quote mark in the paragraph text."""
    end: int
    """Offset just past the closing mark (or the quoted text when unclosed)."""
    text: str
    """The quoted words, without marks or trailing punctuation."""
    closed: bool


def find_quotes(paragraph: str) -> list[QuoteHit]:
    """Quotes of one paragraph (offsets relative to it)."""
    hits: list[QuoteHit] = []
    used: list[tuple[int, int]] = []
    for pattern in (_CURLY, _STRAIGHT, _SINGLE):
        for m in pattern.finditer(paragraph):
            if any(m.start() < e and s < m.end() for s, e in used):
                continue
            inner = m.group("q")
            closed = m.group(0)[-1] in "”\"'’"
            end = m.end()
            if not closed:
                # An unclosed quote runs to the paragraph end; a trailing attribution
                # ("..., according to the minister.") is not part of it.
                att = _ATTRIBUTION.search(inner)
                if att:
                    inner = inner[: att.start()]
                inner = inner.rstrip(" .,;")
                end = m.start("q") + len(inner)
            words = inner.strip(" .,;:!?")
            if not words or (pattern is _SINGLE and len(words.split()) < 1):
                continue
            hits.append(QuoteHit(m.start(), end, words, closed))
            used.append((m.start(), m.end()))
    hits.sort(key=lambda h: h.start)
    return hits


def quote_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def speaker_hint(sentence_outside: str) -> tuple[bool, bool]:
    """(names a speech verb, uses a pronoun speaker) for the sentence text outside quotes."""
    return bool(_SPEECH.search(sentence_outside)), bool(_PRONOUN.search(sentence_outside))
