"""Figures and dates in the second hand-labelled set of real news pages
(tests/data/facts_newspages2.json, pages of scrapinghub/article-extraction-benchmark, MIT):
the file is well formed, its halves follow the page-name hash, and sentences of its `dev`
half are read as labelled (every gold span found with its kind, nothing else taken for a
figure or a date)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.facts_devsets import hash_split

from .found import (
    assert_read_as_labelled,
    assert_spans_well_formed,
    dev_item,
    found_spans,
    labelled_items,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "facts_newspages2.json"


def test_file_is_well_formed() -> None:
    items = labelled_items(DATA)
    assert len(items) >= 200
    assert len({it["page"] for it in items}) == 40
    for it in items:
        text = it["text"]
        assert text == " ".join(text.split()) and 0 < len(text) <= 400
        assert it["date"] is None or it["date"][:2] in ("19", "20")
        assert_spans_well_formed(it)
    gold = [g["kind"] for it in items for g in it["gold"]]
    assert gold.count("figure") >= 150 and gold.count("date") >= 100


def test_halves_follow_the_page_name_hash() -> None:
    items = labelled_items(DATA)
    assert {it["split"] for it in items} == {"dev", "heldout"}
    for it in items:
        assert it["split"] == hash_split(it["page"]), it["page"]
    per_page: dict[str, int] = {}
    for it in items:
        per_page[it["page"]] = per_page.get(it["page"], 0) + 1
    assert max(per_page.values()) <= 7


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
    item = dev_item(labelled_items(DATA), prefix)
    assert_read_as_labelled(item, found_spans(item))
