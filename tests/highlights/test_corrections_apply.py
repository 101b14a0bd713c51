"""Corrections applied on top of an alignment: pins, forbids, the re-run assignment."""

from __future__ import annotations

from pathlib import Path

import pytest

import compare
import readers
from compare.corrections import Constraints, apply
from compare.model import SentenceRef as R

A = (
    "The storm reached the coast on Monday night. "
    "Officials said 12 people died in the floods. "
    "Schools will stay closed until Friday."
)
B = (
    "Twelve people died in floods, officials said, after the storm. "
    "The storm hit the coast late on Monday. "
    "Schools remain shut until Friday, the council said."
)
C = "A football match was postponed. Fans were told to stay home."


def _aligned() -> compare.Alignment:
    docs = [readers.build_document(t, f"{n}.txt") for n, t in (("a", A), ("b", B), ("c", C))]
    return compare.align(docs, use_cache=False)


def _partner(al: compare.Alignment, ref: R, doc: int) -> R | None:
    link = al.best_link(ref, doc)
    return link.other(ref) if link else None


def test_no_corrections_leave_the_alignment_as_it_is() -> None:
    al = _aligned()
    assert apply(al, Constraints()) is al


def test_a_forbidden_link_is_removed_and_takes_nothing() -> None:
    al = _aligned()
    assert _partner(al, R(0, 0), 1) == R(1, 1)
    fixed = apply(al, Constraints(forbids={(R(0, 0), R(1, 1)): "x"}))
    assert _partner(fixed, R(0, 0), 1) != R(1, 1)
    assert all({lk.a, lk.b} != {R(0, 0), R(1, 1)} for lk in fixed.links)
    assert al.links_of(R(0, 0))  # the cached alignment given in is untouched
    if _partner(fixed, R(0, 0), 1) is None:
        assert R(0, 0) in fixed.unique


def test_a_pin_links_the_pair_and_frees_the_old_counterparts() -> None:
    al = _aligned()
    # a wrong pin on purpose: 0:0 (the storm) with 1:0 (the deaths)
    fixed = apply(al, Constraints(pins={(R(0, 0), R(1, 0)): "p"}))
    (link,) = [lk for lk in fixed.links if (lk.a, lk.b) == (R(0, 0), R(1, 0))]
    assert link.pinned and link.kind in compare.LINK_KINDS and 0.0 <= link.score <= 1.0
    assert _partner(fixed, R(0, 0), 1) == R(1, 0)
    # one-to-one: 0:1 lost 1:0 and 1:1 lost 0:0; the re-run may pair them
    assert _partner(fixed, R(0, 1), 1) in (None, R(1, 1))
    assert not any(lk.pinned for lk in al.links)
    group = fixed.counterparts(R(0, 0))
    assert R(1, 0) in group
    assert fixed.similarity[0][1] > 0


def test_an_existing_link_pinned_keeps_its_score() -> None:
    al = _aligned()
    before = al.best_link(R(0, 2), 1)
    assert before is not None
    fixed = apply(al, Constraints(pins={(before.a, before.b): "p"}))
    after = fixed.best_link(R(0, 2), 1)
    assert after is not None and after.pinned
    assert (after.score, after.kind) == (before.score, before.kind)


def test_a_pin_between_unrelated_sentences_is_linked_anyway() -> None:
    al = _aligned()
    assert R(2, 0) in al.unique
    fixed = apply(al, Constraints(pins={(R(0, 2), R(2, 0)): "p"}))
    assert _partner(fixed, R(2, 0), 0) == R(0, 2)
    assert R(2, 0) not in fixed.unique
    assert fixed.similarity[2][0] > 0


CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "belarus-myanmar"


class TableScorer:
    """Scores from a fixed table (by the first word of single sentences), else 0: two
    sentences joined (a merge trial) score 0."""

    name = "table"

    def __init__(self, table: dict[tuple[str, str], float]) -> None:
        self.table = table

    def score_pairs(self, left, right, pairs):  # type: ignore[no-untyped-def]
        out = []
        for i, j in pairs:
            if left[i].count(".") > 1 or right[j].count(".") > 1:
                out.append(0.0)
                continue
            key = (left[i].split()[0], right[j].split()[0])
            out.append(self.table.get(key, self.table.get(key[::-1], 0.0)))
        return out


def test_unlinking_one_link_frees_the_right_counterpart_of_another() -> None:
    docs = [
        readers.build_document("Alpha walked home. Bravo counted votes.", "a.txt"),
        readers.build_document("Charlie walked home. Delta counted ballots.", "b.txt"),
    ]
    scorer = TableScorer(
        {("Alpha", "Charlie"): 0.9, ("Alpha", "Delta"): 0.55, ("Bravo", "Charlie"): 0.55}
    )
    al = compare.align(docs, scorer=scorer, min_score=0.5, use_cache=False)
    # one-to-one: Alpha took Charlie (far the best), so Bravo and Delta were left alone
    assert [(lk.a, lk.b) for lk in al.links] == [(R(0, 0), R(1, 0))]
    assert {R(0, 1), R(1, 1)} <= set(al.unique)
    fixed = apply(al, Constraints(forbids={(R(0, 0), R(1, 0)): "u"}), scorer=scorer)
    assert sorted((lk.a, lk.b, lk.score) for lk in fixed.links) == [
        (R(0, 0), R(1, 1), 0.55),
        (R(0, 1), R(1, 0), 0.55),
    ]
    assert not ({R(0, 1), R(1, 1)} & set(fixed.unique))
    assert fixed.similarity[0][1] == 1.0
    # pinning instead: the pair is linked even below the threshold, the rest re-assigned
    pinned = apply(al, Constraints(pins={(R(0, 1), R(1, 1)): "p"}), scorer=scorer)
    assert sorted((lk.a, lk.b, lk.pinned) for lk in pinned.links) == [
        (R(0, 0), R(1, 0), False),
        (R(0, 1), R(1, 1), True),
    ]


def test_townships_pair_is_linked_by_a_correction() -> None:
    """On the seed corpus under the hybrid scorer: unlink the wrong counterpart the aligner
    gave 001's townships sentence (when it gave one); when the re-run still leaves the pair
    apart (the scorer scores it under the threshold), pin it."""
    semantic = pytest.importorskip("compare.semantic")
    docs = readers.load([CORPUS]).documents
    try:
        scorer = semantic.make_scorer("hybrid", load=False, documents=list(docs))
    except semantic.SemanticUnavailable:
        pytest.skip("hybrid scorer not installed")
    al = compare.align(docs, scorer=scorer)
    (ours,) = [s.index for s in docs[0].sentences if "145 of 330 townships" in s.text]
    (theirs,) = [s.index for s in docs[1].sentences if "145 of Myanmar’s 330 townships" in s.text]
    a, b = R(0, ours), R(1, theirs)
    wrong = _partner(al, b, 0)
    forbids = {(wrong, b): "u"} if wrong is not None and wrong != a else {}
    fixed = apply(al, Constraints(forbids=forbids), scorer=scorer)
    if forbids:
        assert _partner(fixed, b, 0) != wrong
    if _partner(fixed, b, 0) != a:  # the scorer keeps them apart: a link by hand
        fixed = apply(al, Constraints(pins={(a, b): "p"}, forbids=forbids), scorer=scorer)
        assert fixed.best_link(a, 1).pinned  # type: ignore[union-attr]
    assert _partner(fixed, a, 1) == b
    assert _partner(fixed, b, 0) == a
    assert a not in fixed.unique and b not in fixed.unique
    assert fixed.group_of(a) == fixed.group_of(b)
