"""Score extracted facts against the hand-written expectations in tests/data/facts_*.json.

An expected item matches a fact stated by the document when it gives the same `key`; or the
same `kind` and a mention whose text equals `surface` (case-insensitive); or, for quotes, a
normalised quote that starts with `starts`. Facts matching an `optional` item count neither
for nor against precision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facts import Fact, FactTable
from facts.quotes import quote_key

DATA = Path(__file__).resolve().parent.parent / "data"


def gold_files() -> list[Path]:
    return sorted(DATA.glob("facts_[0-9]*.json"))


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def matches(item: dict[str, Any], fact: Fact, doc: int) -> bool:
    if "key" in item:
        return fact.key == item["key"]
    if fact.kind != item.get("kind"):
        return False
    if "surface" in item:
        want = item["surface"].casefold()
        return any(m.text.casefold() == want for m in fact.mentions_in(doc))
    if "starts" in item:
        return fact.key.removeprefix("quote:").startswith(quote_key(item["starts"]))
    return False


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    extracted: int = 0
    correct: int = 0
    speakers: int = 0
    speakers_right: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    def add(self, other: Score) -> None:
        for name in ("expected", "found", "extracted", "correct", "speakers", "speakers_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed += other.missed
        self.spurious += other.spurious


def score_document(table: FactTable, doc: int, gold: dict[str, Any]) -> Score:
    stated = table.facts_in(doc)
    s = Score(expected=len(gold["expected"]))
    for item in gold["expected"]:
        hit = [f for f in stated if matches(item, f, doc)]
        if hit:
            s.found += 1
        else:
            s.missed.append(f"{doc}: {item}")
        if "speaker" in item and hit:
            s.speakers += 1
            got = hit[0].normalized.get("speaker") if isinstance(hit[0].normalized, dict) else None
            s.speakers_right += got == item["speaker"]
    for f in stated:
        if any(matches(item, f, doc) for item in gold["expected"]):
            s.extracted += 1
            s.correct += 1
        elif any(matches(item, f, doc) for item in gold.get("optional", [])):
            continue
        else:
            s.extracted += 1
            s.spurious.append(f"{doc}: {f.kind} {f.label!r}")
    return s


def score_corpus(table: FactTable, names: list[str]) -> Score:
    total = Score()
    for path in gold_files():
        gold = load_gold(path)
        total.add(score_document(table, names.index(gold["document"]), gold))
    return total
