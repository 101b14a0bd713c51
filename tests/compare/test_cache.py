"""The on-disk alignment cache: reused when valid, ignored when corrupt or stale."""

from __future__ import annotations

import json
from pathlib import Path

from compare import cache
from compare.aligner import align
from readers.locations import cache_dir


def _entries() -> list[Path]:
    return sorted((cache_dir() / "alignments").glob("*.json"))


def test_second_align_reuses_cache(seed_docs) -> None:  # type: ignore[no-untyped-def]
    first = align(seed_docs[:3])
    assert len(_entries()) == 1
    second = align(seed_docs[:3])
    assert second.links == first.links
    assert second.groups == first.groups
    assert second.similarity == first.similarity


def test_cache_key_depends_on_documents_and_parameters(seed_docs) -> None:  # type: ignore[no-untyped-def]
    hashes = [d.hash for d in seed_docs[:2]]
    base = cache.cache_key(hashes, "lexical", {"min_score": 0.36})
    assert base != cache.cache_key(hashes[::-1], "lexical", {"min_score": 0.36})
    assert base != cache.cache_key(hashes, "lexical", {"min_score": 0.5})
    assert base != cache.cache_key(hashes, "semantic", {"min_score": 0.36})
    align(seed_docs[:2])
    align(seed_docs[:2], min_score=0.5)
    assert len(_entries()) == 2


def test_corrupt_entry_is_ignored(seed_docs) -> None:  # type: ignore[no-untyped-def]
    good = align(seed_docs[:2])
    (entry,) = _entries()
    for junk in ('{"key": "x", "links": [[0, 1]]', "not json", '{"key": null}', ""):
        entry.write_text(junk, encoding="utf-8")
        again = align(seed_docs[:2])
        assert again.links == good.links
    # A well-formed entry pointing at boilerplate or missing sentences is rejected too.
    entry.write_text(
        json.dumps({"key": entry.stem, "links": [[0, 1, 1, 1, 0.9, "paraphrase", False]]}),
        encoding="utf-8",
    )
    assert align(seed_docs[:2]).links == good.links


def test_unwritable_cache_dir_does_not_fail(seed_docs, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("SAMESTORY_CACHE_DIR", str(blocker))
    assert align(seed_docs[:2]).links
