"""The FactTable contract the TUI and `samestory compare` code against."""

from __future__ import annotations

import json
from itertools import pairwise

from facts import FACT_KINDS, facts


def test_every_mention_round_trips_to_the_document_text(seed_docs, seed_table) -> None:
    assert seed_table.facts
    for fact in seed_table.facts:
        assert fact.kind in FACT_KINDS
        assert fact.key and fact.label
        assert fact.docs == tuple(sorted({m.doc for m in fact.mentions}))
        for m in fact.mentions:
            doc = seed_docs[m.doc]
            assert doc.text[m.start : m.end] == m.text
            sentence = doc.sentences[m.sentence]
            assert sentence.start <= m.start < sentence.end


def test_no_fact_comes_from_boilerplate(seed_docs, seed_table) -> None:
    for fact in seed_table.facts:
        for m in fact.mentions:
            assert not seed_docs[m.doc].sentences[m.sentence].boilerplate, m
    # 002's reader comments and 001's "Source: Aljazeera" line are boilerplate.
    assert not any("Aljazeera" in f.label for f in seed_table.facts)
    assert not any("sham election" in f.label.lower() for f in seed_table.facts)


def test_mentions_in_is_sorted_and_only_quotes_overlap(seed_docs, seed_table) -> None:
    for doc in range(len(seed_docs)):
        mentions = seed_table.mentions_in(doc)
        assert mentions == sorted(mentions, key=lambda m: (m.start, -m.end))
        assert all(m.doc == doc for m in mentions)
        plain = seed_table.mentions_in(
            doc, kinds=("figure", "date", "person", "organisation", "place")
        )
        for a, b in pairwise(plain):
            assert a.end <= b.start, (a, b)


def test_agreements_and_unique(seed_table) -> None:
    agreed = {f.key for f in seed_table.agreements}
    assert "figure:145/330 township" in agreed
    assert "person:min aung hlaing" in agreed
    assert all(len(f.docs) >= 2 for f in seed_table.agreements)
    only0 = {f.key for f in seed_table.unique_to(0)}
    assert "figure:8665 detainee" in only0
    assert "person:min aung hlaing" not in only0
    assert all(f.docs == (0,) for f in seed_table.unique_to(0))


def test_to_dict_shape_is_json_ready(make_docs) -> None:
    table = facts(
        make_docs(
            "“We cannot wait for the next flood,” Mayor Ana Lopes said in Porto.",
            "“We cannot wait for another flood,” Mayor Ana Lopes said.",
        )
    )
    data = json.loads(json.dumps(table.to_dict(), ensure_ascii=False))
    assert set(data) == {"facts", "conflicts"}
    first = data["facts"][0]
    assert {"kind", "text", "normalized", "mentions"} <= set(first)
    assert {"doc", "start", "end"} <= set(first["mentions"][0])
    conflict = data["conflicts"][0]
    assert {"kind", "description", "docs", "facts"} <= set(conflict)


def test_lookup_helpers(seed_table) -> None:
    fact = seed_table.get("person:alexander lukashenko")
    assert fact is not None
    assert seed_table.fact_of(fact.mentions[0]) is fact
    quote = next(
        f for f in seed_table.facts if f.kind == "quote" and f.label.startswith("No topics")
    )
    assert seed_table.conflicts_of(quote) == []  # quoted at different length, not a conflict


def test_empty_and_single_document(make_docs) -> None:
    table = facts([])
    assert table.facts == [] and table.conflicts == []
    (doc,) = make_docs("Nothing to see here, just words without any names or numbers.")
    assert facts([doc]).to_dict() == {"facts": [], "conflicts": []}
