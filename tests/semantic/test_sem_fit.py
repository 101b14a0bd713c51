"""The fitting code recovers known weights; the published weights keep the model's ranking."""

from __future__ import annotations

import numpy as np

from compare.semantic import weights as W
from compare.semantic.scorers import logistic
from tools.semantic_data import best_f1_threshold, threshold_at_precision
from tools.semantic_fit import fit_logistic


def test_fit_logistic_recovers_known_weights() -> None:
    rng = np.random.default_rng(7)
    x = rng.uniform(0, 1, size=(20_000, 2))
    true = np.array([-3.0, 4.0, 2.0])
    p = 1 / (1 + np.exp(-(true[0] + x @ true[1:])))
    y = (rng.uniform(size=len(p)) < p).astype(float)
    w = fit_logistic(x, y, l2=0.0)
    np.testing.assert_allclose(w, true, atol=0.25)


def test_semantic_score_ranks_pairs_exactly_as_the_cosine() -> None:
    cos = np.linspace(-0.2, 1.0, 500)[:, None]
    probs = logistic(cos, W.SEMANTIC_FEATURES, W.SEMANTIC_WEIGHTS)
    assert np.all(np.diff(probs) > 0)


def _hybrid(cos: float, lexical: float, **rest: float) -> float:
    """The published hybrid on one pair given its base columns (derived ones computed)."""
    from compare.semantic.scorers import DERIVED

    cols = {"cos": cos, "lexical": lexical, "number_conflict": 0.0} | rest
    for name in W.HYBRID_FEATURES:
        if name in DERIVED:
            parts, combine = DERIVED[name]
            cols[name] = float(combine(*(np.float64(cols[p]) for p in parts)))
    x = np.array([[cols[n] for n in W.HYBRID_FEATURES]])
    return float(logistic(x, W.HYBRID_FEATURES, W.HYBRID_WEIGHTS)[0])


def test_hybrid_score_grows_with_cosine_and_word_overlap() -> None:
    probs = np.array([[_hybrid(c, lex) for lex in (0.1, 0.4, 0.9)] for c in (0.2, 0.5, 0.8)])
    assert np.all(np.diff(probs, axis=0) > 0) and np.all(np.diff(probs, axis=1) > 0)


def test_disagreeing_figures_never_raise_the_hybrid_score() -> None:
    for c, lex in ((0.3, 0.2), (0.7, 0.5), (0.9, 0.8)):
        assert _hybrid(c, lex, number_conflict=1.0) <= _hybrid(c, lex)


def test_thresholds_are_in_order() -> None:
    for low, high in (
        (W.SEMANTIC_MIN_SCORE, W.SEMANTIC_PARAPHRASE_SCORE),
        (W.HYBRID_MIN_SCORE, W.HYBRID_PARAPHRASE_SCORE),
    ):
        assert 0 < low < high < 1


def test_threshold_helpers() -> None:
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    labels = np.array([1, 1, 0, 1, 0, 0])
    assert threshold_at_precision(scores, labels, 1.0) == 0.8
    assert threshold_at_precision(scores, labels, 0.75) == 0.6
    assert best_f1_threshold(scores, labels) == 0.6


def test_every_candidate_feature_can_be_computed() -> None:
    from compare.semantic import pair_features
    from compare.semantic.scorers import DERIVED
    from tools.semantic_fit import BASE, CANDIDATES, MT_CANDIDATES

    computed = {"cos", "lexical", *pair_features.FEATURES}
    assert set(MT_CANDIDATES) <= set(CANDIDATES)
    for name in (*BASE, *CANDIDATES, *W.HYBRID_FEATURES):
        parts = DERIVED[name][0] if name in DERIVED else (name,)
        assert set(parts) <= computed, name


def test_cross_validation_rewards_an_informative_feature_only() -> None:
    from tools.semantic_fit import cross_validated_f1

    rng = np.random.default_rng(3)
    y = (rng.uniform(size=2_000) < 0.6).astype(np.int64)
    signal = y + rng.normal(0, 0.8, size=len(y))
    noise = rng.normal(size=len(y))
    folds = np.arange(len(y)) % 10
    alone = cross_validated_f1(noise[:, None], y, folds)
    informed = cross_validated_f1(np.column_stack([noise, signal]), y, folds)
    assert informed.mean() > alone.mean() + 0.03
