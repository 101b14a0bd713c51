"""Precision/recall of `compare.align` against the hand-made gold alignments in tests/data/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data"
SEED = Path(__file__).resolve().parent.parent.parent / "corpus" / "belarus-myanmar"


@dataclass
class Score:
    precision: float
    recall: float
    predicted: set[tuple[int, int]]
    wrong: set[tuple[int, int]]
    missed: set[tuple[int, int]]


def load_gold(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def evaluate(gold: dict[str, Any], **align_kw: Any) -> Score:
    import readers
    from compare.aligner import align

    corpus = readers.load([SEED / gold["a"], SEED / gold["b"]])
    al = align(corpus.documents, use_cache=False, **align_kw)
    predicted = {(lk.a.sentence, lk.b.sentence) for lk in al.links}
    ok = {(g["a"], g["b"]) for g in gold["links"]}
    required = {(g["a"], g["b"]) for g in gold["links"] if g["required"]}
    wrong = predicted - ok
    missed = required - predicted
    precision = 1 - len(wrong) / len(predicted) if predicted else 1.0
    recall = 1 - len(missed) / len(required)
    return Score(precision, recall, predicted, wrong, missed)


if __name__ == "__main__":
    for name in ("gold_000_001.json", "gold_000_002.json"):
        s = evaluate(load_gold(name))
        print(
            f"{name}: P={s.precision:.3f} R={s.recall:.3f} wrong={sorted(s.wrong)} missed={sorted(s.missed)}"
        )
