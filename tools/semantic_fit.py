"""Fitting the published weights: `python -m tools.semantic_fit` (numpy only, ~5 s).

Fits L2-regularised logistic regressions by Newton's method on the hand-written pairs of
tests/data/pairs_synthetic.json (62 same pairs; 3,871 different pairs: every other
original/rewrite combination plus 27 hard negatives), prints the weights to paste into `compare.semantic.weights`,
and reports precision/recall on the held-out seed-corpus pairs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

L2 = 1.0
"""Ridge penalty 0.5 * L2 * |w|^2 on the feature weights, not the bias (scikit-learn's default
C = 1); chosen before looking at the seed pairs, not tuned on them."""


def fit_logistic(
    x: np.ndarray, y: np.ndarray, *, l2: float = L2, iterations: int = 50
) -> np.ndarray:
    """Weights `[bias, w_1, ..., w_k]` maximising the penalised log-likelihood."""
    n = x.shape[0]
    xb = np.hstack([np.ones((n, 1)), x])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def feature_matrix(blocks: Sequence[object], names: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Feature columns `names` for every labelled pair in `blocks`."""
    from compare.semantic.scorers import feature_columns
    from tools.semantic_evaluate import score_blocks

    columns = []
    labels = np.zeros(0)
    for name in names:
        values, labels = score_blocks(blocks, feature_columns(name))  # type: ignore[arg-type]
        columns.append(values)
    return np.column_stack(columns), labels


def main() -> None:
    from compare.semantic import weights as W
    from tools.semantic_evaluate import (
        best_f1,
        best_recall_at_precision,
        seed_blocks,
        synthetic_blocks,
    )

    train, test = synthetic_blocks(), seed_blocks()
    for label, names in (
        ("semantic", W.SEMANTIC_FEATURES),
        ("hybrid", W.HYBRID_FEATURES),
        ("lexical (the hybrid's floor)", W.LEXICAL_FEATURES),
    ):
        x, y = feature_matrix(train, names)
        w = fit_logistic(x, y)
        weights = {"bias": round(float(w[0]), 3)} | {
            n: round(float(v), 3) for n, v in zip(names, w[1:], strict=True)
        }
        vector = np.array([weights[n] for n in names])
        train_probs = 1.0 / (1.0 + np.exp(-(weights["bias"] + x @ vector)))
        min_score = round(best_f1(train_probs, y).threshold, 2)
        xt, yt = feature_matrix(test, names)
        probs = 1.0 / (1.0 + np.exp(-(weights["bias"] + xt @ vector)))
        f1 = best_f1(probs, yt)
        at90 = best_recall_at_precision(probs, yt, 0.9)
        print(f"{label}: weights {weights}, best-F1 threshold on the training pairs {min_score}")
        print(
            f"  held-out seed pairs: best F1 {f1.f1:.3f} (P {f1.precision:.3f} R {f1.recall:.3f}"
            f" at {f1.threshold:.3f}); recall at P>=0.9: {at90.recall:.3f}"
        )


if __name__ == "__main__":
    main()
