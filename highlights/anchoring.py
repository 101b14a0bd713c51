"""Re-anchoring a highlight in a document whose text may have changed since it was made.

Evidence (W3C Web Annotation selectors plus the facts inside the quote):

1. the content hash still matches and `text[start:end]` is the quote: the stored position;
2. otherwise candidates: every unchanged occurrence of the quote; when there is none, fuzzy
   places (rapidfuzz windows refined at word boundaries) and the sentences of the new text
   most like the quote (sentence matching, for a quote whose surroundings were rewritten);
3. each candidate is scored on quote similarity, prefix and suffix agreement and nearness to
   the stored position; a changed quote whose figures (numbers) are gone or whose names were
   replaced is not the same sentence and is dropped (a lookalike, not the highlight);
4. the score is turned into a calibrated confidence (Platt scaling fitted on the dev split of
   tests/data/reanchor_cases.json, `python benchmarks/highlights_reanchor.py --fit`).

Decision: the best distinct candidate is placed when its confidence reaches `PLACE_AT` and
its score beats the runner-up's by `MARGIN`; otherwise the highlight is an `Orphan` (kept,
listed, re-placeable by hand) with the reason. A placement below `SURE_AT` gets the status
`check` ("moved? check") so the reader and exports can show it.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from highlights.model import Anchored, AnchorStatus, Highlight, Orphan
from readers.document import Document

W_QUOTE, W_PREFIX, W_SUFFIX, W_POSITION = 0.6, 0.15, 0.15, 0.1
"""Weights of the evidence score (they sum to 1)."""
CALIBRATION = (0.74, 4.36, -0.33, 0.31)
"""Logistic calibration `1 / (1 + exp(-(a * score + g * gap + q * quote + b)))` (`gap`: the
lead over the runner-up), fitted on the dev split."""
PLACE_AT = 0.5
"""Below this confidence the highlight is not placed."""
SURE_AT = 0.9
"""Below this confidence a placement is marked `check`."""
MARGIN = 0.05
"""The best candidate's score must beat the runner-up's by this much, else it is a tie."""
MIN_QUOTE = 0.6
"""A changed candidate's text must be at least this similar to the quote."""
NEAR = 0.25
"""Position evidence fades to nothing at this share of the document's length away."""
MAX_OCCURRENCES = 500
LONG_QUOTE = 300
"""Quotes longer than this are refined by their ends (`EDGE` characters each) only."""
EDGE = 64
PEAKS = 6
SENTENCES = 3
"""Most similar sentences of the new text added as candidates for a changed quote."""
WHOLE_SENTENCES = 0.85
"""A sentence (or two) of the new text this similar to the quote ends the search: the
window scan for quotes inside sentences is skipped."""
SENTENCE_REACH = 24
"""How far (characters) the ends of a sentence candidate may move while refined."""
MIN_FUZZY_QUOTE = 4
"""Quotes shorter than this are only looked for unchanged."""

