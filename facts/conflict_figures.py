"""Figure conflicts: two articles state values for the same fact slot that their precision
cannot reconcile.

Two figures are candidates when they count one kind of thing (the same noun, or nouns WordNet
makes one kind, `facts.noun_senses`), have different values within a factor of
`MAX_VALUE_RATIO`, and come from disjoint sets of articles. Each statement of one is then
compared with each statement of the other, in another article:
- hard limits, any of which keeps the pair apart: values some bound, estimate or range
  reconciles, a part against a total, another modified noun or period (`facts.agreement`),
  another role, a figure marked as an update or cut from a number, a later article's higher
  toll, a unit with no word in common right next to it, sentences sharing too few words;
- then how surely the two statements fill one slot (`facts.conflict_slots.confidence`).
The best pair of statements gives the pair's confidence; a conflict is flagged from
`conflict_slots.MIN_CONFIDENCE` up, and joins two figures only when each is the other's
closest match (in a game report many "yards" are different plays).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import NamedTuple

from facts import conflict_slots
from facts.agreement import (
    UNIT_WORDS,
    VERB,
    bounds,
    is_part,
    measures,
    modified_head,
    overlap,
    period,
    window_stems,
)
from facts.conflict_slots import (
    CLOSE_VALUES,
    GROWING_ROLES,
    VERY_CLOSE,
    SlotEvidence,
    confidence,
)
from facts.lexicon import FUNCTION_WORDS, SPEECH_VERBS
from facts.model import Conflict, Fact, Mention
from facts.noun_senses import counted_alike
from readers import Document

_CONTEXT_STOP = FUNCTION_WORDS | SPEECH_VERBS
MIN_CONTEXT = 0.2
"""Least overlap (shared words over the smaller set) of the context words of two sentences for
a figure/date conflict."""
MAX_VALUE_RATIO = 3.0
"""Figures further apart than this factor are taken to count different things (not
percentages)."""
BUSY_VALUES = 5
"""Articles stating this many values of one counted noun use it for several things."""

Bounds = tuple[float, float]
"""The least and greatest value a statement of a figure allows."""

Meta = dict[str, tuple[str, float | None]]
"""Fact key to (subject, value): the counted-noun class or event word, and the number."""


def sentence_context(documents: Sequence[Document], m: Mention) -> set[str]:
    """Content words (four letters or more) of a mention's sentence, the mention left out."""
    sent = documents[m.doc].sentences[m.sentence]
    text = sent.text[: m.start - sent.start] + " " + sent.text[m.end - sent.start :]
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _CONTEXT_STOP}


def docs_text(f: Fact) -> str:
    return ", ".join(str(d) for d in f.docs)


def describe(a: Fact, b: Fact) -> str:
    return f'doc {docs_text(a)} says "{a.label}", doc {docs_text(b)} says "{b.label}"'


def make_conflict(kind: str, description: str, pair: tuple[Fact, Fact], subject: str) -> Conflict:
    """A conflict between two facts; its documents are those of both."""
    a, b = pair
    return Conflict(kind, description, pair, tuple(sorted(set(a.docs) | set(b.docs))), subject)


NameMention = tuple[str, str, int, int]
"""A name in a sentence: its fact key, kind ("person", "organisation", "place"), start and
end."""
HOLDER_WORDS = 8
"""Words between a figure and a name that can say whose count it is."""


def _names_by_sentence(facts: list[Fact]) -> dict[tuple[int, int], list[NameMention]]:
    """(document, sentence) -> the people, organisations and places it names, where."""
    out: dict[tuple[int, int], list[NameMention]] = {}
    for f in facts:
        if f.kind in ("person", "organisation", "place"):
            for m in f.mentions:
                out.setdefault((m.doc, m.sentence), []).append((f.key, f.kind, m.start, m.end))
    return out


