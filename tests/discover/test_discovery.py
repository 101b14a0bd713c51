"""`discover.pipeline.discover`: planted groups found, unrelated documents left alone."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import numpy as np
import pytest

from discover.candidates import candidate_pairs, candidate_pairs_datasketch
from discover.docs import pack, unpack
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


def test_lsh_finds_every_planted_group_and_nothing_else(
    planted: SyntheticCorpus, planted_dir: Path
) -> None:
    found = discover(planted_dir, workers=1, all_pairs=False, cache=False)
    assert found.stats["mode"] == "lsh"
    assert found.documents == len(planted.texts)
    # Recall of planted groups is 100% and no unrelated article is pulled into a group.
    assert group_names(found) == planted_names(planted)
    grouped = {n for g in group_names(found) for n in g}
    assert len(grouped) < len(planted.texts) // 2
    # Candidate generation stays close to the planted pairs instead of all pairs.
    assert found.stats["candidates"] <= 2 * len(planted.planted_pairs)
    for group in found.groups:
        for pair in group.pairs:
            assert pair.shared >= 2 and pair.links >= pair.shared


def test_process_pool_gives_the_same_groups(planted: SyntheticCorpus, planted_dir: Path) -> None:
    found = discover(planted_dir, workers=2, cache=False)
    assert found.stats["workers"] == 2
    assert group_names(found) == planted_names(planted)


def test_min_shared_above_the_planted_passages_finds_nothing(planted_dir: Path) -> None:
    found = discover(planted_dir, workers=1, min_shared=50, cache=False)
    assert found.groups == []
    assert found.stats["candidates"] > 0


def test_seed_corpus_000_001_002_form_a_group(seed_dir: Path) -> None:
    found = discover(seed_dir, cache=False)
    assert found.stats["mode"] == "all-pairs"
    first = [Path(d.path).name[:3] for d in found.groups[0].documents]
    assert {"000", "001", "002"} <= set(first)
    group = found.groups[0]
    by_name = {Path(d.path).name[:3]: d.path for d in group.documents}
    # The two rewrites of one report share more than the older related story does with 000.
    assert group.shared(by_name["000"], by_name["001"]) > 2
    assert group.shared(by_name["001"], by_name["002"]) > 2
    if "004" in by_name:
        assert group.shared(by_name["000"], by_name["001"]) > group.shared(
            by_name["000"], by_name["004"]
        )


def test_seed_rewrites_found_by_lsh_at_a_lower_threshold(seed_dir: Path) -> None:
    # The seed articles are heavy rewrites: no sentence is near-verbatim at the default
    # threshold, but at 0.2 LSH alone proposes the pairs that make 000-001-002 a group.
    assert discover(seed_dir, all_pairs=False, cache=False).stats["candidates"] == 0
    found = discover(seed_dir, all_pairs=False, threshold=0.2, cache=False)
    assert found.stats["mode"] == "lsh" and found.stats["candidates"] < 10
    assert {"000", "001", "002"} <= {Path(d.path).name[:3] for d in found.groups[0].documents}


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


def test_packed_documents_unpack_to_equal_documents(seed_docs: list[Document]) -> None:
    for doc in seed_docs:
        again = unpack(pickle.loads(pickle.dumps(pack(doc))))
        assert again == doc and again.id == doc.id


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
    # Two unrelated articles followed by the same reader comments (boilerplate).
    a = "Officials said the new bridge over the river would open next spring after delays.\n\n"
    b = "The orchestra announced a winter season of seven concerts in the old opera house.\n\n"
    (tmp_path / "a.txt").write_text(a + COMMENTS)
    (tmp_path / "b.txt").write_text(b + COMMENTS)
    sketch = sketch_path(str(tmp_path / "a.txt"), None, SketchParams())
    assert sketch.error is None and sketch.sentences == 1 and len(sketch.rows) == 1
    # Were the comments sketched, the two articles would be a candidate pair.
    found = discover(tmp_path, all_pairs=False, min_shared=1, cache=False)
    assert found.stats["candidates"] == 0 and found.groups == []


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
