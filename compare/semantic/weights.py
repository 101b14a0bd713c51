"""Published weights of the semantic and hybrid scorers (logistic regressions).

score = sigmoid(bias + sum(w_k * x_k)): the probability that two sentences say the same thing.
Features: `cos`, the embedding cosine (all-MiniLM-L6-v2); `margin`, the cosine minus the two
sentences' mean similarity to their 5 nearest neighbours among the texts being aligned
(`compare.semantic.margin`: takes out the topic every sentence of one story shares); and, for
the hybrid, `lexical`, the engine's own lexical score (`compare.lexical.LexicalScorer`).

Fitted offline with numpy by `python -m compare.semantic.fit`: L2-regularised logistic
regression (penalty as scikit-learn's default C = 1), Newton's method, on
tests/data/pairs_synthetic.json (62 hand-written same pairs from nine made-up news stories;
3,871 different pairs). The default link thresholds are the best-F1 thresholds on those same
training pairs. The seed-corpus pairs (tests/data/pairs_seed.json) and the gold alignments are
held out for measuring. Refit and paste here when the features or `compare.lexical` change
(tests/semantic/test_sem_fit.py fails when these drift from the optimum by more than 3%).
"""

from __future__ import annotations

SEMANTIC_FEATURES = ("cos", "margin")
SEMANTIC_WEIGHTS = {"bias": -4.591, "cos": 5.455, "margin": 6.243}
SEMANTIC_MIN_SCORE = 0.25

HYBRID_FEATURES = ("cos", "margin", "lexical")
HYBRID_WEIGHTS = {"bias": -5.028, "cos": 4.674, "margin": 5.451, "lexical": 3.273}
HYBRID_MIN_SCORE = 0.22
