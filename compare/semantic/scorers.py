"""`SemanticScorer` and `HybridScorer`: the embedding scorers behind `compare.scoring.Scorer`.

Both embed the sentences (batched, each distinct text once, cached per text in memory and per
document hash on disk), take the cosine of each requested pair and map named features to a
probability with the published logistic weights in `compare.semantic.weights`. The hybrid
adds the engine's own lexical score (`compare.lexical.LexicalScorer`) and whichever other
features the fit kept: the squared cosine, cosine x lexical, cosine x the lower unigram
precision, and the word-level features of `compare.semantic.pair_features` (figures, names,
length, machine-translation metrics) are the candidates.

`candidates(texts, doc_of)` gives the aligner, for long inputs, each sentence's nearest
neighbours by cosine in every other document (all pairs, computed in blocks), so a paraphrase
that shares no rare word with its counterpart is still a candidate.

`version` fingerprints the feature names, the published weights and the model file: it is part
of the alignment cache key (`compare.align`), so refitting or another `--model` never reuses a
stale cached alignment.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from compare.semantic import pair_features
from compare.semantic import weights as W
from compare.semantic.cache import EmbeddingCache
from compare.semantic.model_files import PACKAGED_MODEL_ID, model_digest

if TYPE_CHECKING:
    from readers import Document

Pairs = Sequence[tuple[int, int]]

DERIVED: dict[str, tuple[tuple[str, ...], Callable[..., np.ndarray]]] = {
    "cos2": (("cos",), lambda cos: cos**2),
    "cos_lexical": (("cos", "lexical"), lambda cos, lexical: cos * lexical),
    "cos_ngram1_min": (("cos", "ngram1_min"), lambda cos, covered: cos * covered),
}
"""Features computed from other feature columns: name -> (the columns, how)."""

NEIGHBOURS = 4
"""Candidates kept per sentence and other document by `candidates` (nearest by cosine)."""
_BLOCK = 1024


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
    paraphrase_score: float = W.SEMANTIC_PARAPHRASE_SCORE
    """A "paraphrase"-kind link (words too different to be "edited") needs at least this."""

    def __init__(self, cache: EmbeddingCache) -> None:
        self.cache = cache
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
                    "paraphrase": self.paraphrase_score,
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
        aligner does) reuses vectors stored for the same document hash.
        """
        self.cache.prepare(documents)

    def candidates(
        self, texts: Sequence[str], doc_of: np.ndarray, per_doc: int = NEIGHBOURS
    ) -> tuple[np.ndarray, np.ndarray]:
        """Pairs (i, j), i < j, of different documents where j is among i's `per_doc` nearest
        sentences of j's document by cosine, or i among j's."""
        doc_of = np.asarray(doc_of, dtype=np.int64)
        vectors = self.cache.vectors(list(texts))
        found: list[np.ndarray] = []
        docs = np.unique(doc_of)
        members = {int(d): np.flatnonzero(doc_of == d) for d in docs}
        for x, da in enumerate(docs.tolist()):
            for db in docs.tolist()[x + 1 :]:
                a, b = members[da], members[db]
                found.append(mutual_top(vectors, a, b, per_doc))
        if not found:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        pairs = np.unique(np.concatenate(found), axis=0)
        return pairs[:, 0].copy(), pairs[:, 1].copy()

    def feature(self, name: str) -> Callable[[Sequence[str], Sequence[str], Pairs], np.ndarray]:
        """The function computing feature column `name` for a list of pairs."""
        return lambda left, right, pairs: self._column(name, left, right, pairs, {})

    def features(self, left: Sequence[str], right: Sequence[str], pairs: Pairs) -> np.ndarray:
        """Shape `(len(pairs), len(feature_names))`; each column computed once per call."""
        memo: dict[str, np.ndarray] = {}
        return np.column_stack(
            [self._column(n, left, right, pairs, memo) for n in self.feature_names]
        )

    def _column(
        self,
        name: str,
        left: Sequence[str],
        right: Sequence[str],
        pairs: Pairs,
        memo: dict[str, np.ndarray],
    ) -> np.ndarray:
        """Column `name`, from `memo` when already computed (derived ones from their parts)."""
        if name not in memo:
            if name in DERIVED:
                parts, combine = DERIVED[name]
                memo[name] = combine(*(self._column(p, left, right, pairs, memo) for p in parts))
            else:
                table: dict[str, Callable[[Sequence[str], Sequence[str], Pairs], np.ndarray]] = {
                    "cos": self.cosines,
                    "lexical": lexical_scores,
                    **pair_features.FEATURES,
                }
                memo[name] = table[name](left, right, pairs)
        return memo[name]

    def score_pairs(
        self, left: Sequence[str], right: Sequence[str], pairs: Sequence[tuple[int, int]]
    ) -> list[float]:
        if not pairs:
            return []
        probs = logistic(self.features(left, right, pairs), self.feature_names, self.weights)
        return [float(p) for p in probs]


