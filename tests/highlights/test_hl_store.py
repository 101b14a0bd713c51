"""The highlight store: sets, highlights, persistence, errors, corrupt files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import highlights
import readers
from highlights.errors import BadInputError, SetExistsError, StoreError, UnknownSetError


def _doc(
    tmp_path: Path, name: str = "a.txt", text: str = "One sentence here. Another one there."
) -> readers.Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return readers.read(str(path))


def test_sets_and_highlights_persist_across_reopen(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    with highlights.open_store(tmp_path / "data") as store:
        hs = store.create_set("Claims", color="#ff0000", corpus="demo", description="to check")
        h = store.add(hs.id, doc, 0, 18, note="first", label="claim")
        store.update_note(h.id, "first, edited")
    with highlights.open_store(tmp_path / "data") as store:
        (again,) = store.list_sets()
        assert (again.id, again.name, again.color, again.corpus, again.description) == (
            hs.id,
            "Claims",
            "#ff0000",
            "demo",
            "to check",
        )
        (h2,) = store.highlights(hs.id)
        assert h2.exact == "One sentence here."
        assert (h2.start, h2.end, h2.note, h2.label) == (0, 18, "first, edited", "claim")
        assert h2.doc_hash == doc.hash and h2.doc_id == doc.id
        assert h2.doc_source == str((tmp_path / "a.txt").resolve())
        assert h2.suffix == " Another one there."[: highlights.QUOTE_CONTEXT]
        assert h2.updated >= h2.created


def test_default_location_is_the_data_dir_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAMESTORY_DATA_DIR", str(tmp_path / "env-data"))
    with highlights.open_store() as store:
        store.create_set("x", color="yellow", corpus="c")
    assert (tmp_path / "env-data" / highlights.STORE_FILE).is_file()


def test_get_set_by_name_id_and_prefix(store) -> None:  # type: ignore[no-untyped-def]
    a = store.create_set("Key facts", color="#abc", corpus="one")
    store.create_set("Key facts", color="#abc", corpus="two")
    assert store.get_set(a.id).id == a.id
    assert store.get_set(a.id[:8]).id == a.id
    assert store.get_set("key facts", corpus="one").id == a.id
    with pytest.raises(UnknownSetError, match="several corpora"):
        store.get_set("Key facts")
    with pytest.raises(UnknownSetError, match="no highlight set 'nope'"):
        store.get_set("nope")
    with pytest.raises(SetExistsError):
        store.create_set("Key facts", color="#abc", corpus="one")
    with pytest.raises(BadInputError):
        store.create_set("bad", color="red; background: url(x)", corpus="one")
    with pytest.raises(BadInputError):
        store.create_set("  ", color="red", corpus="one")


def test_add_many_shares_a_group_and_remove_group(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = _doc(tmp_path, "a.txt"), _doc(tmp_path, "b.txt", "Something else. One sentence here.")
    hs = store.create_set("G", color="green", corpus="c")
    made = store.add_many(hs.id, [(a, 0, 18), (b, 16, 34)], note="same fact")
    assert len({h.group_id for h in made}) == 1 and made[0].group_id
    assert store.count(hs.id) == 2
    assert store.remove_group(made[0].group_id) == 2
    assert store.count(hs.id) == 0


def test_remove_update_delete_and_unknown_ids(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(tmp_path)
    hs = store.create_set("S", color="blue", corpus="c")
    h = store.add(hs.id, doc, 19, 37)
    assert store.get(h.id).exact == "Another one there."
    store.remove(h.id)
    with pytest.raises(UnknownSetError):
        store.remove(h.id)
    with pytest.raises(UnknownSetError):
        store.update_note(h.id, "x")
    with pytest.raises(UnknownSetError):
        store.add("no-such-set", doc, 0, 3)
    with pytest.raises(BadInputError):
        store.add(hs.id, doc, 5, 5)
    store.add(hs.id, doc, 0, 3)
    renamed = store.rename_set(hs.id, "Renamed", color="#123456")
    assert store.get_set("Renamed").color == "#123456" == renamed.color
    store.delete_set(hs.id)
    assert store.list_sets() == [] and store.count() == 0


def test_data_version_sees_another_connection(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = store.data_version()
    with highlights.open_store(store.path.parent) as other:
        other.create_set("from elsewhere", color="red", corpus="c")
    assert store.data_version() != before
    assert [s.name for s in store.list_sets()] == ["from elsewhere"]


def test_corrupt_store_is_moved_aside_not_overwritten(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    junk = b"this is not a database, it is a shopping list\n" * 100
    (data / highlights.STORE_FILE).write_bytes(junk)
    with highlights.open_store(data) as store:
        assert store.moved_aside is not None
        assert store.moved_aside.read_bytes() == junk
        assert store.moved_aside.name.startswith(highlights.STORE_FILE + ".corrupt-")
        assert len(store.warnings) == 1 and str(store.moved_aside) in store.warnings[0]
        store.create_set("fresh", color="red", corpus="c")
    with highlights.open_store(data) as store:
        assert store.warnings == [] and [s.name for s in store.list_sets()] == ["fresh"]


def test_damaged_pages_are_detected(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with highlights.open_store(data) as store:
        hs = store.create_set("S", color="red", corpus="c")
        doc = readers.build_document("word " * 4000, "big.txt")
        store.add_many(hs.id, [(doc, i * 5, i * 5 + 4) for i in range(200)], note="n" * 200)
    path = data / highlights.STORE_FILE
    raw = bytearray(path.read_bytes())
    raw[4096 * 2 : 4096 * 4] = b"\xff" * 8192  # smash two pages in the middle
    path.write_bytes(bytes(raw))
    with highlights.open_store(data) as store:
        assert store.moved_aside is not None and store.moved_aside.exists()
        assert store.count() == 0


def test_newer_schema_is_refused_not_touched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with highlights.open_store(data) as store:
        store.create_set("S", color="red", corpus="c")
    conn = sqlite3.connect(data / highlights.STORE_FILE)
    conn.execute("UPDATE schema_version SET version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        highlights.open_store(data)
    assert (data / highlights.STORE_FILE).exists()
    assert not list(data.glob("*.corrupt-*"))


def test_unwritable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create data folder"):
        highlights.open_store(blocker / "data")


def test_store_columns_follow_the_model_fields() -> None:
    """Rows are read and written positionally: the column list must match the dataclass."""
    from dataclasses import fields

    from highlights.model import Highlight
    from highlights.store import _HL_COLUMNS

    columns = [c.strip().strip('"') for c in _HL_COLUMNS.split(",")]
    assert columns == [f.name for f in fields(Highlight)]


def test_insert_skip_existing_counts_only_new_rows(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hs = store.create_set("Again", color="#123456", corpus="c")
    made = store.add(hs.id, _doc(tmp_path), 0, 5, note="n")
    assert store.insert([made], skip_existing=True) == 0
    assert store.get(made.id) == made
