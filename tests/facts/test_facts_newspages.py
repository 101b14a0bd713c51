"""Figures and dates in hand-labelled sentences of real news pages
(tests/data/facts_newspages.json, from the Apache-2.0 test pages of mozilla/readability and
adbar/trafilatura): the file is well formed, and sentences of its `dev` half are read as
labelled (every gold span found with its kind, nothing else taken for a figure or a date)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

import readers
from facts import facts

from .found import assert_read_as_labelled

DATA = Path(__file__).resolve().parent.parent / "data" / "facts_newspages.json"
KINDS = ("figure", "date")


def _items() -> list[dict[str, Any]]:
    return json.loads(DATA.read_text(encoding="utf-8"))["items"]


def test_file_is_well_formed() -> None:
    items = _items()
    assert len(items) >= 200
    assert {it["split"] for it in items} == {"dev", "heldout"}
    pages: dict[str, str] = {}
    for it in items:
        text = it["text"]
        assert text == " ".join(text.split()) and text
        assert pages.setdefault(it["page"], it["split"]) == it["split"], it["page"]
        spans = sorted((g["start"], g["end"]) for g in it["gold"] + it.get("ignore", []))
        for g in it["gold"]:
            assert g["kind"] in KINDS
        for start, end in spans:
            assert 0 <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, text
    assert sum(len(it["gold"]) for it in items) >= 250


def _item(prefix: str) -> dict[str, Any]:
    (item,) = [it for it in _items() if it["text"].startswith(prefix)]
    assert item["split"] == "dev"
    return item


def _found(item: dict[str, Any]) -> list[tuple[int, int, str]]:
    doc = readers.build_document(item["text"], "page.txt", date=item["date"], guess_headings=False)
    return [(m.start, m.end, f.kind) for f in facts([doc]).facts if f.kind in KINDS
            for m in f.mentions]  # fmt: skip


@pytest.mark.parametrize(
    "prefix",
    [
        "Amazon bought Whole Foods in August 2017",  # seattletimes-1
        "Already the fastest-growing major government expense",  # nytimes-4
        "Rocket Pass 4 will begin",  # knowtechie.com: times with zones; a name's number
        "12:00 PM PT",  # tmz-1
        "CAIRO — Gunmen opened fire",  # wapo-1
        "The report explores data showing that 67,000",  # theguardian.com
        "Holy shit, Mortal Kombat 11",  # knowtechie.com: a title's number is no figure
        "It can, however, be one of the barfier PSVR games.",  # yahoo-1
    ],
)
def test_dev_sentence_read_as_labelled(prefix: str) -> None:
    item = _item(prefix)
    assert_read_as_labelled(item, _found(item))