_FIGURE = re.compile(r"\d+(?:[.,:]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]+", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    score: float
    quote: float
    facts: str = ""
    """Empty when the facts inside the quote still agree, else why they do not."""
    content: float = 0.0
    """The score without the position evidence."""


def gap(content: float, others: list[float]) -> float:
    """A candidate's lead (selector evidence without position) over the best other place."""
    return max(-0.5, min(0.5, content - max(others))) if others else 0.5


def confidence(c: Candidate, others: list[float]) -> float:
    """The calibrated probability that candidate `c` is the highlight's place, given the
    evidence of the other places (`content` scores)."""
    a, g, q, b = CALIBRATION
    z = a * c.score + g * gap(c.content, others) + q * c.quote + b
    return 1.0 / (1.0 + math.exp(-z))


def anchor(highlight: Highlight, document: Document) -> Anchored | Orphan:
    """Place `highlight` in `document`, or say why it cannot be placed."""
    text = document.text
    h = highlight
    if document.hash == h.doc_hash and text[h.start : h.end] == h.exact:
        return Anchored(h.start, h.end, "exact", 1.0)
    if not h.exact.strip():
        return Orphan(h, "empty quote")
    pool = candidates(h, document)
    return decide(pool, h)


def candidates(h: Highlight, document: Document) -> list[Candidate]:
    """Every place the highlight might be now, scored (unchanged occurrences first)."""
    scorer = _Scorer(h, document.text)
    exact = [scorer.score(s, s + len(h.exact)) for s in _occurrences(document.text, h.exact)]
    if exact or len(h.exact) < MIN_FUZZY_QUOTE:
        return exact
    sentences = _sentence_candidates(scorer, document)
    if sentences and max(c.quote for c in sentences) >= WHOLE_SENTENCES:
        return sentences  # the quote is one or two whole sentences, found edited
    return _fuzzy_candidates(scorer) + sentences


def decide(pool: list[Candidate], h: Highlight) -> Anchored | Orphan:
    """The best distinct candidate, unless it is unsure or ties with the runner-up.

    The runner-up must trail by `MARGIN` on the selector evidence without the position: two
    places whose quote and context fit equally are a tie however near one is to the old place.
    """
    if not pool:
        return Orphan(h, "quote not found")
    ranked = _distinct(sorted(pool, key=lambda c: (-c.score, c.start)))
    usable = [c for c in ranked if not c.facts and c.quote >= MIN_QUOTE]
    if not usable:
        best = ranked[0]
        if best.facts and best.quote >= MIN_QUOTE:
            return Orphan(h, f"not placed: a similar passage remains but {best.facts}")
        return Orphan(h, f"quote not found (best match {best.quote:.0%} similar)")
    best = usable[0]
    rivals = [c for c in ranked if c is not best and not c.facts]
    if rivals:
        other = max(rivals, key=lambda c: c.content)
        if best.content - other.content < MARGIN:
            return Orphan(
                h,
                f"two places match nearly equally (at {best.start} and {other.start}, "
                f"scores {best.score:.2f} and {other.score:.2f})",
            )
    sure = confidence(best, [c.content for c in rivals])
    if sure < PLACE_AT:
        return Orphan(h, f"not placed: best match {best.quote:.0%} similar, confidence {sure:.0%}")
    status: AnchorStatus = "moved" if best.quote >= 1.0 else "fuzzy"
    if sure < SURE_AT:
        status = "check"
    return Anchored(best.start, best.end, status, round(sure, 3))


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


def facts_disagree(quote: str, found: str) -> str:
    """Why `found` is not the quoted passage by its facts ("" when they agree).

    A figure of the quote that is gone, a name replaced by another (one missing, one new), or
    three or more figures and names dropped or added in all make a lookalike; a name simply
    dropped or a figure added does not.
    """
    figures = {_figure(m) for m in _FIGURE.findall(quote)}
    now = {_figure(m) for m in _FIGURE.findall(found)}
    gone, new = sorted(figures - now), sorted(now - figures)
    if gone:
        return f"its figures changed ({', '.join(gone)}" + (
            f" → {', '.join(new)})" if new else " gone)"
        )
    names, now_names = _names(quote), _names(found)
    missing = [n for n in names if not any(_same_name(n, m) for m in now_names)]
    added = [m for m in now_names if not any(_same_name(n, m) for n in names)]
    if missing and added:
        return f"its names changed ({', '.join(missing)} → {', '.join(added)})"
    if len(new) + len(missing) + len(added) >= 3:
        changed = [*(f"-{n}" for n in missing), *(f"+{n}" for n in [*new, *added])]
        return f"its facts changed ({', '.join(changed)})"
    return ""


def _figure(text: str) -> str:
    return text.replace(",", "")


def _names(text: str) -> list[str]:
    return [m.group() for m in _NAME.finditer(text.strip())]


def _same_name(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b[:3]) and b.startswith(a[:3])))


class _Scorer:
    """Scores a candidate span `[start, end)` of the new text against the stored selectors."""

    def __init__(self, h: Highlight, text: str) -> None:
        from rapidfuzz.distance import Levenshtein

        self._sim = Levenshtein.normalized_similarity
        self.h = h
        self.text = text
        self.n = max(1, len(text))

    def position(self, start: int) -> float:
        """1 at the stored position, fading to 0 at `NEAR` of the text away; 0.5 if unknown."""
        if self.h.start < 0:
            return 0.5
        return max(0.0, 1.0 - abs(start - self.h.start) / (NEAR * self.n))

    def context(self, start: int, end: int) -> tuple[float, float]:
        """Similarity of the stored prefix/suffix to the text just before/after the span.

        A stored prefix shorter than `QUOTE_CONTEXT` (the quote was near the start) is
        compared with text of its own length; a missing one is no evidence either way (0.5).
        """
        h, text = self.h, self.text
        prefix = suffix = 0.5
        if h.prefix:
            prefix = self._sim(h.prefix, text[max(0, start - len(h.prefix)) : start])
        if h.suffix:
            suffix = self._sim(h.suffix, text[end : end + len(h.suffix)])
        return prefix, suffix

    def score(self, start: int, end: int, *, facts: bool = True) -> Candidate:
        found = self.text[start:end]
        quote = 1.0 if found == self.h.exact else self._sim(self.h.exact, found)
        prefix, suffix = self.context(start, end)
        total = (
            W_QUOTE * quote
            + W_PREFIX * prefix
            + W_SUFFIX * suffix
            + W_POSITION * self.position(start)
        )
        why = facts_disagree(self.h.exact, found) if facts and quote < 1.0 else ""
        content = total - W_POSITION * self.position(start)
        return Candidate(start, end, total, quote, why, content)


