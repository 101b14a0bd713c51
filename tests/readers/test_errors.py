"""readers.errors: one error root whose exit status the command line exits with."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.semantic import SemanticUnavailable
from highlights.errors import HighlightError, StoreError, UnknownSetError
from readers.errors import ReaderError, SamestoryError, UsageError
from samestory.cli import main


def test_every_user_error_has_the_root_and_an_exit_status() -> None:
    cases = [
        (ReaderError("a.txt", "not found"), 1),
        (UsageError("--group", "give one folder"), 2),
        (StoreError("store.db", "locked"), 1),
        (UnknownSetError("highlights", "no set 'x'"), 2),
        (SemanticUnavailable("no model.onnx in /m"), 2),
    ]
    for err, status in cases:
        assert isinstance(err, SamestoryError)
        assert err.exit_status == status == err.exit_code
    # Highlight errors are not reader errors: "could not read a source" stays what it says.
    assert not isinstance(StoreError("s", "r"), ReaderError)
    assert isinstance(UnknownSetError("s", "r"), HighlightError)


def test_messages_are_one_line_with_controls_visible() -> None:
    err = ReaderError("bad\nname.txt", "first line\nsecond line")
    assert "\n" not in str(err)
    assert str(err).endswith("first line second line")
    assert str(SemanticUnavailable("model\nmissing")).count("\n") == 0


def test_cli_exits_with_the_errors_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One sentence here.\n", encoding="utf-8")
    b.write_text("Another sentence there.\n", encoding="utf-8")
    model = tmp_path / "model"
    model.mkdir()
    assert main(["compare", str(a), str(b), "--scorer", "semantic", "--model", str(model)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("samestory: ") and err.count("\n") == 1 and "model.onnx" in err
    assert main(["compare", str(tmp_path / "missing.txt"), str(a)]) in (1, 2)
    assert "Traceback" not in capsys.readouterr().err
