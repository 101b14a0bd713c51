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
    assert md.startswith("# Alignment") and "## Passage groups" in md and "| **[0]** |" in md
    assert "(scorer lexical, min score 0.38)" in md
    assert main(["compare", *files, "--scorer", "lexical"]) == 0
    text = capsys.readouterr().out
    assert "2 documents" in text and "(scorer lexical, min score 0.38)" in text
    unique = text.split("Unique sentences: no counterpart in any other document")[1]
    assert "8,665" in unique and "[0] Realist English:" in unique
    # Every group lists its sentences, then its links with kind and score.
    assert "group 1, in [0], [1]:" in text
    assert "  link   0:8 ~ 1:13       edited " in text
    assert all(len(line) <= 100 for line in text.splitlines() if line.startswith("  0:"))


def test_text_report_folds_merges_and_escapes_markdown(
    seed_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 2:1 merge is one line ("0:1 ~ 1:1+2"); article text cannot format the Markdown."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "The council approved the new bridge over the river on Monday after a long debate. "
        "Rents in the *old town* rose by [12%] last year, the <b>survey</b> found.\n",
        encoding="utf-8",
    )
    b.write_text(
        "The council approved the new bridge over the river. It did so on Monday after a long "
        "debate. Rents in the *old town* rose by [12%] last year, the <b>survey</b> found.\n",
        encoding="utf-8",
    )
    assert main(["compare", str(a), str(b), "--scorer", "lexical"]) == 0
    text = capsys.readouterr().out
    assert "0:0 ~ 1:0+1" in text
    assert main(["compare", str(a), str(b), "--scorer", "lexical", "--format", "markdown"]) == 0
    md = capsys.readouterr().out
    assert "`0:0` ~ `1:0+1`" in md
    assert r"\*old town\* rose by \[12%\] last year, the \<b\>survey\</b\>" in md


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
