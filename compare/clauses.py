"""Clauses of compound sentences (by punctuation and clause-opening words, no parser), and
the aligner's clause stage: scores of sentence pairs taken clause against clause.

`clauses(text)` cuts a sentence that states more than one thing into parts that each may
state one: the main clause, and each clause appended or inserted after a comma that a
clause-opening word follows (a relative "which/who/where...", a subordinating conjunction
"while/although/because...", "with" or "but", a participle "suggesting/underscoring..."),
or after ";", ":" or a spaced dash. An inserted clause ("X, where Y, has Z": a later comma
followed by a lower-case word that opens nothing) gives "Y" and "X has Z". Parts with fewer
than `MIN_PART_WORDS` content words are not kept (lists and short phrases such as "In late
2024" are no claims); a sentence that does not split gives `()`.

`raise_by_clauses` scores the chosen candidate pairs (`clause_pairs`: both sentences without a
sure counterpart, each one's best candidates, figures not disagreeing) part against part with
the aligner's own scorer, so a pair "census teams could operate in only 145 of 330 townships,
underscoring ..." / "census workers could count the population in 145 of 330 townships,
which suggests ..." scores as its main clauses do. Two parts are scored against each other
only when they share a word of what they say, not only names and figures
(`shares_claim_word`): a short clause scores high against any sentence naming the same
people. Only those pairs' clauses are embedded (a few per cent of the sentences of a long
pair), once per process.

The opening words are closed-class English function words: the wh-relatives (Penn Treebank
tags WDT, WP, WP$, WRB) and common subordinating conjunctions (tag IN introducing a clause),
plus "with" (absolute clauses) and the coordinators "but", "yet", "whereas".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from compare.features import features
from compare.normalize import STOPWORDS
from readers import Document, Sentence, Span
from readers.words import words

MIN_PART_WORDS = 4
"""Content words (stop words left out) a part needs to count as a clause."""

OPENERS = frozenset(
    [
        # wh-relatives
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        # subordinating conjunctions
        "while",
        "whereas",
        "although",
        "though",
        "because",
        "since",
        "unless",
        "until",
        "after",
        "before",
        # absolute clauses and coordinators
        "with",
        "but",
        "yet",
    ]
)
_PARTICIPLE = re.compile(r"[a-z]{3,}ing$")
_HARD = re.compile(r"\s*(?:;|:(?=\s)|\s[—–-]{1,2}\s)\s*")
_COMMA = re.compile(r",\s+(?=([A-Za-z]+))")


def _content_words(text: str) -> int:
    return sum(1 for w in words(text) if w.lower() not in STOPWORDS)


def _opens_clause(word: str) -> bool:
    return word in OPENERS or bool(_PARTICIPLE.match(word))


def _tidy(text: str) -> str:
    return text.strip(" ,;:—–-")


@lru_cache(maxsize=100_000)
def clauses(text: str) -> tuple[str, ...]:
    """The clauses of `text` worth scoring on their own (see the module docstring)."""
    parts: list[str] = []
    for chunk in _HARD.split(text):
        parts.extend(_comma_parts(chunk))
    if len(parts) < 2:
        return ()
    seen: dict[str, None] = {}
    for part in parts:
        part = _tidy(part)
        if part and part != _tidy(text) and _content_words(part) >= MIN_PART_WORDS:
            seen.setdefault(part, None)
    return tuple(seen)


def _comma_parts(chunk: str) -> list[str]:
    """Main clause and clauses of one chunk (no ";" or dash inside) split at openers."""
    cuts = [m.start() for m in _COMMA.finditer(chunk) if _opens_clause(m.group(1))]
    if not cuts:
        return [chunk]
    # A comma inside a clause followed by a lower-case word that opens nothing closes an
    # inserted clause: "X, where Y, has Z" reads "Y" and "X has Z".
    resumes = [
        m.start()
        for m in _COMMA.finditer(chunk)
        if m.group(1).islower() and not _opens_clause(m.group(1))
    ]
    parts: list[str] = []
    main = chunk[: cuts[0]]
    for n, cut in enumerate(cuts):
        end = cuts[n + 1] if n + 1 < len(cuts) else len(chunk)
        inner = [c for c in resumes if cut < c < end]
        if inner and n == 0:
            parts.append(chunk[cut + 1 : inner[0]])
            main = main.rstrip() + " " + chunk[inner[0] + 1 : end].strip()
        else:
            parts.append(chunk[cut + 1 : end])
    return [main, *parts]


CLAUSE_FLOOR = 0.1
"""Whole-sentence score from which a candidate pair's clauses are scored."""
CLAUSE_TOP = 2
"""Candidates per sentence and other document (best whole-sentence scores first) whose
clauses are scored."""
CLAUSE_UNSURE = 0.4
"""A sentence whose best whole-sentence score in a document reaches this has a sure
counterpart there and keeps it whole: its pairs with that document are not scored by
clauses. Chosen on the development part of the Darby/YLT Bible pair (Romans-Revelation;
0.35-0.45 give the same links there, `tools/semantic_clauses.py`)."""

