"""`samestory discover`: printed groups, JSON output, errors as one line, progress bar."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from samestory.cli import main
from samestory.commands.discover import ProgressBar
from tools.discovery_synthetic import SyntheticCorpus

from .helpers import planted_names


def test_prints_groups_and_writes_json(
    planted: SyntheticCorpus, planted_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "groups.json"
    assert main(["discover", str(planted_dir), "--json", str(out), "--workers", "1"]) == 0
    captured = capsys.readouterr()
    text = captured.out
    assert f"{len(planted.texts)} documents read" in text
    assert f"{len(planted.groups)} groups" in text
    assert "group 1 · " in text and " shared passages  " in text and "↔" in text
    assert f"samestory {planted_dir} --group N" in text
    # stderr is not a terminal here: no progress bar, and nothing went wrong.
    assert captured.err == ""
    data = json.loads(out.read_text())
    assert data["schema"] == "samestory.discovery/2"
    assert data["documents"] == len(planted.texts)
    got = sorted(sorted(Path(d["path"]).name for d in g["documents"]) for g in data["groups"])
    assert got == planted_names(planted)
    for g in data["groups"]:
        paths = {d["path"] for d in g["documents"]}
        assert g["pairs"] and all(p["a"] in paths and p["b"] in paths for p in g["pairs"])
        assert all(p["shared"] >= 2 and p["score"] > 0 for p in g["pairs"])
        assert isinstance(g["facts"], list)
    assert [g["group"] for g in data["groups"]] == list(range(1, len(data["groups"]) + 1))


def test_seed_corpus_output(seed_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["discover", str(seed_dir)]) == 0
    text = capsys.readouterr().out
    block = text.split("group 1 · ", 1)[1]
    for name in ("000_", "001_", "002_"):
        assert name in block
    assert "shared facts: " in block and "Lukashenko" in block and "score " in block


def test_format_json_goes_to_stdout(seed_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["discover", str(seed_dir), "--format", "json", "--quiet"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["schema"] == "samestory.discovery/2" and captured.err == ""
    first = data["groups"][0]
    assert sorted(Path(d["path"]).name[:3] for d in first["documents"]) == ["000", "001", "002"]
    assert "Lukashenko" in first["facts"]
    assert data["settings"]["threshold"] == 0.16


def test_titles_and_names_are_printed_as_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = (
        "Ruritanian minister Rudolf Rassendyll met Flavia Elphberg in Zenda on Tuesday, "
        "officials in Strelsau said. Rassendyll and Elphberg signed a treaty worth 8,665 crowns. "
        "Michael Elphberg did not attend the signing in Zenda, Strelsau officials added.\n"
    )
    (tmp_path / "a.txt").write_text("Title \x1b[31mred\x07\n\n" + story)
    (tmp_path / "b.txt").write_text("Second\n\n" + story.replace("Tuesday", "Wednesday"))
    assert main(["discover", str(tmp_path), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "group 1 · 2 documents" in out
    assert "\x1b" not in out and "\x07" not in out


def test_unreadable_file_is_reported_on_one_line(
    planted: SyntheticCorpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    planted.write(tmp_path)
    (tmp_path / "zero.txt").write_text("")
    assert main(["discover", str(tmp_path), "--workers", "1"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("samestory: skipped ") and "zero.txt" in err[0]


@pytest.mark.parametrize(
    ("make", "args", "code", "message"),
    [
        ("empty", [], 2, "no documents in this folder"),
        ("missing", [], 2, "no such file or directory"),
        ("unreadable", [], 1, "none of the 2 files could be read"),
        ("ok", ["--scheduler", "tcp://127.0.0.1:1"], 2, "cannot reach the Dask scheduler"),
        ("ok", ["--scheduler", "no-port-here"], 2, "cannot reach the Dask scheduler"),
        ("ok", ["--min-shared", "0"], 2, "must be 1 or more"),
    ],
)
def test_errors_are_one_line_with_an_exit_status(
    make: str,
    args: list[str],
    code: int,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "in"
    if make != "missing":
        folder.mkdir()
    if make == "unreadable":
        (folder / "a.txt").write_text("")
        (folder / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    if make == "ok":
        (folder / "a.txt").write_text("One sentence here. Another one there.\n")
    try:
        status = main(["discover", str(folder), *args])
    except SystemExit as exc:  # argparse rejects bad option values itself
        status = int(exc.code or 0)
    err = capsys.readouterr().err.strip().splitlines()
    assert status == code
    assert message in err[-1]
    assert "Traceback" not in "\n".join(err)


def test_json_to_an_unwritable_place(
    seed_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["discover", str(seed_dir), "--json", str(blocker / "out.json")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_progress_bar_draws_and_clears() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream)
    bar("reading", 0, 10)
    bar("reading", 10, 10)
    bar("grouping", 3, 3)
    bar.close()
    text = stream.getvalue()
    assert "\rreading   [" in text and "10/10" in text and "grouping" in text
    assert "#" * 30 in text
    assert text.endswith("\r\033[K")


def test_cli_default_threshold_is_the_engines() -> None:
    from discover.pipeline import DEFAULT_THRESHOLD
    from samestory.commands import discover as command

    assert command.DEFAULT_THRESHOLD == DEFAULT_THRESHOLD