def _holders(
    text: str, m: Mention, names: list[NameMention]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Whose count a figure can be: the people, organisations and places named within
    `HOLDER_WORDS` words of it, then the people alone ("Earl Clark finished with 25 points")
    and the places alone ("ten people died in Kandy")."""
    near: list[tuple[str, str]] = []
    for key, kind, start, end in names:
        between = text[end : m.start] if end <= m.start else text[m.end : start]
        if len(between.split()) <= HOLDER_WORDS:
            near.append((key, kind))
    people = frozenset(key for key, kind in near if kind == "person")
    places = frozenset(key for key, kind in near if kind == "place")
    return frozenset(key for key, _ in near), people, places


def _bounds(documents: Sequence[Document], fact: Fact, m: Mention, value: float) -> Bounds:
    """The values a statement allows: a range its two ends ("35 to 40 firefighters" agrees
    with "40 firefighters"), else what the words before it say (`agreement.bounds`)."""
    norm = fact.normalized if isinstance(fact.normalized, dict) else {}
    ends = norm.get("value")
    if isinstance(ends, list) and len(ends) == 2 and all(isinstance(v, float) for v in ends):
        return min(ends), max(ends)
    sent = documents[m.doc].sentences[m.sentence]
    approximate = bool(norm.get("approximate"))
    return bounds(documents[m.doc].text[sent.start : m.start], value, approximate, m.text)


class _Statement(NamedTuple):
    """What a comparison reads of one statement of a figure."""

    doc: int
    words: frozenset[str]
    """Content words near the figure (`agreement.window_stems`)."""
    measured: frozenset[str]
    """Content words right next to it, which say what a unit measures or what was done."""
    capitalised: frozenset[str]
    """Those written with a capital (names, title-case headline words)."""
    context: set[str]
    """Context words of its sentence."""
    names: set[str]
    """Keys of the people and organisations its sentence names."""
    holders: frozenset[str]
    """Keys of the people, organisations and places whose count it can be (`_holders`)."""
    people: frozenset[str]
    """Those of them that are people."""
    places: frozenset[str]
    """Those of them that are places."""
    head: str | None
    """The noun the figure modifies ("86-yard touchdown run"), `agreement.VERB` for a verb."""
    part: bool
    """It counts a part ("another four people", "including $281 million")."""
    period: str
    """The period it is limited to ("since october", "this season"), or ""."""
    role: str
    """Its role class ("dead", "injured"...), or "" (`conflict_slots.role`)."""
    predicate: frozenset[str]
    """What is said of it (`conflict_slots.predicate`)."""
    aside: bool
    """An update or earlier report ("rose to 50"), or the cut tail of a number ("6. 2")."""
    allows: Bounds
    """The values it allows (`_bounds`)."""


def _statement(
    documents: Sequence[Document],
    fact: Fact,
    m: Mention,
    meta: Meta,
    names: dict[tuple[int, int], list[NameMention]],
) -> _Statement:
    noun, value = meta[fact.key]
    sent = documents[m.doc].sentences[m.sentence]
    text = documents[m.doc].text
    start, end = m.start - sent.start, m.end - sent.start
    before, after = text[sent.start : m.start], text[m.end : sent.end]
    aside = conflict_slots.is_update(sent.text, start, end) or conflict_slots.is_cut(before, m.text)
    return _Statement(
        m.doc,
        window_stems(sent.text, start, end, noun),
        window_stems(sent.text, start, end, noun, width=UNIT_WORDS),
        window_stems(sent.text, start, end, noun, names=True, width=UNIT_WORDS),
        sentence_context(documents, m),
        {key for key, kind, *_ in names.get((m.doc, m.sentence), []) if kind != "place"},
        *_holders(text, m, names.get((m.doc, m.sentence), [])),
        modified_head(m.text, after, value),
        is_part(before, m.text, after),
        period(sent.text, start, end),
        conflict_slots.role(sent.text, start, end),
        conflict_slots.predicate(sent.text, start, end, noun),
        aside,
        _bounds(documents, fact, m, value or 0.0),
    )


def _role(documents: Sequence[Document], m: Mention) -> str:
    sent = documents[m.doc].sentences[m.sentence]
    return conflict_slots.role(sent.text, m.start - sent.start, m.end - sent.start)


def _counts_part(documents: Sequence[Document], m: Mention) -> bool:
    """True when a mention counts a part ("the other two bombs"), which leaves the total the
    one value of its noun."""
    sent = documents[m.doc].sentences[m.sentence]
    text = documents[m.doc].text
    return is_part(text[sent.start : m.start], m.text, text[m.end : sent.end])


def _grown(documents: Sequence[Document], sa: _Statement, sb: _Statement) -> bool:
    """True when a count that grows as news comes in (victims, arrests) is higher in the
    later of two dated articles: an update, not a disagreement."""
    if sa.role not in GROWING_ROLES or sa.role != sb.role:
        return False
    da, db = documents[sa.doc].date, documents[sb.doc].date
    if not da or not db or da[:10] == db[:10]:
        return False
    early, late = (sa, sb) if da[:10] < db[:10] else (sb, sa)
    return late.allows[0] > early.allows[1]


def _comparable(
    documents: Sequence[Document], sa: _Statement, sb: _Statement, noun: str, busy: bool
) -> bool:
    """True when nothing keeps two statements from stating one slot with disagreeing values:
    values no bound or estimate reconciles, neither a part nor an update, the same modified
    noun, period and role, a unit a word in common right next to it that is not a name in
    both, a busy noun the same person or organisation, no later and higher toll."""
    if overlap(sa.allows, sb.allows) or sa.aside or sb.aside:
        return False
    if sa.part or sb.part or sa.head != sb.head or VERB in (sa.head, sb.head):
        return False
    if sa.period != sb.period or (sa.role and sb.role and sa.role != sb.role):
        return False
    if busy and not (sa.words & sb.words and sa.names & sb.names):
        return False
    if measures(noun) and not (sa.measured & sb.measured) - (sa.capitalised & sb.capitalised):
        return False
    return not _grown(documents, sa, sb)


def _other_figures_differ(story: _Story, ma: Mention, mb: Mention, nouns: set[str]) -> bool:
    """True when the sentences of two mentions give other nouns in common and none of them
    alike values: two reports of one occasion agree on most of its figures, so sentences
    that agree on none tell of different occasions (a game's and a season's statistics)."""
    fa = story.sentence_figures.get((ma.doc, ma.sentence), {})
    fb = story.sentence_figures.get((mb.doc, mb.sentence), {})
    shared = (set(fa) & set(fb)) - nouns
    if not shared:
        return False
    for noun in shared:
        for x in fa[noun]:
            for y in fb[noun]:
                if abs(x - y) <= CLOSE_VALUES * max(abs(x), abs(y)):
                    return False
    return True


def _evidence(
    sa: _Statement,
    sb: _Statement,
    context: float,
    single: bool,
    close: float,
    busy: bool,
    differ: bool,
) -> SlotEvidence:
    other_people = bool(sa.people and sb.people and not sa.people & sb.people)
    return SlotEvidence(
        single_valued=single,
        shared_predicate=bool((sa.predicate & sb.predicate) - (sa.capitalised & sb.capitalised)),
        same_role=bool(sa.role) and sa.role == sb.role,
        shared_holder=bool(sa.holders & sb.holders) and not other_people,
        other_holders=other_people,
        other_places=bool(sa.places and sb.places and not sa.places & sb.places),
        context=context,
        close_values=close,
        other_figures_differ=differ,
        busy=busy,
    )


class _Story(NamedTuple):
    """What the comparison of two figures needs of the whole story."""

    documents: Sequence[Document]
    meta: Meta
    names: dict[tuple[int, int], list[NameMention]]
    busy: set[str]
    values: dict[tuple[int, str, str], set[float]]
    """(document, counted noun, role) -> the values the document gives the noun in the role."""
    sentence_figures: dict[tuple[int, int], dict[str, set[float]]]
    """(document, sentence) -> counted noun -> the values the sentence gives it."""


def pair_confidence(story: _Story, a: Fact, b: Fact) -> tuple[float, SlotEvidence | None]:
    """How surely two figures state one slot with disagreeing values (0 and None when they
    cannot): the best pair of their statements in different articles. One article's "at
    least four bombs" agrees with "five bombs"; another's "four bombs" still disagrees."""
    documents, meta = story.documents, story.meta
    noun, other_noun = meta[a.key][0], meta[b.key][0]
    busy = noun in story.busy or other_noun in story.busy
    va, vb = meta[a.key][1] or 0.0, meta[b.key][1] or 0.0
    gap = abs(va - vb) / max(abs(va), abs(vb))
    close = 1.0 if gap <= VERY_CLOSE else 0.5 if gap <= CLOSE_VALUES else 0.0
    best: tuple[float, SlotEvidence | None] = (0.0, None)
    sides = [_statement(documents, b, m, meta, story.names) for m in b.mentions]
    for ma in a.mentions:
        sa = _statement(documents, a, ma, meta, story.names)
        for mb, sb in zip(b.mentions, sides, strict=True):
            if mb.doc == ma.doc or not _comparable(documents, sa, sb, noun, busy):
                continue
            ca, cb = sa.context, sb.context
            context = len(ca & cb) / min(len(ca), len(cb)) if ca and cb else 0.0
            if context < MIN_CONTEXT:
                continue
            single = (
                len(story.values.get((ma.doc, noun, sa.role), ())) == 1
                and len(story.values.get((mb.doc, other_noun, sb.role), ())) == 1
            )
            differ = _other_figures_differ(story, ma, mb, {noun, other_noun})
            evidence = _evidence(sa, sb, context, single, close, busy, differ)
            score = confidence(evidence)
            if score > best[0]:
                best = (score, evidence)
    return best


def _same_kind(a: Fact, b: Fact, meta: Meta) -> bool:
    """True when two figures count one kind of thing: the same noun, or (for single values,
    not scores or ranges such as "91-73 victory") nouns WordNet makes one kind."""
    na, nb = meta[a.key][0], meta[b.key][0]
    if na == nb:
        return True
    single = all(
        isinstance(f.normalized, dict) and isinstance(f.normalized.get("value"), float)
        for f in (a, b)
    )
    return single and counted_alike(na, nb)


def scored_pairs(
    documents: Sequence[Document], facts: list[Fact], meta: Meta
) -> list[tuple[float, SlotEvidence, Fact, Fact]]:
    """Every pair of figures that may state one slot with disagreeing values, with its
    confidence and evidence (any confidence above 0, flagged or not)."""
    # A lower-case noun of one letter is a cut abbreviation ("2: 53 p." of "p.m."), no noun.
    figs = [
        f
        for f in facts
        if f.kind == "figure"
        and (noun := meta[f.key][0])
        and not (len(noun) == 1 and noun.islower())
    ]
    counts: Counter[str] = Counter(meta[f.key][0] for f in figs)
    values: dict[tuple[int, str, str], set[float]] = {}
    sentence_figures: dict[tuple[int, int], dict[str, set[float]]] = {}
    for f in figs:
        noun, value = meta[f.key]
        for m in f.mentions:
            if _counts_part(documents, m):
                continue
            by_noun = sentence_figures.setdefault((m.doc, m.sentence), {})
            by_noun.setdefault(noun, set()).add(value or 0.0)
            values.setdefault((m.doc, noun, _role(documents, m)), set()).add(value or 0.0)
    story = _Story(
        documents,
        meta,
        _names_by_sentence(facts),
        {noun for noun, n in counts.items() if n >= BUSY_VALUES},
        values,
        sentence_figures,
    )
    out: list[tuple[float, SlotEvidence, Fact, Fact]] = []
    for a, b in combinations(figs, 2):
        if not _same_kind(a, b, meta) or set(a.docs) & set(b.docs):
            continue
        va, vb = meta[a.key][1], meta[b.key][1]
        if not va or not vb or va == vb:
            continue
        percent = isinstance(a.normalized, dict) and a.normalized.get("unit") == "%"
        if not percent and max(va, vb) / min(va, vb) > MAX_VALUE_RATIO:
            continue
        score, evidence = pair_confidence(story, a, b)
        if evidence is not None and score > 0:
            out.append((score, evidence, a, b))
    return out


def figure_conflicts(
    documents: Sequence[Document], facts: list[Fact], meta: Meta
) -> list[Conflict]:
    """The figure conflicts of a story: pairs from `conflict_slots.MIN_CONFIDENCE` up, each
    figure joined only with its closest match."""
    found = [
        (score, a, b)
        for score, _, a, b in scored_pairs(documents, facts, meta)
        if score >= conflict_slots.MIN_CONFIDENCE
    ]
    best: dict[str, float] = {}
    for score, a, b in found:
        for f in (a, b):
            best[f.key] = max(best.get(f.key, 0.0), score)
    out: list[Conflict] = []
    for score, a, b in found:
        if score < best[a.key] or score < best[b.key]:
            continue
        subject = meta[a.key][0]
        out.append(
            make_conflict(
                "figure", f"figures differ on {subject}: {describe(a, b)}", (a, b), subject
            )
        )
    return out
