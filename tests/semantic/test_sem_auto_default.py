"""The default scorer falls back to lexical for book-sized input; by name it is still hybrid."""

from __future__ import annotations

import pytest

pytest.importorskip("onnxruntime")

import readers
from compare.semantic import (
    AUTO_SEMANTIC_MAX_SENTENCES,
    default_scorer_name,
    make_scorer,
)


def _book(sentences: int) -> readers.Document:
    text = "\n".join(
        f"Sentence number {i} says something about item {i}." for i in range(sentences)
    )
    return readers.build_document(text, "book.txt")


def test_small_input_defaults_to_hybrid(seed_docs) -> None:  # type: ignore[no-untyped-def]
    assert default_scorer_name(seed_docs) == "hybrid"
    scorer = make_scorer(None, load=False, documents=seed_docs)
    assert scorer is not None and scorer.name == "hybrid"


def test_book_sized_input_defaults_to_lexical() -> None:
    book = _book(AUTO_SEMANTIC_MAX_SENTENCES + 1)
    assert default_scorer_name([book]) == "lexical"
    assert make_scorer(None, load=False, documents=[book]) is None
    forced = make_scorer("hybrid", load=False, documents=[book])
    assert forced is not None and forced.name == "hybrid"
