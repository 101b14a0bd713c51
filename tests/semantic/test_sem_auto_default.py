"""The default scorer is the hybrid at any length (no book-size fallback to lexical)."""

from __future__ import annotations

import pytest

pytest.importorskip("onnxruntime")

import readers
from compare.semantic import default_scorer_name, make_scorer


def _book(sentences: int) -> readers.Document:
    text = "\n".join(
        f"Sentence number {i} says something about item {i}." for i in range(sentences)
    )
    return readers.build_document(text, "book.txt")


def test_small_input_defaults_to_hybrid(seed_docs) -> None:  # type: ignore[no-untyped-def]
    assert default_scorer_name(seed_docs) == "hybrid"
    scorer = make_scorer(None, load=False, documents=seed_docs)
    assert scorer is not None and scorer.name == "hybrid"


@pytest.mark.usefixtures("needs_extra")
def test_book_sized_input_also_defaults_to_hybrid() -> None:
    book = _book(5_000)
    assert default_scorer_name([book]) == "hybrid"
    scorer = make_scorer(None, load=False, documents=[book])
    assert scorer is not None and scorer.name == "hybrid"
