"""`samestory FOLDER --group N` opens the documents of one discovery group."""

from __future__ import annotations

from pathlib import Path

import pytest

from samestory import cli


def test_group_opens_only_that_groups_documents(
    seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[list[str]] = []

    def fake_run_app(corpus) -> int:  # type: ignore[no-untyped-def]
        opened.append([Path(d.source).name[:3] for d in corpus.documents])
        return 0

    import tui.app

    monkeypatch.setattr(tui.app, "run_app", fake_run_app)
    assert cli.main(["discover", str(seed_dir), "--min-shared", "3", "--quiet"]) == 0
    assert cli.main([str(seed_dir), "--group", "1"]) == 0
    assert opened == [["000", "001", "002"]]


def test_group_out_of_range_is_one_line(seed_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(seed_dir), "--group", "99"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no group 99" in err


def test_group_needs_one_source(seed_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(seed_dir), str(seed_dir), "--group", "1"]) == 2
    assert "exactly one folder" in capsys.readouterr().err
