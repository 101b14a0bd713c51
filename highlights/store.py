"""The highlight store: one SQLite file in the data dir, WAL mode, every change committed at once.

Concurrency: each write is one `BEGIN IMMEDIATE` transaction with a generous busy timeout, so
two processes (two readers open on the same store, or the reader and the CLI) serialise their
writes and lose nothing. `synchronous=FULL` makes every committed change survive a crash.

A store file SQLite cannot read (not a database, corrupt) is renamed aside with a UTC timestamp
(with its `-wal`/`-shm` companions) and a fresh store is started; `Store.warnings` says where
the old file went. Permission problems and locks are reported, never "repaired".
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import astuple, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from highlights.errors import BadInputError, SetExistsError, StoreError, UnknownSetError
from highlights.model import QUOTE_CONTEXT, Highlight, HighlightSet
from highlights.schema import LATEST, current_version, migrate
from readers.document import Document

STORE_FILE = "highlights.sqlite3"
"""File name of the store inside the data dir."""

DEFAULT_COLORS: tuple[str, ...] = (
    "#f6d743",
    "#7bd389",
    "#6cb4ee",
    "#f28cb1",
    "#f5a65b",
    "#b39ddb",
)
"""Suggested set colours, in the order new sets should take them."""

BUSY_TIMEOUT_MS = 30_000
_CORRUPT = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}
_COLOR = re.compile(r"^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]{3,20})$")

_SET_COLUMNS = "id, name, color, corpus, description, created, updated"
_HL_COLUMNS = (
    'id, set_id, doc_id, doc_hash, doc_source, start, "end", exact, prefix, suffix, '
    "note, label, color, group_id, created, updated"
)
_HL_INSERT = "{verb} INTO highlights (" + _HL_COLUMNS + ") VALUES (" + ", ".join("?" * 16) + ")"
"""Insert one `_hl_row`; fill in `verb` ("INSERT" or "INSERT OR IGNORE")."""


def now() -> str:
    """Current UTC time as ISO 8601 with microseconds."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def new_id() -> str:
    return uuid.uuid4().hex


def normalize_source(source: str) -> str:
    """Absolute path for local files; URLs and `-` unchanged."""
    if source == "-" or "://" in source:
        return source
    try:
        return str(Path(source).expanduser().resolve())
    except OSError:
        return source


def check_color(color: str) -> str:
    """Return `color` if it is `#rgb`, `#rrggbb` or a plain colour name, else raise."""
    if not _COLOR.match(color):
        raise BadInputError("highlights", f"bad colour {color!r} (use #rrggbb or a colour name)")
    return color


def open_store(data_dir: Path | str | None = None) -> Store:
    """Open (creating if needed) the store in `data_dir` or `readers.locations.data_dir()`."""
    if data_dir is None:
        from readers.locations import data_dir as default_dir

        data_dir = default_dir()
    return Store(Path(data_dir) / STORE_FILE)


