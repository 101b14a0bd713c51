"""`samestory compare`: JSON, Markdown and text output and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from samestory.cli import main


def test_json_output_shape(seed_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(seed_dir), "--format", "json", "--scorer", "lexical"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"documents", "links", "groups", "similarity", "facts", "conflicts"} <= set(data)
    assert any("8,665" in fact["text"] for fact in data["facts"])
    assert len(data["documents"]) == 5
    doc = data["documents"][0]
    assert set(doc) == {"id", "path", "title", "sentences"}
    assert set(doc["sentences"][0]) == {"index", "start", "end", "text", "boilerplate"}
    assert data["links"]
    for link in data["links"]:
        assert {"a", "b", "score", "kind"} <= set(link)
        assert set(link["a"]) == {"doc", "sentence"}
        a, b = link["a"], link["b"]
        for end in (a, b):
            assert not data["documents"][end["doc"]]["sentences"][end["sentence"]]["boilerplate"]
        assert 0 <= link["score"] <= 1
    assert all(len(g) >= 2 for g in data["groups"])
    assert len(data["similarity"]) == 5


def test_min_score_option(seed_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(
        ["compare", str(seed_dir), "--format", "json", "--min-score", "0.7", "--scorer", "lexical"]
    )
    data = json.loads(capsys.readouterr().out)
    assert data["links"] and all(lk["score"] >= 0.7 for lk in data["links"])


def test_markdown_and_text(seed_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in seed_dir.glob("00[01]_*.txt"))
    assert main(["compare", *files, "--format", "markdown", "--scorer", "lexical"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Alignment") and "## Passage groups" in md and "| **0** |" in md
    assert main(["compare", *files, "--scorer", "lexical"]) == 0
    text = capsys.readouterr().out
    assert "2 documents" in text and "8,665" in text.split("unique:")[1]


def test_errors_are_one_line(
    seed_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", str(tmp_path / "missing.txt"), str(tmp_path / "other.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    one = sorted(seed_dir.glob("000_*.txt"))[0]
    assert main(["compare", str(one)]) == 2
    assert "at least two" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["compare", str(one), str(one), "--min-score", "2"])
    assert exc.value.code == 2
