"""The townships case on the bundled corpus: unlinking a wrong counterpart re-runs the
assignment (`compare.corrections`) under the hybrid scorer."""

from __future__ import annotations

import pytest

from compare.corrections import Constraints, apply
from compare.model import Alignment
from compare.model import SentenceRef as R

pytestmark = pytest.mark.usefixtures("needs_extra")


@pytest.fixture(scope="module")
def townships(seed_docs, hybrid):  # type: ignore[no-untyped-def]
    """The 000-001 alignment and the two townships sentences."""
    from compare.aligner import align

    docs = list(seed_docs[:2])
    (ours,) = [s.index for s in docs[0].sentences if "145 of 330 townships" in s.text]
    (theirs,) = [s.index for s in docs[1].sentences if "145 of Myanmar’s 330 townships" in s.text]
    return align(docs, scorer=hybrid, use_cache=False), R(0, ours), R(1, theirs)


def _partners(al: Alignment, ref: R) -> set[R]:
    return {lk.other(ref) for lk in al.links_of(ref)}


def test_unlinking_the_wrong_counterpart_frees_the_sentence(townships, hybrid) -> None:  # type: ignore[no-untyped-def]
    al, ours, theirs = townships
    wrong = _partners(al, theirs) - {ours}
    assert wrong, "001's townships sentence has no wrong counterpart any more: update this test"
    fixed = apply(al, Constraints(forbids={(w, theirs): "unlink" for w in wrong}), scorer=hybrid)
    assert not _partners(fixed, theirs) & wrong
    # Links between other sentences are left as they were.
    untouched = {(lk.a, lk.b) for lk in al.links if theirs not in (lk.a, lk.b)} - {
        (lk.a, lk.b) for lk in al.links if lk.a in wrong or lk.b in wrong
    }
    assert untouched <= {(lk.a, lk.b) for lk in fixed.links}


@pytest.mark.xfail(
    strict=True,
    reason="the pair scores 0.18 under the hybrid, below its link threshold 0.24 (chosen on "
    "MRPC train); no feature that MRPC/STS-B training data supports lifts it (see "
    "compare.semantic.weights)",
)
def test_townships_pair_is_linked_after_unlinking_the_wrong_counterpart(townships, hybrid) -> None:  # type: ignore[no-untyped-def]
    al, ours, theirs = townships
    wrong = _partners(al, theirs) - {ours}
    fixed = apply(al, Constraints(forbids={(w, theirs): "unlink" for w in wrong}), scorer=hybrid)
    assert ours in _partners(fixed, theirs)
    assert ours not in fixed.unique
