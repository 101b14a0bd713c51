"""Lexical sentence features and the default `LexicalScorer`.

Owns text normalisation for matching (case, quotes, dashes, British/American spelling, a light
suffix stemmer, stop words, numbers such as "8,665" -> "8665") and the three lexical signals
the default score combines:

- weighted word overlap: cosine of TF-IDF vectors over stemmed content words (IDF from the
  texts being scored, so shared rare words weigh more than shared common ones);
- rapidfuzz `token_set_ratio` over the stemmed content words (order-free, tolerant of one
  sentence containing the other);
- character 3-gram Dice overlap of the normalised text (catches inflections and small edits);

plus a number/name agreement signal: shared figures and proper names raise the score, figures
that disagree lower it. Pure Python + numpy/scipy + rapidfuzz; no model, nothing downloaded.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "say",
        "according",
        "whose",
        "upon",
        "via",
        "s",
        "t",
    ]
)
"""English function words ignored by the word-overlap signals."""

_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_NUMBER = re.compile(r"^\d")
_TRANSLATE = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "\u00a0": " ",
    }
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light English stemmer: plural/tense suffixes off, British spellings folded.

    "honours"/"honors" -> "honor", "criticised"/"criticized" -> "criticiz",
    "controlled"/"controls" -> "control". Numbers are returned without separators.
    """
    if _NUMBER.match(word):
        return word.replace(",", "")
    w = word.lower().replace("'", "").replace("’", "")
    if len(w) <= 3:
        return w
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            if suf in ("ies", "ied"):
                w += "y"
            elif suf in ("ed", "ing", "ings") and len(w) > 3 and w[-1] == w[-2] != "s":
                w = w[:-1]
            break
    if w.endswith("our") and len(w) > 4:
        w = w[:-3] + "or"
    elif w.endswith("is") and len(w) > 4:
        w = w[:-2] + "iz"
    elif w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def normalize(text: str) -> str:
    """Case- and punctuation-folded text: what `verbatim` compares."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).lower()
    return " ".join(_WORD.findall(text))


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
    """Ids of the character 3-grams of the content words (see `gram_id`)."""


_GRAM_IDS: dict[str, int] = {}
_GRAM_LOCK = threading.Lock()


def gram_id(gram: str) -> int:
    """Process-wide id of a character n-gram (ids are columns of every gram matrix)."""
    gid = _GRAM_IDS.get(gram)
    if gid is None:
        with _GRAM_LOCK:
            gid = _GRAM_IDS.setdefault(gram, len(_GRAM_IDS))
    return gid


@lru_cache(maxsize=500_000)
def _word_info(word: str) -> tuple[str | None, tuple[int, ...]]:
    """(stem, or None for a stop word; ids of the word's character 3-grams)."""
    low = word.lower()
    if low in STOPWORDS:
        return None, ()
    padded = f" {low} "
    grams = tuple(gram_id(padded[i : i + 3]) for i in range(max(1, len(padded) - 2)))
    return stem(word), grams


@lru_cache(maxsize=65_536)
def features(text: str) -> Features:
    """Extract the features of one sentence."""
    clean = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    words = _WORD.findall(clean)
    stems: list[str] = []
    numbers: set[str] = set()
    names: set[str] = set()
    grams: set[int] = set()
    for pos, word in enumerate(words):
        st, word_grams = _word_info(word)
        if st is None:
            continue
        stems.append(st)
        grams.update(word_grams)
        if word[0].isdigit():
            numbers.add(st)
        elif pos > 0 and word[0].isupper():
            names.add(st)
    return Features(
        " ".join(w.lower() for w in words),
        tuple(stems),
        frozenset(numbers),
        frozenset(names),
        frozenset(grams),
    )


def _gram_rows(feats: Sequence[Features]) -> sparse.csr_matrix:
    indptr = np.zeros(len(feats) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(f.grams) for f in feats])
    indices = np.fromiter(
        (g for f in feats for g in f.grams), dtype=np.int64, count=int(indptr[-1])
    )
    data = np.ones(len(indices), dtype=np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(feats), len(_GRAM_IDS) + 1))