class HybridScorer(SemanticScorer):
    """Embedding cosine plus the lexical score, combined by logistic regression."""

    base_name = "hybrid"
    feature_names = W.HYBRID_FEATURES
    weights = W.HYBRID_WEIGHTS
    min_score = W.HYBRID_MIN_SCORE
    paraphrase_score = W.HYBRID_PARAPHRASE_SCORE


def mutual_top(vectors: np.ndarray, a: np.ndarray, b: np.ndarray, k: int) -> np.ndarray:
    """Global pairs (min, max) linking rows `a` to their k nearest in `b` and vice versa.

    Works on blocks of `_BLOCK` rows of `a`; on equal cosines the lower index wins.
    """
    if len(a) == 0 or len(b) == 0:
        return np.zeros((0, 2), dtype=np.int64)
    out: list[np.ndarray] = []
    vb = vectors[b]
    ka, kb = min(k, len(b)), min(k, len(a))
    best_b = np.full((len(b), kb), -np.inf, dtype=np.float32)
    arg_b = np.zeros((len(b), kb), dtype=np.int64)
    for start in range(0, len(a), _BLOCK):
        rows = a[start : start + _BLOCK]
        sims = vectors[rows] @ vb.T
        # Each b-row's best a-rows of this block, merged with the best of earlier blocks.
        cols = _row_top(np.ascontiguousarray(sims.T), min(kb, len(rows)))
        merged_vals = np.concatenate([best_b, np.take_along_axis(sims.T, cols, axis=1)], axis=1)
        merged_args = np.concatenate([arg_b, rows[cols]], axis=1)
        keep = np.argsort(-merged_vals, axis=1, kind="stable")[:, :kb]
        best_b = np.take_along_axis(merged_vals, keep, axis=1)
        arg_b = np.take_along_axis(merged_args, keep, axis=1)
        top = _row_top(sims, ka)
        out.append(np.column_stack([np.repeat(rows, ka), b[top.ravel()]]))
    valid = np.isfinite(best_b)
    out.append(np.column_stack([arg_b[valid], np.repeat(b, kb).reshape(len(b), kb)[valid]]))
    pairs = np.concatenate(out)
    return np.sort(pairs, axis=1)


def _row_top(sims: np.ndarray, k: int) -> np.ndarray:
    """Column indices of each row's `k` largest values, best first (overwrites `sims`).

    k rounds of `argmax` (a vectorised scan) rather than `argpartition`, which is several
    times slower for the few neighbours kept here.
    """
    at = np.arange(len(sims))
    out = np.empty((len(sims), k), dtype=np.int64)
    for t in range(k):
        best = sims.argmax(axis=1)
        out[:, t] = best
        sims[at, best] = -np.inf
    return out


def feature_columns(name: str) -> Callable[[Sequence[str], Sequence[str], Pairs], np.ndarray]:
    """Feature column `name` computed with the shared packaged model (for fitting/measuring)."""
    from compare.semantic import make_scorer

    scorer = make_scorer("semantic")
    assert scorer is not None
    return scorer.feature(name)
