"""compare.semantic: the sentence-embedding scorers (part of the default install).

Owns the model loading (`model_files`, `encoder`), the per-document embedding cache
(`cache`), the published logistic weights of the scorers (`weights`, fitted by
tools/semantic_fit.py), the word-level pair features the hybrid may use (`pair_features`:
figures, names, length) and the scorers themselves (`scorers`). Runs offline on the CPU with
onnxruntime + tokenizers; nothing is downloaded at run time.

Callers use only this module's functions:

- `make_scorer(name, model_path=None, *, load=True, documents=None)`: a
  `compare.scoring.Scorer` for "semantic" or "hybrid"; `None` for "lexical" (then
  `compare.align` uses its built-in lexical scorer). Raises `SemanticUnavailable` (one-line
  message) when a package or the model is missing.
- `default_scorer_name(documents=None)`: "hybrid" when the model can run, else "lexical"
  (at any length: embeddings are batched and cached per document).
- `available()`: whether the packages and model files are there.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from compare.semantic.errors import SemanticUnavailable

if TYPE_CHECKING:
    from compare.semantic.cache import EmbeddingCache
    from compare.semantic.scorers import HybridScorer, SemanticScorer
    from readers import Document

SCORER_NAMES = ("lexical", "semantic", "hybrid")

__all__ = [
    "SCORER_NAMES",
    "SemanticUnavailable",
    "available",
    "default_scorer_name",
    "make_scorer",
]

_caches: dict[str, EmbeddingCache] = {}
_lock = threading.Lock()
_REQUIRED = ("numpy", "onnxruntime", "tokenizers")


def available(model_path: str | os.PathLike[str] | None = None) -> bool:
    """True when onnxruntime, tokenizers and a usable model are installed (nothing is loaded)."""
    if any(importlib.util.find_spec(m) is None for m in _REQUIRED):
        return False
    from compare.semantic.model_files import resolve

    try:
        resolve(model_path)
    except SemanticUnavailable:
        return False
    return True


def default_scorer_name(documents: Sequence[Document] | None = None) -> str:
    """ "hybrid" when the embedding model can run, else "lexical". `documents` is accepted
    for callers that pass it; the choice no longer depends on the input's length."""
    del documents
    return "hybrid" if available() else "lexical"


def make_scorer(
    name: str | None = None,
    model_path: str | os.PathLike[str] | None = None,
    *,
    load: bool = True,
    documents: Sequence[Document] | None = None,
) -> SemanticScorer | HybridScorer | None:
    """The scorer called `name` ("lexical", "semantic", "hybrid"; None means the default).

    "lexical" gives None: pass it on as `align(..., scorer=None)`. The model is loaded once
    per process and shared by every scorer made for it (safe across worker threads). With
    `load=False` the model is only located now and loaded when a text is first embedded (not
    at all when every document's vectors are in the disk cache); `SemanticUnavailable` can
    then also come from `prepare` or `score_pairs`.
    """
    if name is None:
        name = "hybrid" if model_path is not None else default_scorer_name(documents)
    if name not in SCORER_NAMES:
        raise ValueError(f"unknown scorer {name!r}; choose one of {', '.join(SCORER_NAMES)}")
    if name == "lexical":
        return None
    from compare.semantic.errors import INSTALL_HINT

    missing = [m for m in _REQUIRED if importlib.util.find_spec(m) is None]
    if missing:
        raise SemanticUnavailable(f"the {name} scorer needs {', '.join(missing)}; {INSTALL_HINT}")
    from compare.semantic.scorers import HybridScorer, SemanticScorer

    cache = _shared_cache(model_path, load=load)
    return HybridScorer(cache) if name == "hybrid" else SemanticScorer(cache)


def _shared_cache(model_path: str | os.PathLike[str] | None, *, load: bool) -> EmbeddingCache:
    from compare.semantic.cache import EmbeddingCache
    from compare.semantic.encoder import Encoder
    from compare.semantic.model_files import resolve

    files = resolve(model_path)
    key = f"{files.model_id}|{files.model}"
    with _lock:
        cache = _caches.get(key)
        if cache is None:
            cache = _caches[key] = EmbeddingCache(Encoder(files))
    if load:
        cache.encoder.load()
    return cache
