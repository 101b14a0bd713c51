"""Published weights of the semantic and hybrid scorers (logistic regressions).

score = sigmoid(bias + sum(w_k * x_k)): the probability that two sentences say the same thing.
Features: `cos`, the embedding cosine (all-MiniLM-L6-v2), and `lexical`, the engine's own
lexical score (`compare.lexical.LexicalScorer`) for the same pair.

Fitted offline with numpy by `python -m compare.semantic.fit`: L2-regularised logistic
regression (penalty as scikit-learn's default C = 1), Newton's method, on
tests/data/pairs_synthetic.json (62 hand-written same pairs from nine made-up news stories;
3,871 different pairs). The seed-corpus pairs (tests/data/pairs_seed.json) are held out for
measuring. Refit and paste here when the features or `compare.lexical` change.
"""

from __future__ import annotations

SEMANTIC_FEATURES = ("cos",)
SEMANTIC_WEIGHTS = {"bias": -6.31, "cos": 9.367}

HYBRID_FEATURES = ("cos", "lexical")
HYBRID_WEIGHTS = {"bias": -6.553, "cos": 7.397, "lexical": 4.554}

MIN_SCORE = 0.5
"""Suggested link threshold for both: the fitted models' decision boundary (more likely the
same than not). Not tuned on the seed corpus."""
