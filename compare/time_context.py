"""Time context of sentences, and the check that holds back links between different events.

Each content sentence gets the years of the event it reports (`contexts`):

1. the years it states (`stated_years`: "in 2014", "June 2025", "2026-2028", "2026-28");
2. else, when it has a deictic or relative time expression ("on Friday", "yesterday", "last
   week", "this month", "in March" without a year), the article's own year: from the
   document's date, else a dateline (a short sentence near the top that is a full date), else
   "the latest year the article states or later" (an article is written after the past years
   it names; `OPEN_END`), each widened by `DEICTIC_SLACK` years either way;
3. else the context of the preceding sentence of the same paragraph (so a paragraph that
   opens "In 2014, ..." stays in 2014 until a sentence states another time);
4. else no context (nothing is checked).

`held_back` marks a candidate pair whose two sentences both have a context and the contexts
share no year (the aligner zeroes its score), unless the two texts are copies ("verbatim" or
"edited", which a changed year alone must not unlink: that is a conflict to show). The
aligner runs it when its `TIME_CONTEXT` flag is on. Only general words are used (month and
weekday names, deictic time words); `tools/time_context_ecb.py` measures the rule on ECB+ odd
topics.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from compare.model import SentenceRef
from readers import Document

DEICTIC_SLACK = 1
"""Years either side of the article's year given to a deictic expression ("on Friday" in a
January article may be December's; "last year", "next year")."""
MAX_RANGE = 12
"""Longest year range ("2026-2028") expanded into its years; longer ones are ignored."""
OPEN_ARTICLE_YEAR = True
"""An article of unknown date is taken to be of its latest stated year or later."""
OPEN_END = 10_000
"""Upper end of an open context ("the article's latest stated year or later")."""

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_RANGE = re.compile(
    rf"(?<![\d$€£.,])(?P<a>{_YEAR})\s*(?:-|–|—|/|to|until|through)\s*"
    rf"(?P<b>{_YEAR}|\d\d)(?![\d%])"
)
_SINGLE = re.compile(rf"(?<![\d$€£.,/:-])(?P<y>{_YEAR})(?![\d%/:,.]\d)(?!\s*(?:%|percent))")
# A stated year is a year when a time word or a month comes before it, or when nothing
# word-like follows it ("in 2014", "June 2025", "..., 2013.", "2013's"): "2000 people" is not.
_BEFORE_YEAR = re.compile(
    rf"(?:\b(?:in|since|from|until|till|by|during|of|before|after|early|late|mid|"
    rf"around|circa|throughout|year|years|spring|summer|autumn|fall|winter|{_MONTHS})\.?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?,?|mid-)\s*$",
    re.IGNORECASE,
)
_AFTER_YEAR = re.compile(r"^(?:\s*$|\s*[,.;:!?)\]\"”’]|'s|’s|\s+[(—–-])")
_DEICTIC = re.compile(
    rf"\b(?:{_WEEKDAYS})\b|\b(?:yesterday|today|tonight|tomorrow)\b"
    r"|\b(?:this|last|next|past|earlier\s+this|later\s+this)\s+"
    r"(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|"
    r"fall|winter)\b|\ba\s+year\s+(?:ago|from\s+now)\b"
    rf"|\b(?:in|on|since|until|by|early|late|mid|last|this|next|of)\s+(?:{_MONTHS})\b(?!\.?,?\s+\d)"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s+{_YEAR})(?!\d)",
    re.IGNORECASE,
)
_DEICTIC_KEYS = tuple(
    f"{_MONTHS}|{_WEEKDAYS}|yesterday|today|tonight|tomorrow|week|month|year|morning|afternoon|"
    "evening|night|spring|summer|autumn|fall|winter".lower().split("|")
)
"""Substrings one of which every deictic expression has (a quick test before `_DEICTIC`)."""


def _may_state_year(text: str) -> bool:
    """A quick test before the year patterns."""
    return "19" in text or "20" in text or "18" in text


_FULL_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+(?P<a>{_YEAR})\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<b>{_YEAR})\b"
    rf"|\b(?P<c>{_YEAR})-\d\d-\d\d\b",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;.!?]{0,60}$", re.IGNORECASE)
"""A year in a clause opened by "since" starts a span reaching the article's time."""
_YEAR_BEFORE = re.compile(r"\b(?:last|past|previous)\s+year\b|\ba\s+year\s+ago\b", re.I)
_YEAR_AFTER = re.compile(r"\bnext\s+year\b|\ba\s+year\s+from\s+now\b", re.I)
_FUTURE_BEFORE = re.compile(r"\b(?:by|until|till|before|next|through)\s*$", re.IGNORECASE)
DATELINE_WORDS = 12
"""A dateline is a sentence of at most this many words holding a full date."""
DATELINE_SENTENCES = 4
"""A dateline is among this many first content sentences of the document."""


@dataclass(frozen=True, slots=True)
class Context:
    """Years an event may be in: explicit `years`, or the interval `low`..`high` (inclusive)."""

    years: frozenset[int] = frozenset()
    low: int = 0
    high: int = -1

    def __bool__(self) -> bool:
        return bool(self.years) or self.low <= self.high

    def meets(self, other: Context) -> bool:
        """Whether the two contexts share a year (always true when either is empty)."""
        if not self or not other:
            return True
        if self.years & other.years:
            return True
        if any(other.low <= y <= other.high for y in self.years):
            return True
        if any(self.low <= y <= self.high for y in other.years):
            return True
        return (
            self.low <= self.high
            and other.low <= other.high
            and (self.low <= other.high and other.low <= self.high)
        )


NO_CONTEXT = Context()


