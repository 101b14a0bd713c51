"""Hostile input to `samestory highlights` and the exports: empty ids that must not delete a
set, JSON-LD nested 100,000 deep / with huge offsets / lone surrogates, a full disk during an
import, device files, control characters and HTML in names, notes and labels."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
from pathlib import Path

import pytest

import highlights
import readers
from readers.textsafe import visible_controls
from samestory.cli import main

RAW = ["\x1b", "\x07", "\x9b", "\x9d", "\x7f"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["highlights", *argv])
    except SystemExit as done:
        code = int(done.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _one_line(err: str) -> str:
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def data(tmp_path: Path, seed_docs) -> Path:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    with highlights.open_store(data) as store:
        hs = store.create_set("Visit", color="#f6d743", corpus="belarus-myanmar")
        for s in seed_docs[0].content_sentences[1:4]:
            store.add(hs.id, seed_docs[0], s.start, s.end)
    return data


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_highlight_id_never_deletes_the_set(
    data: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "delete", "Visit", "--highlight", value, "--data-dir", str(data))
    assert code == 2 and "--highlight is empty" in _one_line(err)
    code, _, err = _run(capsys, "delete", value, "--data-dir", str(data))
    assert code == 2 and "empty" in _one_line(err)
    with highlights.open_store(data) as store:
        assert store.count(store.get_set("Visit").id) == 3


def _collection(**over: object) -> dict[str, object]:
    item = {
        "id": "urn:uuid:5b3a6c1e-0000-4000-8000-000000000001",
        "type": "Annotation",
        "body": [{"type": "TextualBody", "value": "a note"}],
        "target": {
            "source": "/x/a.txt",
            "selector": [
                {"type": "TextQuoteSelector", "exact": "Some words"},
                {"type": "TextPositionSelector", "start": 0, "end": 10},
            ],
        },
    }
    item.update(over.pop("item", {}))  # type: ignore[arg-type]
    data: dict[str, object] = {
        "@context": ["http://www.w3.org/ns/anno.jsonld"],
        "id": "urn:uuid:5b3a6c1e-0000-4000-8000-00000000000a",
        "type": "AnnotationCollection",
        "label": "Imported",
        "first": {"type": "AnnotationPage", "items": [item]},
    }
    data.update(over)
    return data


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_text("[" * 100_000 + "]" * 100_000), "nested too deeply"),
        (
            lambda p: _write(
                p,
                _collection(
                    item={
                        "target": {
                            "source": "/x/a.txt",
                            "selector": [
                                {"type": "TextQuoteSelector", "exact": "Some words"},
                                {"type": "TextPositionSelector", "start": 10**30, "end": 10**31},
                            ],
                        }
                    }
                ),
            ),
            "too large for a character offset",
        ),
        (
            lambda p: p.write_text(
                json.dumps(_collection()).replace('"Imported"', '"Bad \\ud800 label"'),
                encoding="utf-8",
            ),
            "lone surrogate",
        ),
        (lambda p: p.write_text('{"a": ' + "1" * 5000 + "}"), "not valid JSON"),
    ],
    ids=["nested-100000", "start-10e30", "lone-surrogate", "huge-int"],
)
def test_bad_jsonld_is_one_line_and_writes_nothing(
    data: Path, tmp_path: Path, make, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "in.jsonld"
    make(path)
    code, _, err = _run(capsys, "import", str(path), "--data-dir", str(data))
    assert code == 2 and reason in _one_line(err)
    with highlights.open_store(data) as store:
        assert [s.name for s in store.list_sets()] == ["Visit"] and store.count() == 3


def test_import_refuses_device_files(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "import", "/dev/zero", "--data-dir", str(data))
    assert code == 2 and "character device" in _one_line(err)


def test_import_reports_what_it_imported_and_skipped(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "in.jsonld", _collection())
    code, out, _ = _run(capsys, "import", str(path), "--data-dir", str(data))
    assert code == 0 and out.strip() == "imported 1 highlight into new set 'Imported' []"
    # Another writer adds highlights meanwhile: the report counts only this import.
    with highlights.open_store(data) as other:
        visit = other.get_set("Visit")
        doc = readers.build_document("Another text entirely, long enough here.", "/x/b.txt")
        other.add(visit.id, doc, 0, 7)
    code, out, _ = _run(capsys, "import", str(path), "--data-dir", str(data))
    assert out.strip() == (
        "imported 0 highlights into set 'Imported' []; skipped 1 already in the store (same id)"
    )


def test_a_full_disk_during_import_is_one_line_and_keeps_the_store(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    items = []
    for i in range(400):
        one = _collection()["first"]["items"][0]  # type: ignore[index]
        items.append({**one, "id": f"urn:uuid:5b3a6c1e-0000-4000-8000-{i:012d}",
                      "body": [{"type": "TextualBody", "value": "x" * 4000}]})  # fmt: skip
    big = _collection(first={"type": "AnnotationPage", "items": items})
    path = _write(tmp_path / "big.jsonld", big)
    real_connect = sqlite3.connect

    def small_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        conn = real_connect(*args, **kwargs)
        conn.execute("PRAGMA max_page_count = 60")  # SQLITE_FULL, as on a full disk
        return conn

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    code, _, err = _run(capsys, "import", str(path), "--data-dir", str(data))
    assert code == 1 and "full" in _one_line(err)
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    with highlights.open_store(data) as store:
        assert [s.name for s in store.list_sets()] == ["Visit"] and store.count() == 3


def test_names_notes_and_labels_never_put_controls_on_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    doc = readers.build_document("Sentence one is here. Sentence two \x1b[5m is here.", "/x/a.txt")
    with highlights.open_store(data) as store:
        hs = store.create_set("Set\x1b]52;c;eA==\x07", color="red", corpus="c\x9b2J")
        store.add(hs.id, doc, 0, 21, note="n\x1b[31m", label="l\x9d0;x\x9c")
        store.add(hs.id, doc, 22, len(doc.text))
    for argv in (
        ("list",),
        ("list", hs.id),
        ("export", hs.id, "--format", "markdown"),
        ("list", "--format", "json"),
        ("export", hs.id),
    ):
        code, out, err = _run(capsys, *argv, "--data-dir", str(data))
        assert code == 0, err
        for ch in RAW:
            assert ch not in out and ch not in err, (argv, repr(ch))
    code, out, _ = _run(capsys, "list", "--format", "json", "--data-dir", str(data))
    assert json.loads(out)[0]["name"] == "Set\x1b]52;c;eA==\x07"  # JSON keeps the data


def test_markdown_brief_renders_no_html_and_no_remote_image(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    text = (
        'First <script>alert("x")</script> sentence. Second <img src=x onerror="alert(1)"> one. '
        "Third ![pixel](http://evil.example/p.png) and [link](javascript:alert(1)) here."
    )
    doc = readers.build_document(text, "/x/<b>doc</b>.txt")
    with highlights.open_store(tmp_path / "data") as store:
        hs = store.create_set("<img src=x onerror=alert(2)>", color="red", corpus="c")
        store.add(hs.id, doc, 0, len(text), note="![n](http://evil.example/n.png) <b>bold</b>",
                  label="<script>l</script>")  # fmt: skip
        brief = highlights.export_markdown(store, hs.id, [doc])
    page = MarkdownIt("commonmark", {"html": True}).render(brief)
    assert not re.search(r"<(script|img|b)\b", page), page
    assert "<a " not in page  # no live links either
    assert "onerror" in page and "evil.example" in page  # still shown, as text


def test_html_report_notes_legend_colours_and_umask(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text("The talks resume on Monday. Both sides agreed.\n")
    doc = readers.read(str(folder / "a.txt"))
    data = tmp_path / "data"
    with highlights.open_store(data) as store:
        hs = store.create_set("S", color="#ffd54f", corpus="story")
        store.add(hs.id, doc, 0, 27, note="Check the date", label="date")
        store._conn.execute(  # a colour that tries to add CSS
            "UPDATE highlights SET color = 'red; background-image: url(http://evil/x)'"
        )
    out = tmp_path / "report.html"
    old = os.umask(0o022)
    try:
        code, _, err = _run(
            capsys, "export", "S", "--format", "html", "--corpus", str(folder), "-o", str(out),
            "--data-dir", str(data),
        )  # fmt: skip
    finally:
        os.umask(old)
    assert code == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    page = out.read_text(encoding="utf-8")
    assert '<span class="note"><b>date</b> Check the date</span>' in page  # beside the mark
    assert 'class="legend"' in page
    assert "dotted" not in page  # unaligned sentences are not underlined like typos
    assert "evil" not in page and "url(" not in page


def test_pick_one_error_says_the_id_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with highlights.open_store(data) as store:
        a = store.create_set("Notes", color="red", corpus="one")
        store.create_set("Notes", color="red", corpus="two")
    code, _, err = _run(capsys, "export", "Notes", "--data-dir", str(data))
    line = _one_line(err)
    assert code == 2 and "give the set id" in line and a.id[:8] in line
    assert visible_controls(line) == line
