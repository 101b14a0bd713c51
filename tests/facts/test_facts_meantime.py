"""MEANTIME's English Wikinews articles (tests/data/facts_meantime.json, CC BY 4.0, built by
tools/facts_meantime.py): the file is well formed and split by its stated rule, the builder
joins tokens and finds names inside noun phrases as documented, and a few clear facts of
`dev` articles are read as MEANTIME marks them (held-out articles are never looked at here)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import readers
from facts import facts
from tools.facts_devsets import hash_split
from tools.facts_meantime import Token, detokenise, name_span

DATA = Path(__file__).resolve().parent.parent / "data" / "facts_meantime.json"
ENTITY_KINDS = {"person", "organisation", "place"}
ROLES = {"date", "neutral", "amount"}


@cache
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def test_file_is_well_formed_and_split_by_document_name() -> None:
    items = _data()["items"]
    assert len(items) == 120
    assert {it["corpus"] for it in items} == {"airbus", "apple", "gm", "stock"}
    assert len({it["doc"] for it in items}) == 120
    for it in items:
        assert it["split"] == hash_split(it["doc"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", it["date"] or ""), it["doc"]
        text = it["text"]
        assert not re.search(r"\w [,.;:%)]|\( |\$ \d|\w\"\w", text), it["doc"]
        assert 0 < it["scored_end"] <= len(text)
        spans = it["entities"] + it["entity_ignore"] + it["dates"] + it["figures"]
        for span in spans:
            assert 0 <= span["start"] < span["end"] <= it["scored_end"]
            surface = text[span["start"] : span["end"]]
            assert surface == surface.strip()
        assert {e["kind"] for e in it["entities"]} <= ENTITY_KINDS
        assert {d["role"] for d in it["dates"]} <= ROLES
    dev = [it for it in items if it["split"] == "dev"]
    assert 50 <= len(dev) <= 70
    assert sum(len(it["entities"]) for it in dev) >= 350
    assert sum(d["role"] == "date" for it in dev for d in it["dates"]) >= 140
    assert sum(len(it["figures"]) for it in dev) >= 200


def test_gold_names_are_names() -> None:
    """Entity spans start with a capital (or "iPhone"-like) word, never "the" or a title."""
    for it in _data()["items"]:
        for e in it["entities"]:
            surface = it["text"][e["start"] : e["end"]]
            assert re.match(r"[A-Z0-9]|[a-z][A-Z]", surface), surface
            assert not surface.startswith(("The ", "the ", "Senator ", "President ")), surface
            assert not surface.endswith((",", "'s")), surface


def test_detokenise_sets_offsets_and_spacing() -> None:
    words = ["Wal", "-", "Mart", "paid", "$", "5", "(", "about", "``", "a", "lot", "''", ")", "."]
    tokens = [Token(w, 2) for w in words] + [Token(w, 3) for w in ["I'", "m", "glad", "."]]
    text = detokenise(tokens)
    assert text == 'Wal-Mart paid $5 (about "a lot"). I\'m glad.'
    assert all(text[t.start : t.end] in {t.text, '"'} for t in tokens)
    title = detokenise([Token("Title", 0), Token("May", 1), Token("2", 1), Token("It", 2)])
    assert title == "Title\n\nMay 2\n\nIt"


@pytest.mark.parametrize(
    ("words", "descriptor", "person", "name"),
    [
        ("aircraft manufacturer Boeing", "Boeing", False, "Boeing"),
        ("Senator John McCain ( R-AZ )", "John McCain", True, "John McCain"),
        (
            "the Moscone West Convention Center in San Francisco",
            "",
            False,
            "Moscone West Convention Center",
        ),
        ("Irish low cost airline , Ryanair", "Ryanair", False, "Ryanair"),
        ("the Bank of America", "", False, "Bank of America"),
        ("Mobile , Alabama", "Mobile, Alabama", False, "Mobile"),
        ("the deal", "", False, ""),
    ],
)
def test_name_inside_a_noun_phrase(words: str, descriptor: str, person: bool, name: str) -> None:
    split = words.split()
    a, b = name_span(split, descriptor, person)
    assert " ".join(split[a:b]) == name


def _dev_article(doc_prefix: str) -> dict[str, Any]:
    (item,) = [it for it in _data()["items"] if it["doc"].startswith(doc_prefix)]
    assert item["split"] == "dev"
    return item


@cache
def _found(doc_prefix: str) -> list[tuple[str, str]]:
    item = _dev_article(doc_prefix)
    doc = readers.build_document(item["text"], "a.txt", date=item["date"], guess_headings=False)
    text = item["text"]
    return [(text[m.start : m.end], f.kind) for f in facts([doc]).facts for m in f.mentions
            if m.start < item["scored_end"]]  # fmt: skip


def _gold(doc_prefix: str) -> set[tuple[str, str]]:
    item = _dev_article(doc_prefix)
    text = item["text"]
    out = {(text[e["start"] : e["end"]], e["kind"]) for e in item["entities"]}
    out |= {(text[d["start"] : d["end"]], "date") for d in item["dates"] if d["role"] == "date"}
    return out | {(text[f["start"] : f["end"]], "figure") for f in item["figures"]}


@pytest.mark.parametrize(
    ("doc_prefix", "expected"),
    [
        ("108294_", [("Government Accountability Office", "organisation"),
                     ("June 18", "date"), ("February 29", "date"), ("$40 billion", "figure"),
                     ("Los Angeles", "place"), ("EADS North America", "organisation")]),
        ("143480_", [("General Motors", "organisation"), ("John Smith", "person"),
                     ("Wednesday", "date"), ("30%", "figure")]),
    ],
)  # fmt: skip
def test_dev_articles_read_as_meantime_marks_them(
    doc_prefix: str, expected: list[tuple[str, str]]
) -> None:
    assert set(expected) <= _gold(doc_prefix)
    assert set(expected) <= set(_found(doc_prefix))
