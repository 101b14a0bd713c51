"""The SQLite schema of the highlight store and its migrations, version by version.

`MIGRATIONS[n]` takes a store from version n-1 to n (`MIGRATIONS[1]` creates version 1 from
nothing). Never edit a released step: add a new one. `schema_version` holds one row.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        INSERT INTO schema_version (version) VALUES (1);
        CREATE TABLE sets (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            color TEXT NOT NULL,
            corpus TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            UNIQUE (corpus, name)
        );
        CREATE TABLE highlights (
            id TEXT PRIMARY KEY,
            set_id TEXT NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
            doc_id TEXT NOT NULL,
            doc_hash TEXT NOT NULL,
            doc_source TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX highlights_by_set ON highlights (set_id);
    """,
    2: """
        ALTER TABLE highlights ADD COLUMN label TEXT NOT NULL DEFAULT '';
        ALTER TABLE highlights ADD COLUMN color TEXT NOT NULL DEFAULT '';
        ALTER TABLE highlights ADD COLUMN group_id TEXT NOT NULL DEFAULT '';
        CREATE INDEX highlights_by_group ON highlights (group_id);
        UPDATE schema_version SET version = 2;
    """,
    3: """
        CREATE TABLE corrections (
            id TEXT PRIMARY KEY,
            corpus TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('link', 'unlink')),
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            a_doc_id TEXT NOT NULL,
            a_doc_hash TEXT NOT NULL,
            a_doc_source TEXT NOT NULL,
            a_start INTEGER NOT NULL,
            a_end INTEGER NOT NULL,
            a_exact TEXT NOT NULL,
            a_prefix TEXT NOT NULL DEFAULT '',
            a_suffix TEXT NOT NULL DEFAULT '',
            b_doc_id TEXT NOT NULL,
            b_doc_hash TEXT NOT NULL,
            b_doc_source TEXT NOT NULL,
            b_start INTEGER NOT NULL,
            b_end INTEGER NOT NULL,
            b_exact TEXT NOT NULL,
            b_prefix TEXT NOT NULL DEFAULT '',
            b_suffix TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX corrections_by_corpus ON corrections (corpus);
        UPDATE schema_version SET version = 3;
    """,
}

LATEST = max(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    """The store's schema version (0 for an empty database)."""
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if row is None:
        return 0
    version = conn.execute("SELECT version FROM schema_version").fetchone()
    return int(version[0]) if version else 0


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> int:
    """Bring the store to `target`, one step per transaction. Returns the version reached.

    Safe when two processes open a fresh store at once: each step runs under
    `BEGIN IMMEDIATE` and re-reads the version inside the transaction.
    """
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = current_version(conn)
            if version >= target:
                conn.execute("COMMIT")
                return version
            for statement in _statements(MIGRATIONS[version + 1]):
                conn.execute(statement)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
