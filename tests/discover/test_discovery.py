"""`discover.pipeline.discover`: planted groups found, unrelated documents left alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from discover.candidates import candidate_pairs, candidate_pairs_datasketch
from discover.pipeline import discover, load_group
from discover.result import Discovery
from discover.sketch import SketchParams, signatures, sketch_path
from readers import Document
from readers.errors import ReaderError, UsageError
from tools.discovery_synthetic import SyntheticCorpus, make_corpus

from .helpers import group_names, planted_names


def test_synthetic_corpus_is_deterministic_and_planted() -> None:
    a, b = make_corpus(30, seed=3), make_corpus(30, seed=3)
    assert a.texts == b.texts and a.groups == b.groups
    assert a.groups and all(2 <= len(g) <= 4 for g in a.groups)
    assert make_corpus(30, seed=4).texts != a.texts


def test_every_planted_group_is_found_and_nothing_else(
    planted: SyntheticCorpus, planted_dir: Path
) -> None:
    found = discover(planted_dir, workers=1, cache=False)
    assert found.documents == len(planted.texts)
    # Recall of planted groups is 100% and no unrelated article is pulled into a group.
    assert group_names(found) == planted_names(planted)
    # Candidate generation proposes a small share of all pairs.
    n = len(planted.texts)
    assert 0 < found.stats["candidates"] < n * (n - 1) // 2 // 4
    for group in found.groups:
        assert group.pairs
        for pair in group.pairs:
            assert pair.shared >= 2 and pair.score >= 0.2


def test_process_pool_gives_the_same_groups(planted: SyntheticCorpus, planted_dir: Path) -> None:
    found = discover(planted_dir, workers=2, cache=False)
    assert found.stats["workers"] == 2
    assert group_names(found) == planted_names(planted)


def test_without_passage_evidence_fewer_groups_and_no_wrong_one(
    planted: SyntheticCorpus, planted_dir: Path
) -> None:
    # The synthetic articles have no names; with passages ignored (min_shared=50) only the
    # story profiles (words and the figures of the copied passage) tie them.
    found = discover(planted_dir, workers=1, min_shared=50, cache=False)
    got = group_names(found)
    planted_groups = planted_names(planted)
    assert len(got) < len(planted_groups)
    for group in got:
        assert any(set(group) <= set(p) for p in planted_groups)


def test_seed_corpus_000_001_002_form_a_group(seed_dir: Path) -> None:
    found = discover(seed_dir, cache=False)
    first = [Path(d.path).name[:3] for d in found.groups[0].documents]
    assert first == ["000", "001", "002"]
    group = found.groups[0]
    # Rewrites: they share the story's names, not its sentences.
    assert {"Lukashenko", "Belarus"} <= set(group.facts)
    assert all(p.shared == 0 for p in group.pairs)


def _copy(files: list[Path], folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for f in files:
        shutil.copyfile(f, folder / f.name)


def test_seed_story_is_found_among_200_real_decoys(
    seed_dir: Path, ecb_dir: Path, tmp_path: Path
) -> None:
    decoys = sorted(ecb_dir.glob("*.txt"))[:200]
    folder = tmp_path / "mixed"
    _copy(decoys + sorted(seed_dir.glob("*.txt")), folder)
    found = discover(folder, workers=1, cache=False)
    seed_groups = [
        g for g in found.groups if any(Path(d.path).name[:3] == "000" for d in g.documents)
    ]
    assert len(seed_groups) == 1
    names = {Path(d.path).name for d in seed_groups[0].documents}
    assert {n[:4] for n in names} >= {"000_", "001_", "002_"}
    assert not names & {d.name for d in decoys}


def test_two_similar_events_stay_two_stories(ecb_dir: Path, tmp_path: Path) -> None:
    # ECB+ topic 35: Vincent Jackson's arrest for drunk driving (ecb) and Jamal Williams's
    # (ecbplus), both San Diego Chargers players, weeks apart.
    files = sorted(ecb_dir.glob("35_*.txt"))
    _copy(files, tmp_path / "t35")
    found = discover(tmp_path / "t35", workers=1, cache=False)
    assert sum(len(g.documents) for g in found.groups) >= 0.8 * len(files)
    for group in found.groups:
        kinds = {Path(d.path).stem.rsplit("ecb", 1)[1] for d in group.documents}
        assert len(kinds) == 1  # no group mixes the two arrests
        # ...and each says whose arrest it is about.
        assert ("Williams" if kinds == {"plus"} else "Jackson") in group.facts


def test_unreadable_files_are_reported_and_skipped(
    planted: SyntheticCorpus, tmp_path: Path
) -> None:
    planted.write(tmp_path)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    found = discover(tmp_path, workers=1, cache=False)
    skipped = {Path(p).name for p, _ in found.errors}
    assert skipped == {"empty.txt", "binary.txt"}
    assert all(reason for _, reason in found.errors)
    assert group_names(found) == planted_names(planted)


def test_empty_folder_and_nothing_readable(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no documents"):
        discover(tmp_path, cache=False)
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text("   \n")
    with pytest.raises(ReaderError, match="could be read"):
        discover(tmp_path, cache=False)
    with pytest.raises(UsageError, match="no such file"):
        discover(tmp_path / "missing", cache=False)


def test_json_round_trip_and_load_group(planted_dir: Path, tmp_path: Path) -> None:
    found = discover(planted_dir, workers=1)
    out = tmp_path / "groups.json"
    found.save(out)
    again = Discovery.load(out)
    assert again.to_dict() == found.to_dict()
    assert load_group(out, 1) == found.groups[0].paths
    assert all(p.is_absolute() and p.exists() for p in load_group(out, 1))
    # From the folder: the cached result of the run above is reused.
    assert load_group(planted_dir, len(found.groups)) == found.groups[-1].paths
    with pytest.raises(UsageError, match="no group 99"):
        load_group(out, 99)
    with pytest.raises(UsageError, match="no group 0"):
        load_group(planted_dir, 0)
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "something else"}')
    with pytest.raises(UsageError, match="not a samestory discovery file"):
        load_group(bad, 1)


def test_load_group_on_a_new_folder_runs_discovery(seed_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    shutil.copytree(seed_dir, folder)
    names = [p.name[:3] for p in load_group(folder, 1)]
    assert {"000", "001", "002"} <= set(names)


def test_numpy_banding_matches_the_datasketch_index(planted: SyntheticCorpus) -> None:
    params = SketchParams()
    sigs = [signatures(text.split(". "), params) for text in planted.texts]
    fast = candidate_pairs(sigs, num_perm=params.num_perm, threshold=0.4)
    reference = candidate_pairs_datasketch(sigs, num_perm=params.num_perm, threshold=0.4)
    assert fast == reference
    found = planted.planted_pairs & set(fast)
    assert len(found) >= 0.9 * len(planted.planted_pairs)
    # A bucket shared by more documents than max_bucket is a stock phrase: no pairs from it.
    stock = [
        np.vstack([s, signatures(["Stock phrase about cookies and privacy settings."], params)])
        for s in sigs
    ]
    crowded = candidate_pairs(stock, num_perm=params.num_perm, threshold=0.4, max_bucket=10)
    assert set(crowded) == set(fast)
    everything = candidate_pairs(stock, num_perm=params.num_perm, threshold=0.4, max_bucket=1000)
    assert len(everything) == len(sigs) * (len(sigs) - 1) // 2


COMMENTS = """Leave a Reply

