"""Two processes writing one store lose nothing; kill -9 during writes loses nothing committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import highlights
import readers
from highlights.schema import LATEST

WRITER = r"""
import sys, highlights, readers
data, set_name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
doc = readers.build_document("alpha beta gamma delta epsilon zeta eta theta. " * 50, "doc.txt")
store = highlights.open_store(data)
hs = store.get_set(set_name)
print("ready", flush=True)
sys.stdin.readline()  # start together
for i in range(count):
    h = store.add(hs.id, doc, i % 2000, i % 2000 + 5, note=f"{sys.argv[4]}-{i}")
    print(h.id, flush=True)
"""


def _spawn(data: Path, name: str, count: int, tag: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data), name, str(count), tag],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with highlights.open_store(data) as store:
        hs = store.create_set("shared", color="red", corpus="c")
    procs = [_spawn(data, "shared", 150, tag) for tag in ("one", "two")]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    ids: set[str] = set()
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        ids.update(out.split())
    assert len(ids) == 300
    with highlights.open_store(data) as store:
        stored = store.highlights(hs.id)
        assert {h.id for h in stored} == ids
        notes = {h.note for h in stored}
        assert {f"one-{i}" for i in range(150)} | {f"two-{i}" for i in range(150)} == notes


def test_kill_9_during_writes_loses_nothing_committed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with highlights.open_store(data) as store:
        hs = store.create_set("crashy", color="red", corpus="c")
    proc = _spawn(data, "crashy", 100_000, "k")
    assert proc.stdout is not None and proc.stdin is not None
    assert proc.stdout.readline().strip() == "ready"
    proc.stdin.write("go\n")
    proc.stdin.flush()
    committed: list[str] = []
    deadline = time.monotonic() + 30
    while len(committed) < 120 and time.monotonic() < deadline:
        line = proc.stdout.readline().strip()
        if line:
            committed.append(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    # anything already printed was committed before the print
    committed += [line for line in proc.stdout.read().split() if line]
    assert len(committed) >= 120
    with highlights.open_store(data) as store:
        assert store.warnings == []
        stored = {h.id for h in store.highlights(hs.id)}
    assert set(committed) <= stored
    assert len(stored) - len(committed) <= 1  # at most the one in flight, never half a row
    # and the document still anchors every surviving highlight
    doc = readers.build_document("alpha beta gamma delta epsilon zeta eta theta. " * 50, "doc.txt")
    with highlights.open_store(data) as store:
        placed, orphans = highlights.resolve(store, hs.id, [doc])
    assert len(placed) == len(stored) and not orphans


FRESH = r"""
import sys, highlights
sys.stdin.readline()
store = highlights.open_store(sys.argv[1])
for i in range(20):
    store.create_set(f"{sys.argv[2]}-{i}", color="red", corpus="c")
print(store.schema_version(), flush=True)
"""


def test_two_processes_creating_a_fresh_store_at_once(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", FRESH, str(data), tag],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for tag in ("a", "b")
    ]
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert out.strip() == str(LATEST)
    with highlights.open_store(data) as store:
        assert len(store.list_sets()) == 40


def test_threads_opening_a_new_store_at_once_all_get_it(tmp_path: Path) -> None:
    """Switching a fresh file to WAL can answer "locked" without waiting; every open waits."""
    import threading

    from highlights.store import open_store

    for round_ in range(100):
        folder = tmp_path / str(round_)
        errors: list[Exception] = []

        def open_and_read(folder: Path = folder, errors: list[Exception] = errors) -> None:
            try:
                open_store(folder).highlights_for("corpus")
            except Exception as err:
                errors.append(err)

        threads = [threading.Thread(target=open_and_read) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [], f"round {round_}: {errors[0]}"