class Store:
    """A highlight store file. Thread-safe; open one per process (or per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.warnings: list[str] = []
        """One-line notices for the user (e.g. a corrupt store moved aside)."""
        self.moved_aside: Path | None = None
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(
                str(self.path.parent), f"cannot create data folder: {err.strerror}"
            ) from None
        self._conn = self._connect()

    # -- opening -------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            return self._open_checked()
        except sqlite3.DatabaseError as err:
            if getattr(err, "sqlite_errorname", "") not in _CORRUPT and not _looks_corrupt(err):
                raise StoreError(str(self.path), f"cannot open highlight store: {err}") from None
            reason = str(err)
        self._move_aside(reason)
        try:
            return self._open_checked()
        except sqlite3.DatabaseError as err:
            raise StoreError(str(self.path), f"cannot open highlight store: {err}") from None

    def _open_checked(self) -> sqlite3.Connection:
        """Open, set up and check the store, again while SQLite answers "locked" at once
        (switching a new file to WAL while another connection opens it skips the busy handler)."""
        deadline, pause = time.monotonic() + BUSY_TIMEOUT_MS / 1000, 0.01
        while True:
            try:
                return self._open_once()
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() + pause > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)

    def _open_once(self) -> sqlite3.Connection:
        if self.path.exists() and not os.access(self.path, os.R_OK | os.W_OK):
            raise StoreError(str(self.path), "highlight store is not readable and writable")
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            check = conn.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise _Corrupt(f"integrity check failed: {check[0] if check else 'no answer'}")
            version = current_version(conn)
            if version > LATEST:
                raise StoreError(
                    str(self.path),
                    f"highlight store has schema version {version}, newer than this samestory "
                    f"understands ({LATEST}); upgrade samestory",
                )
            if version < LATEST:
                migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _move_aside(self, reason: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(self.path, target)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    os.replace(side, target.with_name(target.name + suffix))
        except OSError as err:
            raise StoreError(
                str(self.path),
                f"highlight store is unreadable ({reason}) and could not be moved aside: {err.strerror}",
            ) from None
        self.moved_aside = target
        self.warnings.append(
            f"{self.path}: highlight store was unreadable ({reason}); moved it to {target} "
            "and started a new, empty store"
        )

    # -- plumbing ------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One immediate transaction, committed before returning."""
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as err:
                raise StoreError(str(self.path), f"cannot write highlight store: {err}") from None
            try:
                yield conn
            except sqlite3.DatabaseError as err:  # disk full, I/O error: nothing was written
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise StoreError(str(self.path), f"cannot write highlight store: {err}") from None
            except BaseException:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except sqlite3.DatabaseError as err:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise StoreError(str(self.path), f"cannot write highlight store: {err}") from None

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as err:
                raise StoreError(str(self.path), f"cannot read highlight store: {err}") from None

    def data_version(self) -> int:
        """Changes whenever another connection commits: poll it to notice outside changes."""
        return int(self._query("PRAGMA data_version")[0][0])

    def schema_version(self) -> int:
        with self._lock:
            return current_version(self._conn)

    # -- sets ----------------------------------------------------------------------------

    def list_sets(self, corpus: str | None = None) -> list[HighlightSet]:
        """Sets (of one corpus, or all), sorted by name then corpus."""
        if corpus is None:
            rows = self._query(f"SELECT {_SET_COLUMNS} FROM sets ORDER BY name, corpus")
        else:
            rows = self._query(
                f"SELECT {_SET_COLUMNS} FROM sets WHERE corpus = ? ORDER BY name", (corpus,)
            )
        return [_set(r) for r in rows]

    def create_set(
        self, name: str, *, color: str, corpus: str, description: str = ""
    ) -> HighlightSet:
        name = name.strip()
        if not name:
            raise BadInputError("highlights", "a set needs a name")
        check_color(color)
        stamp = now()
        hs = HighlightSet(new_id(), name, color, corpus, description, stamp, stamp)
        with self._write() as conn:
            _insert_set(conn, hs)
        return hs

    def create_imported(self, hs: HighlightSet, items: Sequence[Highlight]) -> int:
        """Store a complete set with its highlights in one transaction (used by import);
        returns the highlights added (an id given twice is stored once)."""
        check_color(hs.color)
        added = 0
        with self._write() as conn:
            _insert_set(conn, hs)
            for h in items:
                added += conn.execute(
                    _HL_INSERT.format(verb="INSERT OR IGNORE"), _hl_row(replace(h, set_id=hs.id))
                ).rowcount
        return added

    def find_set(self, name_or_id: str, corpus: str | None = None) -> HighlightSet | None:
        """The set with this id, id prefix (6+ hex digits) or name; None if there is none."""
        matches = self._match_sets(name_or_id, corpus)
        if len(matches) > 1:
            where = ", ".join(f"{s.id[:8]} in {s.corpus}" for s in matches)
            raise UnknownSetError(
                "highlights",
                f"set name {name_or_id!r} is in several corpora ({where}); "
                "give the set id (or its first 8 digits)",
            )
        return matches[0] if matches else None

    def _match_sets(self, key: str, corpus: str | None) -> list[HighlightSet]:
        sets = self.list_sets(corpus)
        for test in (
            lambda s: s.id == key,
            lambda s: s.name == key,
            lambda s: s.name.casefold() == key.casefold(),
            lambda s: len(key) >= 6 and s.id.startswith(key.lower()),
        ):
            found = [s for s in sets if test(s)]
            if found:
                return found
        return []

    def get_set(self, name_or_id: str, corpus: str | None = None) -> HighlightSet:
        """Like `find_set` but raises `UnknownSetError` naming the known sets."""
        found = self.find_set(name_or_id, corpus)
        if found is None:
            known = ", ".join(repr(s.name) for s in self.list_sets(corpus)) or "none"
            raise UnknownSetError("highlights", f"no highlight set {name_or_id!r} (known: {known})")
        return found

    def _set_by_id(self, set_id: str) -> HighlightSet:
        rows = self._query(f"SELECT {_SET_COLUMNS} FROM sets WHERE id = ?", (set_id,))
        if not rows:
            raise UnknownSetError("highlights", f"no highlight set with id {set_id!r}")
        return _set(rows[0])

    def rename_set(
        self,
        set_id: str,
        name: str | None = None,
        *,
        color: str | None = None,
        description: str | None = None,
    ) -> HighlightSet:
        """Change a set's name, colour or description."""
        old = self._set_by_id(set_id)
        new = replace(
            old,
            name=old.name if name is None else name.strip(),
            color=old.color if color is None else check_color(color),
            description=old.description if description is None else description,
            updated=now(),
        )
        with self._write() as conn:
            try:
                conn.execute(
                    "UPDATE sets SET name = ?, color = ?, description = ?, updated = ? WHERE id = ?",
                    (new.name, new.color, new.description, new.updated, set_id),
                )
            except sqlite3.IntegrityError:
                raise SetExistsError(
                    "highlights",
                    f"a set named {new.name!r} already exists in corpus {new.corpus!r}",
                ) from None
        return new

    def delete_set(self, set_id: str) -> None:
        """Delete a set and all its highlights."""
        with self._write() as conn:
            cur = conn.execute("DELETE FROM sets WHERE id = ?", (set_id,))
            if cur.rowcount == 0:
                raise UnknownSetError("highlights", f"no highlight set with id {set_id!r}")
            conn.execute("DELETE FROM highlights WHERE set_id = ?", (set_id,))

    # -- highlights ----------------------------------------------------------------------

    def add(
        self,
        set_id: str,
        document: Document,
        start: int,
        end: int,
        *,
        note: str = "",
        label: str = "",
        color: str = "",
    ) -> Highlight:
        """Highlight `document.text[start:end]` into a set (committed at once)."""
        (made,) = self.add_many(
            set_id, [(document, start, end)], note=note, label=label, color=color
        )
        return made

    def add_many(
        self,
        set_id: str,
        spans: Iterable[tuple[Document, int, int]],
        *,
        note: str = "",
        label: str = "",
        color: str = "",
    ) -> list[Highlight]:
        """Highlight several spans (a passage group) in one transaction, sharing a `group_id`."""
        items = list(spans)
        if color:
            check_color(color)
        group = new_id() if len(items) > 1 else ""
        stamp = now()
        made = [
            make_highlight(
                set_id,
                doc,
                start,
                end,
                note=note,
                label=label,
                color=color,
                group_id=group,
                stamp=stamp,
            )
            for doc, start, end in items
        ]
        self.insert(made)
        return made

    def insert(self, items: Sequence[Highlight], *, skip_existing: bool = False) -> int:
        """Store ready-made highlights (used by import) in one transaction; returns rows added."""
        added = 0
        set_ids = sorted({h.set_id for h in items})
        sql = _HL_INSERT.format(verb="INSERT OR IGNORE" if skip_existing else "INSERT")
        with self._write() as conn:
            for set_id in set_ids:
                if conn.execute("SELECT 1 FROM sets WHERE id = ?", (set_id,)).fetchone() is None:
                    raise UnknownSetError("highlights", f"no highlight set with id {set_id!r}")
            for h in items:
                added += conn.execute(sql, _hl_row(h)).rowcount
            if added:
                conn.execute(
                    f"UPDATE sets SET updated = ? WHERE id IN ({','.join('?' * len(set_ids))})",
                    (now(), *set_ids),
                )
        return added

    def get(self, highlight_id: str) -> Highlight:
        rows = self._query(f"SELECT {_HL_COLUMNS} FROM highlights WHERE id = ?", (highlight_id,))
        if not rows:
            raise UnknownSetError("highlights", f"no highlight with id {highlight_id!r}")
        return _highlight(rows[0])

    def _update(self, highlight_id: str, column: str, value: str) -> Highlight:
        stamp = now()
        with self._write() as conn:
            cur = conn.execute(
                f"UPDATE highlights SET {column} = ?, updated = ? WHERE id = ?",
                (value, stamp, highlight_id),
            )
            if cur.rowcount == 0:
                raise UnknownSetError("highlights", f"no highlight with id {highlight_id!r}")
        return self.get(highlight_id)

    def update_note(self, highlight_id: str, note: str) -> Highlight:
        return self._update(highlight_id, "note", note)

    def update_label(self, highlight_id: str, label: str) -> Highlight:
        return self._update(highlight_id, "label", label)

    def replace_anchor(
        self, highlight_id: str, document: Document, start: int, end: int
    ) -> Highlight:
        """Re-place a highlight by hand (an orphan picked anew): new selectors and document
        hash, same id, set, note, label and colour."""
        old = self.get(highlight_id)
        fresh = make_highlight(old.set_id, document, start, end)
        stamp = now()
        with self._write() as conn:
            conn.execute(
                "UPDATE highlights SET doc_id = ?, doc_hash = ?, doc_source = ?, start = ?, "
                '"end" = ?, exact = ?, prefix = ?, suffix = ?, updated = ? WHERE id = ?',
                (
                    fresh.doc_id, fresh.doc_hash, fresh.doc_source, fresh.start, fresh.end,
                    fresh.exact, fresh.prefix, fresh.suffix, stamp, highlight_id,
                ),
            )  # fmt: skip
        return self.get(highlight_id)

    def remove(self, highlight_id: str) -> None:
        with self._write() as conn:
            cur = conn.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))
            if cur.rowcount == 0:
                raise UnknownSetError("highlights", f"no highlight with id {highlight_id!r}")

    def remove_group(self, group_id: str) -> int:
        if not group_id:
            return 0
        with self._write() as conn:
            return conn.execute("DELETE FROM highlights WHERE group_id = ?", (group_id,)).rowcount

    def highlights(self, set_id: str) -> list[Highlight]:
        """A set's highlights, sorted by document source, then start."""
        rows = self._query(
            f"SELECT {_HL_COLUMNS} FROM highlights WHERE set_id = ? "
            'ORDER BY doc_source, start, "end", created',
            (set_id,),
        )
        return [_highlight(r) for r in rows]

    def highlights_for(self, corpus: str | None = None) -> list[Highlight]:
        """Highlights of every set (of one corpus)."""
        if corpus is None:
            rows = self._query(
                f"SELECT {_HL_COLUMNS} FROM highlights ORDER BY doc_source, start, created"
            )
        else:
            cols = ", ".join(f"h.{c.strip()}" for c in _HL_COLUMNS.split(","))
            rows = self._query(
                f"SELECT {cols} FROM highlights h JOIN sets s ON s.id = h.set_id "
                "WHERE s.corpus = ? ORDER BY h.doc_source, h.start, h.created",
                (corpus,),
            )
        return [_highlight(r) for r in rows]

    def count(self, set_id: str | None = None) -> int:
        if set_id is None:
            rows = self._query("SELECT COUNT(*) FROM highlights")
        else:
            rows = self._query("SELECT COUNT(*) FROM highlights WHERE set_id = ?", (set_id,))
        return int(rows[0][0])


