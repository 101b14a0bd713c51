"""Deterministic synthetic news-like corpora with planted shared passages.

Used by the discovery tests and `benchmarks/bench_discover.py`: every article is made of
sentences drawn from a Zipf-weighted vocabulary of made-up words (plus common English function
words), so unrelated articles share only the odd common phrase. A planted group is a passage
of a few sentences copied, lightly edited, into two to four articles; the pairs inside a group
are the pairs discovery must find.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from pathlib import Path

_SYLLABLES = [c + v for c in "bdklmnrstvz" for v in "aeiou"] + [
    "an",
    "en",
    "in",
    "on",
    "ar",
    "er",
    "ir",
    "or",
    "el",
    "il",
    "ol",
    "ust",
    "ent",
    "ment",
    "tion",
    "ard",
    "ing",
    "ver",
    "sel",
    "mar",
]
_FUNCTION = [
    "the",
    "of",
    "to",
    "and",
    "in",
    "a",
    "that",
    "for",
    "on",
    "said",
    "with",
    "was",
    "by",
    "at",
    "as",
    "from",
    "has",
    "is",
    "its",
    "have",
    "which",
    "will",
    "were",
    "after",
    "more",
    "than",
    "also",
    "but",
    "had",
    "been",
    "their",
    "would",
    "about",
    "this",
    "who",
    "over",
    "two",
    "new",
    "three",
]


@dataclass
class SyntheticCorpus:
    """Texts, their file names and the planted groups (indices into `texts`)."""

    texts: list[str]
    names: list[str]
    groups: list[list[int]] = field(default_factory=list)

    @property
    def planted_pairs(self) -> set[tuple[int, int]]:
        """Every unordered pair of articles that share a planted passage, as `(i, j)`, i < j."""
        pairs: set[tuple[int, int]] = set()
        for group in self.groups:
            pairs.update(itertools.combinations(sorted(group), 2))
        return pairs

    def write(self, folder: Path) -> list[Path]:
        """Write the articles into `folder` (created if needed); returns their paths."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, text in zip(self.names, self.texts, strict=True):
            path = folder / name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        return paths


class _Writer:
    def __init__(self, rng: random.Random, vocabulary: int) -> None:
        self.rng = rng
        words: set[str] = set()
        while len(words) < vocabulary:
            words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
        self.words = sorted(words)
        rng.shuffle(self.words)
        # Zipf-Mandelbrot weights over content words (the head of real English is the function
        # words above): a few content words are common, most are rare.
        self.weights = [1.0 / (rank + 50) for rank in range(len(self.words))]
        self.cum = list(itertools.accumulate(self.weights))

    def word(self) -> str:
        if self.rng.random() < 0.35:
            return self.rng.choice(_FUNCTION)
        return self.rng.choices(self.words, cum_weights=self.cum)[0]

    def sentence(self) -> str:
        n = self.rng.randint(10, 26)
        words = [self.word() for _ in range(n)]
        if self.rng.random() < 0.3:
            words.insert(self.rng.randint(1, n - 1), f"{self.rng.randint(2, 9999):,}")
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    def edit(self, sentence: str) -> str:
        """A light rewrite: one or two words replaced."""
        words = sentence[:-1].split()
        for _ in range(self.rng.randint(1, 2)):
            i = self.rng.randrange(1, len(words))
            words[i] = self.word()
        return " ".join(words) + "."


def make_corpus(
    n_docs: int,
    *,
    seed: int = 7,
    grouped_share: float = 0.3,
    group_sizes: tuple[int, int] = (2, 4),
    passage_sentences: tuple[int, int] = (3, 5),
    doc_sentences: tuple[int, int] = (14, 30),
    vocabulary: int = 20000,
) -> SyntheticCorpus:
    """`n_docs` articles; about `grouped_share` of them belong to planted groups.

    Each group shares one passage of `passage_sentences` sentences; each copy keeps most
    sentences verbatim and lightly edits the others.
    """
    rng = random.Random(seed)
    writer = _Writer(rng, vocabulary)
    bodies: list[list[str]] = [
        [writer.sentence() for _ in range(rng.randint(*doc_sentences))] for _ in range(n_docs)
    ]
    order = list(range(n_docs))
    rng.shuffle(order)
    budget = int(n_docs * grouped_share)
    groups: list[list[int]] = []
    pos = 0
    while pos < budget:
        size = rng.randint(*group_sizes)
        if pos + size > budget:
            break
        members = sorted(order[pos : pos + size])
        pos += size
        passage = [writer.sentence() for _ in range(rng.randint(*passage_sentences))]
        for m in members:
            copy = [writer.edit(s) if rng.random() < 0.3 else s for s in passage]
            at = rng.randint(0, len(bodies[m]))
            bodies[m][at:at] = copy
        groups.append(members)
    texts = []
    for body in bodies:
        title = " ".join(writer.word() for _ in range(rng.randint(4, 8))).capitalize()
        paras: list[str] = []
        i = 0
        while i < len(body):
            k = rng.randint(2, 4)
            paras.append(" ".join(body[i : i + k]))
            i += k
        texts.append(title + "\n\n" + "\n\n".join(paras) + "\n")
    width = max(4, len(str(n_docs)))
    names = [f"{i:0{width}d}.txt" for i in range(n_docs)]
    return SyntheticCorpus(texts=texts, names=names, groups=groups)
