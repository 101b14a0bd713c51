"""Aligning an article with its translation: `python benchmarks/bench_translation.py [N]`.

Data: the held-out half of WMT newstest2012 (tools/semantic_translation_data.py; the fitting
half fitted and chose everything in `compare.semantic.multilingual`, nothing here was tuned).
For each of the first N held-out articles (default 12; 49 is all of them) and each pair ru-en
and fr-en, two documents are written as files, one segment per paragraph, and read by
`readers.read`, in two variants (`tools.semantic_translation_data.cases`):

- "translation": the article in Russian (or French) and the same article in English;
- "rewrite": the English side made to look like a rewrite: every fourth segment dropped
  (its counterpart then has none) and the paragraphs shuffled (fixed seed).

Gold: two sentences say the same thing when they come from segments with the same number.
Precision = links whose two sentences come from the same segment; coverage = share of both
documents' sentences holding a right link, among those whose segment is in both documents.
Scorers, in the same run: "auto" (the hybrid within a language and the multilingual path
across; the name the alignments report is shown), "hybrid" (the default scorer alone, the
baseline) and "lexical". Times: per scorer, all pairs, alignment cache off, models loaded
before timing; and the language check alone.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCORERS = ("auto", "hybrid", "lexical")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    os.environ["SAMESTORY_CACHE_DIR"] = tempfile.mkdtemp(prefix="bench-translation-")
    from compare.semantic.multilingual import _use_model
    from compare.semantic.multilingual_languages import _get_identifier, document_languages
    from tools.semantic_translation_data import cases, evaluate

    items = cases("heldout", n, Path(tempfile.mkdtemp(prefix="bench-translation-docs-")))
    t = time.perf_counter()
    _get_identifier()
    _use_model().encode(["warm-up"])
    print(f"models loaded in {time.perf_counter() - t:.1f} s (py3langid + USE multilingual)")
    print(f"{len(items)} document pairs from {n} held-out newstest2012 articles")
    print(f"{'scorer':<28} {'case':<20} {'precision':>9} {'coverage':>9} {'links':>6}")
    for scorer in SCORERS:
        t = time.perf_counter()
        result, names = evaluate(scorer, items)
        elapsed = time.perf_counter() - t
        shown = f"{scorer} ({', '.join(names)})"
        for label, r in result.items():
            print(
                f"{shown:<28} {label:<20} "
                f"{r['precision']:>9.3f} {r['coverage']:>9.3f} {int(r['links']):>6}"
            )
        print(f"{scorer}: {elapsed:.1f} s for {len(items)} pairs (alignment cache off)")
    t = time.perf_counter()
    for case in items:
        document_languages(case.documents)
    print(f"language check: {1000 * (time.perf_counter() - t) / len(items):.1f} ms per pair")


if __name__ == "__main__":
    main()
