"""Corpus discovery: which documents of a large folder share passages?

`discover(paths)` runs three stages:

1. read every document and MinHash each content sentence (word shingles; boilerplate
   skipped) - in a process pool over all cores, or on a Dask cluster (`scheduler=`);
2. put all sentence signatures in a MinHash LSH index (datasketch) and take the document
   pairs that collide as candidates (stages 1 and 2 are linear in the corpus size);
3. confirm each candidate pair with the alignment engine (`compare.align([a, b])`) and keep
   pairs with at least `min_shared` shared passage groups; connected components of the
   confirmed pairs are the groups, numbered from 1, largest first.

`load_group(json_or_folder, n)` gives the files of group n, from a JSON file written by
`samestory discover --json`, or from a folder (using the last discovery of that folder, kept
in the cache directory, or running a new one).
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future, as_completed
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

from discover.candidates import candidate_pairs
from discover.confirm import PairResult, confirm_batch
from discover.docs import PackedDocument
from discover.executor import InlineExecutor, dask_executor, local_executor
from discover.result import (
    DiscoveredGroup,
    Discovery,
    DocumentInfo,
    SharedPair,
)
from discover.sketch import Sketch, SketchParams, sketch_batch
from readers.errors import ReaderError, UsageError

__all__ = ["Discovery", "discover", "load_group"]

ProgressFn = Callable[[str, int, int], None]
"""`progress(stage, done, total)`; stages are "reading", "indexing", "aligning"."""

Item = tuple[str, dict[str, str] | None]

SMALL_CORPUS = 16
"""Folders this small are processed in this process: a pool would cost more than it saves."""
ALL_PAIRS_UP_TO = 20
"""Up to this many documents every pair is aligned (a second or two), so paraphrased
rewrites that share no near-verbatim sentence are found too; above it, LSH picks the pairs."""
PAIRS_PER_TASK = 8


def collect_files(paths: Iterable[str | Path]) -> tuple[str | None, list[Item]]:
    """Expand folders (non-recursively, as corpora) into `(absolute path, metadata)` items."""
    from readers.corpus import corpus_files
    from readers.metadata import load_metadata

    root: str | None = None
    items: list[Item] = []
    seen: set[str] = set()
    for src in paths:
        path = Path(src).expanduser()
        if path.is_dir():
            root = root or str(path.resolve())
            _, meta = load_metadata(path)
            files = corpus_files(path)
            if not files:
                raise UsageError(str(src), "no documents in this folder")
            found = [(str(f.resolve()), meta.get(f.name)) for f in files]
        elif path.exists():
            found = [(str(path.resolve()), None)]
        else:
            raise UsageError(str(src), "no such file or directory")
        for item in found:
            if item[0] not in seen:
                seen.add(item[0])
                items.append(item)
    if not items:
        raise UsageError("samestory discover", "no documents given")
    return root, items


def _chunks(seq: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [seq[i : i + size] for i in range(0, len(seq), size)]


def _run(
    executor: Executor,
    tasks: list[tuple[Callable[..., Any], tuple[Any, ...], int]],
    stage: str,
    total: int,
    progress: ProgressFn | None,
) -> list[Any]:
    """Submit `(fn, args, weight)` tasks; results in submission order; progress by weight."""
    results: list[Any] = [None] * len(tasks)
    done = 0
    if progress is not None:
        progress(stage, 0, total)
    if isinstance(executor, InlineExecutor):  # runs at submit: report as it goes
        for i, (fn, args, weight) in enumerate(tasks):
            results[i] = fn(*args)
            done += weight
            if progress is not None:
                progress(stage, done, total)
        return results
    futures: dict[Future[Any], int] = {}
    for i, (fn, args, _weight) in enumerate(tasks):
        futures[executor.submit(fn, *args)] = i
    for future in as_completed(futures):
        i = futures[future]
        results[i] = future.result()
        done += tasks[i][2]
        if progress is not None:
            progress(stage, done, total)
    return results


def _components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    touched: set[int] = set()
    for a, b in edges:
        touched.update((a, b))
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    comps: dict[int, list[int]] = {}
    for x in sorted(touched):
        comps.setdefault(find(x), []).append(x)
    return list(comps.values())


def _confirm_tasks(
    docs: Sequence[PackedDocument | None], pairs: list[tuple[int, int]], min_score: float | None
) -> tuple[list[tuple[Callable[..., Any], tuple[Any, ...], int]], list[list[tuple[int, int]]]]:
    """Batches of candidate pairs, neighbours in the candidate graph kept together so each
    task ships a document once for several pairs."""
    order = {d: k for k, comp in enumerate(_components(len(docs), pairs)) for d in comp}
    ordered = sorted(pairs, key=lambda p: (order[p[0]], p))
    tasks: list[tuple[Callable[..., Any], tuple[Any, ...], int]] = []
    batches: list[list[tuple[int, int]]] = []
    for chunk in _chunks(ordered, PAIRS_PER_TASK):
        used = sorted({d for pair in chunk for d in pair})
        local = {d: k for k, d in enumerate(used)}
        task_docs = [docs[d] for d in used]
        task_pairs = [(local[a], local[b]) for a, b in chunk]
        tasks.append((confirm_batch, (task_docs, task_pairs, min_score), len(chunk)))
        batches.append(list(chunk))
    return tasks, batches


def discover(
    paths: Iterable[str | Path] | str | Path,
    *,
    min_shared: int = 2,
    workers: int | None = None,
    scheduler: str | None = None,
    threshold: float = 0.4,
    num_perm: int = 64,
    shingle: int = 2,
    max_bucket: int = 100,
    min_score: float | None = None,
    all_pairs: bool | None = None,
    progress: ProgressFn | None = None,
    cache: bool = True,
) -> Discovery:
    """Find groups of documents that share at least `min_shared` passages.

    `paths`: folders (their documents, as for a corpus) and/or files. `workers`: processes
    for the local run (default: all cores). `scheduler`: address of a Dask scheduler
    (`tcp://host:8786`) to run stages 1 and 3 on a cluster instead; the files must be
    readable at the same paths on the workers. `threshold`: LSH Jaccard threshold for
    sentence candidates. `max_bucket`: sentences found in more documents than this are
    treated as stock phrases. `all_pairs`: align every pair instead of LSH candidates
    (default: only for folders of up to `ALL_PAIRS_UP_TO` documents). `cache`: remember the
    result of a one-folder run so that `load_group(folder, n)` can reuse it.

    Unreadable files are skipped and listed in `Discovery.errors`; `UsageError` when there
    is nothing to read, `ReaderError` when no file could be read.
    """
    started = time.perf_counter()
    if isinstance(paths, str | Path):
        paths = [paths]
    sources = list(paths)
    root, items = collect_files(sources)
    params = SketchParams(num_perm=num_perm, shingle=shingle)

    context: AbstractContextManager[tuple[Executor, int]]
    if scheduler:
        context = dask_executor(scheduler)
    elif workers is None and len(items) <= SMALL_CORPUS:
        context = nullcontext((InlineExecutor(), 1))
    else:
        context = local_executor(workers)

    with context as (executor, n_workers):
        # Stage 1: read and sketch.
        batch = max(4, min(64, len(items) // (n_workers * 8) or 1))
        chunks = _chunks(items, batch)
        sketch_tasks: list[tuple[Callable[..., Any], tuple[Any, ...], int]] = [
            (sketch_batch, (list(chunk), params), len(chunk)) for chunk in chunks
        ]
        sketches: list[Sketch] = [
            s
            for part in _run(executor, sketch_tasks, "reading", len(items), progress)
            for s in part
        ]
        errors = [(s.path, s.error or "unreadable") for s in sketches if s.error is not None]
        good = [(k, s) for k, s in enumerate(sketches) if s.error is None]
        if not good:
            where = root or sources[0]
            if len(errors) == 1:
                raise ReaderError(errors[0][0], errors[0][1])
            raise ReaderError(str(where), f"none of the {len(errors)} files could be read")
        t_read = time.perf_counter()
        doc_items = [items[k] for k, _ in good]
        doc_sketches = [s for _, s in good]
        del sketches, good
        n_sentences = sum(len(s.rows) for s in doc_sketches)

        # Stage 2: candidate pairs from the LSH index of sentences (or every pair).
        if all_pairs is None:
            all_pairs = len(doc_items) <= ALL_PAIRS_UP_TO
        if all_pairs:
            pairs = list(itertools.combinations(range(len(doc_items)), 2))
        else:
            hits = candidate_pairs(
                [s.rows for s in doc_sketches],
                num_perm=num_perm,
                threshold=threshold,
                max_bucket=max_bucket,
                seed=params.seed,
                progress=progress,
            )
            pairs = sorted(hits)

        t_candidates = time.perf_counter()

        # Stage 3: confirm with the alignment engine.
        # Only the candidates' documents travel on; the rest can go now.
        in_pairs = {d for pair in pairs for d in pair}
        packed = [s.document if k in in_pairs else None for k, s in enumerate(doc_sketches)]
        doc_sketches = [replace(s, document=None, signatures=None) for s in doc_sketches]
        tasks, batches = _confirm_tasks(packed, pairs, min_score)
        del packed
        results: list[list[PairResult]] = _run(executor, tasks, "aligning", len(pairs), progress)
        t_align = time.perf_counter()

    confirmed: list[tuple[int, int, PairResult]] = []
    for batch_pairs, batch_results in zip(batches, results, strict=True):
        for (a, b), res in zip(batch_pairs, batch_results, strict=True):
            if res.error is None and res.shared >= min_shared:
                confirmed.append((a, b, res))

    def info(d: int) -> DocumentInfo:
        s = doc_sketches[d]
        return DocumentInfo(s.path, s.title, s.sentences)

    components = _components(len(doc_items), [(a, b) for a, b, _ in confirmed])
    component_of = {d: k for k, comp in enumerate(components) for d in comp}
    shared_in: list[list[SharedPair]] = [[] for _ in components]
    for a, b, r in confirmed:  # one pass, not one per group: thousands of groups are common
        pair = SharedPair(doc_sketches[a].path, doc_sketches[b].path, r.shared, r.links)
        shared_in[component_of[a]].append(pair)
    groups: list[DiscoveredGroup] = []
    for comp, shared in zip(components, shared_in, strict=True):
        docs = sorted((info(d) for d in comp), key=lambda x: x.path)
        shared.sort(key=lambda p: (-p.shared, p.a, p.b))
        groups.append(DiscoveredGroup(0, docs, shared))
    groups.sort(key=lambda g: (-len(g.documents), g.documents[0].path))
    for number, group in enumerate(groups, 1):
        group.number = number

    discovery = Discovery(
        groups=groups,
        documents=len(doc_items),
        errors=errors,
        root=root,
        settings={
            "min_shared": min_shared,
            "threshold": threshold,
            "num_perm": num_perm,
            "shingle": shingle,
            "max_bucket": max_bucket,
            "min_score": min_score,
        },
        stats={
            "candidates": len(pairs),
            "mode": "all-pairs" if all_pairs else "lsh",
            "confirmed": len(confirmed),
            "sentences": n_sentences,
            "seconds": round(time.perf_counter() - started, 3),
            "stage_seconds": {
                "read": round(t_read - started, 3),
                "candidates": round(t_candidates - t_read, 3),
                "align": round(t_align - t_candidates, 3),
            },
            "workers": n_workers,
            "scheduler": scheduler,
        },
    )
    if cache and root is not None and len(sources) == 1:
        _save_cached(Path(root), discovery)
    return discovery


def _cache_file(folder: Path) -> Path:
    """Cache entry of a folder, keyed by its path and the names, sizes and times of its files."""
    from readers.corpus import corpus_files
    from readers.locations import cache_dir

    h = hashlib.sha256(str(folder.resolve()).encode())
    for f in corpus_files(folder):
        st = f.stat()
        h.update(f"\0{f.name}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return cache_dir() / "discovery" / f"{h.hexdigest()[:32]}.json"


def _save_cached(folder: Path, discovery: Discovery) -> None:
    # The cache is a convenience: a read-only cache directory must not fail the run.
    with contextlib.suppress(OSError):
        discovery.save(_cache_file(folder))


def cached_discovery(folder: Path) -> Discovery | None:
    """The last discovery run on `folder`, if its files have not changed since."""
    try:
        path = _cache_file(folder)
        return Discovery.load(path) if path.exists() else None
    except (OSError, UsageError):
        return None


def load_group(source: str | Path, n: int, **discover_options: Any) -> list[Path]:
    """Files of group `n` (1-based, as `samestory discover` prints them).

    `source` is a JSON file written by `samestory discover --json`, or a folder: then the
    last discovery of that folder is reused when its files are unchanged, otherwise
    `discover(folder, **discover_options)` runs now. Raises `UsageError` (one line) for a
    missing source, a bad JSON file or a group number out of range.
    """
    path = Path(source).expanduser()
    if path.is_dir():
        found = cached_discovery(path) or discover([path], **discover_options)
    elif path.is_file():
        found = Discovery.load(path)
    else:
        raise UsageError(str(source), "no such file or directory")
    return found.group(n).paths
