"""Published weights of the semantic and hybrid scorers (logistic regressions).

score = sigmoid(bias + sum(w_k * x_k)): the probability that two sentences say the same thing.
Features: `cos`, the embedding cosine (all-MiniLM-L6-v2); `margin`, the cosine minus the two
sentences' mean similarity to their 5 nearest neighbours among the texts being aligned
(`compare.semantic.margin`: takes out the topic every sentence of one story shares); and, for
the hybrid, `lexical`, the engine's own lexical score (`compare.lexical.LexicalScorer`). The
hybrid's score is the larger of its three-feature regression and a lexical-only one
(`LEXICAL_WEIGHTS`), so strong word overlap is never vetoed by a low embedding similarity.

Fitted offline with numpy by `python -m tools.semantic_fit`: L2-regularised logistic
regression (penalty as scikit-learn's default C = 1), Newton's method, on
tests/data/pairs_synthetic.json (62 hand-written same pairs from nine made-up news stories;
3,871 different pairs). The default link thresholds (0.40 for both) were chosen on those
training pairs and on the seed-corpus pairs (tests/data/pairs_seed.json): at 0.40 the hybrid
links the seed corpus at precision 0.85 / recall 0.81 against the lexical default's
0.71 / 0.71 (the best-F1 point on the training pairs, about 0.22, links at precision 0.57).
The gold alignments of tests/data/gold_*.json are held out for measuring only. Refit and paste here when the features or `compare.lexical` change
(tests/semantic/test_sem_fit.py fails when these drift from the optimum by more than 3%).
"""

from __future__ import annotations

SEMANTIC_FEATURES = ("cos", "margin")
SEMANTIC_WEIGHTS = {"bias": -4.591, "cos": 5.455, "margin": 6.243}
SEMANTIC_MIN_SCORE = 0.40

HYBRID_FEATURES = ("cos", "margin", "lexical")
HYBRID_WEIGHTS = {"bias": -5.028, "cos": 4.674, "margin": 5.451, "lexical": 3.273}
HYBRID_MIN_SCORE = 0.40

LEXICAL_FEATURES = ("lexical",)
LEXICAL_WEIGHTS = {"bias": -5.405, "lexical": 10.058}
