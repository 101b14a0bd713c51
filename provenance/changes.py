"""The kinds of change between two documents' versions of the same statements.

`pair_changes(alignment, table, before, after)` compares every linked statement of two
documents (a 1:2 merge is one statement of two sentences; statements.py) and reports, as
`Change`s: figures, dates and names changed (from the fact table's mentions), attribution
added, dropped or changed ("according to …", reporting verbs), quotes turned into paraphrase
(or the reverse) and quotes reworded, hedging and intensity (stance.py: the lexicon's terms
inside the words `compare.diff.word_diff` marks as changed), statements moved (outside the
longest run kept in order) and credit lines added or dropped. In a rewrite, unaligned sentences
that are each other's most similar (loose.py) are one statement reworded, with their own
changes; unaligned sentences that judge the same thing at another strength ("widely
criticised" / "denounced as a fake") are intensity changes. Both carry `aligned=False`.
Verbatim copies report nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from compare.diff import word_diff
from compare.model import Alignment, DiffOp, SentenceRef
from facts.model import Fact, FactTable, Mention, is_bare_number
from provenance.lexicon import WORD, credit_of, find_terms
from provenance.loose import best_pairs, unaligned
from provenance.model import Change, Side
from provenance.stance import loose_stance_changes, stance_changes
from provenance.statements import (
    Unit,
    make_change,
    norm_word,
    normal_text,
    side_of,
    statement_pairs,
    unit_of,
    words_of,
)

NAME_KINDS = ("person", "organisation", "place")

LOOSE_STATEMENT_MIN = 0.4
"""Lexical similarity (`loose.best_pairs`) from which two unaligned sentences of a rewrite and
its source, each the other's most similar, are one statement reworded."""

QUOTE_MATCH = 0.6
"""Share of the shorter quote's words found in the other from which two quotes are the same
quote (reworded, shortened or extended)."""

PARAPHRASE_COVER = 0.6
"""Share of a quote's words found unquoted in the other sentence to call it paraphrased."""

MIN_QUOTE_WORDS = 2

MAX_GAP = 4
"""Words between two of a quote's words for them to be one stretch of paraphrase."""

_QUOTE = re.compile(
    r"“([^”]{2,})”?|\"([^\"]{2,})\"|‘([^‘’]{2,}?)’(?!\w)|(?<!\w)'([^']{2,}?)'(?!\w)",
)


# -- facts: figures, dates, names ---------------------------------------------------------


_INDEX: list[tuple[FactTable, dict[int, list[tuple[int, int, Fact, Mention]]]]] = []
"""The last fact table's mentions per document, sorted by start (computed once per table)."""


def _mention_index(table: FactTable) -> dict[int, list[tuple[int, int, Fact, Mention]]]:
    for known, cached in _INDEX:
        if known is table:
            return cached
    index: dict[int, list[tuple[int, int, Fact, Mention]]] = {}
    for fact in table.facts:
        for m in fact.mentions:
            index.setdefault(m.doc, []).append((m.start, m.end, fact, m))
    for entries in index.values():
        entries.sort(key=lambda e: (e[0], e[1]))
    _INDEX[:] = [(table, index)]
    return index


def _mentions(table: FactTable, unit: Unit) -> dict[str, dict[str, tuple[Fact, Mention]]]:
    """Fact group ("figure", "date", "name") -> fact key -> (fact, first mention in the unit)."""
    out: dict[str, dict[str, tuple[Fact, Mention]]] = {"figure": {}, "date": {}, "name": {}}
    entries = _mention_index(table).get(unit.doc, [])
    at = bisect_left(entries, unit.start, key=lambda e: e[0])
    for start, end, fact, m in entries[at:]:
        if start >= unit.end:
            break
        group = "name" if fact.kind in NAME_KINDS else fact.kind
        if group in out and end <= unit.end:
            out[group].setdefault(fact.key, (fact, m))
    return out


def _normalized(fact: Fact, name: str) -> str:
    return str(fact.normalized.get(name, "")) if isinstance(fact.normalized, dict) else ""


def _conflicting(table: FactTable, fa: Fact, fb: Fact) -> bool:
    return any({fa.key, fb.key} <= {f.key for f in c.facts} for c in table.conflicts)


def _comparable(table: FactTable, fa: Fact, fb: Fact) -> bool:
    """True when two figures count the same thing (same counted noun or unit) differently."""
    if _conflicting(table, fa, fb):
        return True
    noun_a = _normalized(fa, "noun") or _normalized(fa, "unit")
    return bool(noun_a) and noun_a == (_normalized(fb, "noun") or _normalized(fb, "unit"))


