"""Shared fixtures: the bundled seed corpus and temporary data dirs."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "corpus" / "belarus-myanmar"
DATA_DIR = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return SEED_DIR


@pytest.fixture(scope="session")
def seed_corpus():  # type: ignore[no-untyped-def]
    import readers

    return readers.load([SEED_DIR])


@pytest.fixture(scope="session")
def seed_docs(seed_corpus):  # type: ignore[no-untyped-def]
    return seed_corpus.documents


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user's config, data or cache directories from a test."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SAMESTORY_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("SAMESTORY_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("SAMESTORY_CACHE_DIR", str(base / "cache"))
