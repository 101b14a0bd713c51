"""`samestory compare --scorer/--model`, and what happens without the extra."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from samestory.cli import main


@pytest.mark.usefixtures("needs_extra")
def test_compare_with_hybrid_scorer(seed_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(seed_dir), "--scorer", "hybrid", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    pairs = {
        (lk["a"]["doc"], lk["a"]["sentence"], lk["b"]["doc"], lk["b"]["sentence"])
        for lk in data["links"]
    }
    assert (0, 2, 1, 5) in pairs and (0, 11, 1, 18) in pairs


@pytest.mark.usefixtures("needs_extra")
def test_bad_model_directory_is_one_line_error(
    seed_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", str(seed_dir), "--model", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "model directory not found" in err
    (tmp_path / "model.onnx").write_bytes(b"junk")
    (tmp_path / "tokenizer.json").write_text("{}")
    assert main(["compare", str(seed_dir), "--model", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("samestory: cannot load model")


@pytest.fixture
def without_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make onnxruntime look uninstalled, and forget any model already loaded."""
    import compare.semantic as sem

    real = importlib.util.find_spec

    def find_spec(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None if name == "onnxruntime" else real(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    monkeypatch.setattr(sem, "_caches", {})


@pytest.mark.usefixtures("without_extra")
def test_without_extra_lexical_keeps_working(
    seed_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from compare.semantic import SemanticUnavailable, default_scorer_name, make_scorer

    assert default_scorer_name() == "lexical"
    assert make_scorer(None) is None
    with pytest.raises(SemanticUnavailable, match=r"pip install --force-reinstall samestory"):
        make_scorer("semantic")
    assert main(["compare", str(seed_dir)]) == 0
    out, err = capsys.readouterr()
    from compare.aligner import MIN_SCORE

    assert f"(scorer lexical, min score {MIN_SCORE:.2f})" in out
    # The default asked for the hybrid scorer: one line says why it is not used.
    assert err.count("\n") == 1 and "warning" in err and "pip install" in err
    assert main(["compare", str(seed_dir), "--scorer", "hybrid"]) == 2
    err = capsys.readouterr().err
    assert (
        err == "samestory: the hybrid scorer needs onnxruntime; it is part of samestory's default "
        "install: pip install --force-reinstall samestory\n"
    )


@pytest.mark.usefixtures("needs_extra")
def test_cached_embeddings_skip_the_model(
    seed_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import compare.semantic as sem

    monkeypatch.setattr(sem, "_caches", {})
    assert main(["compare", str(seed_dir), "--scorer", "hybrid", "--no-cache"]) == 0
    first = capsys.readouterr().out
    monkeypatch.setattr(sem, "_caches", {})  # a new process, as far as the model goes
    assert main(["compare", str(seed_dir), "--scorer", "hybrid", "--no-cache"]) == 0
    assert capsys.readouterr().out == first
    (cache,) = sem._caches.values()
    # The five documents, and the clauses the aligner scored on their own (compare.clauses),
    # stored like one more document.
    assert cache.loaded_documents == 6 and cache.encoded_sentences == 0
    assert cache.encoder._session is None
