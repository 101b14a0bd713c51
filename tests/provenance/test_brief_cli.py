"""`samestory brief`: formats, escaping of document text, one-line errors and exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from samestory.cli import main
from tests.provenance.helpers import article, write_docs

HOSTILE = "Mayor <script>alert(1)</script> *Keller* [x](http://evil) \x1b[31m announced the decision at the town hall."
PLAIN = "Mayor Maria Berg announced the decision at the town hall meeting."


@pytest.fixture
def pair(tmp_path: Path) -> list[str]:
    """Two documents and `--scorer lexical` (the engine's default scorer)."""
    paths = [str(p) for p in write_docs(tmp_path, article(HOSTILE), article(PLAIN))]
    return [*paths, "--scorer", "lexical"]


def test_markdown_escapes_document_text(
    pair: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["brief", *pair]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Brief: 2 articles\n")
    assert "## Lineage" in out and "## What each outlet added, dropped and changed" in out
    assert "<script>" not in out and "\\<script\\>" in out
    assert "\\*Keller\\*" in out and "\\[x\\](http://evil)" in out
    assert "\x1b" not in out and "␛" in out


def test_html_escapes_document_text(pair: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", *pair, "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "\x1b" not in out


def test_json(pair: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", *pair, "--format", "json"]) == 0
    raw = capsys.readouterr().out
    assert "\x1b" not in raw
    data = json.loads(raw)
    assert {"documents", "groups", "conflicts", "lineage", "pairs"} <= set(data)
    assert [d["index"] for d in data["documents"]] == [0, 1]
    assert data["lineage"]["relations"][0]["strength"] == "same report"
    assert [(p["before"], p["after"]) for p in data["pairs"]] == [(0, 1)]
    assert data["documents"][1]["only"] == [] and data["documents"][0]["shared"][0]["docs"] == [1]


def test_one_document_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (path,) = write_docs(tmp_path, article(PLAIN))
    assert main(["brief", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "at least two documents" in err


def test_missing_path_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", str(tmp_path / "nope.txt"), str(tmp_path / "gone.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt" in err and "Traceback" not in err


def test_unknown_format_is_a_usage_error(
    pair: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["brief", *pair, "--format", "pdf"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--format" in err