def _refines(fa: Fact, fb: Fact) -> bool:
    """True for two dates where one only makes the other more precise (2021-02, 2021-02-01)."""
    va, vb = _normalized(fa, "value"), _normalized(fb, "value")
    return bool(va and vb) and (va.startswith(vb) or vb.startswith(va))


def _digits(text: str) -> str:
    return "".join(re.findall(r"\d", text))


def _fact_changes(table: FactTable, a: Unit, b: Unit) -> list[Change]:
    ma, mb = _mentions(table, a), _mentions(table, b)
    ops = [op for op in word_diff(a.text, b.text) if op.tag != "equal"]
    only: dict[str, tuple[list[tuple[Fact, Mention]], list[tuple[Fact, Mention]]]] = {}
    for group in ("figure", "date", "name"):
        only_a = sorted(
            (v for k, v in ma[group].items() if k not in mb[group]), key=lambda v: v[1].start
        )
        only_b = sorted(
            (v for k, v in mb[group].items() if k not in ma[group]), key=lambda v: v[1].start
        )
        if group == "date":
            kept_a = [v for v in only_a if not any(_refines(v[0], w[0]) for w in only_b)]
            only_b = [w for w in only_b if not any(_refines(v[0], w[0]) for v in only_a)]
            only_a = kept_a
        only[group] = (only_a, only_b)
    # The same number read as a figure on one side and a date on the other ("26 years ago",
    # "26 years") is not a change.
    numbers_a = {_digits(m.text) for g in ("figure", "date") for _f, m in only[g][0]}
    numbers_b = {_digits(m.text) for g in ("figure", "date") for _f, m in only[g][1]}
    for g in ("figure", "date"):
        la, lb = only[g]
        only[g] = (
            [v for v in la if not (_digits(v[1].text) and _digits(v[1].text) in numbers_b)],
            [v for v in lb if not (_digits(v[1].text) and _digits(v[1].text) in numbers_a)],
        )
    out: list[Change] = []
    for group in ("figure", "date", "name"):
        only_a, only_b = only[group]
        changed: list[tuple[Mention, Mention]] = []
        for fa, m in list(only_a):
            for fb, n in only_b:
                if group == "name":
                    same = fa.kind == fb.kind and _same_op(ops, m, a, n, b)
                elif group == "date":
                    same = _conflicting(table, fa, fb) or _same_op(ops, m, a, n, b)
                else:
                    same = _comparable(table, fa, fb)
                if same:
                    changed.append((m, n))
                    only_a.remove((fa, m))
                    only_b.remove((fb, n))
                    break
        for m, n in changed:
            sa = side_of(a, [(m.start - a.start, m.end - a.start)])
            sb = side_of(b, [(n.start - b.start, n.end - b.start)])
            out.append(make_change(group, "changed", sa, sb))
        if group == "name":
            continue  # a name left out or added is a rewording, not a changed name
        # A number counting nothing named ("injuring more than 250") is shown, not listed as
        # a fact added or dropped: alone it says too little to compare.
        only_a = [v for v in only_a if not is_bare_number(v[0])]
        only_b = [v for v in only_b if not is_bare_number(v[0])]
        if only_a:
            spans = [(m.start - a.start, m.end - a.start) for _f, m in only_a]
            out.append(make_change(group, "dropped", side_of(a, spans), side_of(b)))
        if only_b:
            spans = [(n.start - b.start, n.end - b.start) for _f, n in only_b]
            out.append(make_change(group, "added", side_of(a), side_of(b, spans)))
    return out


SAME_OP_EXTRA_WORDS = 3
"""A replacement holds a changed name or date when it has at most this many other words."""


def _same_op(ops: Sequence[DiffOp], m: Mention, a: Unit, n: Mention, b: Unit) -> bool:
    """True when one small changed diff op holds both mention `m` (in a) and mention `n` (in
    b): the one was written in place of the other (not two facts of a rewritten sentence)."""
    ma = (m.start - a.start, m.end - a.start)
    nb = (n.start - b.start, n.end - b.start)
    for op in ops:
        if not (
            op.a_start < ma[1] and ma[0] < op.a_end and op.b_start < nb[1] and nb[0] < op.b_end
        ):
            continue
        extra_a = len(WORD.findall(op.a_text)) - len(WORD.findall(m.text))
        extra_b = len(WORD.findall(op.b_text)) - len(WORD.findall(n.text))
        if max(extra_a, extra_b) <= SAME_OP_EXTRA_WORDS:
            return True
    return False


# -- quotes and attribution ---------------------------------------------------------------


