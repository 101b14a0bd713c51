"""Corpus discovery: which documents of a large folder tell the same story?

`discover(paths)` runs three stages:

1. read every document (in a process pool over all cores, or on a Dask cluster with
   `scheduler=`), profile what it is about (terms, names, figures, years: `discover.story`)
   and MinHash each content sentence (boilerplate, datelines and bylines skipped);
2. candidate pairs, sub-quadratic: documents that share two of their heaviest rare terms or
   names (`StoryIndex.candidates`), plus documents with a near-identical sentence (LSH over
   the sentence signatures, `discover.candidates`);
3. score each candidate pair (its story score, raised for pairs that share `min_shared` or
   more near-verbatim passages) and group by average link (`discover.cluster`): a document joins
   a group only when its average score with the group's members reaches `threshold`, and
   two groups merge only when they are nearly as close to each other as inside (`COHESION`).

Each group says why its members belong: the names and figures most of them share, and its
pairs with their scores and shared passages. `load_group(json_or_folder, n)` gives the files
of group n (`load_discovered_group` the group itself), from a JSON file written by
`samestory discover --json`, or from a folder (the last discovery of that folder, kept in
the cache directory, or a new one).
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future, as_completed
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from discover.candidates import candidate_pairs_from_bands
from discover.cluster import average_link
from discover.executor import InlineExecutor, dask_executor, local_executor
from discover.result import DiscoveredGroup, Discovery, DocumentInfo, SharedPair
from discover.sketch import Sketch, SketchParams, sketch_batch
from discover.story import PairScores, Profile, StoryIndex
from readers.errors import ReaderError, UsageError

__all__ = ["Discovery", "discover", "load_group"]

ProgressFn = Callable[[str, int, int], None]
"""`progress(stage, done, total)`; stages are "reading", "indexing", "grouping"."""

Item = tuple[str, dict[str, str] | None]

SMALL_CORPUS = 16
"""Folders this small are processed in this process: a pool would cost more than it saves."""
DEFAULT_THRESHOLD = 0.16
"""Average story score a document needs with a group's members to join it (set on the
odd-numbered ECB+ topics: benchmarks/bench_discover.py)."""
COHESION = 0.6
"""Two groups of two or more documents merge only when their average score is at least this
share of the average inside the looser one: two tight groups on one topic (two different
arrests of players of one team) stay two stories."""
PASSAGE_BONUS = 0.1
"""A pair sharing `min_shared` or more near-verbatim passages scores at least this much per
passage (up to `MAX_PASSAGES`): copied passages link documents whose story profiles alone
would not (a shared report inside otherwise different articles)."""
MAX_PASSAGES = 5
SENTENCE_THRESHOLD = 0.4
"""Shingle Jaccard above which two sentences count as one passage (LSH)."""
GROUPING_VERSION = 2
"""Changes when the same folder would be grouped differently (kept results are not reused)."""
FACTS_SHOWN = 8
PAIRS_SHOWN = 30


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


def _shared_facts(profiles: Sequence[Profile], members: list[int]) -> list[str]:
    """Names and figures held by at least half the members (and two): the most widely held
    first, then the most often mentioned."""
    held: Counter[int] = Counter()
    mentions: Counter[int] = Counter()
    for d in members:
        p = profiles[d]
        held.update(set(p.name_keys.tolist()) | set(p.figure_keys.tolist()))
        mentions.update(dict(zip(p.fact_keys.tolist(), p.fact_counts.tolist(), strict=True)))
    need = max(2, (len(members) + 1) // 2)
    labels: dict[int, str] = {}
    for d in members:
        labels.update(profiles[d].labels)
    common = [k for k, c in held.items() if c >= need and k in labels]
    common.sort(key=lambda k: (-held[k], -mentions[k], labels[k]))
    return [labels[k] for k in common[:FACTS_SHOWN]]


def pair_scores(
    index: StoryIndex,
    pairs: Iterable[tuple[int, int]],
    passages: dict[tuple[int, int], int],
    min_shared: int,
) -> tuple[PairScores, np.ndarray, np.ndarray]:
    """Story scores of `pairs`, their shared passages, and the scores passages raise."""
    scores = index.score(pairs)
    shared = np.array([passages.get((a, b), 0) for a, b in scores.pairs.tolist()], dtype=np.float64)
    bonus = np.where(shared >= min_shared, PASSAGE_BONUS * np.minimum(shared, MAX_PASSAGES), 0.0)
    return scores, shared, np.maximum(scores.score, bonus)


def discover(
    paths: Iterable[str | Path] | str | Path,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    min_shared: int = 2,
    workers: int | None = None,
    scheduler: str | None = None,
    num_perm: int = 64,
    shingle: int = 2,
    max_bucket: int = 100,
    progress: ProgressFn | None = None,
    cache: bool = True,
) -> Discovery:
    """Find the groups of documents that tell the same story.

    `paths`: folders (their documents, as for a corpus) and/or files. `threshold`: average
    story score for a document to join a group (higher: tighter groups). `min_shared`:
    near-verbatim passages from which shared passages add to a pair's score. `workers`:
    processes for the local run (default: all cores). `scheduler`: address of a Dask
    scheduler (`tcp://host:8786`) to read on a cluster instead; the files must be readable at
    the same paths on the workers. `max_bucket`: terms, names and sentences found in more
    documents than this propose no pairs. `cache`: remember the result of a one-folder run
    so that `load_group(folder, n)` can reuse it.

    Unreadable files are skipped and listed in `Discovery.errors`; `UsageError` when there
    is nothing to read, `ReaderError` when no file could be read.
    """
    started = time.perf_counter()
    if isinstance(paths, str | Path):
        paths = [paths]
    sources = list(paths)
    root, items = collect_files(sources)
    params = SketchParams(num_perm=num_perm, shingle=shingle, threshold=SENTENCE_THRESHOLD)

    context: AbstractContextManager[tuple[Executor, int]]
    if scheduler:
        context = dask_executor(scheduler)
    elif workers is None and len(items) <= SMALL_CORPUS:
        context = nullcontext((InlineExecutor(), 1))
    else:
        context = local_executor(workers)

    with context as (executor, n_workers):
        batch = max(4, min(64, len(items) // (n_workers * 8) or 1))
        sketch_tasks: list[tuple[Callable[..., Any], tuple[Any, ...], int]] = [
            (sketch_batch, (list(chunk), params), len(chunk)) for chunk in _chunks(items, batch)
        ]
        sketches: list[Sketch] = [
            s
            for part in _run(executor, sketch_tasks, "reading", len(items), progress)
            for s in part
        ]
    errors = [(s.path, s.error or "unreadable") for s in sketches if s.error is not None]
    docs = [s for s in sketches if s.error is None and s.profile is not None]
    del sketches
    if not docs:
        where = root or sources[0]
        if len(errors) == 1:
            raise ReaderError(errors[0][0], errors[0][1])
        raise ReaderError(str(where), f"none of the {len(errors)} files could be read")
    t_read = time.perf_counter()
    n_sentences = sum(len(s.rows) for s in docs)

    # Stage 2: candidates from story profiles and from shared sentences.
    profiles = [s.profile for s in docs if s.profile is not None]
    index = StoryIndex(profiles)
    story_pairs = index.candidates(max_bucket=max_bucket)
    passages = candidate_pairs_from_bands(
        [s.rows for s in docs], max_bucket=max_bucket, progress=progress
    )
    pairs = story_pairs | set(passages)
    docs = [replace(s, bands=None) for s in docs]  # the band keys are no longer needed
    t_candidates = time.perf_counter()

    # Stage 3: score and group.
    if progress is not None:
        progress("grouping", 0, 1)
    scores, shared, total = pair_scores(index, pairs, passages, min_shared)
    edges = zip(
        scores.pairs[:, 0].tolist(), scores.pairs[:, 1].tolist(), total.tolist(), strict=True
    )
    clusters = average_link(len(docs), edges, threshold, COHESION)
    if progress is not None:
        progress("grouping", 1, 1)
    group_of = {d: k for k, members in enumerate(clusters) for d in members}
    in_group: list[list[SharedPair]] = [[] for _ in clusters]
    for (a, b), score, n_shared, conflicts in zip(
        scores.pairs.tolist(),
        total.tolist(),
        shared.tolist(),
        scores.conflicts.tolist(),
        strict=True,
    ):
        k = group_of.get(a)
        if k is not None and k == group_of.get(b):
            in_group[k].append(
                SharedPair(
                    docs[a].path, docs[b].path, int(n_shared), round(score, 3), int(conflicts)
                )
            )
    groups: list[DiscoveredGroup] = []
    for members, group_pairs in zip(clusters, in_group, strict=True):
        infos = sorted(
            (DocumentInfo(docs[d].path, docs[d].title, docs[d].sentences) for d in members),
            key=lambda x: x.path,
        )
        group_pairs.sort(key=lambda p: (-p.score, p.a, p.b))
        facts = _shared_facts(profiles, members)
        groups.append(DiscoveredGroup(0, infos, group_pairs[:PAIRS_SHOWN], facts))
    groups.sort(key=lambda g: (-len(g.documents), g.documents[0].path))
    for number, group in enumerate(groups, 1):
        group.number = number

    discovery = Discovery(
        groups=groups,
        documents=len(docs),
        errors=errors,
        root=root,
        settings={
            "threshold": threshold,
            "min_shared": min_shared,
            "num_perm": num_perm,
            "shingle": shingle,
            "max_bucket": max_bucket,
        },
        stats={
            "candidates": len(pairs),
            "story_candidates": len(story_pairs),
            "passage_candidates": len(passages),
            "grouped": sum(len(c) for c in clusters),
            "sentences": n_sentences,
            "seconds": round(time.perf_counter() - started, 3),
            "stage_seconds": {
                "read": round(t_read - started, 3),
                "candidates": round(t_candidates - t_read, 3),
                "group": round(time.perf_counter() - t_candidates, 3),
            },
            "workers": n_workers,
            "scheduler": scheduler,
        },
    )
    if cache and root is not None and len(sources) == 1:
        _save_cached(Path(root), discovery)
    return discovery


def _cache_file(folder: Path) -> Path:
    """Cache entry of a folder, keyed by its path and the names, sizes and times of its files
    (and the grouping's version: a result of older code is not reused)."""
    from readers.corpus import corpus_files
    from readers.locations import cache_dir

    h = hashlib.sha256(f"{GROUPING_VERSION}\0{folder.resolve()}".encode())
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


def load_discovered_group(source: str | Path, n: int, **discover_options: Any) -> DiscoveredGroup:
    """Group `n` (1-based, as `samestory discover` prints it), with why its members belong.

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
    return found.group(n)


def load_group(source: str | Path, n: int, **discover_options: Any) -> list[Path]:
    """Files of group `n`: `load_discovered_group(source, n).paths`."""
    return load_discovered_group(source, n, **discover_options).paths
