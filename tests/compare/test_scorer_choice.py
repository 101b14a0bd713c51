"""compare.align(..., scorer=NAME): the engine picks the scorer and says why it fell back."""

from __future__ import annotations

from pathlib import Path

import pytest

import compare
from compare import scorer_choice
from compare.model import SentenceRef
from compare.semantic import SemanticUnavailable
from samestory.cli import main
from tests.compare.compare_helpers import make_doc

A = ["The council approved the new bridge over the river on Monday after a long debate."]
B = ["The council approved the new bridge over the river on Monday after long debate."]


def _docs() -> list:  # type: ignore[type-arg]
    return [make_doc(A, "a.txt"), make_doc(B, "b.txt")]


def test_lexical_by_name_and_by_default() -> None:
    for scorer in (None, "lexical"):
        al = compare.align(_docs(), scorer=scorer, use_cache=False)
        assert (al.scorer, al.fallback) == ("lexical", None)
        assert [(lk.a, lk.b) for lk in al.links] == [(SentenceRef(0, 0), SentenceRef(1, 0))]


def test_auto_falls_back_to_lexical_and_says_why(tmp_path: Path) -> None:
    missing = tmp_path / "no-model-here"
    al = compare.align(_docs(), scorer="auto", model_path=missing, use_cache=False)
    assert al.scorer == "lexical"
    assert al.fallback is not None and "model directory not found" in al.fallback
    lexical = compare.align(_docs(), scorer="lexical", use_cache=False)
    assert al.links == lexical.links


def test_auto_says_why_when_the_configured_model_is_unusable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAMESTORY_SEMANTIC_MODEL", str(tmp_path / "empty"))
    al = compare.align(_docs(), scorer="auto", use_cache=False)
    assert al.scorer == "lexical"
    assert al.fallback is not None and "model directory not found" in al.fallback


def test_a_scorer_asked_for_by_name_is_an_error_when_it_cannot_run(tmp_path: Path) -> None:
    with pytest.raises(SemanticUnavailable) as err:
        compare.align(_docs(), scorer="hybrid", model_path=tmp_path / "nothing", use_cache=False)
    assert err.value.exit_status == 2
    with pytest.raises(ValueError):
        compare.align(_docs(), scorer="fancy", use_cache=False)


class _LazyFailure:
    """A semantic scorer whose model turns out to be unusable when it is first used."""

    name = "hybrid"

    def prepare(self, documents: object) -> None:
        raise SemanticUnavailable("model.onnx is damaged")

    def score_pairs(self, left, right, pairs):  # type: ignore[no-untyped-def]
        raise AssertionError("not reached")


def test_auto_falls_back_when_the_model_fails_late(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        scorer_choice,
        "choose",
        lambda *a, **k: scorer_choice.ScorerChoice(_LazyFailure(), "hybrid"),
    )
    al = compare.align(_docs(), scorer="auto", use_cache=False)
    assert (al.scorer, al.fallback) == ("lexical", "model.onnx is damaged")
    assert len(al.links) == 1
    with pytest.raises(SemanticUnavailable):
        compare.align(_docs(), scorer="hybrid", use_cache=False)


def test_cli_names_an_unusable_model_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A[0] + "\n", encoding="utf-8")
    b.write_text(B[0] + "\n", encoding="utf-8")
    assert main(["compare", str(a), str(b), "--model", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "model directory not found" in err


def test_merge_halves_name_each_other() -> None:
    a = make_doc(
        [
            "The minister said the country would build three new power plants, and that the "
            "first one would open in the northern province of Kastel by 2027.",
            "Opposition parties called the plan unrealistic.",
        ],
        "a.txt",
    )
    b = make_doc(
        [
            "Opposition parties have called the plan unrealistic.",
            "The country will build three new power plants, the minister said.",
            "The first one will open in the northern province of Kastel by 2027.",
        ],
        "b.txt",
    )
    for use_cache in (True, True, False):  # computed, then from the cache, then fresh
        al = compare.align([a, b], use_cache=use_cache)
        partners = {(lk.a, lk.b): lk.merged_with for lk in al.links}
        assert partners == {
            (SentenceRef(0, 0), SentenceRef(1, 1)): SentenceRef(1, 2),
            (SentenceRef(0, 0), SentenceRef(1, 2)): SentenceRef(1, 1),
            (SentenceRef(0, 1), SentenceRef(1, 0)): None,
        }


def test_export_and_reader_align_with_the_same_scorer(seed_docs) -> None:  # type: ignore[no-untyped-def]
    from samestory.commands.highlights import _alignment
    from tui.engine import align as reader_align

    exported = _alignment(list(seed_docs))
    shown = reader_align(seed_docs)
    assert exported.scorer == shown.scorer == shown.alignment.scorer
    assert exported.links == shown.alignment.links
