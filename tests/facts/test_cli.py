"""`samestory facts PATH... --format json|markdown|text`."""

from __future__ import annotations

import json

from samestory.cli import main


def test_json_output(seed_dir, capsys) -> None:
    assert main(["facts", str(seed_dir), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"facts", "conflicts", "documents"} <= set(data)
    assert len(data["documents"]) == 5
    keys = {f["key"] for f in data["facts"]}
    assert "figure:145/330 township" in keys
    quote = next(f for f in data["facts"] if f["key"].startswith("quote:no topics are off"))
    assert quote["normalized"]["quoted_at_different_length"]


def test_text_and_markdown_output(seed_dir, capsys) -> None:
    assert main(["facts", str(seed_dir)]) == 0
    text = capsys.readouterr().out
    assert "Figures (" in text and "145 of 330 townships" in text and "Conflicts (0)" in text
    assert main(["facts", str(seed_dir), "--format", "markdown", "--kind", "person"]) == 0
    md = capsys.readouterr().out
    assert "## People" in md and "| Min Aung Hlaing |" in md and "## Figures" not in md


def test_files_given_one_by_one(seed_dir, capsys) -> None:
    files = sorted(str(p) for p in seed_dir.glob("00[01]_*.txt"))
    assert main(["facts", *files, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["documents"]) == 2


def test_missing_path_is_one_line_error(tmp_path, capsys) -> None:
    assert main(["facts", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt" in err and "Traceback" not in err


def test_article_text_is_not_markup(tmp_path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Talks [bold]ended[/bold] in Nairobi on Monday, Kenyan President William Ruto said.\n",
        encoding="utf-8",
    )
    assert main(["facts", str(path)]) == 0
    out = capsys.readouterr().out
    assert "William Ruto" in out and "Nairobi" in out
