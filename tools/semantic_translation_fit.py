"""Fitting the cross-language weights: `python -m tools.semantic_translation_fit`.

Data: the fitting half of WMT newstest2012 (tools/semantic_translation_data.py), Russian-English
and French-English, article by article. Positives: the gold translation pairs (sentence k of
an article and sentence k of its translation). Negatives: each sentence's three most similar
*other* sentences of the translated article by USE cosine, both ways (the pairs an aligner
must not take). Fits an L2-regularised logistic regression of "translation" on the cosine
(`tools.semantic_fit.fit_logistic`) and prints `CROSS_WEIGHTS` to paste into
`compare.semantic.multilingual`, with the fitted score's accuracy on the same pairs. The
held-out half is not read.

`--sweep` (about 5 minutes) then aligns the fitting half's articles with their translations
(`tools.semantic_translation_data.cases`: as given, and as a shuffled rewrite with a quarter
of the segments dropped) at each candidate `CROSS_LINK_COSINE` and prints precision and
coverage; the published value is the lowest at which every case keeps precision >= 0.995.
"""

from __future__ import annotations

import sys

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
    p = 1.0 / (1.0 + np.exp(-(w[0] + w[1] * x)))
    print(
        f"accuracy at 0.5 on these pairs: {float(np.mean((p >= 0.5) == (y == 1))):.3f} "
        f"(published weights: {float(np.mean((calibrate(x) >= 0.5) == (y == 1))):.3f})"
    )
    if "--sweep" in sys.argv[1:]:
        sweep()


LINK_COSINES = (0.58, 0.55, 0.52, 0.49, 0.46)
MIN_PRECISION = 0.995


def sweep() -> None:
    """Precision and coverage on the fitting half at each candidate link cosine."""
    import os
    import tempfile
    from pathlib import Path

    from compare.semantic import multilingual
    from tools.semantic_translation_data import cases, evaluate

    os.environ["SAMESTORY_CACHE_DIR"] = tempfile.mkdtemp(prefix="translation-fit-")
    items = cases("fit", 50, Path(tempfile.mkdtemp(prefix="translation-fit-docs-")))
    published = multilingual.CROSS_LINK_COSINE
    chosen = None
    try:
        for cosine in LINK_COSINES:
            multilingual.CROSS_LINK_COSINE = cosine
            result, _ = evaluate("auto", items)
            shown = ", ".join(
                f"{label} {r['precision']:.3f}/{r['coverage']:.3f}" for label, r in result.items()
            )
            print(f"link cosine {cosine}: precision/coverage {shown}")
            if not all(r["precision"] >= MIN_PRECISION for r in result.values()):
                break
            chosen = cosine
    finally:
        multilingual.CROSS_LINK_COSINE = published
    print(f"CROSS_LINK_COSINE = {chosen}")


if __name__ == "__main__":
    main()
