"""Merge per-document candidates into facts and find where documents disagree.

Facts merge on their normalised key (a figure's unit under one name: "10km" = "10
kilometres"). Conflicts are deliberately conservative ("flag only real disagreement"):
- figures: same counted noun (singular: "refugee" and "refugees" are one; synonyms and a
  kind with its specific hypernym, "detainees" and "prisoners", facts.noun_senses), different
  values within a factor of 3, stated by disjoint sets of documents; some statement of one
  and some of the other, in sentences that share context words, have values no bound or
  estimate reconciles ("more than 50" and "54"; "around 8,000" allows 7,500 to 8,500), are
  neither a part ("another four people"), limited to the same period, modify the same noun;
  a unit also needs a word shared right next to the figure, a noun the articles give many
  values the same person or organisation, and each statement is paired only with its closest
  match (facts.agreement);
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
from typing import Any, NamedTuple

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
from facts.candidate import Candidate
from facts.lexicon import FUNCTION_WORDS, SPEECH_VERBS, UNIT_NAMES, UNIT_SYMBOLS
from facts.model import FACT_KINDS, Conflict, Fact, FactTable, Mention
from facts.noun_senses import counted_alike
from facts.quotes import (
    QuoteStatement,
    compare_quotes,
    continued_speakers,
    named_speaker,
    quote_words,
    said_by_others,
)
from readers import Document

_CONTEXT_STOP = FUNCTION_WORDS | SPEECH_VERBS
MIN_CONTEXT = 0.2
"""Least overlap (shared words over the smaller set) of the context words of two sentences for a figure/date conflict."""
MAX_VALUE_RATIO = 3.0
"""Figures further apart than this factor are taken to count different things (not percentages)."""
BUSY_VALUES = 5
"""Articles stating this many values of one counted noun use it for several things."""
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
    conflicts = _figure_conflicts(documents, facts, meta) + _date_conflicts(documents, facts, meta)
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


def _context(documents: Sequence[Document], m: Mention) -> set[str]:
    sent = documents[m.doc].sentences[m.sentence]
    text = sent.text[: m.start - sent.start] + " " + sent.text[m.end - sent.start :]
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _CONTEXT_STOP}


def _best_context(documents: Sequence[Document], a: Fact, b: Fact) -> float:
    best = 0.0
    others = [(mb.doc, _context(documents, mb)) for mb in b.mentions]
    for ma in a.mentions:
        ca = _context(documents, ma)
        for doc, cb in others:
            if doc != ma.doc and ca and cb:
                best = max(best, len(ca & cb) / min(len(ca), len(cb)))
    return best


def _docs_text(f: Fact) -> str:
    return ", ".join(str(d) for d in f.docs)


def _describe(a: Fact, b: Fact) -> str:
    return f'doc {_docs_text(a)} says "{a.label}", doc {_docs_text(b)} says "{b.label}"'


def _conflict(kind: str, description: str, pair: tuple[Fact, Fact], subject: str) -> Conflict:
    """A conflict between two facts; its documents are those of both."""
    a, b = pair
    return Conflict(kind, description, pair, tuple(sorted(set(a.docs) | set(b.docs))), subject)


Bounds = tuple[float, float]
"""The least and greatest value a statement of a figure allows."""

Meta = dict[str, tuple[str, float | None]]
"""Fact key to (subject, value): the counted-noun class or event word, and the number."""


def _names_by_sentence(facts: list[Fact]) -> dict[tuple[int, int], set[str]]:
    """(document, sentence) -> keys of the people and organisations it names."""
    out: dict[tuple[int, int], set[str]] = {}
    for f in facts:
        if f.kind in ("person", "organisation"):
            for m in f.mentions:
                out.setdefault((m.doc, m.sentence), set()).add(f.key)
    return out


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
    """What `_closeness` compares of one statement of a figure."""

    words: frozenset[str]
    """Content words near the figure (`agreement.window_stems`)."""
    measured: frozenset[str]
    """Content words right next to it, which say what a unit measures."""
    capitalised: frozenset[str]
    """Those written with a capital (names, title-case headline words)."""
    context: set[str]
    """Context words of its sentence."""
    names: set[str]
    """Keys of the people and organisations its sentence names."""
    head: str | None
    """The noun the figure modifies ("86-yard touchdown run"), `agreement.VERB` for a verb."""
    part: bool
    """It counts a part ("another four people", "including $281 million")."""
    period: str
    """The period it is limited to ("since october", "this season"), or ""."""
    allows: Bounds
    """The values it allows (`_bounds`)."""


def _statement(
    documents: Sequence[Document],
    fact: Fact,
    m: Mention,
    meta: Meta,
    names: dict[tuple[int, int], set[str]],
) -> _Statement:
    noun, value = meta[fact.key]
    sent = documents[m.doc].sentences[m.sentence]
    text = documents[m.doc].text
    start, end = m.start - sent.start, m.end - sent.start
    before, after = text[sent.start : m.start], text[m.end : sent.end]
    return _Statement(
        window_stems(sent.text, start, end, noun),
        window_stems(sent.text, start, end, noun, width=UNIT_WORDS),
        window_stems(sent.text, start, end, noun, names=True, width=UNIT_WORDS),
        _context(documents, m),
        names.get((m.doc, m.sentence), set()),
        modified_head(m.text, after, value),
        is_part(before, m.text, after),
        period(sent.text, start, end),
        _bounds(documents, fact, m, value or 0.0),
    )


def _comparable(sa: _Statement, sb: _Statement, noun: str, busy: bool) -> frozenset[str] | None:
    """The content words two statements share near their figures when they can count the
    same thing and disagree, else None: values no bound or estimate reconciles, neither a
    part, the same modified noun and period, a unit a word in common right next to it that
    is not a name in both, a busy noun the same person or organisation."""
    if overlap(sa.allows, sb.allows):
        return None
    if sa.part or sb.part or sa.head != sb.head or VERB in (sa.head, sb.head):
        return None
    if sa.period != sb.period:
        return None
    shared = sa.words & sb.words
    if busy and not (shared and sa.names & sb.names):
        return None
    if measures(noun) and not (sa.measured & sb.measured) - (sa.capitalised & sb.capitalised):
        return None
    return shared


def _closeness(
    documents: Sequence[Document],
    a: Fact,
    b: Fact,
    meta: Meta,
    names: dict[tuple[int, int], set[str]],
    busy: set[str],
) -> float:
    """How surely two figures speak of the same thing and disagree (0 when they cannot): the
    best pair of their statements that `_comparable` allows, in sentences that share context
    words. One article's "at least four bombs" agrees with "five bombs"; another's "four
    bombs" still disagrees with it."""
    noun = meta[a.key][0]
    best = 0.0
    sides = [_statement(documents, b, m, meta, names) for m in b.mentions]
    for ma in a.mentions:
        sa = _statement(documents, a, ma, meta, names)
        for mb, sb in zip(b.mentions, sides, strict=True):
            if mb.doc == ma.doc:
                continue
            shared = _comparable(sa, sb, noun, noun in busy)
            if shared is None:
                continue
            ca, cb = sa.context, sb.context
            context = len(ca & cb) / min(len(ca), len(cb)) if ca and cb else 0.0
            if context >= MIN_CONTEXT:
                best = max(best, len(shared) + context)
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


