"""On the bundled corpus: the lineage and the changes a reader of the five articles sees
(found by their words, not by sentence numbers), in the engine and in `samestory brief`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from samestory.cli import main


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """(documents, provenance) with the lexical scorer (the engine's default: these tests check
    provenance, not the optional semantic scorer), computed once."""
    import readers
    from compare.aligner import align
    from facts import facts
    from provenance.analysis import provenance
    from tests.conftest import SEED_DIR

    base = tmp_path_factory.mktemp("seed-home")
    with pytest.MonkeyPatch.context() as mp:
        for name in ("DATA", "CONFIG", "CACHE"):
            mp.setenv(f"SAMESTORY_{name}_DIR", str(base / name.lower()))
        docs = readers.load([SEED_DIR]).documents
        alignment = align(docs, use_cache=False)
        yield docs, provenance(alignment, facts(docs))


def _find(docs: Any, doc: int, words: str) -> int:
    hits = [s.index for s in docs[doc].sentences if words in s.text]
    assert len(hits) == 1, (doc, words, hits)
    return hits[0]


def _changes(prov: Any, before: int, after: int, kind: str) -> list[Any]:
    return [c for c in prov.pairs.get((before, after), []) if c.kind == kind]


def test_lineage(seed: Any) -> None:
    _docs, prov = seed
    lin = prov.lineage
    assert lin.relation(0, 1).strength == "same report"
    assert lin.sources[1] == 0 and lin.sources[0] is None
    assert lin.relation(3, 4).strength == "unrelated"
    assert not isinstance(lin.sources[3], int) and not isinstance(lin.sources[4], int)
    for other in (0, 1, 2):
        assert lin.relation(other, 4).strength == "unrelated"


def test_what_001_changed_from_000(seed: Any) -> None:
    docs, prov = seed
    one = prov.per_doc[1]
    assert one.reference == 0
    assert _find(docs, 0, "8,665 detainees") in one.dropped
    assert _find(docs, 1, "dissolve Aung San Suu Kyi") in one.only
    assert [name for _s, name in one.credits] == ["Aljazeera"]
    assert [c.action for c in _changes(prov, 0, 1, "credit")] == ["added"]
    # "holds less than half of Myanmar's territory" is reworded in 001 ("now controls less than
    # half the nation" after the census figure, "controls only a portion of the nation's
    # territory"); which 001 sentence it pairs with depends on the scorer, so both count.
    held = _find(docs, 0, "holds less than half")
    census = _find(docs, 0, "145 of 330 townships")
    controls = _find(docs, 1, "now controls less than half")
    portion = _find(docs, 1, "controls only a portion")
    pairs_01 = [(c.before.sentences, c.after.sentences) for c in prov.pairs[(0, 1)]]
    assert any(held in b and (controls in a or portion in a) for b, a in pairs_01)
    assert any(controls in a and (held in b or census in b) for b, a in pairs_01)
    # "widely criticised" -> "denounced as a fake"
    criticised = _find(docs, 0, "widely criticised")
    fake = _find(docs, 1, "denounced as a fake")
    assert any(
        c.action == "stronger"
        and c.before.sentences == (criticised,)
        and c.after.sentences == (fake,)
        and "denounced as a fake" in c.after.words
        for c in _changes(prov, 0, 1, "intensity")
    )
    # attribution to state media added where 000 gave none
    media = _find(docs, 1, "according to Myanmar state media")
    assert any(
        c.action == "added" and media in c.after.sentences
        for c in _changes(prov, 0, 1, "attribution")
    )


def test_002_calls_it_a_sham(seed: Any) -> None:
    docs, prov = seed
    neither = _find(docs, 0, "neither credible nor feasible")
    sham = _find(docs, 2, "'sham'")
    assert any(
        c.action == "stronger"
        and c.before.sentences == (neither,)
        and c.after.sentences == (sham,)
        and any("sham" in w for w in c.after.words)
        for c in _changes(prov, 0, 2, "intensity")
    )
    # "according to Myanmar state media" kept by 001, dropped by 002
    media = _find(docs, 1, "according to Myanmar state media")
    assert any(
        c.action == "dropped" and c.before.sentences == (media,)
        for c in _changes(prov, 1, 2, "attribution")
    )


def test_brief_lists_the_changes_with_their_sentences(seed_dir: Any, capsys: Any) -> None:
    assert main(["brief", str(seed_dir), "--scorer", "lexical"]) == 0
    md = capsys.readouterr().out
    assert "\\[0\\] Realist English → \\[1\\] Al Jazeera: same report" in md
    for words in (
        "mass amnesty for 8,665 detainees",
        "vote to dissolve Aung San Suu Kyi",
        "“Source: Aljazeera”",
        "**denounced as a fake**",
        "'**sham**'",
        "**according to Myanmar state media on Friday**",
        "holds less than half of Myanmar’s territory",
        "now controls less than half the nation",
    ):
        assert words in md, words
    assert main(["brief", str(seed_dir), "--scorer", "lexical", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["likely_source"] for d in data["documents"]][:2] == [None, 0]
    texts = [
        (seed_dir / d["source"].rsplit("/", 1)[-1]).read_text("utf-8") for d in data["documents"]
    ]
    checked = 0
    for pair in data["pairs"]:
        for change in pair["changes"]:
            for side in (change["before"], change["after"]):
                for ev in side["evidence"]:
                    assert texts[side["doc"]][ev["start"] : ev["end"]] == ev["text"]
                    checked += 1
    assert checked >= 20
