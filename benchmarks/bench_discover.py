"""Benchmark `samestory discover`: story groups on real news, planted groups, and scaling.

    python benchmarks/bench_discover.py                       # quality + 1,000 / 10,000
    python benchmarks/bench_discover.py --sizes 1000 10000 100000 --dask-from 100000
    python benchmarks/bench_discover.py --skip-quality --sizes 1000

Quality (B-cubed precision / recall / F1 over all documents, ungrouped documents counting as
groups of one), each next to the plain baseline measured in the same run:

* ECB+ 1.0, odd-numbered topics only (tests/data/ecbplus-odd, made by tools/ecb_extract.py;
  the even topics are held out): 496 news articles, 42 stories (each topic has two similar
  events, e.g. two different Chargers players arrested for drunk driving).
* a synthetic 10,000-article corpus (tools.discovery_synthetic: made-up Zipf vocabulary,
  about 30% of the articles in planted groups of 2-4 sharing a lightly edited passage).

Baseline: TF-IDF over whole documents (words of two or more letters, sub-linear TF, smoothed
IDF, unit length), every pair compared, pairs with cosine >= 0.3 linked, groups = connected
components.

Scaling: wall time and peak memory (driver, and driver + worker processes, sampled) of
`discover()` on synthetic corpora of each `--sizes`, each in a fresh subprocess; sizes from
`--dask-from` up run on a local Dask cluster (`distributed.LocalCluster`, `--workers`
processes).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ECB_FOLDER = ROOT / "tests" / "data" / "ecbplus-odd"
BASELINE_COSINE = 0.3
_BASELINE_WORD = re.compile(r"(?u)\b\w\w+\b")


def _peak_mb() -> float:
    """Peak resident memory (MB) of this process."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class TreeMemory:
    """Samples the resident memory of this process and all its descendants (the worker pool
    lives under a forkserver, which `RUSAGE_CHILDREN` does not see) and keeps the peak."""

    def __init__(self, interval: float = 0.2) -> None:
        import threading

        self.peak = 0.0
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _sample(self) -> float:
        import psutil

        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
        return total / 2**20

    def _loop(self) -> None:
        try:
            import psutil  # noqa: F401 - comes with the cluster extra (dask.distributed)
        except ImportError:
            return
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, self._sample())

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def bcubed(groups: list[list[int]], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1; documents in no group are groups of one."""
    cluster = list(range(len(gold)))
    for k, members in enumerate(groups):
        for d in members:
            cluster[d] = len(gold) + k
    cluster_size = Counter(cluster)
    gold_size = Counter(gold)
    both = Counter(zip(cluster, gold, strict=True))
    precision = sum(both[(c, g)] / cluster_size[c] for c, g in zip(cluster, gold, strict=True))
    recall = sum(both[(c, g)] / gold_size[g] for c, g in zip(cluster, gold, strict=True))
    p, r = precision / len(gold), recall / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def baseline_groups(texts: list[str]) -> list[list[int]]:
    """TF-IDF cosine >= 0.3 over whole documents, every pair, connected components."""
    import numpy as np
    from scipy.sparse.csgraph import connected_components

    from discover.story import _matrix, key_of, tfidf

    keys = []
    counts = []
    for text in texts:
        bag = Counter(_BASELINE_WORD.findall(text.lower()))
        keys.append(np.array([key_of(w) for w in bag], dtype=np.int64))
        counts.append(np.array(list(bag.values()), dtype=np.float32))
    matrix, _ = _matrix(keys, counts)
    weights, _ = tfidf(matrix)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for start in range(0, len(texts), 500):
        block = (weights[start : start + 500] @ weights.T).toarray()
        i, j = np.nonzero(block >= BASELINE_COSINE)
        rows.append(i + start)
        cols.append(j)
    from scipy import sparse

    r, c = np.concatenate(rows), np.concatenate(cols)
    graph = sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(texts), len(texts)))
    _, label = connected_components(graph, directed=False)
    members: dict[int, list[int]] = {}
    for d, k in enumerate(label.tolist()):
        members.setdefault(k, []).append(d)
    return [m for m in members.values() if len(m) > 1]


def _discovered(found: object, index: dict[str, int]) -> list[list[int]]:
    from discover.result import Discovery

    assert isinstance(found, Discovery)
    return [[index[d.path] for d in g.documents] for g in found.groups]


def quality(folder: Path, gold: list[str], workers: int | None) -> dict[str, object]:
    """discover and the baseline on one folder whose sorted files have `gold` labels."""
    from discover.pipeline import collect_files, discover

    _, items = collect_files([folder])
    paths = [p for p, _ in items]
    index = {p: i for i, p in enumerate(paths)}
    started = time.perf_counter()
    found = discover(folder, workers=workers, cache=False)
    seconds = time.perf_counter() - started
    ours = bcubed(_discovered(found, index), gold)
    started = time.perf_counter()
    texts = [Path(p).read_text(encoding="utf-8", errors="replace") for p in paths]
    base = bcubed(baseline_groups(texts), gold)
    base_seconds = time.perf_counter() - started
    return {
        "docs": len(paths),
        "ours": ours,
        "seconds": seconds,
        "groups": len(found.groups),
        "baseline": base,
        "baseline_seconds": base_seconds,
    }


def ecb_quality(workers: int | None) -> dict[str, object]:
    from tools.ecb_extract import gold_file

    labels = json.loads(gold_file(ECB_FOLDER).read_text())
    from discover.pipeline import collect_files

    _, items = collect_files([ECB_FOLDER])
    gold = [labels[Path(p).name] for p, _ in items]
    return quality(ECB_FOLDER, gold, workers)


def synthetic_quality(n: int, workers: int | None) -> dict[str, object]:
    from tools.discovery_synthetic import make_corpus

    corpus = make_corpus(n)
    gold = [f"single{i}" for i in range(n)]
    for k, group in enumerate(corpus.groups):
        for d in group:
            gold[d] = f"group{k}"
    with tempfile.TemporaryDirectory(prefix="bench-discover-") as tmp:
        folder = Path(tmp)
        corpus.write(folder)
        # collect_files sorts like corpus.names (zero-padded), so gold lines up.
        return quality(folder, gold, workers)


def scaling(n: int, workers: int | None, dask: bool) -> dict[str, object]:
    from discover.pipeline import discover
    from tools.discovery_synthetic import make_corpus

    corpus = make_corpus(n)
    with tempfile.TemporaryDirectory(prefix="bench-discover-") as tmp:
        folder = Path(tmp)
        corpus.write(folder)
        cluster_ctx: contextlib.AbstractContextManager[object] = contextlib.nullcontext()
        if dask:
            from distributed import LocalCluster

            cluster_ctx = LocalCluster(
                n_workers=workers or 2,
                threads_per_worker=1,
                dashboard_address=None,
                memory_limit=0,
            )
        with cluster_ctx as cluster, TreeMemory() as tree:
            address = getattr(cluster, "scheduler_address", None)
            started = time.perf_counter()
            found = discover(
                folder, workers=workers, scheduler=address, cache=False, progress=_Log(started)
            )
            seconds = time.perf_counter() - started
    own = _peak_mb()
    return {
        "seconds": seconds,
        "stages": found.stats["stage_seconds"],
        "candidates": found.stats["candidates"],
        "groups": len(found.groups),
        "peak_mb": own,
        "tree_peak_mb": max(tree.peak, own),
        "where": "dask" if dask else f"{found.stats['workers']} proc",
    }


class _Log:
    """Progress on standard error, about every tenth of a stage (a long run shows its pace)."""

    def __init__(self, started: float) -> None:
        self.started = started
        self.next: dict[str, int] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if done >= self.next.get(stage, 0) or done == total:
            self.next[stage] = done + max(1, total // 10)
            seconds = time.perf_counter() - self.started
            print(f"{seconds:8.1f} s  {stage} {done}/{total}", file=sys.stderr, flush=True)


def _subprocess(args: list[str]) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise SystemExit(f"measurement {args} failed:\n{out.stderr}")
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _row(name: str, q: dict[str, object]) -> str:
    ours, base = q["ours"], q["baseline"]
    assert isinstance(ours, list | tuple) and isinstance(base, list | tuple)
    gain = ours[2] - base[2]
    return (
        f"{name:<22} | {q['docs']:>6} | {ours[0]:.3f} {ours[1]:.3f} {ours[2]:.3f} | "
        f"{q['seconds']:>7.1f} | {base[0]:.3f} {base[1]:.3f} {base[2]:.3f} | "
        f"{q['baseline_seconds']:>6.1f} | {gain:+.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--synthetic-quality", type=int, default=10000, metavar="N")
    parser.add_argument("--dask-from", type=int, default=100000, metavar="N")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, _, size = args.one.partition(":")
        if kind == "ecb":
            result = ecb_quality(args.workers)
        elif kind == "synthetic":
            result = synthetic_quality(int(size), args.workers)
        else:
            result = scaling(int(size), args.workers, kind == "dask")
        print(json.dumps(result))
        return

    extra = ["--workers", str(args.workers)] if args.workers else []
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"# samestory discover benchmark ({cores} cores, load {os.getloadavg()[0]:.1f})")
    if not args.skip_quality:
        print(
            "\nB-cubed precision recall F1; baseline = TF-IDF cosine >= 0.3 + connected components"
        )
        header = (
            f"{'data':<22} | {'docs':>6} | {'discover P   R     F1':<17} | {'s':>7} | "
            f"{'baseline P   R     F1':<17} | {'s':>6} | F1 gain"
        )
        print(header)
        print("-" * len(header))
        print(_row("ECB+ odd topics", _subprocess(["--one", "ecb", *extra])), flush=True)
        n = args.synthetic_quality
        q = _subprocess(["--one", f"synthetic:{n}", *extra])
        print(_row(f"synthetic {n:,}", q), flush=True)
    if not args.skip_scaling:
        print("\nscaling (synthetic corpora; peak MB = driver / driver + workers, sampled)")
        header = (
            f"{'docs':>7} | {'where':>7} | {'seconds':>8} | {'ms/doc':>6} | "
            f"{'read/cand/group s':>19} | {'cands':>8} | {'groups':>6} | {'peak MB':>13}"
        )
        print(header)
        print("-" * len(header))
        for n in args.sizes:
            kind = "dask" if n >= args.dask_from else "local"
            d = _subprocess(["--one", f"{kind}:{n}", *extra])
            st = d["stages"]
            assert isinstance(st, dict)
            stages = f"{st['read']:.1f}/{st['candidates']:.1f}/{st['group']:.1f}"
            peak = f"{d['peak_mb']:.0f} / {d['tree_peak_mb']:.0f}"
            print(
                f"{n:>7} | {d['where']:>7} | {d['seconds']:>8.1f} | "
                f"{1000 * d['seconds'] / n:>6.2f} | {stages:>19} | {d['candidates']:>8} | "
                f"{d['groups']:>6} | {peak:>13}",
                flush=True,
            )


if __name__ == "__main__":
    main()
