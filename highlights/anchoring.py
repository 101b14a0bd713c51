"""Re-anchoring a highlight in a document whose text may have changed since it was made.

Order of attempts (W3C Web Annotation selectors, as Hypothesis and others do it):

1. the content hash still matches and `text[start:end]` is the quote: the stored position;
2. the quote occurs unchanged: the occurrence whose prefix/suffix and position fit best
   (status `moved`);
3. a fuzzy match (rapidfuzz): windows of the text near the quote's length are scored, the best
   few places are refined word boundary by word boundary, and every candidate gets
   `0.5 quote + 0.2 prefix + 0.2 suffix + 0.1 position` (status `fuzzy`).

When the two best distinct places score within `TIE_MARGIN` of each other the highlight is not
placed: an `Orphan` ("two places match nearly equally") is returned rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from highlights.model import Anchored, Highlight, Orphan
from readers.document import Document

W_QUOTE, W_PREFIX, W_SUFFIX, W_POSITION = 0.5, 0.2, 0.2, 0.1
TIE_MARGIN = 0.03
"""Two candidates closer than this in score are a tie: refuse to choose."""
MIN_QUOTE = 0.6
"""A fuzzy candidate's text must be at least this similar to the quote."""
MIN_SCORE = 0.6
"""...and its combined score at least this."""
MAX_OCCURRENCES = 500
LONG_QUOTE = 300
"""Quotes longer than this are refined by their ends (`EDGE` characters each) only."""
EDGE = 64
PEAKS = 6
MIN_FUZZY_QUOTE = 8
"""Quotes shorter than this are only looked for unchanged: a fuzzy match would be a guess."""


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    score: float
    quote: float


def anchor(highlight: Highlight, document: Document) -> Anchored | Orphan:
    """Place `highlight` in `document`, or say why it cannot be placed."""
    text = document.text
    h = highlight
    if document.hash == h.doc_hash and text[h.start : h.end] == h.exact:
        return Anchored(h.start, h.end, "exact", 1.0)
    if not h.exact:
        return Orphan(h, "empty quote")
    scorer = _Scorer(h, text)
    exact = [scorer.score(s, s + len(h.exact)) for s in _occurrences(text, h.exact)]
    if len(h.exact) < MIN_FUZZY_QUOTE or (exact and _context_fit(scorer, exact) >= 0.5):
        return _decide(exact, h)
    return _decide(exact + _fuzzy_candidates(scorer), h)


def _context_fit(scorer: _Scorer, exact: list[Candidate]) -> float:
    """How well the best unchanged occurrence's surroundings match the stored prefix/suffix."""
    best = max(exact, key=lambda c: c.score)
    return (best.score - W_QUOTE - W_POSITION * scorer.position(best.start)) / (W_PREFIX + W_SUFFIX)


def _decide(pool: list[Candidate], h: Highlight) -> Anchored | Orphan:
    """The best distinct candidate, unless it is too weak or ties with the runner-up."""
    if not pool:
        return Orphan(h, "quote not found")
    ranked = _distinct(sorted(pool, key=lambda c: (-c.score, c.start)))
    best = ranked[0]
    if best.quote < MIN_QUOTE or best.score < MIN_SCORE:
        return Orphan(h, f"quote not found (best match {best.quote:.0%} similar)")
    if len(ranked) > 1 and best.score - ranked[1].score < TIE_MARGIN:
        other = ranked[1]
        return Orphan(
            h,
            f"two places match nearly equally (at {best.start} and {other.start}, "
            f"scores {best.score:.2f} and {other.score:.2f})",
        )
    exact_text = best.quote >= 1.0
    return Anchored(
        best.start, best.end, "moved" if exact_text else "fuzzy", 1.0 if exact_text else best.score
    )


def _distinct(ranked: list[Candidate]) -> list[Candidate]:
    """Drop candidates that overlap a better one by more than half: they are the same place."""
    kept: list[Candidate] = []
    for c in ranked:
        if all(_overlap(c, k) <= 0.5 for k in kept):
            kept.append(c)
    return kept


def _overlap(a: Candidate, b: Candidate) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    shorter = max(1, min(a.end - a.start, b.end - b.start))
    return max(0, inter) / shorter


def _occurrences(text: str, quote: str) -> list[int]:
    found: list[int] = []
    i = text.find(quote)
    while i >= 0 and len(found) < MAX_OCCURRENCES:
        found.append(i)
        i = text.find(quote, i + 1)
    return found


class _Scorer:
    """Scores a candidate span `[start, end)` of the new text against the stored selectors."""

    def __init__(self, h: Highlight, text: str) -> None:
        from rapidfuzz.distance import Indel

        self._sim = Indel.normalized_similarity
        self.h = h
        self.text = text
        self.n = max(1, len(text))

    def position(self, start: int) -> float:
        return 1.0 - min(1.0, abs(start - self.h.start) / self.n)

    def context(self, start: int, end: int) -> tuple[float, float]:
        """Similarity of the stored prefix/suffix to the text just before/after the span.

        A stored prefix shorter than `QUOTE_CONTEXT` (the quote was near the start) is
        compared with text of its own length, so an empty one fits everywhere equally.
        """
        h, text = self.h, self.text
        prefix = self._sim(h.prefix, text[max(0, start - len(h.prefix)) : start])
        suffix = self._sim(h.suffix, text[end : end + len(h.suffix)])
        return prefix, suffix

    def score(self, start: int, end: int) -> Candidate:
        quote = self._sim(self.h.exact, self.text[start:end])
        prefix, suffix = self.context(start, end)
        total = (
            W_QUOTE * quote
            + W_PREFIX * prefix
            + W_SUFFIX * suffix
            + W_POSITION * self.position(start)
        )
        return Candidate(start, end, total, quote)


