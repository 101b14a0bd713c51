"""Helpers shared by the discovery tests."""

from __future__ import annotations

from pathlib import Path

from discover.result import Discovery
from tools.discovery_synthetic import SyntheticCorpus


def group_names(discovery: Discovery) -> list[list[str]]:
    """File names of each discovered group, sorted, for comparing with the planted groups."""
    return sorted(sorted(Path(d.path).name for d in g.documents) for g in discovery.groups)


def planted_names(corpus: SyntheticCorpus) -> list[list[str]]:
    return sorted(sorted(corpus.names[i] for i in g) for g in corpus.groups)
