"""What the reader writes about documents and conflicts: headers, sidebar conflicts, help."""

from __future__ import annotations

import re

from tui_helpers import ready

from tui.columns import PaneHeader, header_text
from tui.screens.help import help_text
from tui.sidebar import conflict_text
from tui.state import ReaderState


def test_header_names_a_document_without_outlet_by_its_title(seed_docs) -> None:
    state = ReaderState(list(seed_docs), name="seed")
    for i, doc in enumerate(seed_docs):
        plain = header_text(state, i).plain
        file_name = doc.source.rsplit("/", 1)[-1]
        if doc.title:
            assert doc.title in plain and file_name not in plain
        if doc.outlet:
            assert plain.split("\n")[0].startswith(f"{i + 1}  {doc.outlet}")


async def test_header_rows_fit_the_column(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        for header in app.query(PaneHeader):
            rows = header.render().plain.split("\n")
            assert len(rows) <= 2
            assert all(len(r) <= header.content_size.width for r in rows)
            assert rows[0].split()[0].isdigit()


def test_conflicts_number_documents_like_the_columns(seed_docs) -> None:
    from tui_fixed import fixed_facts

    table = fixed_facts(list(seed_docs))
    assert table.conflicts
    for conflict in table.conflicts:
        text = conflict_text(conflict)
        for fact in conflict.facts:
            assert "+".join(str(d + 1) for d in fact.docs) + ": “" in text
        assert "0:" not in text


async def test_help_lists_every_key_with_its_explanation(make_app) -> None:
    app = make_app(use_highlights=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        text = help_text(app.key_groups())
    for key in (
        "j ↓",
        "k ↑",
        "tab",
        "shift+tab",
        "n ",
        "N ",
        "u ",
        "U ",
        "enter",
        "]",
        "[",
        "f ",
        "/ ",
        "b ",
        "t ",
        "o ",
        "q ",
        "h ",
        "H ",
        "x ",
        "e ",
        "s ",
        "?",
        "pagedown space",
    ):
        assert f"\n{key}" in text, key
    assert "Next sentence with a match" in text and "Light every mention" in text
    row = next(line.rstrip() for line in text.splitlines() if line.rstrip().endswith(" highlight"))
    assert re.search(r"hit in it\) +highlight$", row), row  # description and id apart


def test_only_facts_stated_by_several_documents_count_as_shared(seed_docs, seed_facts) -> None:
    state = ReaderState(list(seed_docs), name="seed")
    state.set_facts(seed_facts)
    docs_of = {f.key: set(f.docs) for f in seed_facts.facts}
    marks = [m for d in state.fact_marks for m in d]
    assert any(m.shared for m in marks) and any(not m.shared for m in marks)
    assert all(m.shared == (len(docs_of[m.key]) > 1) for m in marks)


async def test_sidebar_legend_numbers_the_document_dots(make_app) -> None:
    from tui.sidebar import FactList

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        first = app.query_one(FactList).get_option_at_index(0).prompt
        assert str(first).startswith("12345 ")


def test_detail_diff_reads_as_the_counterpart_sentence(seed_alignment) -> None:
    from tui.screens.detail import reading_diff

    link = next(lk for lk in seed_alignment.links if lk.kind != "verbatim")
    docs = seed_alignment.documents
    ops = seed_alignment.diff(link).ops
    a_text = docs[link.a.doc].sentences[link.a.sentence].text
    b_text = docs[link.b.doc].sentences[link.b.sentence].text
    for cursor_is_a, other, cursor in ((True, b_text, a_text), (False, a_text, b_text)):
        shown = reading_diff(ops, cursor_is_a).plain
        body, _, rest = shown.partition("\n  only in the cursor sentence: ")
        assert " ".join(body.split()) == " ".join(other.split())
        for chunk in rest.split(" · ") if rest else []:
            assert chunk.split()[0] in cursor
