"""What `facts.facts` finds in one text, in the shapes the facts tests compare."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import readers
from facts import facts

DATETIMES = Path(__file__).resolve().parent.parent / "data" / "facts_datetimes.json"


def figure_labels(make_docs, text: str) -> dict[str, str]:
    """Figure key -> label."""
    table = facts(make_docs(text))
    return {f.key: f.label for f in table.facts if f.kind == "figure"}


def name_kinds(make_docs, *texts: str, date: str | None) -> dict[str, str]:
    """Label -> kind of every person, organisation and place found in the texts."""
    table = facts(make_docs(*texts, date=date))
    return {f.label: f.kind for f in table.facts if f.kind in ("person", "organisation", "place")}


def date_mentions(make_docs, text: str, date: str | None) -> list[tuple[str, str]]:
    """Sorted (mention text, ISO value from the key) of every date mention."""
    table = facts(make_docs(text, date=date))
    return sorted(
        (m.text, f.key.removeprefix("date:")) for f in table.facts if f.kind == "date"
        for m in f.mentions
    )  # fmt: skip


def date_keys(make_docs, text: str, date: str | None) -> list[tuple[str, str]]:
    """Sorted (mention text, fact key) of every date mention: "doc0:..." keys of dates with
    no value show as such."""
    table = facts(make_docs(text, date=date))
    return sorted((m.text, f.key) for f in table.facts if f.kind == "date" for m in f.mentions)


def assert_in_tuning_half(sentences: dict[str, str]) -> None:
    """Every quoted Recognizers-Text sentence is in the set's `dev` half, with its date."""
    items = {it["text"]: it for it in json.loads(DATETIMES.read_text("utf-8"))["items"]}
    for text, date in sentences.items():
        assert items[text]["split"] == "dev" and items[text]["date"] == date


def assert_read_as_labelled(item: dict, found: list[tuple[int, int, str]]) -> None:  # type: ignore[type-arg]
    """Every gold span of a hand-labelled item overlaps a found span of its kind, and every
    found span overlaps a gold span of its kind (the news-page sets' dev sentences)."""
    text = item["text"]
    for g in item["gold"]:
        assert any(k == g["kind"] and s < g["end"] and g["start"] < e for s, e, k in found), (
            g["kind"],
            text[g["start"] : g["end"]],
        )
    for s, e, k in found:
        assert any(g["kind"] == k and s < g["end"] and g["start"] < e for g in item["gold"]), (
            k,
            text[s:e],
        )


NEWS_KINDS = ("figure", "date")
"""The kinds the hand-labelled news-page sets mark."""


def labelled_items(path: Path) -> list[dict[str, Any]]:
    """The items of a hand-labelled news-page set (tests/data/facts_newspages*.json)."""
    items: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["items"]
    return items


def assert_spans_well_formed(item: dict[str, Any]) -> None:
    """An item's gold and ignore spans: of a labelled kind, inside the text, stripped, apart."""
    text = item["text"]
    spans = sorted((g["start"], g["end"]) for g in item["gold"] + item.get("ignore", []))
    for g in item["gold"]:
        assert g["kind"] in NEWS_KINDS
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, text


ENTITY_KINDS = ("person", "organisation", "place")
"""The kinds of names the third news-page set marks in its items' `entities`."""


def assert_entities_well_formed(item: dict[str, Any]) -> None:
    """An item's name spans: of a name kind, inside the text, stripped, apart, in order."""
    text = item["text"]
    spans = [(e["start"], e["end"]) for e in item["entities"]]
    assert spans == sorted(spans), text
    for e in item["entities"]:
        assert e["kind"] in ENTITY_KINDS
        assert 0 <= e["start"] < e["end"] <= len(text)
        assert text[e["start"] : e["end"]] == text[e["start"] : e["end"]].strip()
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, text


def dev_item(items: list[dict[str, Any]], prefix: str) -> dict[str, Any]:
    """The one item whose text opens with `prefix`, which must be in the `dev` half."""
    (item,) = [it for it in items if it["text"].startswith(prefix)]
    assert item["split"] == "dev"
    return item


def found_spans(item: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every figure and date mention found in an item's text."""
    doc = readers.build_document(item["text"], "page.txt", date=item["date"], guess_headings=False)
    return [(m.start, m.end, f.kind) for f in facts([doc]).facts if f.kind in NEWS_KINDS
            for m in f.mentions]  # fmt: skip
