"""Stance changes: hedging added or dropped, intensity raised, lowered or turned around.

Inside a linked statement only the lexicon's terms in the words `compare.diff.word_diff` marks
as changed count. Between unaligned sentences (`loose_stance_changes`) the evaluative terms of
two sentences that judge the same thing are compared: each evaluative sentence's most similar
evaluative sentence in the other document, when similar enough (`LOOSE_MIN_SIMILARITY`) and
sharing a topic word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.diff import word_diff
from compare.model import Alignment
from provenance.lexicon import WORD, Term, find_terms
from provenance.loose import best_pairs, unaligned
from provenance.model import Change
from provenance.statements import Unit, make_change, side_of

LOOSE_MIN_SIMILARITY = 0.25
"""Two unaligned sentences are "about the same thing" from this lexical similarity on (unrelated
sentences of one story score below 0.1, different wordings of one judgement 0.3)."""


def _strength(terms: Sequence[Term]) -> tuple[int, int]:
    """(strongest evaluation level, number of boosters and intensifiers)."""
    level = max((t.level for t in terms if t.category in ("criticism", "praise")), default=0)
    return level, sum(t.category in ("booster", "intensifier") for t in terms)


def _polarity(terms: Sequence[Term]) -> str:
    """ "criticism" or "praise": the side of the strongest evaluative term ("" for none)."""
    evaluative = [t for t in terms if t.category in ("criticism", "praise")]
    return max(evaluative, key=lambda t: t.level).category if evaluative else ""


def _phrases(terms: Sequence[Term], text: str) -> list[tuple[int, int]]:
    """Term spans, neighbours joined when only a few short words lie between them
    ("widely criticised", "denounced as a fake")."""
    out: list[tuple[int, int]] = []
    for t in sorted(terms, key=lambda t: t.start):
        if (
            out
            and len(WORD.findall(text[out[-1][1] : t.start])) <= 2
            and not re.search(r"[,.;:!?]", text[out[-1][1] : t.start])
        ):
            out[-1] = (out[-1][0], t.end)
        else:
            out.append((t.start, t.end))
    return out


def _in_ranges(term: Term, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(s <= term.start and term.end <= e for s, e in ranges)


def stance_changes(a: Unit, b: Unit) -> list[Change]:
    ops = [op for op in word_diff(a.text, b.text) if op.tag != "equal"]
    ra = [(op.a_start, op.a_end) for op in ops]
    rb = [(op.b_start, op.b_end) for op in ops]
    terms_a = [t for t in find_terms(a.text) if _in_ranges(t, ra)]
    terms_b = [t for t in find_terms(b.text) if _in_ranges(t, rb)]
    out: list[Change] = []
    hedges_a = [t for t in terms_a if t.category == "hedge"]
    hedges_b = [t for t in terms_b if t.category == "hedge"]
    if hedges_b and not hedges_a:
        out.append(
            make_change("hedging", "added", side_of(a), side_of(b, _phrases(hedges_b, b.text)))
        )
    elif hedges_a and not hedges_b:
        out.append(
            make_change("hedging", "dropped", side_of(a, _phrases(hedges_a, a.text)), side_of(b))
        )
    stance_a = [
        t for t in terms_a if t.category in ("criticism", "praise", "booster", "intensifier")
    ]
    stance_b = [
        t for t in terms_b if t.category in ("criticism", "praise", "booster", "intensifier")
    ]
    change = _intensity(a, b, stance_a, stance_b, aligned=True)
    if change is not None:
        out.append(change)
    return out


def _intensity(
    a: Unit, b: Unit, terms_a: Sequence[Term], terms_b: Sequence[Term], *, aligned: bool
) -> Change | None:
    sa, sb = _strength(terms_a), _strength(terms_b)
    pa, pb = _polarity(terms_a), _polarity(terms_b)
    if pa and pb and pa != pb:
        action = "changed"  # praise turned into criticism or the reverse
    elif sa == sb or (not aligned and sa[0] == sb[0]):
        return None
    else:
        action = "stronger" if sb > sa else "weaker"
    return make_change(
        "intensity",
        action,
        side_of(a, _phrases(terms_a, a.text)),
        side_of(b, _phrases(terms_b, b.text)),
        aligned,
    )


def _evaluative(text: str) -> list[Term]:
    terms = find_terms(text)
    if not any(t.category in ("criticism", "praise") for t in terms):
        return []
    return [t for t in terms if t.category in ("criticism", "praise", "intensifier")]


def loose_stance_changes(
    alignment: Alignment, before: int, after: int, *, skip: Sequence[Unit] = ()
) -> list[Change]:
    """Intensity changes between unaligned sentences that judge the same thing: each
    evaluative sentence's most similar evaluative sentence in the other document, when
    similar enough (`LOOSE_MIN_SIMILARITY`) and judging at another strength. Sentences in
    `skip` (already compared as a pair) are left out."""
    skipped = {(u.doc, u.sentences) for u in skip}

    def candidates(doc: int, other: int) -> list[tuple[Unit, list[Term]]]:
        out = []
        for u in unaligned(alignment, doc, other):
            terms = _evaluative(u.text)
            if terms and (u.doc, u.sentences) not in skipped:
                out.append((u, terms))
        return out

    ca, cb = candidates(before, after), candidates(after, before)
    pairs = best_pairs(
        [u for u, _ in ca], [u for u, _ in cb], min_similarity=LOOSE_MIN_SIMILARITY, mutual=False
    )
    out = []
    for i, j, _score in pairs:
        change = _intensity(ca[i][0], cb[j][0], ca[i][1], cb[j][1], aligned=False)
        if change is not None:
            out.append(change)
    return out
