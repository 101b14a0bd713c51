"""Finding the model: packaged files, --model directories, env var and config file."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.semantic.errors import SemanticUnavailable
from compare.semantic.model_files import (
    MODEL_ENV,
    PACKAGED_MODEL_ID,
    from_directory,
    packaged,
    resolve,
)


def test_missing_directory_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(SemanticUnavailable, match="model directory not found") as info:
        resolve(tmp_path / "nope")
    assert "\n" not in str(info.value)


def test_directory_without_model_or_tokenizer(tmp_path: Path) -> None:
    with pytest.raises(SemanticUnavailable, match=r"no model\.onnx"):
        from_directory(tmp_path)
    (tmp_path / "model.onnx").write_bytes(b"not a model")
    with pytest.raises(SemanticUnavailable, match=r"no tokenizer\.json"):
        from_directory(tmp_path)


def test_directory_model_id_changes_with_the_file(tmp_path: Path) -> None:
    (tmp_path / "onnx").mkdir()
    (tmp_path / "onnx" / "model.onnx").write_bytes(b"one")
    (tmp_path / "tokenizer.json").write_text("{}")
    first = from_directory(tmp_path)
    assert first.model == tmp_path / "onnx" / "model.onnx"
    assert first.model_id.startswith("custom-")
    (tmp_path / "onnx" / "model.onnx").write_bytes(b"other bytes")
    assert from_directory(tmp_path).model_id != first.model_id


def test_env_and_config_file_choose_the_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model_dir = tmp_path / "m"
    model_dir.mkdir()
    (model_dir / "model.onnx").write_bytes(b"x")
    (model_dir / "tokenizer.json").write_text("{}")
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("SAMESTORY_CONFIG_DIR", str(config))
    (config / "config.toml").write_text(f'[semantic]\nmodel = "{model_dir.as_posix()}"\n')
    assert resolve().model == model_dir / "model.onnx"
    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "elsewhere"))
    with pytest.raises(SemanticUnavailable, match="elsewhere"):
        resolve()
    # An explicit path wins over both.
    assert resolve(model_dir).model == model_dir / "model.onnx"


@pytest.mark.usefixtures("needs_extra")
def test_unreadable_config_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMESTORY_CONFIG_DIR", str(tmp_path))
    (tmp_path / "config.toml").write_text("this is [ not toml")
    assert resolve().model_id == PACKAGED_MODEL_ID


@pytest.mark.usefixtures("needs_extra")
def test_packaged_files_are_checked() -> None:
    files = packaged()
    assert files.model.name == "paraphrase-MiniLM-L3-v2.onnx"
    assert files.model.stat().st_size > 60_000_000
    assert files.tokenizer.name == "vocab.txt"
    assert files.model_id == PACKAGED_MODEL_ID
