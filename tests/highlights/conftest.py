"""Fixtures for the highlight tests: a fresh store in a temporary data dir."""

from __future__ import annotations

from pathlib import Path

import pytest

import highlights


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = highlights.open_store(tmp_path / "data")
    yield s
    s.close()
