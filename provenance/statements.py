"""Statements two documents share, as pairs of `Unit`s, and the helpers every kind of change
uses to name its sides (`side`) and describe itself (`make_change`).

A statement is one sentence, or two adjacent sentences when the aligner merged them (1:2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from compare.model import Alignment, Link, SentenceRef
from provenance.lexicon import WORD
from provenance.model import Change, Side


@dataclass(frozen=True)
class Unit:
    """One side of a statement: consecutive sentences of one document."""

    doc: int
    sentences: tuple[int, ...]
    start: int
    end: int
    text: str


def unit_of(alignment: Alignment, doc: int, sentences: Sequence[int]) -> Unit:
    sents = alignment.documents[doc].sentences
    first, last = sents[min(sentences)], sents[max(sentences)]
    text = alignment.documents[doc].text[first.start : last.end]
    return Unit(doc, tuple(sorted(sentences)), first.start, last.end, text)


def statement_pairs(alignment: Alignment, before: int, after: int) -> list[tuple[Unit, Unit]]:
    """The linked statements of two documents, in `before`'s order; a merge is one pair."""
    links = [lk for lk in alignment.links if {lk.a.doc, lk.b.doc} == {before, after}]
    parent: dict[SentenceRef, SentenceRef] = {}

    def find(x: SentenceRef) -> SentenceRef:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for lk in links:
        if lk.merged:
            parent[find(lk.a)] = find(lk.b)
    comps: dict[SentenceRef, list[Link]] = {}
    for lk in links:
        comps.setdefault(find(lk.a), []).append(lk)
    out: list[tuple[Unit, Unit]] = []
    for group in comps.values():
        sides: dict[int, set[int]] = {before: set(), after: set()}
        for lk in group:
            for ref in (lk.a, lk.b):
                sides[ref.doc].add(ref.sentence)
        if all(max(s) - min(s) + 1 == len(s) for s in sides.values()):
            out.append(
                (
                    unit_of(alignment, before, sorted(sides[before])),
                    unit_of(alignment, after, sorted(sides[after])),
                )
            )
        else:
            for lk in group:
                ends = {lk.a.doc: lk.a.sentence, lk.b.doc: lk.b.sentence}
                out.append(
                    (
                        unit_of(alignment, before, [ends[before]]),
                        unit_of(alignment, after, [ends[after]]),
                    )
                )
    out.sort(key=lambda p: (p[0].sentences, p[1].sentences))
    return out


def normal_text(text: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in WORD.findall(text))


def norm_word(word: str) -> str:
    return word.lower().replace("’", "'")


def words_of(text: str) -> list[str]:
    return [norm_word(w) for w in WORD.findall(text)]


def side_of(unit: Unit, spans: Sequence[tuple[int, int]] = ()) -> Side:
    """A `Side` for `unit` with evidence spans relative to the unit's text."""
    absolute = tuple((unit.start + s, unit.start + e) for s, e in spans)
    words = tuple(unit.text[s:e] for s, e in spans)
    return Side(unit.doc, unit.sentences, absolute, words)


def quoted_list(words: Sequence[str]) -> str:
    return ", ".join(f"“{' '.join(w.split())}”" for w in words) or "—"


def describe(kind: str, action: str, before: Side, after: Side) -> str:
    if action in ("changed", "stronger", "weaker", "reworded"):
        return f"{kind} {action}: {quoted_list(before.words)} → {quoted_list(after.words)}"
    if action == "dropped":
        return f"{kind} dropped: {quoted_list(before.words)}"
    if action == "paraphrased":
        return f"quote turned into paraphrase: {quoted_list(before.words)} → {quoted_list(after.words)}"
    if action == "quoted":
        return f"paraphrase turned into a quote: {quoted_list(before.words)} → {quoted_list(after.words)}"
    return f"{kind} {action}: {quoted_list(after.words)}"


def make_change(kind: str, action: str, before: Side, after: Side, aligned: bool = True) -> Change:
    return Change(kind, action, before, after, describe(kind, action, before, after), aligned)
