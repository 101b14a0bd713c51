"""Benchmark `samestory discover` against a naive all-pairs baseline.

    python benchmarks/bench_discover.py                 # sizes 100, 1000, 10000
    python benchmarks/bench_discover.py --sizes 100 1000 --workers 2

For each size a deterministic synthetic corpus (tools.discovery_synthetic: news-like
sentences from a Zipf-Mandelbrot vocabulary, about 30% of the articles in planted groups of
2-4 sharing a lightly edited passage of 3-5 sentences) is written to a temporary folder, and
each measurement runs in a fresh subprocess so that peak memory is its own:

* discover - `discover.pipeline.discover(folder)`: read + MinHash/LSH + `compare.align` on
  the candidates, all cores (or `--workers`).
* all-pairs baseline - content-word bigram shingle sets of every article (straight from the
  generated texts: no file reading or sentence splitting, which favours the baseline), then
  every pair of articles compared; a pair is flagged when it shares at least
  `BASELINE_MIN_SHARED` shingles. Run only where it has at most `--baseline-max-pairs` pairs;
  above that its time is extrapolated from a timed sample of pairs (marked "est.").

Recall is over the planted pairs: a planted pair counts as found when both articles end up in
the same discovered group (or, for the baseline, when the pair is flagged). "extra" counts
pairs placed together that were not planted.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BASELINE_MIN_SHARED = 4
SAMPLE_PAIRS = 300_000


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


def _pairs_in_groups(groups: list[list[int]]) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for g in groups:
        out.update(itertools.combinations(sorted(g), 2))
    return out


def run_discover(n: int, workers: int | None) -> dict[str, object]:
    from discover.pipeline import discover
    from tools.discovery_synthetic import make_corpus

    corpus = make_corpus(n)
    with tempfile.TemporaryDirectory(prefix="bench-discover-") as tmp:
        folder = Path(tmp)
        corpus.write(folder)
        index = {str((folder / name).resolve()): i for i, name in enumerate(corpus.names)}
        with TreeMemory() as tree:
            started = time.perf_counter()
            found = discover(folder, workers=workers, cache=False)
            seconds = time.perf_counter() - started
    groups = [[index[d.path] for d in g.documents] for g in found.groups]
    got = _pairs_in_groups(groups)
    planted = corpus.planted_pairs
    own = _peak_mb()
    return {
        "seconds": seconds,
        "stages": found.stats["stage_seconds"],
        "candidates": found.stats["candidates"],
        "planted": len(planted),
        "recall": len(got & planted) / len(planted) if planted else 1.0,
        "extra": len(got - planted),
        "peak_mb": own,
        "tree_peak_mb": max(tree.peak, own),
        "workers": found.stats["workers"],
    }


def run_baseline(n: int, max_pairs: int) -> dict[str, object]:
    from discover.sketch import shingles
    from tools.discovery_synthetic import make_corpus

    corpus = make_corpus(n)
    started = time.perf_counter()
    sets = [frozenset(shingles(text.replace("\n", " "), 2)) for text in corpus.texts]
    total_pairs = n * (n - 1) // 2
    estimated = total_pairs > max_pairs
    if estimated:
        rng = random.Random(1)
        sample = [tuple(sorted(rng.sample(range(n), 2))) for _ in range(SAMPLE_PAIRS)]
        t0 = time.perf_counter()
        for i, j in sample:
            _ = len(sets[i] & sets[j]) >= BASELINE_MIN_SHARED
        per_pair = (time.perf_counter() - t0) / len(sample)
        seconds = (t0 - started) + per_pair * total_pairs
        own = _peak_mb()
        return {"seconds": seconds, "estimated": True, "peak_mb": own}
    flagged = {
        (i, j)
        for i, j in itertools.combinations(range(n), 2)
        if len(sets[i] & sets[j]) >= BASELINE_MIN_SHARED
    }
    seconds = time.perf_counter() - started
    planted = corpus.planted_pairs
    own = _peak_mb()
    return {
        "seconds": seconds,
        "estimated": False,
        "recall": len(flagged & planted) / len(planted) if planted else 1.0,
        "extra": len(flagged - planted),
        "peak_mb": own,
    }


def _subprocess(args: list[str]) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise SystemExit(f"measurement {args} failed:\n{out.stderr}")
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--baseline-max-pairs", type=int, default=2_000_000)
    parser.add_argument("--one", choices=["discover", "baseline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        n = args.sizes[0]
        result = (
            run_discover(n, args.workers)
            if args.one == "discover"
            else run_baseline(n, args.baseline_max_pairs)
        )
        print(json.dumps(result))
        return

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"# samestory discover benchmark ({cores} cores, load {os.getloadavg()[0]:.1f})")
    header = (
        f"{'docs':>6} | {'discover s':>10} | {'s/1k docs':>9} | {'read/cand/align s':>19} | "
        f"{'cands':>6} | {'recall':>6} | {'extra':>5} | {'peak MB':>13} || "
        f"{'all-pairs s':>11} | {'recall':>6} | {'extra':>5} | {'peak MB':>7}"
    )
    print(header)
    print("-" * len(header))
    for n in args.sizes:
        extra_args = ["--workers", str(args.workers)] if args.workers else []
        d = _subprocess(["--one", "discover", "--sizes", str(n), *extra_args])
        b = _subprocess(
            ["--one", "baseline", "--sizes", str(n), "--baseline-max-pairs",
             str(args.baseline_max_pairs)]
        )  # fmt: skip
        st = d["stages"]
        assert isinstance(st, dict)
        stages = f"{st['read']:.1f}/{st['candidates']:.1f}/{st['align']:.1f}"
        peak = f"{d['peak_mb']:.0f} / {d['tree_peak_mb']:.0f}"
        if b["estimated"]:
            base = f"{'~' + format(b['seconds'], '.0f') + ' est.':>11} | {'-':>6} | {'-':>5}"
        else:
            base = f"{b['seconds']:>11.1f} | {b['recall']:>6.1%} | {b['extra']:>5}"
        print(
            f"{n:>6} | {d['seconds']:>10.1f} | {1000 * d['seconds'] / n:>9.2f} | {stages:>19} | "
            f"{d['candidates']:>6} | {d['recall']:>6.1%} | {d['extra']:>5} | {peak:>13} || "
            f"{base} | {b['peak_mb']:>7.0f}",
            flush=True,
        )
    print(
        "\ndiscover: read + MinHash/LSH of sentences + compare.align on candidates; peak MB is "
        "driver / driver + all its worker processes (sampled).\nall-pairs: shingle sets from the generated texts "
        f"(no reading), every pair compared, flagged at >= {BASELINE_MIN_SHARED} shared "
        "content-word bigrams; 'est.' = extrapolated from a timed sample of pairs."
    )


if __name__ == "__main__":
    main()
