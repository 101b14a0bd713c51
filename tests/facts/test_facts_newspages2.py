"""Figures and dates in the second hand-labelled set of real news pages
(tests/data/facts_newspages2.json, pages of scrapinghub/article-extraction-benchmark, MIT):
the file is well formed, its halves follow the page-name hash, and sentences of its `dev`
half are read as labelled (every gold span found with its kind, nothing else taken for a
figure or a date)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

import readers
from facts import facts
from tools.facts_devsets import hash_split

from .found import assert_read_as_labelled

DATA = Path(__file__).resolve().parent.parent / "data" / "facts_newspages2.json"
KINDS = ("figure", "date")


def _items() -> list[dict[str, Any]]:
    return json.loads(DATA.read_text(encoding="utf-8"))["items"]


def test_file_is_well_formed() -> None:
    items = _items()
    assert len(items) >= 200
    assert len({it["page"] for it in items}) == 40
    for it in items:
        text = it["text"]
        assert text == " ".join(text.split()) and 0 < len(text) <= 400
        assert it["date"] is None or it["date"][:2] in ("19", "20")
        spans = sorted((g["start"], g["end"]) for g in it["gold"] + it.get("ignore", []))
        for g in it["gold"]:
            assert g["kind"] in KINDS
        for start, end in spans:
            assert 0 <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, text
    gold = [g["kind"] for it in items for g in it["gold"]]
    assert gold.count("figure") >= 150 and gold.count("date") >= 100


def test_halves_follow_the_page_name_hash() -> None:
    items = _items()
    assert {it["split"] for it in items} == {"dev", "heldout"}
    for it in items:
        assert it["split"] == hash_split(it["page"]), it["page"]
    per_page: dict[str, int] = {}
    for it in items:
        per_page[it["page"]] = per_page.get(it["page"], 0) + 1
    assert max(per_page.values()) <= 7


def _item(prefix: str) -> dict[str, Any]:
    (item,) = [it for it in _items() if it["text"].startswith(prefix)]
    assert item["split"] == "dev"
    return item


def _found(item: dict[str, Any]) -> list[tuple[int, int, str]]:
    doc = readers.build_document(item["text"], "page.txt", date=item["date"], guess_headings=False)
    return [(m.start, m.end, f.kind) for f in facts([doc]).facts if f.kind in KINDS
            for m in f.mentions]  # fmt: skip


DEV_READ_AS_LABELLED = [
    "Beijing also wants Trump to eliminate the 15% tariffs",  # percents, amounts, "Sept. 1"
    "One Washington-based trade expert said",  # "$40-50 billion"; "annual" is no date
    "In Europe, there’ll be two versions",  # "Sportback 50 quattro" is a name
    "The 23-year-old flew to London yesterday evening",  # age; "later today"
    "Alibaba is set to raise up to $12.9bn",  # "second listing" does not rank
    "A case of the bubonic plague was reported in China over the weekend",
    "Barely a week ago, Parise, 35,",  # an age after a comma
    "One of Alibaba’s New York-listed shares",  # "One of" is no count
    "The 180 page coffee-table publication",
]


@pytest.mark.parametrize("prefix", DEV_READ_AS_LABELLED)
def test_dev_sentence_read_as_labelled(prefix: str) -> None:
    item = _item(prefix)
    assert_read_as_labelled(item, _found(item))
