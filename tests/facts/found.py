"""What `facts.facts` finds in one text, in the shapes the facts tests compare."""

from __future__ import annotations

import json
from pathlib import Path

from facts import facts

DATETIMES = Path(__file__).resolve().parent.parent / "data" / "facts_datetimes.json"


def figure_labels(make_docs, text: str) -> dict[str, str]:
    """Figure key -> label."""
    table = facts(make_docs(text))
    return {f.key: f.label for f in table.facts if f.kind == "figure"}


def date_mentions(make_docs, text: str, date: str | None) -> list[tuple[str, str]]:
    """Sorted (mention text, ISO value from the key) of every date mention."""
    table = facts(make_docs(text, date=date))
    return sorted(
        (m.text, f.key.removeprefix("date:")) for f in table.facts if f.kind == "date"
        for m in f.mentions
    )  # fmt: skip


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
