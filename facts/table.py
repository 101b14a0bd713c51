"""Merge per-document candidates into facts and find where documents disagree.

Facts merge on their normalised key (a figure's unit under one name: "10km" = "10
kilometres"). Conflicts are deliberately conservative ("flag only real disagreement"):
- figures: two articles state values for the same fact slot (the same counted thing, role,
  holder and period) that their precision cannot reconcile, with a confidence of at least
  `conflict_slots.MIN_CONFIDENCE` (facts.conflict_figures, facts.conflict_slots,
  facts.agreement);
- dates: same event word ("coup", "established", "election"...), incompatible ISO values
  ("2021-02" and "2021-02-01" are compatible; an approximate year "26 years ago" allows one
  year either side), disjoint documents, sentences that share context words;
- quotes: two documents quote the same words but one changes words (facts.quotes.
  compare_quotes), unless two different people are named as their speakers. A quote that another article extends or trims, with its ends maybe adapted
  to the sentence, is not a conflict: each fact's `normalized["quoted_at_different_length"]`
  lists the keys of the longer or shorter quotes; nor are differences of writing alone
  (an editorial "[insertion]", "IE" for "Internet Explorer", "eleventh" for "11th").
Numbers with no counted noun or unit are never in a conflict.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import combinations
from typing import Any

from facts.candidate import Candidate
from facts.conflict_figures import (
    MIN_CONTEXT,
    Meta,
    describe,
    docs_text,
    figure_conflicts,
    make_conflict,
    sentence_context,
)
from facts.lexicon import UNIT_NAMES, UNIT_SYMBOLS
from facts.model import FACT_KINDS, Conflict, Fact, FactTable, Mention
from facts.quotes import (
    QuoteStatement,
    compare_quotes,
    continued_speakers,
    named_speaker,
    quote_words,
    said_by_others,
)
from readers import Document

MIN_QUOTE_SIMILARITY = 0.6
"""Word-sequence similarity above which two different quotes are the same words reworded."""


def build_table(documents: Sequence[Document], found: list[list[Candidate]]) -> FactTable:
    groups: dict[str, list[tuple[int, Candidate]]] = {}
    for di, cands in enumerate(found):
        for c in cands:
            groups.setdefault(_merge_key(c), []).append((di, c))
    facts: list[Fact] = []
    meta: dict[str, tuple[str, float | None]] = {}
    for members in groups.values():
        members.sort(key=lambda m: (m[0], m[1].start))
        key = members[0][1].key  # the first mention's own key ("figure:10 km")
        mentions = tuple(
            Mention(di, c.start, c.end, documents[di].text[c.start : c.end], c.sentence)
            for di, c in members
        )
        first = members[0][1]
        if first.kind == "date":
            # Describe a date by an absolute mention when one exists ("1999", not "26 years ago").
            absolute = [
                c
                for _, c in members
                if isinstance(c.normalized, dict) and not c.normalized.get("relative")
            ]
            first = absolute[0] if absolute else first
        label = _label(first.kind, [c for _, c in members])
        surfaces = sorted({m.text for m in mentions} - {label})
        normalized: dict[str, Any] | str = first.normalized
        if first.kind == "quote":
            speakers = sorted({c.subject for _, c in members if c.subject})
            normalized = {"text": first.label, "speaker": speakers[0] if speakers else None}
        facts.append(Fact(first.kind, key, label, mentions, normalized, tuple(surfaces)))
        meta[key] = (_unit_name(first.subject), first.value)
    order: dict[str, int] = {k: i for i, k in enumerate(FACT_KINDS)}
    facts.sort(
        key=lambda f: (order.get(f.kind, 9), -len(f.docs), f.mentions[0].doc, f.mentions[0].start)
    )
    conflicts = figure_conflicts(documents, facts, meta) + _date_conflicts(documents, facts, meta)
    conflicts += _quote_conflicts(documents, facts)
    return FactTable(facts, conflicts, len(documents))


def _unit_name(unit: str) -> str:
    """One name per unit: its symbol and its US spelling read as its name ("km",
    "kilometer" -> "kilometre")."""
    name = UNIT_SYMBOLS.get(unit, unit)
    for us, uk in (("meter", "metre"), ("liter", "litre")):
        if name.endswith(us) and name[: -len(us)] + uk in UNIT_NAMES:
            return name[: -len(us)] + uk
    return name


def _merge_key(c: Candidate) -> str:
    """The key facts merge on: a figure's unit under one name ("10km" = "10 kilometres"); the
    merged fact keeps the key of its first mention."""
    if c.kind != "figure" or not isinstance(c.normalized, dict):
        return c.key
    unit = str(c.normalized.get("unit") or "")
    name = _unit_name(unit)
    if not unit or name == unit:
        return c.key
    return re.sub(rf"(?<=[\s:]){re.escape(unit)}(?=$|[\s/])", name, c.key)


def _label(kind: str, cands: list[Candidate]) -> str:
    if kind != "date":
        return cands[0].label
    # The most explicit wording: one with digits or a month name, longest first.
    best = max(
        cands,
        key=lambda c: (
            c.extra.get("form") in ("mdy", "dmy", "my", "pmy", "py", "y", "range"),
            bool(re.search(r"\d", c.label)),
            len(c.label),
        ),
    )
    return best.label


def _best_context(documents: Sequence[Document], a: Fact, b: Fact) -> float:
    best = 0.0
    others = [(mb.doc, sentence_context(documents, mb)) for mb in b.mentions]
    for ma in a.mentions:
        ca = sentence_context(documents, ma)
        for doc, cb in others:
            if doc != ma.doc and ca and cb:
                best = max(best, len(ca & cb) / min(len(ca), len(cb)))
    return best


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    va, vb = str(a.get("value") or ""), str(b.get("value") or "")
    if not va or not vb or "/" in va or "/" in vb or "W" in va or "W" in vb:
        return True
    if va.startswith(vb) or vb.startswith(va):
        return True
    if a.get("approximate") or b.get("approximate"):
        ya, yb = int(va[:4]), int(vb[:4])
        return abs(ya - yb) <= 1
    return False


def _far_apart(documents: Sequence[Document], a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """True when every dated article of `a` is over a year from every dated article of `b`."""
    ya = {int(date[:4]) for d in a if (date := documents[d].date)}
    yb = {int(date[:4]) for d in b if (date := documents[d].date)}
    return bool(ya and yb) and min(abs(x - y) for x in ya for y in yb) > 1


def _date_conflicts(documents: Sequence[Document], facts: list[Fact], meta: Meta) -> list[Conflict]:
    dates = [
        f for f in facts if f.kind == "date" and meta[f.key][0] and isinstance(f.normalized, dict)
    ]
    out: list[Conflict] = []
    for a, b in combinations(dates, 2):
        if meta[a.key][0] != meta[b.key][0] or set(a.docs) & set(b.docs):
            continue
        assert isinstance(a.normalized, dict) and isinstance(b.normalized, dict)
        if _compatible(a.normalized, b.normalized):
            continue
        if _far_apart(documents, a.docs, b.docs):
            continue  # articles published years apart tell of different events
        if _best_context(documents, a, b) < MIN_CONTEXT * 2:
            continue
        subject = meta[a.key][0]
        out.append(
            make_conflict("date", f"dates differ for {subject}: {describe(a, b)}", (a, b), subject)
        )
    return out


class _QuoteWords:
    """A quote's documents and words, prepared once for the comparison of all pairs."""

    def __init__(self, fact: Fact) -> None:
        self.docs = frozenset(m.doc for m in fact.mentions)
        self.words = quote_words(fact.label)
        self.vocabulary = frozenset(self.words)
        self._counts: Counter[str] | None = None
        w = self.words
        self.runs = {k: {tuple(w[i : i + k]) for i in range(len(w) - k + 1)} for k in (4, 5)}
        """Every run of 4 and of 5 consecutive words."""

    @property
    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = Counter(self.words)
        return self._counts


