"""Figures and dates in hand-labelled sentences of real news pages
(tests/data/facts_newspages.json, from the Apache-2.0 test pages of mozilla/readability and
adbar/trafilatura): the file is well formed, and sentences of its `dev` half are read as
labelled (every gold span found with its kind, nothing else taken for a figure or a date)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .found import (
    assert_read_as_labelled,
    assert_spans_well_formed,
    dev_item,
    found_spans,
    labelled_items,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "facts_newspages.json"


def test_file_is_well_formed() -> None:
    items = labelled_items(DATA)
    assert len(items) >= 200
    assert {it["split"] for it in items} == {"dev", "heldout"}
    pages: dict[str, str] = {}
    for it in items:
        text = it["text"]
        assert text == " ".join(text.split()) and text
        assert pages.setdefault(it["page"], it["split"]) == it["split"], it["page"]
        assert_spans_well_formed(it)
    assert sum(len(it["gold"]) for it in items) >= 250


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
    item = dev_item(labelled_items(DATA), prefix)
    assert_read_as_labelled(item, found_spans(item))
