"""Measuring scorers on labelled sentence pairs: the data loaders and precision/recall.

Two pair sets live in tests/data: `pairs_synthetic.json` (hand-written stories of
[original, rewrite] pairs; every other pair in a story and across stories is a negative) and
`pairs_seed.json` (the five seed documents' content sentences with hand-labelled `same` and
`partial` pairs; `partial` pairs are left out, every other cross-document pair is a
negative). Each document pair is scored in one call, as `compare.align` would.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from compare.scoring import Scorer

if TYPE_CHECKING:
    from readers import Document

DATA_DIR = Path(__file__).resolve().parents[1] / "tests" / "data"

PairScores = Callable[[Sequence[str], Sequence[str], Sequence[tuple[int, int]]], np.ndarray]


@dataclass
class Block:
    """All pairs between two lists of sentences, with labels (1 same, 0 different, -1 ignored)."""

    left: list[str]
    right: list[str]
    pairs: list[tuple[int, int]]
    labels: np.ndarray


def synthetic_blocks(path: Path | None = None) -> list[Block]:
    """Every original against every rewrite (positives on the diagonal), then the explicit
    hard negatives of each story as a block of their own."""
    data = json.loads((path or DATA_DIR / "pairs_synthetic.json").read_text(encoding="utf-8"))
    left = [a for story in data["stories"] for a, _ in story["pairs"]]
    right = [b for story in data["stories"] for _, b in story["pairs"]]
    pairs = [(i, j) for i in range(len(left)) for j in range(len(right))]
    labels = np.array([1 if i == j else 0 for i, j in pairs], dtype=np.int64)
    blocks = [Block(left, right, pairs, labels)]
    for story in data["stories"]:
        hard = story.get("different", [])
        if hard:
            blocks.append(
                Block(
                    [a for a, _ in hard],
                    [b for _, b in hard],
                    [(k, k) for k in range(len(hard))],
                    np.zeros(len(hard), dtype=np.int64),
                )
            )
    return blocks


def seed_blocks(path: Path | None = None) -> list[Block]:
    """One block per pair of seed documents."""
    data = json.loads((path or DATA_DIR / "pairs_seed.json").read_text(encoding="utf-8"))
    docs = [sorted(((int(k), v) for k, v in d["sentences"].items())) for d in data["documents"]]
    same = {tuple(p) for p in data["same"]}
    partial = {tuple(p) for p in data["partial"]}
    blocks = []
    for a, b in itertools.combinations(range(len(docs)), 2):
        pairs, labels = [], []
        for i, (si, _) in enumerate(docs[a]):
            for j, (sj, _) in enumerate(docs[b]):
                key = (a, si, b, sj)
                pairs.append((i, j))
                labels.append(1 if key in same else -1 if key in partial else 0)
        blocks.append(
            Block([t for _, t in docs[a]], [t for _, t in docs[b]], pairs, np.array(labels))
        )
    return blocks


def score_blocks(
    blocks: Sequence[Block], score: PairScores | Scorer
) -> tuple[np.ndarray, np.ndarray]:
    """Scores and labels of every pair in `blocks`, ignored (-1) pairs dropped."""
    fn: PairScores = score.score_pairs if isinstance(score, Scorer) else score  # type: ignore[assignment]
    scores = np.concatenate(
        [np.asarray(fn(b.left, b.right, b.pairs), dtype=np.float64) for b in blocks]
    )
    labels = np.concatenate([b.labels for b in blocks])
    keep = labels >= 0
    return scores[keep], labels[keep]


@dataclass(frozen=True)
class PR:
    threshold: float
    precision: float
    recall: float
    true_positives: int
    predicted: int
    positives: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 0.0 if total == 0 else 2 * self.precision * self.recall / total


def pr_at(scores: np.ndarray, labels: np.ndarray, threshold: float) -> PR:
    """Precision and recall when pairs scoring >= threshold are called the same."""
    predicted = scores >= threshold
    tp = int(np.sum(predicted & (labels == 1)))
    npred = int(predicted.sum())
    npos = int(np.sum(labels == 1))
    return PR(threshold, tp / npred if npred else 1.0, tp / npos if npos else 0.0, tp, npred, npos)


def best_recall_at_precision(scores: np.ndarray, labels: np.ndarray, precision: float) -> PR:
    """The threshold with the highest recall whose precision is at least `precision`."""
    best = pr_at(scores, labels, float("inf"))
    for t in np.unique(scores):
        pr = pr_at(scores, labels, float(t))
        if pr.precision >= precision - 1e-12 and pr.recall > best.recall:
            best = pr
    return best


def best_f1(scores: np.ndarray, labels: np.ndarray) -> PR:
    """The threshold with the highest F1."""
    best = pr_at(scores, labels, float("inf"))
    for t in np.unique(scores):
        pr = pr_at(scores, labels, float(t))
        if pr.f1 > best.f1:
            best = pr
    return best


def gold_pr(
    path: Path, documents: Sequence[Document], scorer: Scorer | None, min_score: float | None
) -> PR:
    """Link-level precision/recall of `compare.align` on one gold file of tests/data.

    A gold file names two documents (`a`, `b`) and lists `links` between their sentence
    indices; `required` links count for recall, every gold link (required or optional) counts
    as right for precision.
    """
    from compare.aligner import align

    data = json.loads(path.read_text(encoding="utf-8"))
    by_name = {Path(d.source).name: d for d in documents}
    pair = [by_name[data["a"]], by_name[data["b"]]]
    allowed = {(lk["a"], lk["b"]) for lk in data["links"]}
    required = {(lk["a"], lk["b"]) for lk in data["links"] if lk.get("required", True)}
    al = align(pair, scorer=scorer, min_score=min_score, use_cache=False)
    pred = {(lk.a.sentence, lk.b.sentence) for lk in al.links}
    right = len(pred & allowed)
    found = len(pred & required)
    return PR(
        threshold=al.min_score,
        precision=right / len(pred) if pred else 1.0,
        recall=found / len(required) if required else 0.0,
        true_positives=found,
        predicted=len(pred),
        positives=len(required),
    )