def _unrelated(short: _QuoteWords, long_: _QuoteWords) -> bool:
    """True when the SequenceMatcher test of `_quote_conflicts` is sure to reject the pair:
    a similarity ratio below MIN_QUOTE_SIMILARITY, since the words it matches are at most
    the words the two quotes have in common (counted with repetition), and no shared run of
    min(5, len(short)) words."""
    total = len(short.words) + len(long_.words)
    if (
        2.0 * len(short.words) / total >= MIN_QUOTE_SIMILARITY
        and 2.0 * sum(map(long_.vocabulary.__contains__, short.words)) / total
        >= MIN_QUOTE_SIMILARITY
        and 2.0 * sum((short.counts & long_.counts).values()) / total >= MIN_QUOTE_SIMILARITY
    ):
        return False
    k = min(5, len(short.words))
    return short.runs[k].isdisjoint(long_.runs[k])


def _quote_speakers(documents: Sequence[Document], quotes: list[Fact]) -> dict[int, set[str]]:
    """id of each quote fact -> the speakers its sentences name, a quote that is a whole
    sentence taking the one a quote just before it names (`quotes.continued_speakers`)."""
    owners: list[Fact] = []
    statements: list[QuoteStatement] = []
    for f in quotes:
        speaker = f.normalized.get("speaker") if isinstance(f.normalized, dict) else None
        for m in f.mentions:
            sent = documents[m.doc].sentences[m.sentence]
            text = documents[m.doc].text
            alone = not (text[sent.start : m.start] + text[m.end : sent.end]).strip(" “”\"'‘’.,")
            owners.append(f)
            named = named_speaker(str(speaker) if speaker else None, sent.text)
            statements.append((m.doc, m.sentence, named, alone))
    out: dict[int, set[str]] = {id(f): set() for f in quotes}
    for f, who in zip(owners, continued_speakers(statements), strict=True):
        if who:
            out[id(f)].add(who)
    return out


