"""Fitting the published weights: `python -m tools.semantic_fit` (about a minute on 2 cores).

Fits L2-regularised logistic regressions (Newton's method, scikit-learn's default C = 1) of
"paraphrase" on the scorers' features over the MRPC training split, chooses the thresholds on
the same pairs (`compare.semantic.weights` says which), prints the values to paste into
`compare.semantic.weights`, and validates on the STS-B and MRPC dev splits next to the raw
cosine. Data: tools/semantic_data.py.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tools.semantic_data import (
    PairSet,
    best_f1_threshold,
    f1_at,
    mrpc,
    stsb,
)

L2 = 1.0
"""Ridge penalty 0.5 * L2 * |w|^2 on the feature weights, not the bias."""


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


def feature_matrix(data: PairSet, names: Sequence[str]) -> np.ndarray:
    """Feature columns `names` (see `compare.semantic.scorers`) of every pair of `data`."""
    from compare.semantic.scorers import feature_columns

    pairs = [(i, i) for i in range(len(data.left))]
    return np.column_stack([feature_columns(n)(data.left, data.right, pairs) for n in names])


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(a, b).statistic)


def main() -> None:
    from compare.semantic import weights as W
    from compare.semantic.scorers import logistic

    train, dev, sts_dev = mrpc("train"), mrpc("dev"), stsb("dev")
    for label, names in (("semantic", W.SEMANTIC_FEATURES), ("hybrid", W.HYBRID_FEATURES)):
        w = fit_logistic(feature_matrix(train, names), train.gold)
        weights = {"bias": round(float(w[0]), 3)} | {
            n: round(float(v), 3) for n, v in zip(names, w[1:], strict=True)
        }
        p_train = logistic(feature_matrix(train, names), names, weights)
        best = round(best_f1_threshold(p_train, train.gold), 2)
        positives = np.sort(p_train[train.gold == 1])
        min_score = round(float(np.quantile(positives, 1 - W.LINK_RECALL)), 2)
        para = round(float(np.quantile(positives, 1 - W.PARAPHRASE_RECALL)), 2)
        p_dev = logistic(feature_matrix(dev, names), names, weights)
        p_sts = logistic(feature_matrix(sts_dev, names), names, weights)
        print(
            f"{label}: weights {weights}, min_score {min_score}, paraphrase_score {para}; "
            f"dev: STS-B Spearman {100 * spearman(p_sts, sts_dev.gold):.2f}, "
            f"MRPC F1 {100 * f1_at(p_dev, dev.gold, best):.2f} (best-F1 threshold {best})"
        )
    cos_train = feature_matrix(train, ("cos",))[:, 0]
    t = best_f1_threshold(cos_train, train.gold)
    print(
        f"raw cosine: dev STS-B Spearman "
        f"{100 * spearman(feature_matrix(sts_dev, ('cos',))[:, 0], sts_dev.gold):.2f}, "
        f"MRPC F1 {100 * f1_at(feature_matrix(dev, ('cos',))[:, 0], dev.gold, t):.2f} "
        f"(threshold {t:.3f} from MRPC train)"
    )


if __name__ == "__main__":
    main()