ScorePairs = Callable[[Sequence[str], Sequence[str], Sequence[tuple[int, int]]], Sequence[float]]


def clause_pairs(
    texts: Sequence[str], ii: np.ndarray, jj: np.ndarray, scores: np.ndarray, doc_of: np.ndarray
) -> np.ndarray:
    """Indices of the candidate pairs whose clauses are worth scoring: a pair scoring at least
    `CLAUSE_FLOOR` that is among the `CLAUSE_TOP` best candidates of one of its sentences in
    the other's document, where neither sentence has a candidate in the other's document
    scoring `CLAUSE_UNSURE` or more (a sentence with a sure counterpart keeps it whole), one
    of the two has clauses, and their figures do not disagree."""
    if not len(ii):
        return np.zeros(0, dtype=np.int64)
    n_docs = int(doc_of.max()) + 1 if len(doc_of) else 1
    # One key per (sentence, other document); each pair has one at each end.
    ends = [ii * n_docs + doc_of[jj], jj * n_docs + doc_of[ii]]
    keys, inverse = np.unique(np.concatenate(ends), return_inverse=True)
    end_keys = [inverse[: len(ii)], inverse[len(ii) :]]
    best = np.zeros(len(keys))
    for ek in end_keys:
        np.maximum.at(best, ek, scores)
    unsure = [best[ek] < CLAUSE_UNSURE for ek in end_keys]
    order = np.arange(len(ii))
    top = np.zeros(len(ii), dtype=bool)
    floor = scores >= CLAUSE_FLOOR
    for ek, side_unsure in zip(end_keys, unsure, strict=True):
        # Rank each key's candidates (best score first, then pair order) and keep the first few.
        idx = order[floor]
        if not len(idx):
            break
        idx = idx[np.lexsort((idx, -scores[idx], ek[idx]))]
        starts = np.r_[True, ek[idx][1:] != ek[idx][:-1]]
        first = np.maximum.accumulate(np.where(starts, np.arange(len(idx)), 0))
        chosen = idx[(np.arange(len(idx)) - first) < CLAUSE_TOP]
        top[chosen[side_unsure[chosen]]] = True
    top &= unsure[0] & unsure[1]
    keep = []
    for k in np.flatnonzero(top).tolist():
        i, j = int(ii[k]), int(jj[k])
        if (clauses(texts[i]) or clauses(texts[j])) and not _figures_disagree(texts[i], texts[j]):
            keep.append(k)
    return np.asarray(keep, dtype=np.int64)


def _figures_disagree(a: str, b: str) -> bool:
    """Both sentences state figures (dates, counts) and share none: a clause taken out of
    either would lose the figures that tell the two apart."""
    na, nb = features(a).numbers, features(b).numbers
    return bool(na and nb and not na & nb)


NEEDS_CLAIM_WORD = True
"""Parts are scored against each other only when they share a claim word
(`shares_claim_word`); false only to measure the rule (`tools/semantic_clauses.py`)."""


def shares_claim_word(a: str, b: str) -> bool:
    """`a` and `b` share a content word (by stem) that is neither a name (capitalised inside
    a sentence) nor a figure in either: a word of what the two say, not only of whom or what
    they speak. Short parts score high on shared names alone (a clause "when Min Aung Hlaing
    visited Belarus" against a sentence on another meeting of his), so parts that share only
    names and figures are not scored against each other. Measured with
    `tools/semantic_clauses.py`: every clause link of WikiSplit containment and of the Bible
    development pair shares such a word; a quarter of those between the two halves of one
    WikiSplit sentence (two claims on one subject) share none. A word written as part of a
    title ("the Development Cooperation Roadmap") counts as a name: reading such a word as a
    common one ("a roadmap for cooperation") let more of those false links through."""
    fa, fb = features(a), features(b)
    common = set(fa.stems) & set(fb.stems)
    return bool(common - fa.names - fb.names - fa.numbers - fb.numbers)


