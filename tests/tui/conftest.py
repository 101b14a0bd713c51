"""Fixtures for the reader tests: apps on the seed corpus and a Pilot helper that waits for
the engine workers (no sleeps)."""

from __future__ import annotations

from typing import Any

import pytest
from tui_fixed import fixed_alignment, fixed_facts


@pytest.fixture(scope="session")
def seed_alignment(seed_docs):  # type: ignore[no-untyped-def]
    import compare

    return compare.align(seed_docs, use_cache=False)


@pytest.fixture(scope="session")
def seed_facts(seed_docs):  # type: ignore[no-untyped-def]
    from facts import facts

    return facts(seed_docs)


@pytest.fixture
def make_app(seed_corpus, seed_alignment, seed_facts):  # type: ignore[no-untyped-def]
    """The reader on the seed corpus with the real engine results (computed once)."""
    from tui.app import SameStoryApp

    def make(corpus: Any = None, **kw: Any) -> SameStoryApp:
        if corpus is None:
            corpus = seed_corpus
            kw.setdefault("aligner", lambda docs: seed_alignment)
            kw.setdefault("fact_finder", lambda docs: seed_facts)
        return SameStoryApp(corpus, animate=False, **kw)

    return make


@pytest.fixture
def fixed_app(seed_corpus):  # type: ignore[no-untyped-def]
    """The reader with a hand-made alignment and fact table (for snapshots)."""
    from tui.app import SameStoryApp

    def make(theme: str = "samestory-dark") -> SameStoryApp:
        app = SameStoryApp(
            seed_corpus,
            aligner=fixed_alignment,
            fact_finder=fixed_facts,
            use_highlights=False,
            animate=False,
        )
        app.theme = theme
        return app

    return make
