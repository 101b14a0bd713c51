"""`samestory corrections list|export|import|delete` and `compare` applying corrections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import highlights
import readers
from highlights.corrections import add_correction
from samestory.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "floods"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "The storm reached the coast on Monday night. Officials said 12 people died in the "
        "floods. Schools will stay closed until Friday.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Twelve people died in floods, officials said, after the storm. The storm hit the coast "
        "late on Monday. Schools remain shut until Friday, the council said.\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def data(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("SAMESTORY_DATA_DIR", str(data))
    loaded = readers.load([corpus])
    a, b = loaded.documents
    with highlights.open_store(data) as store:
        s_a, s_b = a.sentences[0], b.sentences[0]
        add_correction(
            store,
            loaded.name,
            "link",
            (a, s_a.start, s_a.end),
            (b, s_b.start, s_b.end),
            note="x\x1b",
        )
    return data


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_where_each_correction_is(
    data: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "corrections", "list", str(corpus))
    assert code == 0
    assert "link" in out and "0:0 ↔ 1:0" in out
    assert "\x1b" not in out and "note: x" in out
    code, out, _ = _run(capsys, "corrections", "list", "--format", "json")
    (row,) = json.loads(out)
    assert row["kind"] == "link" and row["corpus"] == "floods"


def test_export_import_delete(
    data: Path, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "corr.jsonld"
    code, _, err = _run(capsys, "corrections", "export", str(corpus), "-o", str(target))
    assert code == 0 and "wrote" in err
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["first"]["items"][0]["motivation"] == "samestory:link"
    other = tmp_path / "other"
    code, out, _ = _run(capsys, "corrections", "--data-dir", str(other), "import", str(target))
    assert (code, out.strip()) == (0, "imported 1 correction")
    cid = exported["first"]["items"][0]["id"].removeprefix("urn:uuid:")
    code, out, _ = _run(capsys, "corrections", "--data-dir", str(other), "delete", cid[:8])
    assert code == 0 and out.startswith("deleted link correction")
    code, out, _ = _run(capsys, "corrections", "--data-dir", str(other), "list")
    assert out.strip() == "no corrections"


def test_bad_input_is_one_line(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = _run(capsys, "corrections", "import", str(bad))
    assert code != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, _, err = _run(capsys, "corrections", "delete", "nosuchid")
    assert code != 0 and len(err.strip().splitlines()) == 1
    code, _, err = _run(capsys, "corrections", "export")
    assert code == 2 and "give the corpus" in err


def test_compare_json_marks_pinned_links_and_can_ignore_them(
    data: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["compare", str(corpus), "--format", "json", "--scorer", "lexical"]
    code, out, _ = _run(capsys, *base)
    assert code == 0
    links = json.loads(out)["links"]
    pinned = [lk for lk in links if lk["pinned"]]
    assert [(lk["a"], lk["b"]) for lk in pinned] == [
        ({"doc": 0, "sentence": 0}, {"doc": 1, "sentence": 0})
    ]
    code, out, _ = _run(capsys, *base, "--no-corrections")
    assert code == 0
    assert not any(lk["pinned"] for lk in json.loads(out)["links"])


def test_highlight_export_scores_a_pinned_link_with_the_alignment_scorer(
    data: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "compare", str(corpus), "--format", "json")
    assert code == 0
    shown = json.loads(out)
    (pinned,) = [lk for lk in shown["links"] if lk["pinned"]]
    loaded = readers.load([corpus])
    a = loaded.documents[0]
    with highlights.open_store(data) as store:
        hs = store.create_set("Storm", color="#ffcc00", corpus=loaded.name)
        store.add(hs.id, a, a.sentences[0].start, a.sentences[0].end)
    code, out, _ = _run(
        capsys, "highlights", "export", "Storm", "--format", "markdown", "--corpus", str(corpus)
    )
    assert code == 0
    # the same scorer as `compare` (hybrid by default), not the lexical one
    assert f"linked by hand, {pinned['score']:.2f})" in out
