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
    from compare.semantic.evaluate import best_recall_at_precision, score_blocks, seed_blocks

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


def test_hybrid_alignment_recall_beats_lexical_at_equal_precision(seed_docs, hybrid) -> None:  # type: ignore[no-untyped-def]
    from compare.aligner import align
    from compare.semantic.evaluate import DATA_DIR

    data = json.loads((DATA_DIR / "pairs_seed.json").read_text(encoding="utf-8"))
    # The labels were made on this segmentation; stop loudly if it changed.
    for doc, snap in zip(seed_docs, data["documents"], strict=True):
        content = {str(s.index): s.text for s in doc.sentences if not s.boilerplate}
        if content != snap["sentences"]:
            pytest.fail(f"seed segmentation changed for {snap['file']}; relabel pairs_seed.json")
    same = {tuple(p) for p in data["same"]}
    partial = {tuple(p) for p in data["partial"]}
    lex_p, lex_r = _link_pr(align(seed_docs, use_cache=False), same, partial)
    hybrid.prepare(seed_docs)
    best = max(
        (
            _link_pr(align(seed_docs, scorer=hybrid, min_score=t, use_cache=False), same, partial)
            for t in (0.3, 0.4, 0.5, 0.6, 0.7)
        ),
        key=lambda pr: pr[1] if pr[0] >= lex_p else -1.0,
    )
    assert best[0] >= lex_p and best[1] > lex_r, ((lex_p, lex_r), best)


def test_hybrid_finds_more_gold_links_than_lexical(seed_docs) -> None:  # type: ignore[no-untyped-def]
    """On the compare engineer's gold alignments (000-001, 000-002; lexical thresholds were
    calibrated on them), the hybrid at its default finds more required links than the lexical
    scorer at its default, with at most one link outside the gold (when measured: 16 vs 14 of
    21 required, 19 of 20 links right; the odd one links 000's lede to 002's headline)."""
    from compare.semantic import make_scorer
    from compare.semantic.evaluate import DATA_DIR, gold_pr

    files = sorted(DATA_DIR.glob("gold_*.json"))
    assert len(files) >= 2
    hybrid = make_scorer("hybrid")

    def totals(scorer):  # type: ignore[no-untyped-def]
        prs = [gold_pr(f, seed_docs, scorer, None) for f in files]
        wrong = sum(p.predicted - round(p.precision * p.predicted) for p in prs)
        return sum(p.true_positives for p in prs), wrong

    lex_found, lex_wrong = totals(None)
    hyb_found, hyb_wrong = totals(hybrid)
    assert hyb_found > lex_found, (lex_found, hyb_found)
    assert hyb_wrong <= lex_wrong + 1, (lex_wrong, hyb_wrong)
