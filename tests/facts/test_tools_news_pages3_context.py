"""The stored whole pages behind the third news-page set give back, through
`readers.build_document`, every labelled sentence of the set, so names can be scored in
context on exactly the sentences that were labelled."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tools.facts_news_pages3 import OUT as SENTENCES
from tools.facts_news_pages3_context import OUT, normalised, page_document


def test_normalised_text_maps_back_to_the_original_offsets() -> None:
    text = "  Two\n\n spaces\there. "
    flat, where = normalised(text)
    assert flat == "Two spaces here."
    assert len(where) == len(flat)
    assert text[where[4] : where[9] + 1] == "spaces"
    assert all(text[i] == c for i, c in zip(where, flat, strict=True) if c != " ")


def test_every_labelled_sentence_is_a_sentence_of_its_stored_page() -> None:
    pages = json.loads(Path(OUT).read_text(encoding="utf-8"))["pages"]
    items = json.loads(Path(SENTENCES).read_text(encoding="utf-8"))["items"]
    assert set(pages) == {it["page"] for it in items}
    wanted = Counter((it["page"], it["text"]) for it in items)
    for name, page in pages.items():
        doc = page_document(page, name)
        assert doc.text == page["text"]
        found = Counter((name, normalised(s.text)[0]) for s in doc.sentences if not s.boilerplate)
        for (page_name, text), n in wanted.items():
            if page_name == name:
                assert found[(page_name, text)] >= n, text[:60]
