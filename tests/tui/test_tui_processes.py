"""Big inputs: reading behind the loading screen and the engine in a child process."""

from __future__ import annotations

from tui import engine
from tui.loading import LoadingApp, input_bytes, rebuild


async def test_loading_app_reads_in_child_and_reports_errors(tmp_path) -> None:
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text("One sentence here. Another one there.\n", encoding="utf-8")
    (good / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert input_bytes([str(good)]) > 300
    app = LoadingApp([str(good)], input_bytes([str(good)]))
    result = await app.run_async(headless=True)  # returns when the child delivered
    assert result is not None and result[0] == "ok"
    corpus = rebuild(result)
    assert [d.source.rsplit("/", 1)[-1] for d in corpus.documents] == ["a.txt"]
    assert len(corpus.errors) == 1 and "b.txt" in str(corpus.errors[0])

    app = LoadingApp([str(tmp_path / "missing")], 0)
    kind, code, message = await app.run_async(headless=True)  # type: ignore[misc]
    assert (kind, code) == ("error", 2) and "missing" in message


def test_engine_runs_in_child_process_for_big_corpora(seed_docs) -> None:
    runner = engine.EngineRunner(seed_docs, threshold=0)
    try:
        assert runner.use_process
        aligned = runner.run(engine.align)
        alignment = aligned.alignment
        assert alignment.links and len(alignment.documents) == len(seed_docs)
        assert aligned.scorer in ("lexical", "hybrid")
    finally:
        runner.close()
    small = engine.EngineRunner(seed_docs)
    assert not small.use_process


def test_align_falls_back_to_lexical_when_semantic_unavailable(seed_docs, monkeypatch) -> None:
    import compare.semantic as semantic

    def broken(*args, **kwargs):
        raise semantic.SemanticUnavailable("model folder /nowhere is unusable")

    monkeypatch.setattr(semantic, "make_scorer", broken)
    aligned = engine.align(seed_docs)
    assert aligned.scorer == "lexical"
    assert aligned.fallback == "model folder /nowhere is unusable"
    assert aligned.alignment.links


def test_align_lets_the_engine_choose_the_scorer(seed_docs, monkeypatch) -> None:
    import compare
    from compare.model import Alignment

    seen = []

    def choosing_align(docs, scorer=None):  # type: ignore[no-untyped-def]
        seen.append(scorer)
        return Alignment(list(docs), [], [], [], [], scorer="hybrid")

    monkeypatch.setattr(compare, "align", choosing_align)
    aligned = engine.align(seed_docs)
    assert (aligned.scorer, aligned.fallback, seen) == ("hybrid", None, ["auto"])
