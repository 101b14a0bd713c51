"""The cold path's overlaps: pooling a run's rows at once, and the lexical features computed in
the calling thread while the model runs. Neither may change a vector or a link."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.usefixtures("needs_extra")

TEXTS = [
    "Lukashenko was received late Thursday with full state honours at a military airport.",
    "Top military officials welcomed Lukashenko on Thursday night with full state honors.",
    "Recent assessments suggest the military holds less than half of Myanmar's territory.",
    "This suggests that the military now controls less than half the nation.",
    "The price of rice rose sharply in Yangon markets this week.",
    "Census teams could operate in only 145 of 330 townships.",
    "Rain.",
    "The talks, which began in 2014, resumed on Monday in Minsk after a pause of two years.",
]


def _encoder(workers: int):  # type: ignore[no-untyped-def]
    from compare.semantic.encoder import Encoder
    from compare.semantic.model_files import packaged

    return Encoder(packaged(), workers=workers)


def test_a_run_pooled_at_once_equals_its_rows_pooled_one_at_a_time() -> None:
    from compare.semantic.encoder import _unit_means

    rng = np.random.default_rng(7)
    states = rng.normal(size=(5, 23, 384)).astype(np.float32)
    states[3] = 0.0  # an all-zero row keeps the 1e-12 floor of the norm
    one_by_one = []
    for row in states:
        pooled = row.mean(axis=0)
        one_by_one.append(pooled / max(float(np.linalg.norm(pooled)), 1e-12))
    together = _unit_means(states)
    assert together.dtype == np.float32
    np.testing.assert_array_equal(together, np.asarray(one_by_one, dtype=np.float32))


@pytest.mark.parametrize("workers", [1, 2])
def test_meanwhile_runs_once_and_changes_no_vector(workers: int) -> None:
    encoder = _encoder(workers)
    plain = encoder.encode(TEXTS)
    calls: list[int] = []
    with_work = encoder.encode(TEXTS, meanwhile=lambda: calls.append(1))
    assert calls == [1]
    np.testing.assert_array_equal(plain, with_work)
    encoder.encode([], meanwhile=lambda: calls.append(1))
    assert calls == [1]  # nothing to embed: nothing to overlap


@pytest.mark.parametrize("own_sessions", [True, False])
def test_two_workers_give_the_vectors_of_one(
    own_sessions: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from compare.semantic import encoder as encoder_module

    if own_sessions:  # each worker its own session even for this short input
        monkeypatch.setattr(encoder_module, "OWN_SESSIONS_TOKENS", 0)
    many = [f"{text} ({n} of {len(TEXTS)})" for n, text in enumerate(TEXTS * 6)]
    two = _encoder(2)
    np.testing.assert_array_equal(two.encode(many), _encoder(1).encode(many))
    if not own_sessions:  # (with them, whether the second worker got a task is up to timing)
        assert not two._more_sessions


def test_preparing_documents_computes_their_lexical_features(seed_docs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from compare.features import features
    from compare.semantic.cache import EmbeddingCache, content_sentences
    from compare.semantic.pair_features import sentence_facts

    features.cache_clear()
    sentence_facts.cache_clear()
    EmbeddingCache(_encoder(2), tmp_path).prepare(seed_docs[:2])
    texts = [t for d in seed_docs[:2] for t in content_sentences(d)]
    before = features.cache_info().misses, sentence_facts.cache_info().misses
    for text in texts:
        features(text)
        sentence_facts(text)
    assert (features.cache_info().misses, sentence_facts.cache_info().misses) == before