def _binary_rows(items: Sequence[Sequence[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
    indptr = [0]
    indices: list[int] = []
    for row in items:
        ids = {vocab.setdefault(t, len(vocab)) for t in row}
        indices.extend(ids)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(items), max(len(vocab), 1)))


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
        """Rows for the texts `first[k]` and `second[k]` joined (for 1:2 / 2:1 merges)."""
        tf = self.tf[first] + self.tf[second]
        tf.data = np.minimum(tf.data, 1.0)
        tfidf = _l2_rows(tf.multiply(self.idf_arr.reshape(1, -1)).tocsr())
        grams = self.grams[first] + self.grams[second]
        grams.data = np.minimum(grams.data, 1.0)
        grams = grams.tocsr()
        feats = [_join(self.feats[a], self.feats[b]) for a, b in zip(first, second, strict=True)]
        return FeatureTable(
            feats,
            tfidf,
            grams,
            [_stem_text(f, self.topical) for f in feats],
            tf.tocsr(),
            self.idf_arr,
            self.gram_w,
            grams @ self.gram_w,
            self.topical,
        )


def _join(a: Features, b: Features) -> Features:
    return Features(
        a.norm + " " + b.norm,
        a.stems + b.stems,
        a.numbers | b.numbers,
        a.names | b.names,
        a.grams | b.grams,
    )


def _l2_rows(m: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms).dot(m))


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
    tfidf = _l2_rows(tf.multiply(idf_arr.reshape(1, -1)).tocsr())
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
        [_stem_text(f, topical) for f in feats],
        tf,
        idf_arr,
        gram_w,
        grams @ gram_w,
        topical,
    )


def _stem_text(f: Features, topical: frozenset[str]) -> str:
    return " ".join(st for st in f.stems if st not in topical)


def _rowwise_dot(a: sparse.csr_matrix, b: sparse.csr_matrix) -> np.ndarray:
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


WEIGHTS = {"tfidf": 0.35, "tokenset": 0.35, "chargram": 0.30}
"""Weights of the three lexical signals (they sum to 1)."""
NUMBER_BONUS = 0.10
"""Added (scaled by overlap) when both sentences state figures and share some."""
NUMBER_PENALTY = 0.12
"""Subtracted when both sentences state figures and share none."""
DENSE_CELLS = 1_000_000
"""Up to this many sentence x sentence cells, dense pair batches use one matrix product."""
PARALLEL_PAIRS = 20_000
"""Batches of more pairs than this run rapidfuzz on all cores (`workers=-1`)."""
TOPICAL_SHARE = 0.15
"""A stem in more than this share of the sentences is topical (see `FeatureTable.topical`)..."""
TOPICAL_MIN_SENTENCES = 20
"""... when there are at least this many sentences."""
NO_SHARED_WORD_FACTOR = 0.5
"""Scales the score of pairs that share no content word."""
NAME_BONUS = 0.0
"""Added (scaled by overlap) for shared proper names that are not topical (0: the TF-IDF
signal already rewards shared rare names; a bonus only added false links in the seed corpus)."""
NAME_PENALTY = 0.03
"""Subtracted when both sentences name someone or something (not topical) and share no name."""


def agreement(fa: Features, fb: Features, topical: frozenset[str] = frozenset()) -> float:
    """Number/name agreement adjustment in [-NUMBER_PENALTY, NUMBER_BONUS + NAME_BONUS]."""
    adj = 0.0
    if fa.numbers and fb.numbers:
        shared = len(fa.numbers & fb.numbers)
        if shared:
            adj += NUMBER_BONUS * shared / min(len(fa.numbers), len(fb.numbers))
        else:
            adj -= NUMBER_PENALTY
    names_a, names_b = fa.names - topical, fb.names - topical
    if names_a and names_b:
        shared = len(names_a & names_b)
        if shared:
            adj += NAME_BONUS * shared / min(len(names_a), len(names_b))
        else:
            adj -= NAME_PENALTY
    return adj