def _fuzzy_candidates(scorer: _Scorer) -> list[Candidate]:
    """Best few places for an edited quote: window peaks refined at word boundaries."""
    from rapidfuzz import fuzz, process

    text, exact = scorer.text, scorer.h.exact
    n = len(exact)
    if len(text) <= n:
        return [_refine(scorer, 0, len(text))] if text else []
    step = max(1, n // 6)
    starts = list(range(0, len(text) - n + 1, step))
    if starts[-1] != len(text) - n:
        starts.append(len(text) - n)
    windows = [text[s : s + n] for s in starts]
    scores = process.cdist([exact], windows, scorer=fuzz.ratio, dtype="float32")[0]
    order = sorted(range(len(starts)), key=lambda i: -float(scores[i]))
    peaks: list[int] = []
    for i in order:
        if float(scores[i]) < MIN_QUOTE * 100 * 0.8 or len(peaks) >= PEAKS:
            break
        if all(abs(starts[i] - p) >= n // 2 for p in peaks):
            peaks.append(starts[i])
    return [_refine(scorer, p, p + n) for p in peaks]


def _refine(scorer: _Scorer, start: int, end: int) -> Candidate:
    """Move the ends of a candidate to nearby boundaries like the original's, best score first.

    Allowed boundaries are word boundaries (whitespace outside, none inside) and boundaries
    "like the original": the same kind of character (letter/digit, space, punctuation) inside
    and outside the span as the stored quote had against its prefix and suffix. So a match
    never ends one character into the next word, yet a mid-word highlight can be found again.
    """
    h, text = scorer.h, scorer.text
    reach = max(8, len(h.exact) // 2)
    inside_start, inside_end = _kind(h.exact[0]), _kind(h.exact[-1])
    before = _kind(h.prefix[-1]) if h.prefix else None
    after = _kind(h.suffix[0]) if h.suffix else None
    if len(h.exact) > LONG_QUOTE:
        return _refine_long(scorer, start, end, reach, (inside_start, inside_end, before, after))
    best = scorer.score(start, end)
    for _ in range(3):
        moved = False
        lo, hi = max(0, best.start - reach), min(best.end - 1, best.start + reach)
        starts = [
            scorer.score(s, best.end)
            for s in range(lo, hi + 1)
            if _start_ok(text, s, inside_start, before)
        ]
        if starts:
            pick = max(starts, key=lambda c: (c.score, -abs(c.start - best.start)))
            moved |= pick.start != best.start
            best = pick
        lo, hi = max(best.start + 1, best.end - reach), min(len(text), best.end + reach)
        ends = [
            scorer.score(best.start, e)
            for e in range(lo, hi + 1)
            if _end_ok(text, e, inside_end, after)
        ]
        if ends:
            pick = max(ends, key=lambda c: (c.score, -abs(c.end - best.end)))
            moved |= pick.end != best.end
            best = pick
        if not moved:
            break
    return best


def _refine_long(
    scorer: _Scorer,
    start: int,
    end: int,
    reach: int,
    kinds: tuple[int, int, int | None, int | None],
) -> Candidate:
    """`_refine` for long quotes: place each end by the quote's head or tail and the context.

    Scoring whole spans costs O(quote length squared) per try; the ends of a long quote are
    decided by its first and last `EDGE` characters and the prefix/suffix alone.
    """
    h, text, sim = scorer.h, scorer.text, scorer._sim
    head, tail = h.exact[:EDGE], h.exact[-EDGE:]
    inside_start, inside_end, before, after = kinds

    def start_score(s: int) -> float:
        prefix = sim(h.prefix, text[max(0, s - len(h.prefix)) : s])
        return W_QUOTE * sim(head, text[s : s + len(head)]) + W_PREFIX * prefix

    def end_score(e: int) -> float:
        suffix = sim(h.suffix, text[e : e + len(h.suffix)])
        return W_QUOTE * sim(tail, text[max(0, e - len(tail)) : e]) + W_SUFFIX * suffix

    starts = [
        s
        for s in range(max(0, start - reach), min(len(text) - 1, start + reach) + 1)
        if _start_ok(text, s, inside_start, before)
    ]
    if starts:
        start = max(starts, key=lambda s: (start_score(s), -abs(s - start)))
    ends = [
        e
        for e in range(max(start + 1, end - reach), min(len(text), end + reach) + 1)
        if _end_ok(text, e, inside_end, after)
    ]
    if ends:
        end = max(ends, key=lambda e: (end_score(e), -abs(e - end)))
    return scorer.score(start, max(end, start + 1))


def _start_ok(text: str, s: int, inside: int, before: int | None) -> bool:
    """A word start, or a start like the original's (same character kinds either side)."""
    if text[s].isspace():
        return False
    if s == 0 or text[s - 1].isspace():
        return True
    return before is not None and _kind(text[s]) == inside and _kind(text[s - 1]) == before


def _end_ok(text: str, e: int, inside: int, after: int | None) -> bool:
    """A word end, or an end like the original's (same character kinds either side)."""
    if text[e - 1].isspace():
        return False
    if e == len(text) or text[e].isspace():
        return True
    return after is not None and _kind(text[e - 1]) == inside and _kind(text[e]) == after


def _kind(ch: str) -> int:
    """0 for letters and digits, 1 for whitespace, 2 for anything else."""
    if ch.isalnum():
        return 0
    return 1 if ch.isspace() else 2