def _figure_conflicts(
    documents: Sequence[Document], facts: list[Fact], meta: Meta
) -> list[Conflict]:
    # A lower-case noun of one letter is a cut abbreviation ("2: 53 p." of "p.m."), no noun.
    figs = [
        f
        for f in facts
        if f.kind == "figure"
        and (noun := meta[f.key][0])
        and not (len(noun) == 1 and noun.islower())
    ]
    names = _names_by_sentence(facts)
    values: Counter[str] = Counter(meta[f.key][0] for f in figs)
    busy = {noun for noun, n in values.items() if n >= BUSY_VALUES}
    found: list[tuple[float, Fact, Fact]] = []
    for a, b in combinations(figs, 2):
        if not _same_kind(a, b, meta) or set(a.docs) & set(b.docs):
            continue
        va, vb = meta[a.key][1], meta[b.key][1]
        if not va or not vb or va == vb:
            continue
        percent = isinstance(a.normalized, dict) and a.normalized.get("unit") == "%"
        if not percent and max(va, vb) / min(va, vb) > MAX_VALUE_RATIO:
            continue
        score = _closeness(documents, a, b, meta, names, busy)
        if score > 0:
            found.append((score, a, b))
    # Each statement conflicts only with its closest match: in a game report many "yards"
    # are different plays, and a figure that is nearest to another is the one compared.
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
            _conflict("figure", f"figures differ on {subject}: {_describe(a, b)}", (a, b), subject)
        )
    return out


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
            _conflict("date", f"dates differ for {subject}: {_describe(a, b)}", (a, b), subject)
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
            _conflict(
                "quote",
                f"quote worded differently: doc {_docs_text(lf)} {how} doc {_docs_text(sf)}'s "
                f'"{sf.label}" ("{lf.label}")',
                (sf, lf),
                speaker,
            )
        )
    return out
