"""Published weights of the semantic and hybrid scorers (logistic regressions).

score = sigmoid(bias + sum(w_k * x_k)): the probability that two sentences say the same thing.
Features: `cos`, the cosine of the two sentences' paraphrase-MiniLM-L3-v2 embeddings; for the
hybrid, also `lexical`, the engine's own lexical score (`compare.lexical.LexicalScorer`). Both
are monotone in their features, so the semantic score ranks pairs exactly as the raw cosine
does, and the hybrid adds word overlap on top.

Fitted by `python -m tools.semantic_fit` (L2-regularised logistic regression, Newton's method,
scikit-learn's default C = 1) on the MRPC training split (3,675 news sentence pairs, 67 %
paraphrases; galsang/ABCNN `msr_paraphrase_train.txt`); thresholds chosen on the same
training pairs; validated on the STS-B and MRPC dev splits (test splits untouched):

- `*_MIN_SCORE`: the link threshold, the score above which `LINK_RECALL` of MRPC-train
  paraphrases lie. MRPC's paraphrases are close rewrites; two articles retelling one story
  paraphrase much more loosely, so the threshold sits low and the aligner's one-to-one
  matching does the rest.
- `*_PARAPHRASE_SCORE`: a link whose words differ too much to be "edited" (a "paraphrase")
  needs at least this score, the point above which `PARAPHRASE_RECALL` of MRPC-train
  paraphrases lie.
- The best-F1 threshold on MRPC train (0.36 semantic, 0.44 hybrid) is what the MRPC F1 in
  benchmarks/bench_semantic.py uses.

Refit and paste here when the model or `compare.lexical` changes
(tests/semantic/test_sem_fit.py checks these on the features of a few MRPC-like pairs).
"""

from __future__ import annotations

LINK_RECALL = 0.99
PARAPHRASE_RECALL = 0.98

SEMANTIC_FEATURES = ("cos",)
SEMANTIC_WEIGHTS = {"bias": -4.59, "cos": 6.976}
SEMANTIC_MIN_SCORE = 0.25
SEMANTIC_PARAPHRASE_SCORE = 0.32

HYBRID_FEATURES = ("cos", "lexical")
HYBRID_WEIGHTS = {"bias": -5.045, "cos": 4.893, "lexical": 2.805}
HYBRID_MIN_SCORE = 0.23
HYBRID_PARAPHRASE_SCORE = 0.30
