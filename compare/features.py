"""Per-sentence lexical features and the sparse feature tables the lexical scorer works on.

`features(text)` cuts a sentence into words (`readers.words`), drops stop words and keeps
what the lexical signals need: stems, figures, proper names and the character 3-grams of the
content words. `build_table(texts)` stacks the features of many sentences into sparse matrices
(TF-IDF over stems, binary 3-gram rows with IDF weights) whose columns belong to that table
alone: a 3-gram is identified by its three code points packed into one integer, so no
vocabulary outlives the call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from compare.normalize import STOPWORDS, clean
from compare.stemming import stem
from readers.words import is_number, words

TOPICAL_SHARE = 0.15
"""A stem in more than this share of the sentences is topical (see `FeatureTable.topical`)..."""
TOPICAL_MIN_SENTENCES = 20
"""... when there are at least this many sentences."""


@dataclass(frozen=True, slots=True)
class Features:
    """What the lexical signals need to know about one sentence."""

    norm: str
    """`normalize(text)`."""
    stems: tuple[str, ...]
    """Stemmed content words (stop words removed), in order."""
    numbers: frozenset[str]
    names: frozenset[str]
    """Stems of capitalised words that are not sentence-initial (proper names)."""
    grams: frozenset[int]
    """Character 3-grams of the content words, each packed into an int (see `gram_code`)."""


def gram_code(gram: str) -> int:
    """A character 3-gram as one integer: its three code points side by side (21 bits each)."""
    code = 0
    for char in gram:
        code = (code << 21) | ord(char)
    return code


@lru_cache(maxsize=500_000)
def _word_info(word: str) -> tuple[str | None, tuple[int, ...], bool]:
    """(stem, or None for a stop word; codes of the word's character 3-grams (`gram_code`);
    whether it is a number)."""
    low = word.lower()
    if low in STOPWORDS:
        return None, (), False
    points = [ord(char) for char in f" {low} "]
    grams = tuple(
        (points[i] << 42) | (points[i + 1] << 21) | points[i + 2] for i in range(len(points) - 2)
    )
    return stem(word), grams, is_number(word)


@lru_cache(maxsize=65_536)
def features(text: str) -> Features:
    """Extract the features of one sentence."""
    found = words(clean(text))
    stems: list[str] = []
    numbers: set[str] = set()
    names: set[str] = set()
    grams: set[int] = set()
    for pos, word in enumerate(found):
        st, word_grams, number = _word_info(word)
        if st is None:
            continue
        stems.append(st)
        grams.update(word_grams)
        if number:
            numbers.add(st)
        elif pos > 0 and word[0].isupper():
            names.add(st)
    return Features(
        " ".join(w.lower() for w in found),
        tuple(stems),
        frozenset(numbers),
        frozenset(names),
        frozenset(grams),
    )


def join_features(a: Features, b: Features) -> Features:
    """The features of the two sentences' texts joined."""
    return Features(
        a.norm + " " + b.norm,
        a.stems + b.stems,
        a.numbers | b.numbers,
        a.names | b.names,
        a.grams | b.grams,
    )


def _gram_rows(feats: Sequence[Features]) -> sparse.csr_matrix:
    """Binary 3-gram rows; columns are the distinct grams of `feats`, in code order."""
    indptr = np.zeros(len(feats) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(f.grams) for f in feats])
    codes = np.fromiter((g for f in feats for g in f.grams), dtype=np.int64, count=int(indptr[-1]))
    vocabulary, columns = np.unique(codes, return_inverse=True)
    data = np.ones(len(columns), dtype=np.float32)
    return sparse.csr_matrix(
        (data, columns.reshape(-1), indptr), shape=(len(feats), max(len(vocabulary), 1))
    )


