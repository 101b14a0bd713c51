"""Hand-made document pairs for the provenance tests: real files read by `readers`, aligned
by `compare.align` (lexical scorer) and run through `facts.facts`."""

from __future__ import annotations

from pathlib import Path

CONTEXT = (
    "The city council approved the new harbour budget on Tuesday evening after a long debate.",
    "The plan includes a ferry terminal and a cycling bridge across the river.",
    "Construction of the terminal will begin next spring after a public consultation.",
)
"""Sentences both documents of a pair state word for word."""


def write_docs(tmp_path: Path, *texts: str) -> list[Path]:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def article(changed: str, *, extra: tuple[str, ...] = ()) -> str:
    """A small article: the shared context with `changed` in the middle, then `extra`."""
    return " ".join((CONTEXT[0], changed, CONTEXT[1], CONTEXT[2], *extra)) + "\n"


def analyse(  # type: ignore[no-untyped-def]
    tmp_path: Path, *texts: str, dates: tuple[str | None, ...] = (), min_score: float | None = None
):
    """(alignment, fact table, provenance) of documents with the given texts (lexical scorer,
    its default threshold unless `min_score`)."""
    import readers
    from compare.aligner import align
    from facts import facts
    from provenance.analysis import provenance

    docs = []
    for i, path in enumerate(write_docs(tmp_path, *texts)):
        date = dates[i] if i < len(dates) else None
        docs.append(readers.read(path, metadata={"date": date} if date else None))
    alignment = align(docs, min_score=min_score, use_cache=False)
    table = facts(docs)
    return alignment, table, provenance(alignment, table)
