"""Fixtures for the fact tests: the seed fact table and a helper to build small documents."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import readers
from facts import FactTable, facts


@pytest.fixture(scope="session")
def seed_table(seed_docs) -> FactTable:  # type: ignore[no-untyped-def]
    return facts(seed_docs)


@pytest.fixture
def make_docs() -> Callable[..., list[readers.Document]]:
    def build(*texts: str, date: str | None = None) -> list[readers.Document]:
        return [
            readers.build_document(t, f"doc{i}.txt", outlet=f"Outlet {i}", date=date)
            for i, t in enumerate(texts)
        ]

    return build
