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
from compare.model import Alignment, SentenceRef
from provenance.lexicon import WORD, Term, find_terms
from provenance.model import Change
from provenance.statements import Unit, make_change, side_of, unit_of

LOOSE_MIN_SIMILARITY = 0.25
"""Two unaligned sentences are "about the same thing" from this lexical similarity on (unrelated
sentences of one story score below 0.1, different wordings of one judgement 0.3)."""

MAX_LOOSE_PAIRS = 400
"""Most unaligned sentence pairs scored per pair of documents."""


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


def _topic(text: str) -> set[str]:
    """Crude stems (first five letters) of the lower-case words of five letters or more:
    two judgements are about the same thing only if they share one ("election", "elections")."""
    return {w[:5] for w in WORD.findall(text) if len(w) >= 5 and w.islower()}


def _evaluative(text: str) -> list[Term]:
    terms = find_terms(text)
    if not any(t.category in ("criticism", "praise") for t in terms):
        return []
    return [t for t in terms if t.category in ("criticism", "praise", "intensifier")]


def loose_stance_changes(alignment: Alignment, before: int, after: int) -> list[Change]:
    """Intensity changes between unaligned sentences that judge the same thing: each
    evaluative sentence's most similar evaluative sentence in the other document, when
    similar enough (`LOOSE_MIN_SIMILARITY`) and judging at another strength."""
    from compare.aligner import similarity

    def candidates(doc: int) -> list[tuple[Unit, list[Term]]]:
        out = []
        for s in alignment.documents[doc].content_sentences:
            if s.heading or alignment.links_of(SentenceRef(doc, s.index)):
                continue
            terms = _evaluative(s.text)
            if terms:
                out.append((unit_of(alignment, doc, [s.index]), terms))
        return out

    ca, cb = candidates(before), candidates(after)
    topics_a = [_topic(u.text) for u, _ in ca]
    topics_b = [_topic(u.text) for u, _ in cb]
    # Only pairs sharing a topic word are scored, at most MAX_LOOSE_PAIRS of them (those
    # sharing most), so long documents stay cheap.
    shared = [
        (len(ta & tb), i, j)
        for i, ta in enumerate(topics_a)
        for j, tb in enumerate(topics_b)
        if ta & tb
    ]
    shared.sort(key=lambda x: (-x[0], x[1], x[2]))
    scores = {
        (i, j): similarity(ca[i][0].text, cb[j][0].text) for _n, i, j in shared[:MAX_LOOSE_PAIRS]
    }
    best: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    for (i, j), score in scores.items():
        if score > best.get(i, (-1.0, 0))[0]:
            best[i] = (score, j)
        if score > best_b.get(j, (-1.0, 0))[0]:
            best_b[j] = (score, i)
    chosen = {(i, j) for i, (_s, j) in best.items()} | {(i, j) for j, (_s, i) in best_b.items()}
    out = []
    for i, j in sorted(chosen):
        if scores[i, j] < LOOSE_MIN_SIMILARITY:
            continue
        change = _intensity(ca[i][0], cb[j][0], ca[i][1], cb[j][1], aligned=False)
        if change is not None:
            out.append(change)
    return out