def _quote_conflicts(documents: Sequence[Document], facts: list[Fact]) -> list[Conflict]:
    quotes = [f for f in facts if f.kind == "quote"]
    prepared = {id(f): _QuoteWords(f) for f in quotes}
    speakers = _quote_speakers(documents, quotes)
    out: list[Conflict] = []
    for a, b in combinations(quotes, 2):
        qa, qb = prepared[id(a)], prepared[id(b)]
        if not qa.docs.isdisjoint(qb.docs):
            continue
        if said_by_others(speakers[id(a)], speakers[id(b)]):
            continue  # two people's words, not one quote changed
        wa, wb = qa.words, qb.words
        short, long_, sf, lf = (wa, wb, a, b) if len(wa) <= len(wb) else (wb, wa, b, a)
        if len(short) < 4:
            continue
        if _unrelated(*((qa, qb) if sf is a else (qb, qa))):
            continue
        sm = SequenceMatcher(None, short, long_, autojunk=False)
        match = sm.find_longest_match(0, len(short), 0, len(long_))
        if match.size < min(5, len(short)) and sm.ratio() < MIN_QUOTE_SIMILARITY:
            continue
        verdict = compare_quotes(short, long_, sm)
        if verdict in ("unrelated", "same"):
            continue
        if verdict == "length":
            # An excerpt of the other: quoted at different length, not a disagreement.
            for one, other in ((sf, lf), (lf, sf)):
                if isinstance(one.normalized, dict):
                    one.normalized.setdefault("quoted_at_different_length", []).append(other.key)
            continue
        how = "words differently"
        speaker = ""
        for f in (a, b):
            if isinstance(f.normalized, dict) and f.normalized.get("speaker"):
                speaker = str(f.normalized["speaker"])
        out.append(
            make_conflict(
                "quote",
                f"quote worded differently: doc {docs_text(lf)} {how} doc {docs_text(sf)}'s "
                f'"{sf.label}" ("{lf.label}")',
                (sf, lf),
                speaker,
            )
        )
    return out