John Smith says: this bridge project is a complete waste of public money and time again.

Mary Jones says: the regional government never listens to the people who live near the river.
"""


def test_boilerplate_sentences_are_not_sketched(tmp_path: Path) -> None:
    # Two unrelated articles followed by the same dateline, byline and reader comments.
    a = (
        "Officials said the new bridge over the river would open next spring after delays.\n\n"
        "The engineers blamed the wet autumn and a shortage of steel for the late opening.\n\n"
        "Drivers will pay a small toll for the first five years to cover the extra cost.\n\n"
    )
    b = (
        "The orchestra announced a winter season of seven concerts in the old opera house.\n\n"
        "Its conductor will lead two symphonies that have not been played here for decades.\n\n"
        "Tickets go on sale next week, with cheaper seats kept for students and pensioners.\n\n"
    )
    stamp = "3 July 2013 Last updated at 13:38 GMT\n\n"
    (tmp_path / "a.txt").write_text(stamp + a + COMMENTS)
    (tmp_path / "b.txt").write_text(stamp + b + COMMENTS)
    sketch = sketch_path(str(tmp_path / "a.txt"), None, SketchParams())
    assert sketch.error is None and sketch.sentences == 3 and len(sketch.rows) == 3
    # Were the comments sketched, the two articles would be a candidate pair.
    found = discover(tmp_path, min_shared=1, cache=False)
    assert found.stats["passage_candidates"] == 0 and found.groups == []


def test_lazy_public_export() -> None:
    import discover as package

    assert package.discover is discover


def test_a_reader_crash_is_reported_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    def crash(*_args: object, **_kwargs: object) -> Document:
        raise RuntimeError("first line\nsecond line")

    monkeypatch.setattr(importlib.import_module("readers.load"), "read_path", crash)
    path = tmp_path / "a.txt"
    path.write_text("Some text here.", encoding="utf-8")
    sketch = sketch_path(str(path), None, SketchParams())
    assert sketch.error == "could not be read (RuntimeError: first line)"
