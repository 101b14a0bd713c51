"""The span cache of facts.nlp: repeated and duplicated texts give the spans a fresh run gives,
and the cache stays within its character budget."""

from __future__ import annotations

import pytest

from facts import nlp

TEXTS = [
    "Kenyan President William Ruto met Microsoft Corp executives in Nairobi on Dec. 6, 1996.",
    "about 3,200 refugees crossed last week, the agency said.",  # no capital at the start
    "no names or numbers here at all.",
    "   ",
    "",
]


@pytest.fixture
def fresh_cache():  # type: ignore[no-untyped-def]
    nlp.clear_cache()
    yield
    nlp.clear_cache()


def test_cached_and_duplicated_texts_get_the_spans_of_a_fresh_run(fresh_cache) -> None:
    if not nlp.available():
        pytest.skip("spaCy models not installed")
    first = nlp.annotate(TEXTS)
    assert first is not None
    assert any(s.label == "person" for s in first[0]) and first[3] == [] and first[4] == []
    again = nlp.annotate([*reversed(TEXTS), TEXTS[0]])
    assert again == [*reversed(first), first[0]]
    nlp.clear_cache()
    one_by_one = [nlp.annotate([t]) for t in TEXTS]
    assert [r[0] for r in one_by_one if r] == first


def test_cache_drops_oldest_texts_beyond_its_budget(fresh_cache, monkeypatch) -> None:
    if not nlp.available():
        pytest.skip("spaCy models not installed")
    monkeypatch.setattr(nlp, "CACHE_CHARS", len(TEXTS[0]) + len(TEXTS[1]))
    nlp.annotate(TEXTS[:3])
    assert list(nlp._CACHE) == TEXTS[1:3]
    assert nlp._CACHED_CHARS[0] == len(TEXTS[1]) + len(TEXTS[2])
