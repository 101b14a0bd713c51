"""Highlight keys: h, H, x, e, s on the seed corpus, stored in a temp data dir."""

from __future__ import annotations

from tui_helpers import ready, type_text

import highlights


def store_items() -> list:
    with highlights.open_store() as store:
        return store.highlights_for(None)


async def test_h_x_highlight_and_remove_cursor_sentence(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("j", "h")
        items = store_items()
        assert len(items) == 1
        s = app.state.documents[0].sentences[app.state.cursors[0]]
        assert (items[0].start, items[0].end) == (s.start, s.end)
        assert app.state.highlight_marks[0] and app.state.highlight_marks[0][0].start == s.start
        await pilot.press("x")
        assert store_items() == []
        assert app.state.highlight_marks[0] == []


async def test_H_highlights_passage_group_and_survives_restart(make_app, seed_alignment) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n", "H")
        group = 1 + len(seed_alignment.counterparts(app.state.ref()))
        assert len(store_items()) == group
    app2 = make_app()
    async with app2.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert sum(len(m) for m in app2.state.highlight_marks) == group


async def test_h_then_H_adds_no_duplicate(make_app, seed_alignment) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n", "h", "h")
        assert len(store_items()) == 1
        await pilot.press("H", "H")
        group = 1 + len(seed_alignment.counterparts(app.state.ref()))
        assert len(store_items()) == group


async def test_e_edits_note_and_s_lists_sets(make_app) -> None:
    from tui.screens.sets import SetsScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("h", "e")
        await type_text(pilot, "check this")
        await pilot.press("enter")
        assert store_items()[0].note == "check this"
        await pilot.press("s")
        assert isinstance(app.screen, SetsScreen)
        await pilot.press("n")
        await type_text(pilot, "Second")
        await pilot.press("enter")
        names = [s.name for s in app.highlighter.data.sets]
        assert "Second" in names
        assert app.highlighter.active_set().name == "Second"
        await pilot.press("escape")
        await pilot.press("j", "h")
        sets = {s.id: s.name for s in app.highlighter.data.sets}
        assert sorted(sets[h.set_id] for h in store_items()) == ["Highlights", "Second"]


async def test_highlights_from_another_process_appear(make_app, seed_docs) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert app.state.highlight_marks[2] == []
        with highlights.open_store() as other:  # a second connection, as another process
            hs = other.create_set("Elsewhere", color="#7bd389", corpus=app.state.name)
            s = seed_docs[2].sentences[3]
            other.add(hs.id, seed_docs[2], s.start, s.end)
        app.highlighter.poll()
        assert [(m.start, m.end) for m in app.state.highlight_marks[2]] == [(s.start, s.end)]


async def test_h_on_a_search_hit_highlights_just_that_phrase(make_app) -> None:
    """Part of a sentence: search for the phrase, then `h`; `escape` goes back to sentences."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        await type_text(pilot, "8,665 DETAINEES")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("h")
        items = store_items()
        assert [i.exact for i in items] == ["8,665 detainees"]
        doc = app.state.documents[app.state.focused]
        sentence = doc.sentences[app.state.cursors[app.state.focused]]
        assert sentence.start < items[0].start and items[0].end < sentence.end
        await pilot.press("escape")
        assert app.state.search == ""
        await pilot.press("h")
        spans = sorted((i.start, i.end) for i in store_items())
        assert (sentence.start, sentence.end) in spans and len(spans) == 2
