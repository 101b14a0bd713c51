"""Semantic/hybrid scorer benchmark: cold time on the seed corpus and quality vs lexical.

Run: `python benchmarks/bench_semantic.py` (about a minute; needs the `semantic` extra).

1. Time: the five-seed corpus aligned cold in a fresh interpreter with an empty cache
   directory (read + model load + embeddings + align), for the lexical scorer (baseline) and
   the hybrid scorer, plus a warm re-run of the hybrid (embeddings cached on disk, alignment
   cache off). Each is run `RUNS` times; the best and the median are printed.
2. Quality: precision/recall of lexical (baseline) vs semantic vs hybrid on the labelled seed
   pairs (tests/data/pairs_seed.json): pair-level (every cross-document pair scored; recall at
   fixed precision, best F1) and link-level (`compare.align` at each scorer's default
   threshold), plus the gold alignments tests/data/gold_*.json when they exist.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = 3

COLD = r"""
import sys, time
t0 = time.perf_counter()
import readers
from compare.aligner import align
docs = readers.load([sys.argv[1]]).documents
scorer = None
if sys.argv[2] != "lexical":
    from compare.semantic import make_scorer
    scorer = make_scorer(sys.argv[2], load=False)  # as the CLI: align() prepares and loads
al = align(docs, scorer=scorer, use_cache=False)
print(time.perf_counter() - t0, len(al.links))
"""


def _cold(scorer: str, cache: str) -> tuple[float, float, int]:
    env = dict(os.environ, SAMESTORY_CACHE_DIR=cache)
    wall = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", COLD, str(ROOT / "corpus" / "belarus-myanmar"), scorer],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    ).stdout.split()
    return float(out[0]), time.perf_counter() - wall, int(out[1])


def timing() -> None:
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores\n")
    print("| run | in-process s (best / median) | whole process s (best / median) | links |")
    print("| --- | --- | --- | --- |")
    rows = {}
    for label, scorer, warm in (
        ("lexical, cold (baseline)", "lexical", False),
        ("hybrid, cold (model load + embed + align)", "hybrid", False),
        ("hybrid, embeddings cached on disk", "hybrid", True),
    ):
        inproc, whole = [], []
        links = 0
        for _ in range(RUNS):
            with tempfile.TemporaryDirectory() as cache:
                if warm:
                    _cold(scorer, cache)
                a, b, links = _cold(scorer, cache)
            inproc.append(a)
            whole.append(b)
        rows[label] = inproc
        print(
            f"| {label} | {min(inproc):.2f} / {statistics.median(inproc):.2f} | "
            f"{min(whole):.2f} / {statistics.median(whole):.2f} | {links} |"
        )
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


def quality() -> None:
    import readers
    from compare.aligner import align
    from compare.lexical import LexicalScorer
    from compare.semantic import make_scorer
    from tools.semantic_evaluate import (
        DATA_DIR,
        best_f1,
        best_recall_at_precision,
        score_blocks,
        seed_blocks,
    )

    scorers = {
        "lexical": LexicalScorer(),
        "semantic": make_scorer("semantic"),
        "hybrid": make_scorer("hybrid"),
    }
    blocks = seed_blocks()
    print(
        "\nPair level: all 4,191 cross-document pairs of the five seed documents' content sentences"
    )
    print("(21 labelled same, 24 partial pairs left out). Recall at precision >= P; best F1.\n")
    levels = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
    print("| scorer | " + " | ".join(f"R @ P>={p}" for p in levels) + " | best F1 (P / R) |")
    print("| --- " * (len(levels) + 2) + "|")
    for name, scorer in scorers.items():
        s, y = score_blocks(blocks, scorer)
        rec = [best_recall_at_precision(s, y, p).recall for p in levels]
        f = best_f1(s, y)
        print(
            f"| {name} | "
            + " | ".join(f"{r:.2f}" for r in rec)
            + f" | {f.f1:.2f} ({f.precision:.2f} / {f.recall:.2f}) |"
        )

    data = json.loads((DATA_DIR / "pairs_seed.json").read_text(encoding="utf-8"))
    same = {tuple(p) for p in data["same"]}
    partial = {tuple(p) for p in data["partial"]}
    docs = readers.load([ROOT / "corpus" / "belarus-myanmar"]).documents
    print("\nLink level: `compare.align` on the five seed documents vs the labelled pairs")
    print("(links to 'partial' pairs are not counted either way).\n")
    print("| scorer | min_score | links | precision | recall | F1 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, scorer in scorers.items():
        sc = None if name == "lexical" else scorer
        base = getattr(scorer, "min_score", None)
        for t in (
            sorted({base, 0.22, 0.3, 0.4, 0.5, 0.6} - {None})
            if name != "lexical"
            else (None, 0.45, 0.55)
        ):
            al = align(docs, scorer=sc, min_score=t, use_cache=False)
            pred = {(lk.a.doc, lk.a.sentence, lk.b.doc, lk.b.sentence) for lk in al.links} - partial
            tp = len(pred & same)
            p = tp / len(pred) if pred else 1.0
            r = tp / len(same)
            f1 = 0 if p + r == 0 else 2 * p * r / (p + r)
            mark = " (default)" if t is None or t == base else ""
            print(
                f"| {name} | {al.min_score:.2f}{mark} | {len(pred)} | {p:.2f} | {r:.2f} | {f1:.2f} |"
            )
    gold(scorers, docs)


def gold(scorers, docs) -> None:  # type: ignore[no-untyped-def]
    from tools.semantic_evaluate import DATA_DIR, gold_pr

    files = sorted(DATA_DIR.glob("gold_*.json"))
    if not files:
        print("\n(no gold alignments in tests/data yet)")
        return
    print("\nGold alignments (tests/data/gold_*.json, the compare engineer's): links between the")
    print(
        "two documents; precision counts optional pairs as right, recall counts required pairs.\n"
    )
    print("| gold file | scorer | min_score | links | precision | recall |")
    print("| --- | --- | --- | --- | --- | --- |")
    for path in files:
        for name, scorer in scorers.items():
            sc = None if name == "lexical" else scorer
            base = getattr(scorer, "min_score", None)
            grid = (None, 0.45) if name == "lexical" else sorted({base, 0.22, 0.3, 0.5})
            for t in grid:
                pr = gold_pr(path, docs, sc, t)
                mark = " (default)" if t is None or t == base else ""
                print(
                    f"| {path.name} | {name} | {pr.threshold:.2f}{mark} | {pr.predicted} | "
                    f"{pr.precision:.2f} | {pr.recall:.2f} |"
                )


if __name__ == "__main__":
    timing()
    quality()
