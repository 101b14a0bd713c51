"""Schema migrations: a version-1 store made from the version-1 script opens and upgrades."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import highlights
import readers
from highlights.schema import LATEST, MIGRATIONS, current_version


def _make_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[1])
    conn.execute(
        "INSERT INTO sets VALUES ('s1', 'Old set', '#ff8800', 'belarus-myanmar', 'from v1', "
        "'2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00')"
    )
    conn.execute(
        'INSERT INTO highlights (id, set_id, doc_id, doc_hash, doc_source, start, "end", exact, '
        "prefix, suffix, note, created, updated) VALUES ('h1', 's1', 'abcd', ?, '/old/a.txt', 4, 9, "
        "'quick', 'The ', ' brown fox.', 'a v1 note', '2025-01-01T00:00:00+00:00', "
        "'2025-01-01T00:00:00+00:00')",
        (readers.content_hash("The quick brown fox."),),
    )
    conn.commit()
    conn.close()


def test_v1_store_is_migrated_with_its_rows(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _make_v1(data / highlights.STORE_FILE)
    with highlights.open_store(data) as store:
        assert store.schema_version() == LATEST
        (hs,) = store.list_sets()
        assert (hs.id, hs.name, hs.color, hs.description) == ("s1", "Old set", "#ff8800", "from v1")
        (h,) = store.highlights("s1")
        assert (h.exact, h.prefix, h.suffix, h.note) == (
            "quick",
            "The ",
            " brown fox.",
            "a v1 note",
        )
        assert (h.label, h.color, h.group_id) == ("", "", "")
        # the migrated store takes the new columns
        doc = readers.build_document("The quick brown fox.", "/old/a.txt")
        placed, orphans = highlights.resolve(store, "s1", [doc])
        assert [(p.start, p.end, p.status) for p in placed] == [(4, 9, "exact")] and not orphans
        new = store.add("s1", doc, 10, 15, label="colour", color="#00ff00")
        assert store.get(new.id).label == "colour"
    conn = sqlite3.connect(data / highlights.STORE_FILE)
    assert current_version(conn) == LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_each_migration_step_applies_in_order(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    from highlights.schema import migrate

    assert current_version(conn) == 0
    assert migrate(conn, 1) == 1 and current_version(conn) == 1
    cols = [r[1] for r in conn.execute("PRAGMA table_info(highlights)")]
    assert "group_id" not in cols
    assert migrate(conn) == LATEST
    cols = [r[1] for r in conn.execute("PRAGMA table_info(highlights)")]
    assert {"label", "color", "group_id"} <= set(cols)
    assert migrate(conn) == LATEST  # idempotent
    conn.close()
