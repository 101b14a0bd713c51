"""Lineage: which document is the likely source of which, and the evidence for it.

For every pair of documents: the statements they share (alignment links), how much of each is
contained in the other (`Alignment.similarity`), links of kind verbatim/edited, and the longest
run of words both texts share verbatim. A pair is the "same report" (one a rewrite of the other)
when it shares at least `MIN_SHARED` statements and one of the two has at least
`SAME_REPORT_CONTAINMENT` of its sentences in the other or a long verbatim run (`COPY_RUN`
words) shows copying; it is the "same story" when it shares anything else.

Direction of a "same report" pair: the earlier publication date when both are known and
differ; the containment when one document is clearly more contained in the other
(`CONTAINMENT_MARGIN`): a rewrite keeps most of its source and adds material of its own, so the
more-contained document is the source. When dates and containment point opposite ways, or
neither says anything, the source is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.model import Alignment
from provenance.model import UNKNOWN, Lineage, Relation

MIN_SHARED = 3
SAME_REPORT_CONTAINMENT = 0.4
CONTAINMENT_MARGIN = 0.08
COPY_RUN = 25
"""Words in a row two texts share verbatim from which (with `MIN_SHARED` shared statements)
one copied the other even when little of either is contained in the other; a shared quote of
one sentence is shorter."""
RUN_N = 6
"""Word n-gram length for finding shared runs."""

_WORD = re.compile(r"\w+", re.UNICODE)


def _content_words(alignment: Alignment, doc: int) -> list[str]:
    out: list[str] = []
    for s in alignment.documents[doc].content_sentences:
        out.extend(w.lower() for w in _WORD.findall(s.text))
    return out


def longest_shared_run(a: Sequence[str], b: Sequence[str], n: int = RUN_N) -> int:
    """Length in words of the longest word run shared by `a` and `b` (0 below `n` words);
    runs are found through shared n-grams, so the cost is linear in the texts."""
    if len(a) < n or len(b) < n:
        return 0
    grams_b = {tuple(b[i : i + n]) for i in range(len(b) - n + 1)}
    best = run = 0
    for i in range(len(a) - n + 1):
        if tuple(a[i : i + n]) in grams_b:
            run += 1
            best = max(best, run)
        else:
            run = 0
    return best + n - 1 if best else 0


def date_key(date: str | None) -> tuple[int, ...] | None:
    if not date:
        return None
    parts = re.findall(r"\d+", date)
    return tuple(int(p) for p in parts[:3]) if parts else None


def earlier(da: tuple[int, ...] | None, db: tuple[int, ...] | None) -> int | None:
    """0 when date a is earlier, 1 when b is, None when unknown or not comparable."""
    if da is None or db is None:
        return None
    n = min(len(da), len(db))
    if da[:n] == db[:n]:
        return None
    return 0 if da[:n] < db[:n] else 1


def _relation(alignment: Alignment, a: int, b: int, words: list[list[str]]) -> Relation:
    docs = alignment.documents
    links = [lk for lk in alignment.links if {lk.a.doc, lk.b.doc} == {a, b}]
    shared = len({(lk.a, lk.b) for lk in links})
    cab, cba = alignment.similarity[a][b], alignment.similarity[b][a]
    verbatim = sum(lk.kind != "paraphrase" for lk in links)
    run = longest_shared_run(words[a], words[b])
    evidence = [
        f"{shared} shared statement{'s' if shared != 1 else ''}; {{a}} has {cab:.0%} of its sentences in {{b}}, "
        f"{{b}} {cba:.0%} in {{a}}"
    ]
    if verbatim:
        evidence.append(
            f"{verbatim} verbatim or lightly edited statement{'s' if verbatim != 1 else ''}"
        )
    if run:
        evidence.append(f"longest run of words in common: {run}")
    if shared >= MIN_SHARED and (max(cab, cba) >= SAME_REPORT_CONTAINMENT or run >= COPY_RUN):
        strength = "same report"
    elif shared:
        strength = "same story"
    else:
        return Relation(a, b, "unrelated", None, 0, (cab, cba), 0, run, tuple(evidence))
    source: int | None = None
    if strength == "same report":
        by_date = earlier(date_key(docs[a].date), date_key(docs[b].date))
        by_containment = None
        if abs(cab - cba) >= CONTAINMENT_MARGIN:
            by_containment = 0 if cab > cba else 1
        pair = (a, b)
        slot = ("{a}", "{b}")
        if by_date is not None:
            date = str(docs[pair[by_date]].date).replace("{", "{{").replace("}", "}}")
            evidence.append(f"{slot[by_date]} is dated earlier ({date})")
        if by_containment is not None:
            evidence.append(
                f"{slot[by_containment]} is more contained in the other (a rewrite keeps its "
                "source and adds to it)"
            )
        if by_date is not None and by_containment is not None and by_date != by_containment:
            evidence.append("dates and containment disagree: source unknown")
        elif by_date is not None:
            source = pair[by_date]
        elif by_containment is not None:
            source = pair[by_containment]
        else:
            evidence.append("no dates to compare and containment balanced: source unknown")
    return Relation(a, b, strength, source, shared, (cab, cba), verbatim, run, tuple(evidence))


def lineage(alignment: Alignment) -> Lineage:
    """The lineage of the aligned documents (see the module docstring)."""
    n = len(alignment.documents)
    words = [_content_words(alignment, d) for d in range(n)]
    relations = [_relation(alignment, a, b, words) for a in range(n) for b in range(a + 1, n)]
    sources: list[int | str | None] = [None] * n
    for doc in range(n):
        known = []
        unknown = False
        for rel in relations:
            if rel.strength != "same report" or doc not in (rel.a, rel.b):
                continue
            other = rel.b if rel.a == doc else rel.a
            if rel.source == other:
                known.append((alignment.similarity[doc][other], other))
            elif rel.source is None:
                unknown = True
        if known:
            sources[doc] = max(known)[1]
        elif unknown:
            sources[doc] = UNKNOWN
    return Lineage(relations, sources)