def _insert_set(conn: sqlite3.Connection, hs: HighlightSet) -> None:
    """Insert a set row; a name already used in its corpus is a `SetExistsError`."""
    try:
        conn.execute(
            f"INSERT INTO sets ({_SET_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (hs.id, hs.name, hs.color, hs.corpus, hs.description, hs.created, hs.updated),
        )
    except sqlite3.IntegrityError:
        raise SetExistsError(
            "highlights", f"a set named {hs.name!r} already exists in corpus {hs.corpus!r}"
        ) from None


class _Corrupt(sqlite3.DatabaseError):
    sqlite_errorname = "SQLITE_CORRUPT"


def _looks_corrupt(err: sqlite3.DatabaseError) -> bool:
    return any(sign in str(err).lower() for sign in ("not a database", "malformed"))


def make_highlight(
    set_id: str,
    doc: Document,
    start: int,
    end: int,
    *,
    note: str = "",
    label: str = "",
    color: str = "",
    group_id: str = "",
    stamp: str | None = None,
) -> Highlight:
    """A new `Highlight` of `doc.text[start:end]` with its quote and position selectors."""
    if not (0 <= start < end <= len(doc.text)):
        raise BadInputError(
            "highlights", f"bad span {start}..{end} for {doc.source} ({len(doc.text)} characters)"
        )
    stamp = stamp or now()
    text = doc.text
    return Highlight(
        id=new_id(),
        set_id=set_id,
        doc_id=doc.id,
        doc_hash=doc.hash,
        doc_source=normalize_source(doc.source),
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - QUOTE_CONTEXT) : start],
        suffix=text[end : end + QUOTE_CONTEXT],
        note=note,
        label=label,
        color=color,
        group_id=group_id,
        created=stamp,
        updated=stamp,
    )


def _set(row: tuple[Any, ...]) -> HighlightSet:
    return HighlightSet(*(str(v) for v in row))


def _highlight(row: tuple[Any, ...]) -> Highlight:
    """A `Highlight` from a row of `_HL_COLUMNS` (the model's fields, in order)."""
    hid, set_id, doc_id, doc_hash, src, start, end, *rest = row
    return Highlight(
        str(hid),
        str(set_id),
        str(doc_id),
        str(doc_hash),
        str(src),
        int(start),
        int(end),
        *(str(v) for v in rest),
    )


def _hl_row(h: Highlight) -> tuple[Any, ...]:
    """The values of `_HL_COLUMNS` for one highlight."""
    return astuple(h)