WHOLE = -1
"""Part index of a whole sentence (clauses are numbered from 0 in `clauses(text)` order)."""


def parts_document(parts: Sequence[str]) -> Document:
    """A document holding `parts` as its sentences, one per paragraph: what an embedding
    scorer's `prepare` takes, so the clauses' vectors are stored on disk under its content
    hash like any document's, and a rerun on the same documents needs no model run."""
    sentences: list[Sentence] = []
    paragraphs: list[Span] = []
    pos = 0
    for k, part in enumerate(parts):
        sentences.append(Sentence(k, pos, pos + len(part), part, k))
        paragraphs.append(Span(pos, pos + len(part)))
        pos += len(part) + 1
    return Document(
        text="\n".join(parts),
        source="<clauses>",
        sentences=tuple(sentences),
        paragraphs=tuple(paragraphs),
    )


def best_part_scores(
    texts: Sequence[str],
    ii: np.ndarray,
    jj: np.ndarray,
    score_pairs: ScorePairs,
    prepare: Callable[[Sequence[Document]], None] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each pair (ii[k], jj[k]), the best score of a clause of one sentence against a
    clause of the other or the other whole (the two wholes are not scored here), and which
    parts gave it (`WHOLE` or the clause's index) on each side. `prepare` (an embedding
    scorer's) is first given the clauses as one document (`parts_document`)."""
    parts: dict[str, int] = {}

    def part_ids(text: str) -> list[tuple[int, int, str]]:
        named = [*enumerate(clauses(text)), (WHOLE, text)]
        return [(p, parts.setdefault(t, len(parts)), t) for p, t in named]

    combos: list[tuple[int, int]] = []
    owner: list[tuple[int, int, int]] = []
    for k, (i, j) in enumerate(zip(ii.tolist(), jj.tolist(), strict=True)):
        for pa, a, ta in part_ids(texts[i]):
            for pb, b, tb in part_ids(texts[j]):
                if (pa, pb) != (WHOLE, WHOLE) and (
                    not NEEDS_CLAIM_WORD or shares_claim_word(ta, tb)
                ):
                    combos.append((a, b))
                    owner.append((k, pa, pb))
    best = np.zeros(len(ii))
    left = np.full(len(ii), WHOLE, dtype=np.int64)
    right = np.full(len(ii), WHOLE, dtype=np.int64)
    if not combos:
        return best, left, right
    names = list(parts)
    wholes = {texts[i] for i in ii.tolist()} | {texts[j] for j in jj.tolist()}
    fresh = sorted(set(names) - wholes)
    if prepare is not None and fresh:
        prepare([parts_document(fresh)])
    got = score_pairs(names, names, combos)
    for (k, pa, pb), score in zip(owner, got, strict=True):
        if score > best[k]:
            best[k], left[k], right[k] = score, pa, pb
    return best, left, right


def raise_by_clauses(
    texts: Sequence[str],
    ii: np.ndarray,
    jj: np.ndarray,
    scores: np.ndarray,
    doc_of: np.ndarray,
    score_pairs: ScorePairs,
    bar: float = 0.0,
    prepare: Callable[[Sequence[Document]], None] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`scores` with each pair chosen by `clause_pairs` raised to its best clause-level score
    when that is higher and at least `bar`, and for every pair the parts that scored it on
    each side (`WHOLE` for pairs not raised)."""
    chosen = clause_pairs(texts, ii, jj, scores, doc_of)
    left = np.full(len(scores), WHOLE, dtype=np.int64)
    right = np.full(len(scores), WHOLE, dtype=np.int64)
    if len(chosen) == 0:
        return scores, left, right
    best, pl, pr = best_part_scores(texts, ii[chosen], jj[chosen], score_pairs, prepare)
    out = scores.copy()
    up = (best > scores[chosen]) & (best >= bar)
    out[chosen[up]] = best[up]
    left[chosen[up]], right[chosen[up]] = pl[up], pr[up]
    return out, left, right
