"""Corrections in the highlight store: kept, re-anchored, durable, migrated, exported."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import highlights
import readers
from highlights.corrections import (
    add_correction,
    constraints,
    delete_correction,
    find_correction,
    list_corrections,
    resolve_corrections,
)
from highlights.corrections_jsonld import export_corrections, import_corrections
from highlights.errors import ImportFormatError
from highlights.schema import LATEST

DATA = Path(__file__).resolve().parents[1] / "data"
A_TEXT = (
    "The census covered only 145 of 330 townships. Fighting continued in the north. "
    "Officials gave no date for the next count."
)
B_TEXT = (
    "Voting will be held in stages. Census workers counted people in 145 of the country's 330 "
    "townships. The army controls less than half the land."
)


def _docs(tmp_path: Path) -> tuple[readers.Document, readers.Document]:
    return (
        readers.build_document(A_TEXT, str(tmp_path / "a.txt")),
        readers.build_document(B_TEXT, str(tmp_path / "b.txt")),
    )


def _span(doc: readers.Document, n: int) -> tuple[readers.Document, int, int]:
    s = doc.sentences[n]
    return doc, s.start, s.end


def test_a_correction_is_stored_listed_and_deleted(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = _docs(tmp_path)
    made = add_correction(store, "c", "link", _span(a, 0), _span(b, 1), note="same figure")
    (got,) = list_corrections(store, "c")
    assert got == made
    assert (got.a.exact, got.b.exact) == (a.sentences[0].text, b.sentences[1].text)
    assert got.a.doc_hash == a.hash and got.a.prefix == "" and got.b.prefix.endswith("stages. ")
    assert list_corrections(store, "other") == []
    assert find_correction(store, made.id[:8]) == made
    delete_correction(store, made.id)
    assert list_corrections(store) == []


def test_the_later_correction_of_a_pair_replaces_the_earlier(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = _docs(tmp_path)
    add_correction(store, "c", "unlink", _span(a, 0), _span(b, 1))
    add_correction(store, "c", "link", _span(b, 1), _span(a, 0))
    (only,) = list_corrections(store, "c")
    assert only.kind == "link"


def test_ends_are_reanchored_after_an_edit_and_unplaceable_ones_kept(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = _docs(tmp_path)
    kept = add_correction(store, "c", "link", _span(a, 0), _span(b, 1))
    lost = add_correction(store, "c", "unlink", _span(a, 1), _span(b, 2))
    edited_a = readers.build_document(
        "UPDATE: figures revised.\n\n" + A_TEXT.replace("Fighting continued in the north. ", ""),
        str(tmp_path / "a.txt"),
    )
    docs = [edited_a, b]
    placed, unplaced = resolve_corrections(list_corrections(store, "c"), docs)
    assert [p.correction.id for p in placed] == [kept.id]
    assert edited_a.text[placed[0].a.start : placed[0].a.end] == a.sentences[0].text
    assert [u.correction.id for u in unplaced] == [lost.id]
    assert unplaced[0].reason.startswith("first end: ")
    rules, skipped = constraints(placed, docs)
    assert not skipped and not rules.forbids
    ((ra, rb),) = rules.pins
    assert (ra.doc, rb.doc) == (0, 1) and ra.sentence == edited_a.sentence_at(
        placed[0].a.start
    ).index
    # still in the store: listed, re-placeable, never dropped
    assert {c.id for c in list_corrections(store, "c")} == {kept.id, lost.id}


def test_a_correction_needs_two_documents(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, _ = _docs(tmp_path)
    with pytest.raises(highlights.HighlightError, match="same document"):
        add_correction(store, "c", "link", _span(a, 0), _span(a, 1))


def test_jsonld_round_trip_to_another_store(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = _docs(tmp_path)
    add_correction(store, "c", "link", _span(a, 0), _span(b, 1), note='a "note" <b>')
    add_correction(store, "c", "unlink", _span(a, 1), _span(b, 0))
    data = export_corrections(store, "c")
    motivations = [item["motivation"] for item in data["first"]["items"]]
    assert motivations == ["samestory:link", "samestory:unlink"]
    assert len(data["first"]["items"][0]["target"]) == 2
    from highlights.jsonld import dumps

    with highlights.open_store(tmp_path / "other") as other:
        assert import_corrections(other, dumps(data)) == (2, 0)
        assert import_corrections(other, dumps(data)) == (0, 2)
        assert list_corrections(other, "c") == list_corrections(store, "c")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[]", "not a W3C annotation collection"),
        ('{"type": "AnnotationCollection", "samestory:corpus": "c"}', "no AnnotationPage"),
        (
            '{"type": "AnnotationCollection", "samestory:corpus": "c", "first": {"items": '
            '[{"id": "x", "motivation": "highlighting", "target": []}]}}',
            "samestory:link or samestory:unlink",
        ),
    ],
)
def test_bad_import_files_are_refused_whole(store, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportFormatError, match=message):
        import_corrections(store, text)
    assert list_corrections(store) == []


def test_a_real_version_2_store_is_migrated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(DATA / "reanchor_store_v2.sqlite3", data / highlights.STORE_FILE)
    conn = sqlite3.connect(data / highlights.STORE_FILE)
    assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == 2
    conn.close()
    corpus = readers.load([Path(__file__).resolve().parents[2] / "corpus" / "belarus-myanmar"])
    docs = corpus.documents
    with highlights.open_store(data) as store:
        assert store.schema_version() == LATEST >= 3
        (hs,) = store.list_sets()
        assert hs.name == "Townships" and store.count(hs.id) == 3
        placed, orphans = highlights.resolve(store, hs.id, docs)
        assert len(placed) == 3 and not orphans
        assert any(h.note == "the township figure" for h in store.highlights(hs.id))
        made = add_correction(store, hs.corpus, "link", _span(docs[0], 1), _span(docs[1], 1))
        assert list_corrections(store, hs.corpus) == [made]


WRITER = r"""
import sys, highlights, readers
from highlights.corrections import add_correction
data, count, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
a = readers.build_document("alpha beta gamma delta epsilon. " * 400, tag + "a.txt")
b = readers.build_document("zeta eta theta iota kappa. " * 400, tag + "b.txt")
store = highlights.open_store(data)
print("ready", flush=True)
sys.stdin.readline()
for i in range(count):
    c = add_correction(store, "c", "link" if i % 2 else "unlink", (a, 32 * (i % 400), 32 * (i % 400) + 5), (b, 27 * (i % 400), 27 * (i % 400) + 4))
    print(c.id, flush=True)
"""


def _writer(data: Path, count: int, tag: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data), str(count), tag],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert proc.stdout is not None and proc.stdin is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_two_processes_adding_corrections_lose_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    highlights.open_store(data).close()
    procs = [_writer(data, 60, tag) for tag in ("one-", "two-")]
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    ids: set[str] = set()
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        ids.update(out.split())
    with highlights.open_store(data) as store:
        stored = list_corrections(store, "c")
    assert len(ids) == 120 and {c.id for c in stored} == ids


def test_kill_9_during_corrections_loses_nothing_committed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    highlights.open_store(data).close()
    proc = _writer(data, 100_000, "k-")
    assert proc.stdout is not None and proc.stdin is not None
    proc.stdin.write("go\n")
    proc.stdin.flush()
    committed: list[str] = []
    deadline = time.monotonic() + 60
    while len(committed) < 60 and time.monotonic() < deadline:
        line = proc.stdout.readline().strip()
        if line:
            committed.append(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    committed += [line for line in proc.stdout.read().split() if line]
    assert len(committed) >= 60
    with highlights.open_store(data) as store:
        assert store.warnings == []
        stored = {c.id for c in list_corrections(store, "c")}
    assert set(committed) <= stored
    assert len(stored) - len(committed) <= 1
