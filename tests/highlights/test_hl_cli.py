"""`samestory highlights list|export|import|delete`, including bad input leaving the store untouched."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import highlights
from samestory.cli import main


@pytest.fixture
def data(tmp_path: Path, seed_docs) -> Path:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    with highlights.open_store(data) as store:
        hs = store.create_set("Visit", color="#f6d743", corpus="belarus-myanmar")
        a = seed_docs[0]
        for s in a.content_sentences[1:4]:
            store.add(hs.id, a, s.start, s.end, note=f"note {s.index}")
        store.create_set("Empty", color="blue", corpus="belarus-myanmar")
    return data


def _snapshot(data: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(data.iterdir())}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["highlights", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_sets_and_highlights(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--data-dir", str(data), "list")
    assert code == 0
    assert "Visit  [belarus-myanmar]  3 highlights" in out and "Empty" in out
    code, out, _ = _run(capsys, "list", "visit", "--data-dir", str(data))
    assert code == 0 and out.count("note: note") == 3
    code, out, _ = _run(capsys, "list", "--data-dir", str(data), "--format", "json")
    rows = json.loads(out)
    assert {r["name"]: r["highlights"] for r in rows} == {"Visit": 3, "Empty": 0}


def test_env_data_dir_is_used(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAMESTORY_DATA_DIR", str(data))
    code, out, _ = _run(capsys, "list")
    assert code == 0 and "Visit" in out


def test_jsonld_export_import_round_trip(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "visit.jsonld"
    code, _, err = _run(capsys, "export", "Visit", "--data-dir", str(data), "-o", str(out_file))
    assert code == 0 and "wrote" in err
    other = tmp_path / "other"
    code, out, _ = _run(capsys, "import", str(out_file), "--data-dir", str(other))
    assert code == 0 and "imported 3 highlights" in out
    with highlights.open_store(data) as a, highlights.open_store(other) as b:
        sa, sb = a.get_set("Visit"), b.get_set("Visit")
        assert sa == sb
        assert a.highlights(sa.id) == b.highlights(sb.id)
    code, _, _ = _run(
        capsys, "export", "Visit", "--data-dir", str(other), "-o", str(tmp_path / "again.jsonld")
    )
    assert json.loads(out_file.read_text()) == json.loads((tmp_path / "again.jsonld").read_text())


def test_markdown_and_html_exports(
    data: Path, seed_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys,
        "export",
        "Visit",
        "--data-dir",
        str(data),
        "--format",
        "markdown",
        "--corpus",
        str(seed_dir),
        "--no-align",
    )
    assert code == 0 and out.startswith("# Visit") and out.count("Note: note") == 3
    page = tmp_path / "report.html"
    code, _, _ = _run(
        capsys,
        "export",
        "Visit",
        "--data-dir",
        str(data),
        "--format",
        "html",
        "--corpus",
        str(seed_dir),
        "--no-align",
        "-o",
        str(page),
    )
    text = page.read_text(encoding="utf-8")
    assert code == 0 and text.startswith("<!DOCTYPE html>") and text.count("<mark id=") == 3


def test_html_needs_a_corpus(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "export", "Visit", "--data-dir", str(data), "--format", "html")
    assert code == 2 and out == "" and err.count("\n") == 1 and "--corpus" in err


WRONG_SCHEMA = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "id": "x"}


@pytest.mark.parametrize(
    ("content", "extra", "expect"),
    [
        ("{ not json", [], "not valid JSON"),
        ("", [], "not valid JSON"),
        ("[1, 2, 3]", [], "not a W3C annotation collection"),
        (json.dumps(WRONG_SCHEMA), [], "AnnotationCollection"),
        (None, ["--into", "No such set"], "no highlight set 'No such set'"),
        (None, [], "already exists"),  # same name, different id
    ],
)
def test_bad_import_is_one_line_and_leaves_the_store_untouched(
    data: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    extra: list[str],
    expect: str,
) -> None:
    path = tmp_path / "in.jsonld"
    if content is None:
        assert _run(capsys, "export", "Visit", "--data-dir", str(data), "-o", str(path))[0] == 0
        doc = json.loads(path.read_text())
        doc["id"] = "urn:uuid:" + "0" * 32
        path.write_text(json.dumps(doc))
    else:
        path.write_text(content)
    before = _snapshot(data)
    code, out, err = _run(capsys, "import", str(path), "--data-dir", str(data), *extra)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and expect in err and "Traceback" not in err
    assert _snapshot(data) == before


def test_unknown_set_and_missing_file(
    data: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = _snapshot(data)
    for argv in (
        ["export", "Nope"],
        ["delete", "Nope"],
        ["list", "Nope"],
        ["import", str(tmp_path / "missing.json")],
    ):
        code, _, err = _run(capsys, *argv, "--data-dir", str(data))
        assert code == 2 and err.count("\n") == 1, (argv, err)
    assert _snapshot(data) == before


def test_delete_highlight_then_set(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with highlights.open_store(data) as store:
        first = store.highlights(store.get_set("Visit").id)[0]
    code, out, _ = _run(
        capsys, "delete", "Visit", "--highlight", first.id[:8], "--data-dir", str(data)
    )
    assert code == 0 and first.id[:8] in out
    code, out, _ = _run(capsys, "delete", "Visit", "--data-dir", str(data))
    assert code == 0 and "its 2 highlights" in out
    with highlights.open_store(data) as store:
        assert [s.name for s in store.list_sets()] == ["Empty"] and store.count() == 0


def test_corrupt_store_is_reported_by_the_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / highlights.STORE_FILE).write_bytes(b"\x00garbage" * 500)
    proc = subprocess.run(
        [sys.executable, "-m", "samestory", "highlights", "list", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    assert (
        "moved it to" in proc.stderr
        and "corrupt-" in proc.stderr
        and "Traceback" not in proc.stderr
    )
    assert len(list(data.glob(f"{highlights.STORE_FILE}.corrupt-*"))) == 1
