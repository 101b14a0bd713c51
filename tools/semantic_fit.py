"""Fitting the published weights: `python -m tools.semantic_fit` (a few minutes on 2 cores).

Fits L2-regularised logistic regressions (Newton's method, scikit-learn's default C = 1) of
"paraphrase" on the scorers' features over the MRPC training split, chooses the thresholds on
the same pairs (`compare.semantic.weights` says which), prints the values to paste into
`compare.semantic.weights`, and validates on the STS-B and MRPC dev splits next to the raw
cosine and the two-feature hybrid (cos + lexical). Data: tools/semantic_data.py.

The hybrid's features are chosen by forward selection from `CANDIDATES`, starting at
cos + lexical, on training data only: a candidate is added when it raises the 10-fold
cross-validated MRPC-train F1 (threshold chosen inside each training fold) by more than one
standard error of the paired per-fold difference, and the fitted scorer still ranks STS-B
train pairs at least as well as the raw cosine (Spearman); the best such candidate is added,
and selection stops when none qualifies. The dev splits play no part in the choice.

`--all-metrics` also prints the selected hybrid next to the same plus every
machine-translation-metric candidate at once (`MT_CANDIDATES`), the combination Madnani,
Tetreault & Chodorow (2012) used: it gains in cross-validation on MRPC train but ranks STS-B
pairs far worse than the raw cosine, so it is reported, not published.
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

MT_CANDIDATES = (
    "ngram1_f1",
    "ngram2_f1",
    "ngram3_f1",
    "ngram4_f1",
    "ngram1_min",
    "cos_ngram1_min",
    "chrf",
    "token_edit",
    "token_lcs",
    "unmatched_words",
    "negation_mismatch",
)
"""Machine-translation-metric candidates (`compare.semantic.pair_features.MT_FEATURES`)."""
L2 = 1.0
"""Ridge penalty 0.5 * L2 * |w|^2 on the feature weights, not the bias."""
BASE = ("cos", "lexical")
CANDIDATES = (
    "cos2",
    "cos_lexical",
    "numbers",
    "number_conflict",
    "names",
    "name_conflict",
    "length_gap",
    *MT_CANDIDATES,
)
"""Features the hybrid may add to `BASE` (see `compare.semantic.scorers.SemanticScorer.feature`)."""
FOLDS = 10


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


class Columns:
    """Feature columns of one pair set, each computed once."""

    def __init__(self, data: PairSet) -> None:
        self.data = data
        self._cols: dict[str, np.ndarray] = {}

    def __call__(self, names: Sequence[str]) -> np.ndarray:
        from compare.semantic.scorers import DERIVED

        for name in names:
            if name in self._cols:
                continue
            if name in DERIVED:
                parts, combine = DERIVED[name]
                self._cols[name] = combine(*self(parts).T)
            else:
                self._cols[name] = feature_matrix(self.data, [name])[:, 0]
        return np.column_stack([self._cols[n] for n in names])


def cross_validated_f1(x: np.ndarray, y: np.ndarray, folds: np.ndarray) -> np.ndarray:
    """Per-fold F1 of the logistic fit, the threshold chosen on each training part."""
    out = []
    for k in np.unique(folds).tolist():
        train, test = folds != k, folds == k
        w = fit_logistic(x[train], y[train])
        z = w[0] + x @ w[1:]
        out.append(f1_at(z[test], y[test], best_f1_threshold(z[train], y[train])))
    return np.array(out)


def select_features(train: Columns, sts_train: Columns, *, verbose: bool = True) -> list[str]:
    """Forward selection from `CANDIDATES` (see the module docstring)."""
    y = train.data.gold
    folds = np.random.default_rng(0).permutation(len(y)) % FOLDS
    raw = spearman(sts_train(("cos",))[:, 0], sts_train.data.gold)
    chosen = list(BASE)
    current = cross_validated_f1(train(chosen), y, folds)
    while True:
        best: tuple[str, float, np.ndarray] | None = None
        for name in CANDIDATES:
            if name in chosen:
                continue
            names = [*chosen, name]
            f1 = cross_validated_f1(train(names), y, folds)
            gain = f1 - current
            se = float(gain.std(ddof=1) / np.sqrt(len(gain)))
            w = fit_logistic(train(names), y)
            rank = spearman(w[0] + sts_train(names) @ w[1:], sts_train.data.gold)
            ok = gain.mean() > se and rank >= raw
            if verbose:
                print(
                    f"  + {name:16s} CV F1 gain {100 * gain.mean():+.2f} (se {100 * se:.2f}), "
                    f"STS-B train Spearman {100 * rank:.2f} (raw cosine {100 * raw:.2f})"
                    f"{'  qualifies' if ok else ''}"
                )
            if ok and (best is None or gain.mean() > best[1]):
                best = (name, float(gain.mean()), f1)
        if best is None:
            return chosen
        chosen.append(best[0])
        current = best[2]
        if verbose:
            print(f"  added {best[0]}: {chosen}, CV F1 {100 * current.mean():.2f}")


def fitted(train: Columns, names: Sequence[str]) -> tuple[dict[str, float], float, float, float]:
    """Rounded weights, best-F1 threshold, link threshold and paraphrase threshold."""
    from compare.semantic import weights as W
    from compare.semantic.scorers import logistic

    w = fit_logistic(train(names), train.data.gold)
    weights = {"bias": round(float(w[0]), 3)} | {
        n: round(float(v), 3) for n, v in zip(names, w[1:], strict=True)
    }
    p_train = logistic(train(names), names, weights)
    best = round(best_f1_threshold(p_train, train.data.gold), 2)
    positives = np.sort(p_train[train.data.gold == 1])
    min_score = round(float(np.quantile(positives, 1 - W.LINK_RECALL)), 2)
    para = round(float(np.quantile(positives, 1 - W.PARAPHRASE_RECALL)), 2)
    return weights, best, min_score, para


DUPLICATE_COSINE = 0.8
"""Lookalikes are the nearest other sentences below this cosine (MRPC repeats sentences)."""


def lookalikes(data: PairSet) -> PairSet:
    """Each first sentence of `data` with the second sentence of another pair nearest to it by
    cosine (below `DUPLICATE_COSINE`): what an aligner meets when a sentence's counterpart is
    missing from the other article."""
    from compare.semantic import make_scorer

    scorer = make_scorer("semantic")
    assert scorer is not None
    sims = scorer.cache.vectors(data.left) @ scorer.cache.vectors(data.right).T
    np.fill_diagonal(sims, -np.inf)
    sims[sims >= DUPLICATE_COSINE] = -np.inf
    nearest = sims.argmax(axis=1)
    return PairSet(
        f"{data.name} lookalikes",
        list(data.left),
        [data.right[int(k)] for k in nearest],
        np.zeros(len(data.left), dtype=np.int64),
    )


def threshold_checks(
    train: Columns, sts_train: Columns, names: Sequence[str], weights: dict[str, float]
) -> None:
    """Two other link thresholds the training data suggests, for comparison with the
    published one (99 % recall of MRPC-train paraphrases)."""
    from compare.semantic.scorers import logistic

    p_sts = logistic(sts_train(names), names, weights)
    loose = best_f1_threshold(p_sts, (sts_train.data.gold >= 2).astype(np.int64))
    look = Columns(lookalikes(train.data))
    p_pairs = logistic(train(names), names, weights)
    p_look = logistic(look(names), names, weights)
    scores = np.concatenate([p_pairs, p_look])
    labels = np.concatenate([np.ones(len(p_pairs)), np.zeros(len(p_look))]).astype(np.int64)
    apart = best_f1_threshold(scores, labels)
    print(
        f"  link threshold checks: best-F1 score for STS-B train pairs graded >= 2 "
        f"('share some details') {loose:.2f}; best-F1 score separating MRPC-train pairs from "
        f"their nearest other MRPC sentence {apart:.2f}"
    )


def all_metrics_report(
    train: Columns, dev: Columns, sts_train: Columns, sts_dev: Columns, hybrid: Sequence[str]
) -> None:
    """The selected hybrid against the same plus every machine-translation metric at once (as
    Madnani et al. combine them): 10-fold CV F1 on MRPC train, STS-B train ranking, and the
    dev figures (validation only; `--all-metrics`)."""
    y = train.data.gold
    folds = np.random.default_rng(0).permutation(len(y)) % FOLDS
    for label, names in (
        ("selected hybrid", list(hybrid)),
        ("selected hybrid + all MT metrics", [*hybrid, *MT_CANDIDATES]),
    ):
        f1 = cross_validated_f1(train(names), y, folds)
        w = fit_logistic(train(names), y)
        z = {c.data.name: w[0] + c(names) @ w[1:] for c in (train, dev, sts_train, sts_dev)}
        best = best_f1_threshold(z[train.data.name], y)
        print(
            f"{label}: MRPC train CV F1 {100 * f1.mean():.2f}, STS-B train Spearman "
            f"{100 * spearman(z[sts_train.data.name], sts_train.data.gold):.2f}; dev: MRPC F1 "
            f"{100 * f1_at(z[dev.data.name], dev.data.gold, best):.2f}, STS-B Spearman "
            f"{100 * spearman(z[sts_dev.data.name], sts_dev.data.gold):.2f}"
        )


def main() -> None:
    import sys

    from compare.semantic.scorers import logistic

    train, dev = Columns(mrpc("train")), Columns(mrpc("dev"))
    sts_train, sts_dev = Columns(stsb("train")), Columns(stsb("dev"))
    print("hybrid feature selection (MRPC train 10-fold CV, STS-B train ranking):")
    hybrid = select_features(train, sts_train)
    if "--all-metrics" in sys.argv:
        all_metrics_report(train, dev, sts_train, sts_dev, hybrid)
    for label, names in (
        ("semantic", ["cos"]),
        ("hybrid, cos + lexical only", list(BASE)),
        ("hybrid", hybrid),
    ):
        weights, best, min_score, para = fitted(train, names)
        p_dev = logistic(dev(names), names, weights)
        p_sts = logistic(sts_dev(names), names, weights)
        print(
            f"{label}: features {tuple(names)}, weights {weights}, min_score {min_score}, "
            f"paraphrase_score {para}; dev: STS-B Spearman "
            f"{100 * spearman(p_sts, sts_dev.data.gold):.2f}, MRPC F1 "
            f"{100 * f1_at(p_dev, dev.data.gold, best):.2f} (best-F1 threshold {best})"
        )
    threshold_checks(train, sts_train, hybrid, fitted(train, hybrid)[0])
    cos_train = train(("cos",))[:, 0]
    t = best_f1_threshold(cos_train, train.data.gold)
    print(
        f"raw cosine: dev STS-B Spearman "
        f"{100 * spearman(sts_dev(('cos',))[:, 0], sts_dev.data.gold):.2f}, "
        f"MRPC F1 {100 * f1_at(dev(('cos',))[:, 0], dev.data.gold, t):.2f} "
        f"(threshold {t:.3f} from MRPC train)"
    )


if __name__ == "__main__":
    main()
