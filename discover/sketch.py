"""Discovery stage 1: read documents, profile them and MinHash their content sentences.

Runs inside worker processes (or Dask workers), so everything here is a plain top-level
function over picklable values. A document becomes its story profile (`discover.story`) and
one MinHash signature per content sentence over its word shingles. Boilerplate, datelines,
bylines and time stamps are skipped, and sentences with too few shingles to be telling
("He said.") are left out.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from compare.lexical import STOPWORDS
from discover.candidates import band_keys, lsh_bands
from discover.features import document_features, is_meta
from discover.story import Profile, make_profile
from readers.words import words

_MERSENNE_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)


@dataclass(frozen=True)
class SketchParams:
    """How sentences are turned into MinHash signatures."""

    num_perm: int = 64
    """Permutations per signature (LSH bands x rows)."""
    shingle: int = 2
    """Content words per shingle. Pairs of adjacent content words (stop words dropped) survive
    light edits and changed function words but rarely match between unrelated sentences;
    single words (1) match paraphrases better but make far more noise in large corpora."""
    min_shingles: int = 3
    """Sentences with fewer shingles are ignored (too short to be evidence)."""
    threshold: float = 0.4
    """Shingle Jaccard above which two sentences are likely to share an LSH band."""
    seed: int = 1


@dataclass(frozen=True)
class Sketch:
    """One document's sentence signatures (or the reason it could not be read)."""

    path: str
    title: str | None = None
    sentences: int = 0
    """Content sentences in the document."""
    bands: np.ndarray | None = None
    """int64 array, one row of LSH band keys (`discover.candidates.band_keys`) per kept
    sentence."""
    error: str | None = None
    profile: Profile | None = None
    """What the document is about (terms, names, figures), for story-level grouping."""

    @property
    def rows(self) -> np.ndarray:
        """The band keys, or an empty array for a document with none."""
        if self.bands is None:
            return np.zeros((0, 0), dtype=np.int64)
        return self.bands


def content_words(text: str) -> list[str]:
    """Lower-cased words of a sentence without stop words and one- or two-letter words."""
    return [w for w in words(text.lower()) if len(w) > 2 and w not in STOPWORDS]


def shingles(text: str, k: int) -> list[bytes]:
    """Distinct k-shingles of a sentence's content words, as bytes ready for hashing."""
    words = content_words(text)
    if len(words) < k:
        return []
    return list({" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)})


def signatures(sentences: list[str], params: SketchParams) -> np.ndarray:
    """MinHash signatures of the sentences that have enough shingles."""
    return signed_sentences(sentences, params)[0]


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The `a`, `b` of the `num_perm` hash functions `(a x + b) mod p` (p = 2^61 - 1)."""
    rng = np.random.RandomState(seed)
    a = rng.randint(1, int(_MERSENNE_PRIME), size=num_perm, dtype=np.uint64)
    b = rng.randint(0, int(_MERSENNE_PRIME), size=num_perm, dtype=np.uint64)
    return a, b


def _hash32(shingle: bytes) -> int:
    return int.from_bytes(hashlib.sha1(shingle).digest()[:4], "little")


def signed_sentences(
    sentences: list[str], params: SketchParams
) -> tuple[np.ndarray, tuple[str, ...]]:
    """MinHash signatures of the sentences that have enough shingles, and those sentences.

    The classic scheme datasketch also uses (32-bit SHA-1 of each shingle, `num_perm`
    universal hash functions, the minimum per function), computed for all the sentences of
    a document in one numpy pass instead of one MinHash object per sentence.
    """
    kept = [
        (t, sh) for t in sentences if len(sh := shingles(t, params.shingle)) >= params.min_shingles
    ]
    if not kept:
        return np.zeros((0, params.num_perm), dtype=np.uint64), ()
    a, b = _permutations(params.num_perm, params.seed)
    flat = [_hash32(x) for _, sh in kept for x in sh]
    hv = np.array(flat, dtype=np.uint64)
    values = np.bitwise_and((np.outer(hv, a) + b) % _MERSENNE_PRIME, _MAX_HASH)
    starts = np.cumsum([0] + [len(sh) for _, sh in kept[:-1]])
    rows = np.minimum.reduceat(values, starts, axis=0)
    return rows, tuple(t for t, _ in kept)


def sketch_path(path: str, metadata: dict[str, str] | None, params: SketchParams) -> Sketch:
    """Read one file and sketch it; a reading error is returned, not raised."""
    from readers import ReaderError
    from readers.load import read_path

    try:
        doc = read_path(Path(path), metadata=metadata or {})
    except ReaderError as err:
        return Sketch(path=path, error=err.reason)
    except Exception as exc:  # a reader bug must not stop a 10,000-file run
        first_line = next(iter(str(exc).splitlines()), "")
        return Sketch(path=path, error=f"could not be read ({type(exc).__name__}: {first_line})")
    content = [s.text for s in doc.sentences if not s.boilerplate and not is_meta(s.text)]
    rows, _ = signed_sentences(content, params)
    b, r = lsh_bands(params.threshold, params.num_perm)
    return Sketch(
        path=path,
        title=doc.title,
        sentences=len(content),
        bands=band_keys(rows, b, r),
        profile=make_profile(document_features(content)),
    )


def sketch_batch(
    items: list[tuple[str, dict[str, str] | None]], params: SketchParams
) -> list[Sketch]:
    """Sketch a batch of `(path, metadata)` items (one task for a worker)."""
    return [sketch_path(path, meta, params) for path, meta in items]
