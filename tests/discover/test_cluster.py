"""`discover(..., scheduler=ADDRESS)` on a Dask `LocalCluster` gives the local result."""

from __future__ import annotations

from pathlib import Path

import pytest

from discover.pipeline import discover
from tools.discovery_synthetic import SyntheticCorpus

from .helpers import group_names, planted_names

distributed = pytest.importorskip("distributed")


def test_local_cluster_finds_the_planted_groups(
    planted: SyntheticCorpus, planted_dir: Path
) -> None:
    with distributed.LocalCluster(
        processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None
    ) as cluster:
        found = discover(planted_dir, scheduler=cluster.scheduler_address, cache=False)
    assert found.stats["scheduler"] == cluster.scheduler_address
    assert found.stats["workers"] == 2
    assert group_names(found) == planted_names(planted)
