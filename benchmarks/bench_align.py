"""Alignment speed, memory and scaling against a naive all-pairs difflib baseline.

Run: `python benchmarks/bench_align.py` (about a minute on 2 cores; `--quick` skips the 4x size).
Prints one table. Each synthetic size runs in a fresh subprocess so that time is cold (no
cached sentence features) and peak RSS (`resource.getrusage`) is that run's own.

Rows:
- the five-seed corpus: `compare.align` warm (median of 7 runs, disk cache off), the same
  alignment reopened from the disk cache, and the baseline;
- two editions of a synthetic book (benchmarks/align_synth.py: Zipf vocabulary of ~20,000
  words, planted edits, paraphrases, splits, drops, inserts and moved blocks) at 1x/2x/4x
  sizes, with precision/recall of the planted pairs;
- baseline: `difflib.SequenceMatcher(None, a, b).ratio()` over all cross-document sentence
  pairs, best match per sentence above 0.6 — measured on the sizes where it finishes within the
  budget, else estimated from its measured per-pair cost (marked "est.").
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

BASELINE_BUDGET_PAIRS = 400_000
"""Run the difflib baseline only up to this many sentence pairs."""


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def baseline(docs: list) -> tuple[float, int]:  # type: ignore[type-arg]
    """All-pairs difflib ratio; returns (seconds, number of pairs)."""
    start = time.perf_counter()
    pairs = 0
    contents = [[s.text for s in d.sentences if not s.boilerplate] for d in docs]
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            for a in contents[i]:
                sm = SequenceMatcher(None, a)
                best = 0.0
                for b in contents[j]:
                    sm.set_seq1(b)
                    best = max(best, sm.ratio())
                    pairs += 1
    return time.perf_counter() - start, pairs


def one_size(n: int, with_baseline: bool) -> dict[str, object]:
    """Measure one synthetic size (runs in a subprocess)."""
    from align_synth import pair_docs

    from compare.aligner import align

    a, b, planted = pair_docs(n)
    rss_before = _rss_mb()
    start = time.perf_counter()
    cpu_start = time.process_time()
    al = align([a, b], use_cache=False)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    rss_peak = _rss_mb()
    predicted = {(lk.a.sentence, lk.b.sentence) for lk in al.links}
    hit = len(predicted & planted)
    out: dict[str, object] = {
        "sentences": len(a.sentences) + len(b.sentences),
        "words": len(a.text.split()) + len(b.text.split()),
        "seconds": elapsed,
        "cpu": cpu,
        "rss_before": rss_before,
        "rss_peak": rss_peak,
        "precision": hit / len(predicted) if predicted else 1.0,
        "recall": hit / len(planted),
    }
    if with_baseline:
        secs, pairs = baseline([a, b])
        out["baseline"] = secs
        out["baseline_pairs"] = pairs
    return out


def seeds() -> dict[str, float]:
    import readers
    from compare.aligner import align

    docs = readers.load([ROOT / "corpus" / "belarus-myanmar"]).documents
    align(docs, use_cache=False)
    runs = []
    for _ in range(7):
        start = time.perf_counter()
        align(docs, use_cache=False)
        runs.append(time.perf_counter() - start)
    align(docs)  # fill the disk cache
    start = time.perf_counter()
    align(docs)
    cached = time.perf_counter() - start
    base, pairs = baseline(docs)
    return {"warm": statistics.median(runs), "cached": cached, "baseline": base, "pairs": pairs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="skip the largest size")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one, args.baseline)))
        return
    import tempfile

    os.environ.setdefault("SAMESTORY_CACHE_DIR", tempfile.mkdtemp(prefix="samestory-bench-"))
    print(f"cores: {os.cpu_count()}  python {sys.version.split()[0]}\n")
    s = seeds()
    print("five-seed corpus (5 documents)")
    print(f"  compare.align warm (median of 7):  {s['warm'] * 1000:8.1f} ms")
    print(f"  reopened from the disk cache:      {s['cached'] * 1000:8.1f} ms")
    print(
        f"  baseline difflib all pairs:        {s['baseline'] * 1000:8.1f} ms "
        f"({s['pairs']:,} pairs, no assignment)\n"
    )
    sizes = [(150, True), (300, True), (2_500, False), (5_000, False), (10_000, False)]
    if args.quick:
        sizes = sizes[:-1]
    header = (
        f"{'sentences/text':>14} {'total words':>11} {'align s':>8} {'cpu s':>6} "
        f"{'peak RSS MB':>11} "
        f"{'P':>6} {'R':>6} {'difflib s':>12} {'speed-up':>9}"
    )
    print("two editions of a synthetic text (planted rewrites, moved blocks)")
    print(header)
    print("-" * len(header))
    per_pair = None
    rows = []
    for n, with_base in sizes:
        cmd = [sys.executable, __file__, "--one", str(n)] + (["--baseline"] if with_base else [])
        res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        rows.append((n, res))
        if "baseline" in res:
            per_pair = float(res["baseline"]) / int(res["baseline_pairs"])
            base_s = float(res["baseline"])
            base_txt = f"{base_s:.2f}"
        else:
            pairs = (int(res["sentences"]) / 2) ** 2
            base_s = per_pair * pairs if per_pair else float("nan")
            base_txt = f"{base_s:.0f} est."
        print(
            f"{n:>14,} {int(res['words']):>11,} {float(res['seconds']):>8.2f} "
            f"{float(res['cpu']):>6.2f} "
            f"{float(res['rss_peak']):>11.0f} {float(res['precision']):>6.3f} "
            f"{float(res['recall']):>6.3f} {base_txt:>12} {base_s / float(res['seconds']):>8.0f}x"
        )
    big = [r for n, r in rows if n >= 2_500]
    if len(big) >= 2:
        print()
        for key, label in (("seconds", "wall"), ("cpu", "cpu")):
            t0 = float(big[0][key])
            steps = ", ".join(
                f"{int(r['sentences']) / int(big[0]['sentences']):.0f}x size -> "
                f"{float(r[key]) / t0:.2f}x"
                for r in big
            )
            print(f"scaling ({label} time relative to 2,500 sentences/text): {steps}")
    print(f"\nload average during the run: {os.getloadavg()[0]:.1f} (on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
