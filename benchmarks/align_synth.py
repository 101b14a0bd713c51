"""Deterministic synthetic long texts with planted rewrites, for the alignment benchmarks.

`base_sentences(n, seed)` draws sentences from a Zipf-distributed vocabulary (the seed
corpus's words plus invented ones, about 20,000 types, like a book); `rewrite(...)` makes a
second edition: most sentences kept, some edited (a few words changed), some paraphrased
(words reordered and partly replaced), some split in two (a 2:1 merge to find), some dropped,
new ones inserted, and whole blocks moved around (so the aligner cannot assume order). The
planted pairs are returned as ground truth.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from readers import Document, Sentence, Span

SEED_DIR = Path(__file__).resolve().parent.parent / "corpus" / "belarus-myanmar"


def _vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    words: dict[str, int] = {}
    for path in sorted(SEED_DIR.glob("*.txt")):
        for w in re.findall(r"[A-Za-z]+", path.read_text(encoding="utf-8")):
            words[w.lower()] = words.get(w.lower(), 0) + 1
    vocab = sorted(words, key=lambda w: -words[w])
    syll = [c + v for c in "bdklmnrstv" for v in "aeiou"]
    seen = set(vocab)
    while len(vocab) < size:
        w = "".join(rng.choices(syll, k=rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            vocab.append(w)
    return vocab


@dataclass
class Pair:
    a: list[str]
    b: list[str]
    planted: set[tuple[int, int]]
    """(index in a, index in b) of every planted counterpart (kept, edited, paraphrased, split)."""


class Generator:
    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        self.vocab = _vocabulary(self.rng)
        weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(self.vocab))]
        total = sum(weights)
        self.cum: list[float] = []
        acc = 0.0
        for w in weights:
            acc += w / total
            self.cum.append(acc)

    def words(self, k: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=k)

    def sentence(self) -> str:
        words = self.words(self.rng.randint(8, 30))
        if self.rng.random() < 0.3:
            words.insert(self.rng.randrange(len(words)), str(self.rng.randint(2, 99_999)))
        words[0] = words[0].capitalize()
        return " ".join(words) + "."

    def base(self, n: int) -> list[str]:
        return [self.sentence() for _ in range(n)]

    def _edit(self, s: str, k: int) -> str:
        words = s.rstrip(".").split()
        for _ in range(k):
            words[self.rng.randrange(len(words))] = self.words(1)[0]
        return " ".join(words) + "."

    def _paraphrase(self, s: str) -> str:
        words = s.rstrip(".").split()
        keep = [w for w in words if self.rng.random() < 0.6]
        keep += self.words(max(2, len(words) - len(keep)))
        self.rng.shuffle(keep)
        return " ".join(keep).capitalize() + "."

    def rewrite(self, a: list[str]) -> Pair:
        rng = self.rng
        blocks: list[list[tuple[str, int | None]]] = []
        block: list[tuple[str, int | None]] = []
        for i, s in enumerate(a):
            r = rng.random()
            if r < 0.55:
                block.append((s, i))
            elif r < 0.72:
                block.append((self._edit(s, rng.randint(1, 3)), i))
            elif r < 0.84:
                block.append((self._paraphrase(s), i))
            elif r < 0.90:
                words = s.rstrip(".").split()
                cut = len(words) // 2
                block.append((" ".join(words[:cut]) + ".", i))
                block.append((" ".join(words[cut:]).capitalize() + ".", i))
            elif r < 0.95:
                pass  # dropped
            else:
                block.append((s, i))
                block.append((self.sentence(), None))  # inserted
            if len(block) >= rng.randint(5, 40):
                blocks.append(block)
                block = []
        if block:
            blocks.append(block)
        # Move a quarter of the blocks elsewhere.
        for _ in range(len(blocks) // 4):
            blk = blocks.pop(rng.randrange(len(blocks)))
            blocks.insert(rng.randrange(len(blocks) + 1), blk)
        b: list[str] = []
        planted: set[tuple[int, int]] = set()
        for blk in blocks:
            for s, src in blk:
                if src is not None:
                    planted.add((src, len(b)))
                b.append(s)
        return Pair(a, b, planted)


def make_doc(sentences: list[str], source: str, per_paragraph: int = 6) -> Document:
    """A document from a sentence list (sentences joined by spaces, paragraphs of 6)."""
    parts: list[Sentence] = []
    paras: list[Span] = []
    chunks: list[str] = []
    pos = 0
    para_start = 0
    for k, sent in enumerate(sentences):
        if k and k % per_paragraph == 0:
            paras.append(Span(para_start, pos - 1))
            chunks.append("\n")
            pos += 1
            para_start = pos
        parts.append(Sentence(k, pos, pos + len(sent), sent, len(paras)))
        chunks.append(sent + " ")
        pos += len(sent) + 1
    paras.append(Span(para_start, pos))
    return Document(
        text="".join(chunks), source=source, sentences=tuple(parts), paragraphs=tuple(paras)
    )


def pair_docs(n_sentences: int, seed: int = 1) -> tuple[Document, Document, set[tuple[int, int]]]:
    """Two editions of a synthetic text of `n_sentences` sentences, with the planted pairs."""
    gen = Generator(seed)
    pair = gen.rewrite(gen.base(n_sentences))
    return (
        make_doc(pair.a, f"edition-a-{n_sentences}"),
        make_doc(pair.b, f"edition-b-{n_sentences}"),
        pair.planted,
    )
