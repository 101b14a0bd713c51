"""Embedding cache: per sentence text in memory, per document hash on disk.

`EmbeddingCache.vectors(texts)` embeds only the texts it has not seen in this process.
`EmbeddingCache.prepare(documents)` works per document: the vectors of a document's content
sentences are stored as `<cache_dir>/embeddings/<model_id>/<model digest>/<document hash>.npy`
(the digest names the exact model file and how it runs, so an int8 and an fp32 build of one
model never share vectors), in int8 (each row scaled so its largest component is 127,
rounded, and normalised again on loading: a quarter of the float32 size, cosines within about
0.002), and loaded from there next time, so reopening a corpus (or adding one article to it)
embeds only the documents never seen before. A damaged or unwritable cache is ignored (it only
costs time), never an error.

Every vector the model gives goes through that int8 rounding before it is used, so an
alignment computed with freshly embedded sentences is the same as one computed from stored
vectors.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from compare.semantic.encoder import Encoder

if TYPE_CHECKING:
    from readers import Document

MEMORY_SENTENCES = 50_000
"""Sentence vectors kept in memory (384 float32 each: about 75 MB at most)."""


def content_sentences(document: Document) -> list[str]:
    """The texts `compare.align` scores: the document's non-boilerplate sentences."""
    return [s.text for s in document.sentences if not s.boilerplate]


_SPACE = re.compile(" ")
_TOKEN = re.compile(r"\w+|[^\w\s]")


def _weight(text: str) -> float:
    """Roughly the number of word-piece tokens of `text` (words and punctuation marks)."""
    return float(max(1, len(_TOKEN.findall(text))))


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def to_int8(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled so their largest component is 127, rounded to int8 (the stored format)."""
    peak = np.clip(np.abs(vectors).max(axis=1, keepdims=True), 1e-12, None)
    return np.clip(np.rint(vectors * (127.0 / peak)), -127, 127).astype(np.int8)


def from_int8(stored: np.ndarray) -> np.ndarray:
    """Unit float32 rows of int8 rows."""
    vectors = stored.astype(np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.clip(norms, 1e-12, None), dtype=np.float32)


class EmbeddingCache:
    """Embeds sentences through an `Encoder`, each distinct text once per process."""

    def __init__(self, encoder: Encoder, directory: Path | None = None, *, disk: bool = True):
        self.encoder = encoder
        self._directory = directory
        self.disk = disk
        self._memory: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.encoded_sentences = 0
        """How many sentences went through the model (the rest came from a cache)."""
        self.loaded_documents = 0
        """How many documents' vectors came from the disk cache."""

    @property
    def directory(self) -> Path:
        if self._directory is not None:
            return self._directory
        from compare.semantic.model_files import model_digest
        from readers.locations import cache_dir

        space = hashlib.sha256(model_digest(self.encoder.files).encode()).hexdigest()[:16]
        return cache_dir() / "embeddings" / self.encoder.model_id / space

    def vectors(self, texts: Sequence[str], *, compose: bool = True) -> np.ndarray:
        """Unit vectors of `texts`, shape `(len(texts), dim)`. With `compose`, a text that is
        two known sentences joined gets their mixed vector instead of a model run."""
        keys = [text_key(t) for t in texts]
        with self._lock:
            known = {k: self._memory[k] for k in keys if k in self._memory}
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in known))
        if missing and compose:
            composed = self._compose(missing)
            known.update(composed)
            missing = [t for t in missing if text_key(t) not in composed]
        if missing:
            fresh = from_int8(to_int8(self.encoder.encode(missing)))
            self.encoded_sentences += len(missing)
            for text, vec in zip(missing, fresh, strict=True):
                known[text_key(text)] = vec
            self._remember(dict(zip(map(text_key, missing), fresh, strict=True)))
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([known[k] for k in keys])

    def _compose(self, texts: Sequence[str]) -> dict[bytes, np.ndarray]:
        """Vectors of texts that are two known sentences joined by a space (2:1 merges).

        Mean pooling is linear, so the vector of "A B" is close to the token-weighted mean of
        A's and B's (only the attention across the join is lost); this saves a model run per
        merge candidate, which would otherwise dominate the time of an alignment.
        """
        out: dict[bytes, np.ndarray] = {}
        with self._lock:
            for text in texts:
                for cut in (m.start() for m in _SPACE.finditer(text)):
                    a = self._memory.get(text_key(text[:cut]))
                    b = self._memory.get(text_key(text[cut + 1 :])) if a is not None else None
                    if a is None or b is None:
                        continue
                    mix = _weight(text[:cut]) * a + _weight(text[cut + 1 :]) * b
                    out[text_key(text)] = (mix / max(float(np.linalg.norm(mix)), 1e-12)).astype(
                        np.float32
                    )
                    break
        return out

    def prepare(self, documents: Sequence[Document]) -> None:
        """Load or compute every document's content-sentence vectors (disk cache per hash)."""
        todo: list[tuple[Document, list[str]]] = []
        for doc in documents:
            texts = content_sentences(doc)
            stored = self._load(doc.hash, len(texts)) if doc.hash else None
            if stored is None:
                todo.append((doc, texts))
            else:
                self.loaded_documents += 1
                self._remember(dict(zip(map(text_key, texts), stored, strict=True)))
        if not todo:
            return
        all_texts = [t for _, texts in todo for t in texts]
        # Every sentence through the model: a document's stored vectors must not depend on
        # which other sentences happened to be in memory.
        vectors = self.vectors(all_texts, compose=False)
        offset = 0
        for doc, texts in todo:
            if doc.hash:
                self._save(doc.hash, vectors[offset : offset + len(texts)])
            offset += len(texts)

    def _load(self, key: str, rows: int) -> np.ndarray | None:
        if not self.disk:
            return None
        try:
            array = np.load(self.directory / f"{key}.npy", allow_pickle=False)
        except (OSError, ValueError, EOFError):
            return None
        if array.ndim != 2 or array.shape[0] != rows or array.dtype != np.int8:
            return None
        return from_int8(array)

    def _save(self, key: str, array: np.ndarray) -> None:
        if not self.disk:
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            tmp = self.directory / f".{key}.{os.getpid()}.{threading.get_ident()}.tmp.npy"
            np.save(tmp, to_int8(array), allow_pickle=False)
            os.replace(tmp, self.directory / f"{key}.npy")
        except OSError:
            pass

    def _remember(self, items: dict[bytes, np.ndarray]) -> None:
        with self._lock:
            for key, vec in items.items():
                self._memory[key] = vec
                self._memory.move_to_end(key)
            while len(self._memory) > MEMORY_SENTENCES:
                self._memory.popitem(last=False)