def _binary_rows(items: Sequence[Sequence[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
    indptr = [0]
    indices: list[int] = []
    for row in items:
        ids = {vocab.setdefault(t, len(vocab)) for t in row}
        indices.extend(ids)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(items), max(len(vocab), 1)))


def l2_rows(m: sparse.csr_matrix) -> sparse.csr_matrix:
    """`m` with every non-empty row scaled to unit length."""
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms).dot(m))


@dataclass
class FeatureTable:
    """Features of a list of sentences, with sparse matrices for the vectorised signals."""

    feats: list[Features]
    tfidf: sparse.csr_matrix
    """Rows L2-normalised TF-IDF over stems."""
    grams: sparse.csr_matrix
    """Binary character 3-gram rows."""
    stem_text: list[str]
    """Stems joined by spaces (what `token_set_ratio` sees)."""
    tf: sparse.csr_matrix
    """Binary stem rows (before IDF weighting)."""
    idf_arr: np.ndarray
    """IDF per column of `tf`."""
    gram_w: np.ndarray
    """IDF weight of each character 3-gram column."""
    gram_mass: np.ndarray
    """Per row, the summed weight of its 3-grams."""
    topical: frozenset[str]
    """Stems in more than `TOPICAL_SHARE` of the sentences: the story's own vocabulary
    ("myanmar", "military"), left out of the order-free token and name signals."""

    def merged(self, first: np.ndarray, second: np.ndarray) -> FeatureTable:
        """Rows for the texts `first[k]` and `second[k]` joined (for 1:2 / 2:1 merges), in
        this table's columns."""
        tf = self.tf[first] + self.tf[second]
        tf.data = np.minimum(tf.data, 1.0)
        tfidf = l2_rows(tf.multiply(self.idf_arr.reshape(1, -1)).tocsr())
        grams = self.grams[first] + self.grams[second]
        grams.data = np.minimum(grams.data, 1.0)
        grams = grams.tocsr()
        feats = [
            join_features(self.feats[a], self.feats[b]) for a, b in zip(first, second, strict=True)
        ]
        return FeatureTable(
            feats,
            tfidf,
            grams,
            [stem_text(f, self.topical) for f in feats],
            tf.tocsr(),
            self.idf_arr,
            self.gram_w,
            grams @ self.gram_w,
            self.topical,
        )


def stem_text(f: Features, topical: frozenset[str]) -> str:
    """The sentence's stems that are not topical, joined by spaces."""
    return " ".join(st for st in f.stems if st not in topical)


def build_table(texts: Sequence[str]) -> FeatureTable:
    """Features for `texts`, with IDF computed over the same texts."""
    feats = [features(t) for t in texts]
    vocab: dict[str, int] = {}
    tf = _binary_rows([f.stems for f in feats], vocab)
    terms = sorted(vocab, key=vocab.__getitem__)
    df_all = np.asarray(tf.sum(axis=0)).ravel()[: len(terms)]
    df = df_all.astype(np.float32)
    n = float(len(texts) or 1)
    idf_arr = (np.log((n + 1.0) / (df + 1.0)) + 1.0).astype(np.float32)
    if len(terms) < tf.shape[1]:
        idf_arr = np.concatenate([idf_arr, np.ones(tf.shape[1] - len(terms), np.float32)])
    tfidf = l2_rows(tf.multiply(idf_arr.reshape(1, -1)).tocsr())
    grams = _gram_rows(feats)
    n_rows = len(texts)
    gdf = np.asarray(grams.sum(axis=0)).ravel()
    gram_w = (np.log((n_rows + 1.0) / (gdf + 1.0)) + 1.0).astype(np.float64)
    topical: frozenset[str] = frozenset()
    if n_rows >= TOPICAL_MIN_SENTENCES:
        topical = frozenset(
            terms[k] for k in np.flatnonzero(df_all > TOPICAL_SHARE * n_rows).tolist()
        )
    return FeatureTable(
        feats,
        tfidf,
        grams,
        [stem_text(f, topical) for f in feats],
        tf,
        idf_arr,
        gram_w,
        grams @ gram_w,
        topical,
    )