def _has_facts(table: FeatureTable) -> np.ndarray:
    return np.fromiter(
        (bool(f.numbers or f.names) for f in table.feats), dtype=bool, count=len(table.feats)
    )


def score_table_pairs(
    left: FeatureTable, right: FeatureTable, li: np.ndarray, rj: np.ndarray
) -> np.ndarray:
    """Combined lexical score for pairs `(left[li[k]], right[rj[k]])`, in [0, 1]."""
    if len(li) == 0:
        return np.zeros(0, dtype=np.float64)
    n_left, n_right = left.tfidf.shape[0], right.tfidf.shape[0]
    weighted_grams = left.grams.multiply(left.gram_w.reshape(1, -1)).tocsr()
    if n_left * n_right <= DENSE_CELLS and len(li) * 16 >= n_left * n_right:
        # Many pairs among few sentences: one dense product beats indexing rows per pair.
        cos = (left.tfidf @ right.tfidf.T).toarray()[li, rj]
        shared = (weighted_grams @ right.grams.T).toarray()[li, rj]
    else:
        cos = _rowwise_dot(left.tfidf[li], right.tfidf[rj])
        shared = _rowwise_dot(weighted_grams[li], right.grams[rj])
    # IDF-weighted Dice overlap of character 3-grams.
    denom = left.gram_mass[li] + right.gram_mass[rj]
    dice = np.where(denom > 0, 2.0 * shared / np.maximum(denom, 1e-9), 0.0)
    tset = (
        process.cpdist(
            [left.stem_text[i] for i in li],
            [right.stem_text[j] for j in rj],
            scorer=fuzz.token_set_ratio,
            # All cores for big batches; threads cost more than they save on small ones.
            workers=-1 if len(li) > PARALLEL_PAIRS else 1,
        ).astype(np.float64)
        / 100.0
    )
    base = WEIGHTS["tfidf"] * cos + WEIGHTS["tokenset"] * tset + WEIGHTS["chargram"] * dice
    # Without a single shared word, character overlap alone is weak evidence.
    base = np.where(cos > 0, base, base * NO_SHARED_WORD_FACTOR)
    # Agreement can only be non-zero where both sentences state figures or names.
    adj = np.zeros(len(li), dtype=np.float64)
    facts_left = _has_facts(left)
    facts_right = facts_left if right is left else _has_facts(right)
    cand = np.flatnonzero(facts_left[li] & facts_right[rj])
    if len(cand):
        adj[cand] = np.fromiter(
            (
                agreement(left.feats[i], right.feats[j], left.topical)
                for i, j in zip(li[cand].tolist(), rj[cand].tolist(), strict=True)
            ),
            dtype=np.float64,
            count=len(cand),
        )
    # Agreement only matters for pairs that already look alike.
    return np.clip(base + adj * np.minimum(1.0, base / 0.3), 0.0, 1.0)


class LexicalScorer:
    """The default scorer: word, fuzzy-token and character n-gram overlap plus agreement."""

    name = "lexical"

    def score_pairs(
        self, left: Sequence[str], right: Sequence[str], pairs: Sequence[tuple[int, int]]
    ) -> list[float]:
        if not pairs:
            return []
        same = left is right
        table = build_table(list(left) if same else list(left) + list(right))
        offset = 0 if same else len(left)
        li = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
        rj = np.fromiter((p[1] + offset for p in pairs), dtype=np.int64, count=len(pairs))
        return score_table_pairs(table, table, li, rj).tolist()


def pair_similarity(a: str, b: str) -> float:
    """Lexical similarity of two texts in [0, 1] (IDF from the two texts only)."""
    norm_a = normalize(a)
    if norm_a == normalize(b):
        return 1.0 if norm_a else 0.0
    return LexicalScorer().score_pairs([a], [b], [(0, 0)])[0]


def edit_ratio(a: Features, b: Features) -> float:
    """Word-sequence similarity of the normalised texts in [0, 1] (kind classification)."""
    return fuzz.ratio(a.norm.split(), b.norm.split()) / 100.0
