"""Sentence segmentation speed: samestory's reader vs pysbd fed whole paragraphs (baseline).

Run: python benchmarks/readers_segment.py
Texts: the seed corpus repeated to about 5,000 sentences, once line per paragraph (news copy)
and once as a single line with no breaks (the case where pysbd's run time grows with the
square of its input). The baseline gives each paragraph to pysbd whole, as the reader did
before windowing; it is only run on the single line up to a size it finishes in reasonable time.
A second table reads texts with readers/pysbd_speedup.py's `FastSegmenter` and with pure pysbd
0.3.4's `Segmenter` (baseline), in CPU seconds, and checks both give identical documents: the
seed corpus, ~5,000 and ~10,000 sentences of it (line per paragraph), and two 10,000-sentence
texts with no line breaks (benchmarks/align_synth.py, the input of the alignment benchmarks).
"""

from __future__ import annotations

import time
from pathlib import Path

import pysbd
from align_synth import Generator

from readers import segment
from readers.segment import _segmenter, build_document, split_sentences

SEED = Path(__file__).resolve().parent.parent / "corpus" / "belarus-myanmar"


def _timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _cpu(fn):  # type: ignore[no-untyped-def]
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def _read_pure(text: str):  # type: ignore[no-untyped-def]
    """`build_document` with pure pysbd as this thread's segmenter."""
    fast = _segmenter()
    segment._local.segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    try:
        return build_document(text, "b")
    finally:
        segment._local.segmenter = fast


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt"))]
    base = "\n".join(texts)
    per_copy = len(build_document(base, "b").sentences)
    lines = "\n".join([base] * (5000 // per_copy + 1))
    one_line = " ".join(lines.split())
    seg = _segmenter()
    rows = []

    t, doc = _timed(lambda: build_document(lines, "b"))
    tb, pieces = _timed(
        lambda: [x for line in lines.splitlines() if line.strip() for x in seg.segment(line)]
    )
    rows.append(("line per paragraph", len(lines), len(doc.sentences), t, len(pieces), tb))

    for size in (20_000, 40_000, 80_000):
        chunk = one_line[:size]
        t, spans = _timed(lambda chunk=chunk: split_sentences(chunk, 0, len(chunk)))
        tb, pieces = _timed(lambda chunk=chunk: seg.segment(chunk))
        rows.append((f"one line, {size:,} chars", len(chunk), len(spans), t, len(pieces), tb))

    t, spans = _timed(lambda: split_sentences(one_line, 0, len(one_line)))
    rows.append(("one line, whole text", len(one_line), len(spans), t, None, None))

    print(
        f"{'text':<26} {'chars':>9} {'sentences':>9} {'samestory s':>11} {'pysbd whole: sentences':>22} {'s':>7}"
    )
    for name, chars, n, t, bn, bt in rows:
        base_cols = (
            f"{bn:>22} {bt:>7.2f}" if bn is not None else f"{'(too slow to run)':>22} {'':>7}"
        )
        print(f"{name:<26} {chars:>9,} {n:>9} {t:>11.2f} {base_cols}")

    print()
    print(
        f"{'reading (build_document), CPU s':<34} {'sentences':>9} {'pure pysbd':>10} "
        f"{'FastSegmenter':>13} {'speed-up':>8} same"
    )
    two = "\n".join([lines, lines])
    gen = Generator(seed=3)
    edition = gen.rewrite(gen.base(10_000))
    for name, text in (
        ("seed corpus once", base),
        ("~5,000 sentences", lines),
        ("~10,000 sentences", two),
        ("10,000 sentences, no line breaks", " ".join(edition.a)),
        ("its rewrite, no line breaks", " ".join(edition.b)),
    ):
        tb, before = _cpu(lambda text=text: _read_pure(text))
        t, after = _cpu(lambda text=text: build_document(text, "b"))
        same = before.sentences == after.sentences
        print(f"{name:<34} {len(after.sentences):>9} {tb:>10.2f} {t:>13.2f} {tb / t:>7.1f}x {same}")


if __name__ == "__main__":
    main()
