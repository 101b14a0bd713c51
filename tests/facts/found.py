"""What `facts.facts` finds in one text, in the shapes the facts tests compare."""

from __future__ import annotations

from facts import facts


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
