"""Fixtures for the discovery tests: small synthetic folders with planted groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.discovery_synthetic import SyntheticCorpus, make_corpus


@pytest.fixture(scope="session")
def planted() -> SyntheticCorpus:
    """48 articles, about 40% of them in planted groups of 2 to 4."""
    return make_corpus(48, seed=11, grouped_share=0.4)


@pytest.fixture(scope="session")
def planted_dir(planted: SyntheticCorpus, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("planted")
    planted.write(folder)
    return folder


@pytest.fixture(scope="session")
def ecb_dir() -> Path:
    """Odd-numbered topics of ECB+ 1.0 as text files (tools/ecb_extract.py)."""
    folder = Path(__file__).resolve().parents[1] / "data" / "ecbplus-odd"
    assert folder.is_dir(), "tests/data/ecbplus-odd is missing: run tools/ecb_extract.py"
    return folder