def _sentence_candidates(scorer: _Scorer, document: Document) -> list[Candidate]:
    """Sentences (and runs of two) of the new text most like the quote: sentence matching."""
    from rapidfuzz import fuzz, process

    spans, texts, lengths = _sentence_spans(document)
    n = len(scorer.h.exact)
    near = np.flatnonzero((lengths >= n // 2) & (lengths <= 2 * n)).tolist()
    best = process.extract(
        scorer.h.exact,
        [texts[i] for i in near],
        scorer=fuzz.ratio,
        limit=SENTENCES,
        score_cutoff=50,
    )
    return [_refine(scorer, *spans[near[k]], reach=SENTENCE_REACH) for _, _, k in best]


_SPANS: dict[str, tuple[list[tuple[int, int]], list[str], np.ndarray]] = {}
_SPANS_LOCK = threading.Lock()


def _sentence_spans(document: Document) -> tuple[list[tuple[int, int]], list[str], np.ndarray]:
    """Every sentence and pair of adjacent sentences of `document`, their texts and lengths
    (kept for the last few documents: a whole set asks for the same document again and
    again)."""
    with _SPANS_LOCK:
        found = _SPANS.get(document.hash)
    if found is None:
        sents = document.sentences
        spans = [(s.start, s.end) for s in sents]
        spans += [(a.start, b.end) for a, b in pairwise(sents)]
        lengths = np.array([e - s for s, e in spans], dtype=np.int64)
        found = spans, [document.text[s:e] for s, e in spans], lengths
        with _SPANS_LOCK:
            if len(_SPANS) >= 8:
                _SPANS.pop(next(iter(_SPANS)))
            _SPANS[document.hash] = found
    return found


def _fuzzy_candidates(scorer: _Scorer) -> list[Candidate]:
    """Best few places for an edited quote: window peaks refined at word boundaries."""
    from rapidfuzz import fuzz, process

    text, exact = scorer.text, scorer.h.exact
    n = len(exact)
    if len(text) <= n:
        return [_refine(scorer, 0, len(text))] if text.strip() else []
    step = max(1, n // 6)
    starts = list(range(0, len(text) - n + 1, step))
    if starts[-1] != len(text) - n:
        starts.append(len(text) - n)
    windows = [text[s : s + n] for s in starts]
    scores = process.cdist([exact], windows, scorer=fuzz.ratio, dtype="float32")[0]
    floor = MIN_QUOTE * 100 * 0.8
    above = np.flatnonzero(scores >= floor)
    order = above[np.argsort(-scores[above], kind="stable")].tolist()
    peaks: list[int] = []
    for i in order:
        if len(peaks) >= PEAKS:
            break
        if all(abs(starts[i] - p) >= n // 2 for p in peaks):
            peaks.append(starts[i])
    return [_refine(scorer, p, p + n) for p in peaks]


def _refine(scorer: _Scorer, start: int, end: int, *, reach: int | None = None) -> Candidate:
    """Move the ends of a candidate to nearby boundaries like the original's, best score first.

    Allowed boundaries are word boundaries (whitespace outside, none inside) and boundaries
    "like the original": the same kind of character (letter/digit, space, punctuation) inside
    and outside the span as the stored quote had against its prefix and suffix. So a match
    never ends one character into the next word, yet a mid-word highlight can be found again.
    """
    h, text = scorer.h, scorer.text
    reach = reach or max(8, len(h.exact) // 2)
    inside_start, inside_end = _kind(h.exact[0]), _kind(h.exact[-1])
    before = _kind(h.prefix[-1]) if h.prefix else None
    after = _kind(h.suffix[0]) if h.suffix else None
    if len(h.exact) > LONG_QUOTE:
        best = _refine_long(scorer, start, end, reach, (inside_start, inside_end, before, after))
        return scorer.score(best.start, best.end)
    best = scorer.score(start, end, facts=False)
    for _ in range(3):
        moved = False
        lo, hi = max(0, best.start - reach), min(best.end - 1, best.start + reach)
        starts = [
            scorer.score(s, best.end, facts=False)
            for s in range(lo, hi + 1)
            if _start_ok(text, s, inside_start, before)
        ]
        if starts:
            pick = max(starts, key=lambda c: (c.score, -abs(c.start - best.start)))
            moved |= pick.start != best.start
            best = pick
        lo, hi = max(best.start + 1, best.end - reach), min(len(text), best.end + reach)
        ends = [
            scorer.score(best.start, e, facts=False)
            for e in range(lo, hi + 1)
            if _end_ok(text, e, inside_end, after)
        ]
        if ends:
            pick = max(ends, key=lambda c: (c.score, -abs(c.end - best.end)))
            moved |= pick.end != best.end
            best = pick
        if not moved:
            break
    return scorer.score(best.start, best.end)


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
    return Candidate(start, max(end, start + 1), 0.0, 0.0)


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
