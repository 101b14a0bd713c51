"""Precision and recall of the default (lexical) aligner against hand-made gold alignments.

Measured figures (also in the README): 000-001 P=1.00 R=0.85, 000-002 P=0.86 R=0.63
(002 shares facts with 000 but hardly any wording: most of its counterparts are loose
paraphrases that a lexical scorer cannot see; the semantic scorer is meant to lift this).
"""

from __future__ import annotations

import pytest
from compare_gold import evaluate, load_gold


@pytest.mark.parametrize(
    ("name", "min_precision", "min_recall"),
    [("gold_000_001.json", 0.95, 0.8), ("gold_000_002.json", 0.8, 0.6)],
)
def test_precision_recall_against_gold(name: str, min_precision: float, min_recall: float) -> None:
    score = evaluate(load_gold(name))
    assert score.precision >= min_precision, sorted(score.wrong)
    assert score.recall >= min_recall, sorted(score.missed)


@pytest.mark.parametrize("name", ["gold_000_001.json", "gold_000_002.json"])
def test_sentences_without_counterpart_stay_unlinked(name: str) -> None:
    gold = load_gold(name)
    score = evaluate(gold)
    linked_a = {a for a, _ in score.predicted}
    linked_b = {b for _, b in score.predicted}
    assert not linked_b & set(gold["boilerplate_b"])
    # The amnesty sentence (8,665 detainees) and the dateline have no counterpart anywhere.
    assert 13 not in linked_a and 0 not in linked_a


def test_gold_kinds() -> None:
    import readers
    from compare.aligner import align
    from compare_gold import SEED

    gold = load_gold("gold_000_001.json")
    docs = readers.load([SEED / gold["a"], SEED / gold["b"]]).documents
    al = align(docs, use_cache=False)
    kinds = {(lk.a.sentence, lk.b.sentence): lk.kind for lk in al.links}
    assert kinds[(8, 13)] == "edited"
    assert kinds[(2, 5)] == "paraphrase"
    assert "verbatim" not in kinds.values()