def stated_years(text: str) -> frozenset[int]:
    """Years the text states as dates (ranges expanded), not quantities ("2000 people")."""
    if not _may_state_year(text):
        return frozenset()
    years: set[int] = set()
    taken: list[tuple[int, int]] = []
    for m in _RANGE.finditer(text):
        a = int(m.group("a"))
        b_text = m.group("b")
        b = int(b_text) if len(b_text) == 4 else a // 100 * 100 + int(b_text)
        if a < b <= a + MAX_RANGE:
            years.update(range(a, b + 1))
            taken.append(m.span())
    for m in _SINGLE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 3]
        if _BEFORE_YEAR.search(before) or _AFTER_YEAR.match(after):
            years.add(int(m.group("y")))
    return frozenset(years)


def sentence_context(text: str, deictic: Context) -> Context:
    """The context the text states: its years ("since 2021": that year or later), joined with
    `deictic` (the article's year) when it also has a deictic time expression."""
    years = stated_years(text)
    since = [y for y in years if _SINCE_BEFORE.search(text[: _year_start(text, y)])]
    low, high = (min(since), OPEN_END) if since else (0, -1)
    ctx = Context(years.difference(since), low, high)
    if deictic and is_deictic(text):
        if _YEAR_BEFORE.search(text):
            deictic = Context(low=deictic.low - 1, high=deictic.high)
        if _YEAR_AFTER.search(text):
            deictic = Context(low=deictic.low, high=deictic.high + 1)
        if not ctx:
            return deictic
        if ctx.low > ctx.high:  # no span of its own: the deictic one
            return Context(ctx.years, deictic.low, deictic.high)
        low, high = min(ctx.low, deictic.low), max(ctx.high, deictic.high)
        return Context(ctx.years, low, high)
    return ctx


def _year_start(text: str, year: int) -> int:
    return max(0, text.find(str(year)))


def is_deictic(text: str) -> bool:
    """Whether the text dates something relative to its article ("on Friday", "last week")."""
    lowered = text.lower()
    if not any(word in lowered for word in _DEICTIC_KEYS):
        return False
    return _DEICTIC.search(text) is not None


def article_year(doc: Document) -> Context:
    """The article's own year as a context: its date, a dateline, or (open) the latest year it
    states that is not announced as a deadline ("by 2030")."""
    if doc.date and doc.date[:4].isdigit():
        return Context(frozenset({int(doc.date[:4])}))
    content = [s for s in doc.sentences if not s.boilerplate]
    for s in content[:DATELINE_SENTENCES]:
        if len(s.text.split()) <= DATELINE_WORDS:
            m = _FULL_DATE.search(s.text)
            if m:
                return Context(frozenset({int(m.group("a") or m.group("b") or m.group("c"))}))
    latest = 0
    for s in content if OPEN_ARTICLE_YEAR else ():
        if not _may_state_year(s.text):
            continue
        for m in _SINGLE.finditer(s.text):
            if _RANGE.search(s.text[max(0, m.start() - 6) : m.end() + 6]):
                continue  # a span of years is often a plan ("roadmap 2026-2028")
            if _FUTURE_BEFORE.search(s.text[max(0, m.start() - 12) : m.start()]):
                continue
            if int(m.group("y")) in stated_years(s.text):
                latest = max(latest, int(m.group("y")))
    return Context(low=latest, high=OPEN_END) if latest else NO_CONTEXT


def _widen(year: Context, slack: int) -> Context:
    if year.years:
        (y,) = year.years
        return Context(low=y - slack, high=y + slack)
    return Context(low=year.low - slack, high=year.high)


def contexts(doc: Document) -> dict[int, Context]:
    """The time context of each content sentence of `doc`, by sentence index."""
    own = article_year(doc)
    deictic = _widen(own, DEICTIC_SLACK) if own else NO_CONTEXT
    out: dict[int, Context] = {}
    paragraph, previous = -1, NO_CONTEXT  # the last content sentence's
    for s in doc.sentences:
        if s.boilerplate:
            continue
        ctx = sentence_context(s.text, deictic)
        if not ctx and s.paragraph == paragraph:
            ctx = previous
        out[s.index] = ctx
        paragraph, previous = s.paragraph, ctx
    return out


def held_back(
    docs: Sequence[Document],
    refs: Sequence[SentenceRef],
    texts: Sequence[str],
    ii: np.ndarray,
    jj: np.ndarray,
    is_copy: Callable[[str, str], bool],
) -> np.ndarray:
    """For each candidate pair (`refs[ii[k]]`, `refs[jj[k]]`), whether it is held back: both
    sentences have a time context, the contexts share no year, and the texts are not copies
    (`is_copy(text_a, text_b)`: verbatim or edited)."""
    out = np.zeros(len(ii), dtype=bool)
    if len(ii) == 0:
        return out
    by_doc = [contexts(doc) for doc in docs]
    interned: dict[Context, int] = {NO_CONTEXT: 0}
    ctx_of = np.fromiter(
        (
            interned.setdefault(c, len(interned))
            for c in (by_doc[r.doc].get(r.sentence, NO_CONTEXT) for r in refs)
        ),
        dtype=np.int64,
        count=len(refs),
    )
    if len(interned) < 3:  # fewer than two distinct contexts: nothing can clash
        return out
    table = list(interned)
    ci, cj = ctx_of[ii], ctx_of[jj]
    clash: dict[tuple[int, int], bool] = {}
    for k in np.flatnonzero((ci > 0) & (cj > 0) & (ci != cj)).tolist():
        key = (int(ci[k]), int(cj[k]))
        if key not in clash:
            clash[key] = not table[key[0]].meets(table[key[1]])
        if clash[key] and not is_copy(texts[int(ii[k])], texts[int(jj[k])]):
            out[k] = True
    return out
