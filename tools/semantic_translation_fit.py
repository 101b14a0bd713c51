"""Fitting the cross-language weights: `python -m tools.semantic_translation_fit`.

Data: the fitting half of WMT newstest2012 (tools/semantic_translation_data.py), Russian-English
and French-English, article by article. Positives: the gold translation pairs (sentence k of
an article and sentence k of its translation). Negatives: each sentence's three most similar
*other* sentences of the translated article by USE cosine, both ways (the pairs an aligner
must not take). Fits an L2-regularised logistic regression of "translation" on the cosine
(`tools.semantic_fit.fit_logistic`) and prints `CROSS_WEIGHTS` to paste into
`compare.semantic.multilingual`, with the fitted score's accuracy on the same pairs and on the
held-out half (reported, never used to choose anything).
"""

from __future__ import annotations

import numpy as np

from tools.semantic_fit import fit_logistic
from tools.semantic_translation_data import Article, articles

PAIRS = (("ru", "en"), ("fr", "en"))
HARD_NEGATIVES = 3


def cosine_pairs(arts: list[Article]) -> tuple[np.ndarray, np.ndarray]:
    """(cosines, labels) of gold pairs and hard negatives over `arts`."""
    from compare.semantic.multilingual import MultilingualEmbeddings

    emb = MultilingualEmbeddings()
    cos: list[float] = []
    label: list[int] = []
    for art in arts:
        for src, tgt in PAIRS:
            a = emb.vectors(art.sentences[src])
            b = emb.vectors(art.sentences[tgt])
            sims = a @ b.T
            n = len(sims)
            cos.extend(np.diag(sims).tolist())
            label.extend([1] * n)
            if n < 2:
                continue
            masked = sims.copy()
            np.fill_diagonal(masked, -np.inf)
            k = min(HARD_NEGATIVES, n - 1)
            for m in (masked, masked.T):
                top = np.sort(m, axis=1)[:, -k:]
                cos.extend(top.ravel().tolist())
                label.extend([0] * top.size)
    return np.asarray(cos), np.asarray(label, dtype=np.float64)


def main() -> None:
    from compare.semantic.multilingual import calibrate

    x, y = cosine_pairs(articles("fit"))
    w = fit_logistic(x[:, None], y)
    print(f'CROSS_WEIGHTS = {{"bias": {w[0]:.4g}, "cos": {w[1]:.4g}}}')
    print(f"fit pairs: {len(y)} ({int(y.sum())} translations)")
    for part, (xs, ys) in (("fit", (x, y)), ("heldout", cosine_pairs(articles("heldout")))):
        p = 1.0 / (1.0 + np.exp(-(w[0] + w[1] * xs)))
        acc = float(np.mean((p >= 0.5) == (ys == 1)))
        print(
            f"{part}: accuracy at 0.5 {acc:.3f} (published weights: "
            f"{float(np.mean((calibrate(xs) >= 0.5) == (ys == 1))):.3f})"
        )


if __name__ == "__main__":
    main()
