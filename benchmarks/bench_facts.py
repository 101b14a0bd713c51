"""Benchmark: fact extraction of the five-seed corpus (target: under 200 ms warm).

Compared in the same run against a named baseline, `naive-regex`: one pass of two regular
expressions (numbers, capitalised word runs) over the same content sentences, with no
normalisation, alias merging or cross-article table. It is the floor any extractor pays to
look at the text at all.

    python benchmarks/bench_facts.py [--repeat N] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import readers
from facts import facts

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 200.0

_NUM = re.compile(r"\d[\d,.]*")
_CAPS = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")


def naive_regex(documents: Sequence[readers.Document]) -> int:
    found = 0
    for doc in documents:
        for s in doc.content_sentences:
            found += len(_NUM.findall(s.text)) + len(_CAPS.findall(s.text))
    return found


def rule_based(documents: Sequence[readers.Document]) -> int:
    return len(facts(documents).facts)


def measure(
    fn: Callable[[Sequence[readers.Document]], int], docs: Sequence[readers.Document], repeat: int
) -> tuple[float, float, int]:
    count = fn(docs)  # warm-up: imports, compiled regexes
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(docs)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times), count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--corpus", default=str(ROOT / "corpus" / "belarus-myanmar"))
    args = parser.parse_args()
    docs = readers.load([args.corpus]).documents
    chars = sum(len(d.text) for d in docs)
    print(
        f"corpus: {args.corpus} ({len(docs)} documents, {chars} characters), repeat={args.repeat}"
    )
    print(f"{'extractor':<22} {'median ms':>10} {'min ms':>8} {'items':>6}")
    rows = [("naive-regex (baseline)", naive_regex), ("compare.facts", rule_based)]
    results = {}
    for name, fn in rows:
        med, best, count = measure(fn, docs, args.repeat)
        results[name] = med
        print(f"{name:<22} {med:>10.1f} {best:>8.1f} {count:>6}")
    ours = results["compare.facts"]
    base = results["naive-regex (baseline)"]
    print(f"compare.facts is {ours / base:.0f}x the baseline; target < {TARGET_MS:.0f} ms warm: "
          f"{'PASS' if ours < TARGET_MS else 'FAIL'}")  # fmt: skip
    return 0 if ours < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
