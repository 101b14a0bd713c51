"""Quoted speech: curly, straight and single quotes, with the speaker when the sentence names
one ("he said" resolves to the person named just before)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from facts.lexicon import FUNCTION_WORDS, NUMBER_WORDS, ORDINALS

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


# -- comparing two quotes of different articles ------------------------------------------

QUOTE_STOP = FUNCTION_WORDS
MIN_COVERED = 0.6
"""Share of the shorter quote's content words the other must repeat to be the same quote."""
EDGE_WORDS = 2
"""Words at either end of a quote that a writer may adapt to the sentence ("It's a dream…")."""


def quote_words(text: str) -> list[str]:
    """The words of a quote, lower case, without editorial insertions ("[the police]")."""
    text = re.sub(r"\[[^\]]*\]", " ", text)
    return re.findall(r"\w+", text.lower().replace("’", "'"))


def _number(word: str) -> int | None:
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word in ORDINALS:
        return ORDINALS[word]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", word)
    return int(m[1]) if m else None


def same_wording(a: list[str], b: list[str]) -> bool:
    """True when two runs of words differ only in writing: spacing ("end game", "endgame"),
    an acronym ("IE", "Internet Explorer"), a number in words or digits ("eleventh", "11th"),
    or a one-letter slip in a long word ("damaged", "damages")."""
    if "".join(a) == "".join(b):
        return True
    for one, other in ((a, b), (b, a)):
        if len(one) == 1 and len(other) >= 2 and one[0] == "".join(w[0] for w in other):
            return True
    if len(a) == len(b):
        pairs = list(zip(a, b, strict=True))
        if all(x == y or (_number(x) is not None and _number(x) == _number(y)) for x, y in pairs):
            return True
        if len(a) == 1 and min(len(a[0]), len(b[0])) >= 5 and a[0][:-1] == b[0][:-1]:
            return True
    return False


def compare_quotes(short: list[str], long_: list[str], sm: SequenceMatcher[str]) -> str:
    """How a shorter quote stands to a longer one of another article, given the matcher of
    their words (`SequenceMatcher(None, short, long_, autojunk=False)`): "same" (the same
    words, at most written differently), "length" (one is an excerpt of the other, its ends
    maybe adapted to the sentence), "reworded" (the same quote with words changed) or
    "unrelated" (different quotes that share a phrase)."""
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if not blocks:
        return "unrelated"
    content = [w for w in short if w not in QUOTE_STOP]
    matched = Counter(w for b in blocks for w in short[b.a : b.a + b.size])
    covered = sum((Counter(content) & matched).values())
    if content and covered / len(content) < MIN_COVERED:
        return "unrelated"
    changed = extended = False
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal" or same_wording(short[i1:i2], long_[j1:j2]):
            continue
        if (i1 == 0 or i2 == len(short)) and i2 - i1 <= EDGE_WORDS:
            extended = True  # more quoted at an end, or an end adapted to the sentence
            continue
        changed = True
    if changed:
        return "reworded"
    return "length" if extended else "same"


# -- who says a quote ----------------------------------------------------------------------

CONTINUED_SENTENCES = 3
"""A quote that is a whole sentence continues the speaker of a quote this many sentences
before it at most (news quotes a speaker over consecutive paragraphs and names them once)."""

QuoteStatement = tuple[int, int, str | None, bool]
"""One statement of a quote: (document, sentence, the speaker its sentence names or None,
whether the quote is the whole sentence)."""


def named_speaker(speaker: str | None, sentence: str) -> str | None:
    """`speaker` when the sentence names them (their surname is in it), else None: a speaker
    found through "he said" may be the wrong person."""
    if not speaker or _surname(speaker) not in re.findall(r"[\w'’-]+", sentence.lower()):
        return None
    return speaker


def continued_speakers(statements: Sequence[QuoteStatement]) -> list[str | None]:
    """The speaker of each statement: its own, else, for a quote that is a whole sentence, the
    speaker of the closest quote up to `CONTINUED_SENTENCES` sentences before it in the same
    document (the paragraph after "..., Obama said." goes on quoting Obama)."""
    named: dict[int, list[tuple[int, str]]] = {}
    for doc, sentence, speaker, _ in statements:
        if speaker:
            named.setdefault(doc, []).append((sentence, speaker))
    out: list[str | None] = []
    for doc, sentence, speaker, alone in statements:
        if speaker or not alone:
            out.append(speaker)
            continue
        before = [
            (s, who)
            for s, who in named.get(doc, [])
            if sentence - CONTINUED_SENTENCES <= s < sentence
        ]
        out.append(max(before)[1] if before else None)
    return out


def _surname(name: str) -> str:
    words = re.findall(r"[\w'’-]+", name.lower())
    return words[-1] if words else ""


def said_by_others(a: set[str], b: set[str]) -> bool:
    """True when two quotes both have speakers and no speaker of one shares a surname with
    one of the other ("Gary Locke" and "Barack Obama"; not "Obama" and "Barack Obama"):
    similar words of two people are two statements, not one quote changed."""
    return bool(a and b) and not {_surname(x) for x in a} & {_surname(x) for x in b}
