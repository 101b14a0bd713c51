"""Hybrid beats lexical on recall at equal precision (seed-corpus pairs and alignments)."""

from __future__ import annotations

import json

import numpy as np
import pytest

pytestmark = pytest.mark.usefixtures("needs_extra")


def test_hybrid_recall_beats_lexical_at_equal_precision_on_seed_pairs(hybrid) -> None:  # type: ignore[no-untyped-def]
    """At every precision from 0.5 to 1.0 the hybrid finds at least as many of the labelled
    pairs as the lexical scorer, and clearly more at most levels."""
    from compare.lexical import LexicalScorer
    from tools.semantic_evaluate import best_recall_at_precision, score_blocks, seed_blocks

    blocks = seed_blocks()
    lex_scores, labels = score_blocks(blocks, LexicalScorer())
    hyb_scores, labels2 = score_blocks(blocks, hybrid)
    assert np.array_equal(labels, labels2) and labels.sum() == 21
    levels = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
    lex = [best_recall_at_precision(lex_scores, labels, p).recall for p in levels]
    hyb = [best_recall_at_precision(hyb_scores, labels, p).recall for p in levels]
    assert all(h >= x for h, x in zip(hyb, lex, strict=True)), (lex, hyb)
    assert sum(h > x for h, x in zip(hyb, lex, strict=True)) >= 4, (lex, hyb)
    # At full precision the margin is wide (17 vs 14 of 21 pairs when measured).
    assert hyb[-1] >= lex[-1] + 2 / 21, (lex, hyb)


def _link_pr(al, same: set, partial: set) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    pred = {(lk.a.doc, lk.a.sentence, lk.b.doc, lk.b.sentence) for lk in al.links} - partial
    tp = len(pred & same)
    return (tp / len(pred) if pred else 1.0), tp / len(same)


def test_hybrid_default_beats_lexical_default_on_seed_links(seed_docs, hybrid) -> None:  # type: ignore[no-untyped-def]
    """The claim, at the default thresholds (no `min_score` passed): aligning the five seed
    documents, the hybrid's links are at least as precise as the lexical scorer's and find
    more of the labelled pairs (measured: lexical 21 links, P 0.71 / R 0.71 = 15 of 21; hybrid
    20 links, P 0.85 / R 0.81 = 17 of 21). The hybrid's threshold was chosen on these pairs
    and the synthetic training pairs, never on the gold files."""
    from compare.aligner import align
    from tools.semantic_evaluate import DATA_DIR

    data = json.loads((DATA_DIR / "pairs_seed.json").read_text(encoding="utf-8"))
    # The labels were made on this segmentation; stop loudly if it changed.
    for doc, snap in zip(seed_docs, data["documents"], strict=True):
        content = {str(s.index): s.text for s in doc.sentences if not s.boilerplate}
        if content != snap["sentences"]:
            pytest.fail(f"seed segmentation changed for {snap['file']}; relabel pairs_seed.json")
    same = {tuple(p) for p in data["same"]}
    partial = {tuple(p) for p in data["partial"]}
    lex_p, lex_r = _link_pr(align(seed_docs, use_cache=False), same, partial)
    hyb_p, hyb_r = _link_pr(align(seed_docs, scorer=hybrid, use_cache=False), same, partial)
    assert hyb_p >= lex_p and hyb_r > lex_r, ((lex_p, lex_r), (hyb_p, hyb_r))


def test_hybrid_default_on_held_out_gold_links(seed_docs) -> None:  # type: ignore[no-untyped-def]
    """Held out: the compare engineer's gold alignments (000-001, 000-002; the lexical
    thresholds were calibrated on them). At the defaults the hybrid is exactly as precise as
    the lexical scorer and finds at least as many required links; it does NOT find more
    (measured: both 14 of 21 at precision 1.00; the hybrid takes 000's sentence 11 with 001's
    18 as a 2:1 merge where the gold wants 11 with 19-20). Lower hybrid thresholds find more
    (16 of 21 at 0.20) but link 000's lede to 002's headline."""
    from compare.semantic import make_scorer
    from tools.semantic_evaluate import DATA_DIR, gold_pr

    files = sorted(DATA_DIR.glob("gold_*.json"))
    assert len(files) >= 2
    hybrid = make_scorer("hybrid")

    def totals(scorer):  # type: ignore[no-untyped-def]
        prs = [gold_pr(f, seed_docs, scorer, None) for f in files]
        links = sum(p.predicted for p in prs)
        right = sum(round(p.precision * p.predicted) for p in prs)
        return right / links, sum(p.true_positives for p in prs)

    lex_p, lex_found = totals(None)
    hyb_p, hyb_found = totals(hybrid)
    assert hyb_p >= lex_p, (lex_p, hyb_p)
    assert hyb_found >= lex_found, (lex_found, hyb_found)
