"""Recall and precision against hand-written expected facts (tests/data/facts_*.json).

Figures reached (README.md reports them): seed corpus recall 146/146, precision
146/146. Two held-out pairs were written before the extractor saw them; first measurement
recall 30/34 and 26/35, precision 30/35 and 26/30; after the general fixes they prompted,
34/34 and 33/35 (precision 34/34 and 33/35). The thresholds below are what the tests hold the
extractor to.

With spaCy NER in place of the corpus-tuned word lists: seed recall 144/145 (the "tenth
meeting" ordinal left the checklist; "Justice For Myanmar" is read by neither model),
precision 144/156 (the models name more things than the hand-written list: "Armed Forces Day
parade", "Rohingya"); held-out pairs recall 33/34 and 32/35. The held-out "8,665 prisoners" vs "around 8,000 detainees"
conflict is found: the nouns are one kind (WordNet noun senses), and an estimate allows only its
rounding ("around 8,000" is 7,500 to 8,500).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import readers
from facts import facts

from .gold import DATA, Score, gold_files, load_gold, score_corpus, score_document

SEED_RECALL = 0.98
SEED_PRECISION = 0.9
HELDOUT = {"facts_heldout.json": (0.95, 0.95), "facts_heldout2.json": (0.85, 0.9)}
"""File -> (least recall, least precision)."""


def test_gold_files_cover_every_seed_article(seed_docs) -> None:
    names = {Path(d.source).name for d in seed_docs}
    assert {load_gold(p)["document"] for p in gold_files()} == names


def test_issue_checklist_is_in_the_gold(seed_docs) -> None:
    keys = {item.get("key") for p in gold_files() for item in load_gold(p)["expected"]}
    assert {
        "figure:145/330 township",
        "figure:8665 detainee",
        "figure:26 year",
        "date:1999",
        "date:2026/2028",
        "date:2025-11-27",
        "date:2025-11-28",
        "date:2021-02",
        "figure:3 jet",
        "date:1994",
        "date:2021-06-18",
        "date:2023-08",
    } <= keys


def test_seed_recall_and_precision(seed_docs, seed_table) -> None:
    score = score_corpus(seed_table, [Path(d.source).name for d in seed_docs])
    assert score.recall >= SEED_RECALL, score.missed
    assert score.precision >= SEED_PRECISION, score.spurious
    assert score.speakers and score.speakers_right == score.speakers


@pytest.mark.parametrize("name", sorted(HELDOUT))
def test_heldout_recall_precision_and_conflicts(name: str) -> None:
    least_recall, least_precision = HELDOUT[name]
    gold = json.loads((DATA / name).read_text(encoding="utf-8"))
    docs = [
        readers.build_document(d["text"], d["source"], outlet=d["outlet"], date=d["date"])
        for d in gold["documents"]
    ]
    table = facts(docs)
    total = Score()
    for i, d in enumerate(gold["documents"]):
        total.add(score_document(table, i, d))
    assert total.recall >= least_recall, total.missed
    assert total.precision >= least_precision, total.spurious
    assert total.speakers_right == total.speakers
    found = {(c.kind, c.subject) for c in table.conflicts}
    for want in gold["conflicts"]:
        assert any(
            k == want["kind"] and (not want.get("subject") or s == want["subject"])
            for k, s in found
        ), want
    assert len(table.conflicts) == len(gold["conflicts"])
