"""`SemanticScorer` and `HybridScorer`: the embedding scorers behind `compare.scoring.Scorer`.

Both embed the sentences (batched, cached per text in memory and per document hash on disk),
take the margin-corrected cosine of each requested pair (`compare.semantic.margin`), and map
named features to a probability with the published logistic weights in
`compare.semantic.weights`. The hybrid adds the engine's own lexical score
(`compare.lexical.LexicalScorer`: TF-IDF word overlap, token-set ratio, character 3-grams,
number/name agreement) as a third feature, and never scores below what the lexical score alone
says (`weights.LEXICAL_WEIGHTS`).

`version` fingerprints the feature names, the published weights and the model file: it is part
of the alignment cache key (`compare.align`), so refitting or another `--model` never reuses a
stale cached alignment.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from compare.semantic import weights as W
from compare.semantic.cache import EmbeddingCache
from compare.semantic.margin import Backgrounds
from compare.semantic.model_files import PACKAGED_MODEL_ID, model_digest

if TYPE_CHECKING:
    from readers import Document

Pairs = Sequence[tuple[int, int]]


def logistic(
    features: np.ndarray, names: Sequence[str], weights: Mapping[str, float]
) -> np.ndarray:
    """sigmoid(bias + features @ w) for feature columns named `names`."""
    w = np.array([weights[n] for n in names], dtype=np.float64)
    z = weights["bias"] + features @ w
    return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)


def lexical_scores(left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
    from compare.lexical import LexicalScorer

    return np.asarray(LexicalScorer().score_pairs(left, right, pairs), dtype=np.float64)


class SemanticScorer:
    """Embedding cosine, calibrated to a probability."""

    base_name = "semantic"
    feature_names: tuple[str, ...] = W.SEMANTIC_FEATURES
    weights: Mapping[str, float] = W.SEMANTIC_WEIGHTS
    min_score: float = W.SEMANTIC_MIN_SCORE
    """Suggested link threshold: `compare.align` uses it when no `min_score` is given."""
    floor_weights: Mapping[str, float] | None = None
    """A lexical-only regression the score never goes below (the hybrid's), or None."""

    def __init__(self, cache: EmbeddingCache) -> None:
        self.cache = cache
        self.backgrounds = Backgrounds(cache)
        self._lock = threading.Lock()
        self._version: str | None = None
        model_id = cache.encoder.model_id
        packaged = model_id == PACKAGED_MODEL_ID
        self.name = self.base_name if packaged else f"{self.base_name}@{model_id}"
        """"semantic"/"hybrid" with the packaged model; other models get their id appended
        (the name is part of the alignment cache key)."""

    @property
    def model_id(self) -> str:
        return self.cache.encoder.model_id

    @property
    def version(self) -> str:
        """Fingerprint of the features, weights and model file (part of the align cache key)."""
        if self._version is None:
            blob = json.dumps(
                {
                    "scorer": self.base_name,
                    "features": list(self.feature_names),
                    "weights": dict(self.weights),
                    "floor": dict(self.floor_weights) if self.floor_weights else None,
                    "model": model_digest(self.cache.encoder.files),
                },
                sort_keys=True,
            )
            self._version = hashlib.sha256(blob.encode()).hexdigest()[:16]
        return self._version

    def cosines(self, left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
        """Raw cosine similarity in [-1, 1] of each pair."""
        if not pairs:
            return np.zeros(0, dtype=np.float64)
        idx = np.asarray(pairs, dtype=np.int64)
        if left is right:
            rows = np.unique(idx)
            vecs = self.cache.vectors([left[k] for k in rows])
            where = np.full(int(rows.max()) + 1, -1, dtype=np.int64)
            where[rows] = np.arange(len(rows))
            lv = rv = vecs
            idx = where[idx]
        else:
            li, ri = np.unique(idx[:, 0]), np.unique(idx[:, 1])
            lv = self.cache.vectors([left[k] for k in li])
            rv = self.cache.vectors([right[k] for k in ri])
            lw = np.full(int(li.max()) + 1, -1, dtype=np.int64)
            rw = np.full(int(ri.max()) + 1, -1, dtype=np.int64)
            lw[li], rw[ri] = np.arange(len(li)), np.arange(len(ri))
            idx = np.column_stack([lw[idx[:, 0]], rw[idx[:, 1]]])
        return np.einsum("ij,ij->i", lv[idx[:, 0]], rv[idx[:, 1]]).astype(np.float64)

    def prepare(self, documents: Sequence[Document]) -> None:
        """Embed the documents' content sentences now, via the per-document disk cache.

        Optional: `score_pairs` embeds whatever it is given anyway; calling this first (the
        CLI does, before `compare.align`) reuses vectors stored for the same document hash.
        """
        self.cache.prepare(documents)

    def margins(self, left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
        """cos(x, y) minus the mean background similarity of x and y (`compare.semantic.margin`)."""
        if not pairs:
            return np.zeros(0, dtype=np.float64)
        context = left if left is right else [*left, *right]
        self.backgrounds.set_reference(context)
        idx = np.asarray(pairs, dtype=np.int64)
        bl = self.backgrounds.of([left[i] for i in idx[:, 0]], context)
        br = self.backgrounds.of([right[j] for j in idx[:, 1]], context)
        return self.cosines(left, right, pairs) - (bl + br) / 2

    def feature(self, name: str) -> Callable[[Sequence[str], Sequence[str], Pairs], np.ndarray]:
        """The function computing feature column `name` for a list of pairs."""
        table: dict[str, Callable[[Sequence[str], Sequence[str], Pairs], np.ndarray]] = {
            "cos": self.cosines,
            "margin": self.margins,
            "lexical": lexical_scores,
        }
        return table[name]

    def features(self, left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
        """Shape `(len(pairs), len(feature_names))`."""
        return np.column_stack([self.feature(n)(left, right, pairs) for n in self.feature_names])

    def score_pairs(
        self, left: Sequence[str], right: Sequence[str], pairs: Sequence[tuple[int, int]]
    ) -> list[float]:
        if not pairs:
            return []
        with self._lock:  # the margin reference set is per scorer: one alignment at a time
            features = self.features(left, right, pairs)
        probs = logistic(features, self.feature_names, self.weights)
        if self.floor_weights is not None:
            column = self.feature_names.index("lexical")
            floor = logistic(features[:, [column]], W.LEXICAL_FEATURES, self.floor_weights)
            probs = np.maximum(probs, floor)
        return [float(p) for p in probs]


class HybridScorer(SemanticScorer):
    """Embedding cosine plus the lexical score, combined by logistic regression; never below
    the lexical-only regression (strong word overlap is not vetoed by the embedding)."""

    base_name = "hybrid"
    feature_names = W.HYBRID_FEATURES
    weights = W.HYBRID_WEIGHTS
    min_score = W.HYBRID_MIN_SCORE
    floor_weights = W.LEXICAL_WEIGHTS


def feature_columns(name: str) -> Callable[[Sequence[str], Sequence[str], Pairs], np.ndarray]:
    """Feature column `name` computed with the shared packaged model (for fitting/measuring)."""
    from compare.semantic import make_scorer

    scorer = make_scorer("semantic")
    assert scorer is not None
    return scorer.feature(name)
