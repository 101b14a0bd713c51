"""Aligning an article with its translation: `python benchmarks/bench_translation.py [N]`.

Data: the held-out half of WMT newstest2012 (tools/semantic_translation_data.py; the fitting
half fitted `compare.semantic.multilingual.CROSS_WEIGHTS`, nothing here was tuned). For each
of the first N held-out articles (default 12) and each pair ru-en and fr-en, two documents
are written as files, one segment per paragraph, and read by `readers.read`:

- "translation": the article in Russian (or French) and the same article in English;
- "rewrite": the English side made to look like a rewrite: every fourth segment dropped
  (the other side's counterpart then has none) and the paragraphs in a shuffled order (fixed
  seed).

Gold: two sentences say the same thing when they come from segments with the same number.
Precision = links whose two sentences come from the same segment; coverage = share of both
documents' sentences holding a right link, among those whose segment is in both documents. Scorers, in the same run: "auto" (today
the hybrid within a language and the multilingual path across; named by the alignment),
"hybrid" (the default scorer alone, the baseline) and "lexical". Times: per scorer, all
articles, alignment cache off (models loaded before timing; the language check is timed).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCORERS = ("auto", "hybrid", "lexical")
PAIRS = (("ru", "en"), ("fr", "en"))


def _write(folder: Path, name: str, segments: list[tuple[int, str]]) -> Path:
    path = folder / name
    path.write_text("\n\n".join(text for _, text in segments) + "\n", encoding="utf-8")
    return path


def _segment_of(doc, segments: list[tuple[int, str]]) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """Sentence index -> gold segment number (via the paragraph holding the sentence)."""
    by_paragraph = [number for number, _ in segments]
    out = {}
    for s in doc.sentences:
        if s.paragraph < len(by_paragraph):
            out[s.index] = by_paragraph[s.paragraph]
    return out


def cases(n: int, folder: Path) -> list[tuple[str, list, list[dict[int, int]]]]:  # type: ignore[type-arg]
    """(label, [doc_src, doc_en], [segment maps]) for each article, language pair, variant."""
    from readers import read
    from tools.semantic_translation_data import articles

    out = []
    for art in articles("heldout")[:n]:
        for src, tgt in PAIRS:
            a = list(enumerate(art.sentences[src]))
            full = list(enumerate(art.sentences[tgt]))
            rewrite = [seg for seg in full if seg[0] % 4 != 3]
            random.Random(art.position).shuffle(rewrite)
            for variant, b in (("translation", full), ("rewrite", rewrite)):
                stem = f"{art.position}-{src}{tgt}-{variant}"
                pa = _write(folder, f"{stem}.{src}.txt", a)
                pb = _write(folder, f"{stem}.{tgt}.txt", b)
                docs = [read(str(pa)), read(str(pb))]
                maps = [_segment_of(docs[0], a), _segment_of(docs[1], b)]
                out.append((f"{src}-{tgt} {variant}", docs, maps))
    return out


def measure(scorer: str, items) -> dict[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    from compare import align

    totals: dict[str, list[float]] = {}
    for label, docs, maps in items:
        alignment = align(docs, scorer=scorer, use_cache=False)
        right = wrong = 0
        held: set[tuple[int, int]] = set()
        for link in alignment.links:
            sa = maps[link.a.doc].get(link.a.sentence)
            sb = maps[link.b.doc].get(link.b.sentence)
            if sa is not None and sa == sb:
                right += 1
                held.update({(link.a.doc, link.a.sentence), (link.b.doc, link.b.sentence)})
            else:
                wrong += 1
        # Sentences whose segment is also in the other document (could be linked right).
        shared = set(maps[0].values()) & set(maps[1].values())
        content = sum(
            1
            for d, doc in enumerate(docs)
            for s in doc.sentences
            if not s.boilerplate and maps[d].get(s.index) in shared
        )
        t = totals.setdefault(label, [0, 0, 0, 0])
        t[0] += right
        t[1] += wrong
        t[2] += len(held)
        t[3] += content
        totals.setdefault("_name", []).append(alignment.scorer)  # type: ignore[arg-type]
    names = sorted(set(totals.pop("_name")))  # type: ignore[arg-type]
    out = {}
    for label, (right, wrong, held, content) in sorted(totals.items()):
        out[label] = {
            "precision": right / max(right + wrong, 1),
            "coverage": held / max(content, 1),
            "links": right + wrong,
        }
    out["_scorer"] = {"name": ", ".join(names)}  # type: ignore[dict-item]
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    os.environ["SAMESTORY_CACHE_DIR"] = tempfile.mkdtemp(prefix="bench-translation-")
    from compare.semantic.multilingual import _use_model
    from compare.semantic.multilingual_languages import _get_identifier

    folder = Path(tempfile.mkdtemp(prefix="bench-translation-docs-"))
    items = cases(n, folder)
    t = time.perf_counter()
    _get_identifier()
    _use_model().encode(["warm-up"])
    print(f"models loaded in {time.perf_counter() - t:.1f} s (py3langid + USE multilingual)")
    print(f"{len(items)} document pairs from {n} held-out newstest2012 articles")
    print(f"{'scorer':<24} {'case':<20} {'precision':>9} {'coverage':>9} {'links':>6}")
    for scorer in SCORERS:
        t = time.perf_counter()
        result = measure(scorer, items)
        elapsed = time.perf_counter() - t
        name = result.pop("_scorer")["name"]
        for label, r in result.items():
            print(
                f"{scorer + ' (' + str(name) + ')':<24.24} {label:<20} "
                f"{r['precision']:>9.3f} {r['coverage']:>9.3f} {int(r['links']):>6}"
            )
        print(f"{scorer}: {elapsed:.1f} s for all pairs (alignment cache off)")
    from compare.semantic.multilingual_languages import document_languages

    t = time.perf_counter()
    for _, docs, _ in items:
        document_languages(docs)
    print(f"language check: {1000 * (time.perf_counter() - t) / len(items):.1f} ms per pair")


if __name__ == "__main__":
    main()