def quotes(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted words (inside the marks) of at least `MIN_QUOTE_WORDS` words."""
    out = []
    for m in _QUOTE.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        if len(WORD.findall(m.group(g))) >= MIN_QUOTE_WORDS:
            out.append(m.span(g))
    return out


def _overlap(a: Sequence[str], b: Sequence[str]) -> float:
    sa, sb = _content(a) or set(a), _content(b) or set(b)
    return len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0


def _content(words: Sequence[str]) -> set[str]:
    """Words of four letters or more and numbers: what a paraphrase must keep of a quote."""
    return {w for w in words if len(w) > 3 or w.isdigit()}


def _quote_changes(a: Unit, b: Unit) -> list[Change]:
    qa, qb = quotes(a.text), quotes(b.text)
    out: list[Change] = []
    matched_b: set[int] = set()
    for sa in qa:
        wa = words_of(a.text[sa[0] : sa[1]])
        best = max(
            range(len(qb)),
            default=None,
            key=lambda j: _overlap(wa, words_of(b.text[qb[j][0] : qb[j][1]])),
        )
        if (
            best is not None
            and _overlap(wa, words_of(b.text[qb[best][0] : qb[best][1]])) >= QUOTE_MATCH
        ):
            matched_b.add(best)
            sb = qb[best]
            if normal_text(a.text[sa[0] : sa[1]]) != normal_text(b.text[sb[0] : sb[1]]):
                out.append(make_change("quote", "reworded", side_of(a, [sa]), side_of(b, [sb])))
            continue
        span = _unquoted_cover(wa, b.text, qb)
        if span is not None:
            out.append(
                make_change("attribution", "paraphrased", side_of(a, [sa]), side_of(b, [span]))
            )
    for j, sb in enumerate(qb):
        if j in matched_b:
            continue
        wb = words_of(b.text[sb[0] : sb[1]])
        if any(_overlap(wb, words_of(a.text[s:e])) >= QUOTE_MATCH for s, e in qa):
            continue
        span = _unquoted_cover(wb, a.text, qa)
        if span is not None:
            out.append(make_change("attribution", "quoted", side_of(a, [span]), side_of(b, [sb])))
    return out


def _unquoted_cover(
    quote_words: Sequence[str], text: str, quoted: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """The span of `text` (outside its quotes) that says the quote's content words in its own
    sentence, when one stretch of it (hits at most `MAX_GAP` words apart) holds at least
    `PARAPHRASE_COVER` of them; else None."""
    wanted = _content(quote_words)
    if len(wanted) < 2:
        return None
    words = [m for m in WORD.finditer(text) if not any(s <= m.start() < e for s, e in quoted)]
    hits = [(i, m) for i, m in enumerate(words) if norm_word(m.group()) in wanted]
    best: tuple[int, int] | None = None
    best_found = 0
    run: list[tuple[int, re.Match[str]]] = []
    for hit in [*hits, None]:
        if hit is not None and (not run or hit[0] - run[-1][0] <= MAX_GAP):
            run.append(hit)
            continue
        found = len({norm_word(m.group()) for _i, m in run})
        if run and found > best_found:
            best_found, best = found, (run[0][1].start(), run[-1][1].end())
        run = [hit] if hit is not None else []
    if best is None or best_found < PARAPHRASE_COVER * len(wanted):
        return None
    return best


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her)\s+$", re.IGNORECASE)


def _attribution_terms(text: str) -> list[tuple[int, int]]:
    """Spans of attribution phrases ("according to the ministry") and reporting verbs outside
    quotes."""
    inside = quotes(text)
    out = []
    for term in find_terms(text):
        if term.category not in ("source", "reporting"):
            continue
        if any(s <= term.start < e for s, e in inside):
            continue
        if term.category == "reporting" and _DETERMINER_BEFORE.search(text, 0, term.start):
            continue  # "the added cost", "a reported 40 deaths": an adjective, not a verb
        end = term.end
        if term.category == "source":
            stop = re.compile(r"[,.;:!?()“”\"]|\s[-–—]\s").search(text, term.end)
            end = stop.start() if stop else len(text)
        out.append((term.start, end))
    return out


def _attribution_changes(a: Unit, b: Unit) -> list[Change]:
    ta, tb = _attribution_terms(a.text), _attribution_terms(b.text)
    if ta and not tb:
        return [make_change("attribution", "dropped", side_of(a, ta), side_of(b))]
    if tb and not ta:
        return [make_change("attribution", "added", side_of(a), side_of(b, tb))]
    sources_a = [(s, e) for s, e in ta if normal_text(a.text[s:e]).startswith("according to ")]
    sources_b = [(s, e) for s, e in tb if normal_text(b.text[s:e]).startswith("according to ")]
    if sources_a and sources_b:
        na = {normal_text(a.text[s:e]) for s, e in sources_a}
        nb = {normal_text(b.text[s:e]) for s, e in sources_b}
        if na.isdisjoint(nb):
            return [
                make_change("attribution", "changed", side_of(a, sources_a), side_of(b, sources_b))
            ]
    return []


# -- order and credits --------------------------------------------------------------------


def _longest_increasing(seq: Sequence[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence of `seq`."""
    tails: list[int] = []
    tail_pos: list[int] = []
    prev = [-1] * len(seq)
    for i, x in enumerate(seq):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            tail_pos.append(i)
        else:
            tails[k] = x
            tail_pos[k] = i
        prev[i] = tail_pos[k - 1] if k else -1
    keep: set[int] = set()
    i = tail_pos[-1] if tail_pos else -1
    while i >= 0:
        keep.add(i)
        i = prev[i]
    return keep


def order_changes(pairs: Sequence[tuple[Unit, Unit]]) -> list[Change]:
    """Statements outside the longest run the two documents keep in the same order."""
    if len(pairs) < 3:
        return []
    seq = [b.sentences[0] for _a, b in pairs]
    keep = _longest_increasing(seq)
    rank_b = {pos: r for r, pos in enumerate(sorted(range(len(seq)), key=lambda p: seq[p]))}
    out = []
    for pos, (a, b) in enumerate(pairs):
        if pos in keep:
            continue
        action = "moved"
        where = "earlier" if rank_b[pos] < pos else "later"
        before, after = side_of(a, [(0, len(a.text))]), side_of(b, [(0, len(b.text))])
        description = (
            f"order moved {where}: statement {pos + 1} of {len(pairs)} shared is "
            f"number {rank_b[pos] + 1} here"
        )
        out.append(Change("order", action, before, after, description))
    return out


def credits(alignment: Alignment, doc: int) -> list[tuple[int, str]]:
    """(sentence index, credited name) of each credit line, boilerplate included."""
    out = []
    for s in alignment.documents[doc].sentences:
        name = credit_of(s.text)
        if name is not None:
            out.append((s.index, name))
    return out


def credit_changes(alignment: Alignment, before: int, after: int) -> list[Change]:
    ca = {normal_text(name): (i, name) for i, name in credits(alignment, before)}
    cb = {normal_text(name): (i, name) for i, name in credits(alignment, after)}
    out = []
    for key, (i, _name) in cb.items():
        if key not in ca:
            unit = unit_of(alignment, after, [i])
            side_b = side_of(unit, [(0, len(unit.text))])
            out.append(make_change("credit", "added", Side(before, ()), side_b))
    for key, (i, _name) in ca.items():
        if key not in cb:
            unit = unit_of(alignment, before, [i])
            side_a = side_of(unit, [(0, len(unit.text))])
            out.append(make_change("credit", "dropped", side_a, Side(after, ())))
    return out


# -- all together -------------------------------------------------------------------------


def statement_changes(table: FactTable, a: Unit, b: Unit) -> list[Change]:
    """Every change between two versions of one statement; none for a verbatim copy."""
    if normal_text(a.text) == normal_text(b.text):
        return []
    return [
        *_fact_changes(table, a, b),
        *_attribution_changes(a, b),
        *_quote_changes(a, b),
        *stance_changes(a, b),
    ]


def sentence_changes(
    alignment: Alignment, table: FactTable, before: SentenceRef, after: SentenceRef
) -> list[Change]:
    """The changes from one sentence to another (any two sentences, e.g. a sentence and one of
    its counterparts); none for a verbatim copy."""
    a = unit_of(alignment, before.doc, [before.sentence])
    b = unit_of(alignment, after.doc, [after.sentence])
    return statement_changes(table, a, b)


def pair_changes(
    alignment: Alignment,
    table: FactTable,
    before: int,
    after: int,
    *,
    same_report: bool = True,
    loose: bool = True,
) -> list[Change]:
    """Every change from document `before` to document `after` (see the module docstring).

    Order and credit changes only mean something when one document is a rewrite of the other
    (`same_report`); independent reports of one story order and credit things their own way.
    """
    pairs = statement_pairs(alignment, before, after)
    out: list[Change] = []
    for a, b in pairs:
        out.extend(statement_changes(table, a, b))
    loose_pairs: list[Unit] = []
    if same_report:
        out.extend(order_changes(pairs))
        ua, ub = unaligned(alignment, before, after), unaligned(alignment, after, before)
        for i, j, _score in best_pairs(ua, ub, min_similarity=LOOSE_STATEMENT_MIN, mutual=True):
            a, b = ua[i], ub[j]
            loose_pairs += [a, b]
            description = "statement reworded (not aligned, most similar sentences)"
            out.append(Change("statement", "reworded", side_of(a), side_of(b), description, False))
            out.extend(replace(c, aligned=False) for c in statement_changes(table, a, b))
    if loose:
        out.extend(loose_stance_changes(alignment, before, after, skip=loose_pairs))
    if same_report:
        out.extend(credit_changes(alignment, before, after))
    return out
