"""Pilot tests: every reader key on the seed corpus, with the real engine results."""

from __future__ import annotations

import json

from tui_helpers import ready, screen_text, type_text

from compare.model import SentenceRef
from readers.locations import config_dir


async def test_start_links_and_counts(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert len(app.panes) == 5
        assert "5 docs" in app.sub_title and ("links" in app.sub_title or "⇄" in app.sub_title)
        assert app.title == app.state.name
        assert app.focused is app.pane(0)
        assert not app.query_one("#progress").display


async def test_j_k_and_arrows_move_cursor(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        start = app.state.cursors[0]
        await pilot.press("j")
        assert app.state.cursors[0] == start + 1
        await pilot.press("down", "down")
        assert app.state.cursors[0] == start + 3
        await pilot.press("k", "up")
        assert app.state.cursors[0] == start + 1
        await pilot.press("G")
        assert app.state.cursors[0] == len(app.state.documents[0].sentences) - 1
        await pilot.press("g")
        assert app.state.cursors[0] == 0


async def test_cursor_highlights_counterparts_and_scrolls_them_into_view(
    make_app, seed_alignment
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n")
        ref = app.state.ref()
        expected = seed_alignment.counterparts(ref)
        assert expected, "n must land on a sentence with counterparts"
        for other in expected:
            pane = app.pane(other.doc)
            assert other.sentence in pane.linked
        # every other pane with counterparts shows the first one on screen
        for pane in app.panes:
            if pane.doc != 0 and pane.linked:
                first, _ = pane.wrapped.rows[min(pane.linked)]
                top = int(pane.scroll_y)
                assert top <= first < top + pane.scrollable_content_region.height


async def test_n_and_u_skip_to_linked_and_unique(make_app, seed_alignment) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n", "n")
        assert seed_alignment.links_of(app.state.ref())
        before = app.state.cursors[0]
        await pilot.press("N")
        assert app.state.cursors[0] < before
        assert seed_alignment.links_of(app.state.ref())
        app.pane(2).focus()  # the longest article: several unique sentences
        await pilot.press("g", "u")
        assert app.state.focused == 2
        assert app.state.ref() in set(seed_alignment.unique)
        at = app.state.cursors[2]
        await pilot.press("u")
        assert app.state.cursors[2] > at
        assert app.state.ref() in set(seed_alignment.unique)
        await pilot.press("U")
        assert app.state.cursors[2] == at


async def test_tab_cycles_panes_landing_on_counterpart(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n")
        linked_in_1 = set(app.pane(1).linked)
        await pilot.press("tab")
        assert app.focused is app.pane(1)
        assert app.state.focused == 1
        if linked_in_1:
            assert app.state.cursors[1] == min(linked_in_1)
        await pilot.press("shift+tab")
        assert app.focused is app.pane(0)


async def test_bracket_jumps_to_counterpart_in_next_pane(make_app, seed_alignment) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n")
        origin = app.state.ref()
        await pilot.press("right_square_bracket")
        assert app.state.focused != 0
        assert app.state.ref() in seed_alignment.counterparts(origin)
        assert app.focused is app.pane(app.state.focused)
        await pilot.press("left_square_bracket")
        assert SentenceRef(app.state.focused, app.state.cursors[app.state.focused]) in [
            origin,
            *seed_alignment.counterparts(origin),
        ]


async def test_enter_opens_detail_with_diff(make_app) -> None:
    from tui.screens.detail import DetailScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n", "enter")
        assert isinstance(app.screen, DetailScreen)
        text = screen_text(app)
        assert "Passage group" in text and "counterpart" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, DetailScreen)


async def test_overview_and_help(make_app) -> None:
    from tui.screens.help import HelpScreen
    from tui.screens.overview import OverviewScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("o")
        assert isinstance(app.screen, OverviewScreen)
        text = screen_text(app)
        assert "Similarity" in text and "% shared" in text
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for key in (
            "j",
            "tab",
            "enter",
            "]",
            "/",
            "next-sentence",
            "boilerplate",
            "theme",
            "highlight",
        ):
            assert key.lower() in text.lower(), key
        await pilot.press("escape")
        assert app.screen is app.screen_stack[0]


async def test_search_jumps_and_marks(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        await type_text(pilot, "Su-30SME")
        await pilot.press("enter")
        doc, i = app.state.focused, app.state.cursors[app.state.focused]
        assert "Su-30SME" in app.state.documents[doc].sentences[i].text
        assert app.state.search == "Su-30SME"


async def test_b_hides_and_shows_boilerplate(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        doc1 = app.state.documents[1]
        boiler = [s.index for s in doc1.sentences if s.boilerplate]
        assert boiler
        assert boiler[0] in app.pane(1).wrapped.rows
        await pilot.press("b")
        assert boiler[0] not in app.pane(1).wrapped.rows
        await pilot.press("b")
        assert boiler[0] in app.pane(1).wrapped.rows


async def test_t_cycles_and_remembers_theme(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert app.theme == "samestory-dark"
        await pilot.press("t")
        assert app.theme == "samestory-light"
        await pilot.press("t")
        assert app.theme == "samestory-contrast"
    saved = json.loads((config_dir() / "settings.json").read_text())
    assert saved["theme"] == "samestory-contrast"
    app2 = make_app()
    assert app2.theme == "samestory-contrast"


async def test_sidebar_selects_fact_and_jumps_through_mentions(make_app) -> None:
    from tui.sidebar import FactList

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        fact_list = app.query_one(FactList)
        assert app.focused is fact_list
        # pick the fact mentioned most often: "Lukashenko"
        key = next(
            f.key
            for f in app.state.facts.facts
            if f.label.startswith("Lukashenko") or "lukashenko" in f.key
        )
        index = next(
            i
            for i in range(fact_list.option_count)
            if (fact_list.get_option_at_index(i).id or "").endswith(key)
        )
        fact_list.highlighted = index
        await pilot.press("enter")
        assert app.state.selected_fact == key
        mentions = app.state.fact_mentions(key)
        first = (app.state.focused, app.state.cursors[app.state.focused])
        assert first in mentions
        await pilot.press("enter")
        second = (app.state.focused, app.state.cursors[app.state.focused])
        assert second in mentions and second != first
        await pilot.press("escape")
        assert app.focused is app.pane(app.state.focused)
        await pilot.press("f", "f")
        assert not app.query_one("#sidebar").display


async def test_mouse_click_selects_sentence(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        pane = app.pane(1)
        top = int(pane.scroll_y)
        row = next(r for r in range(top + 8, top + 30) if pane.wrapped.lines[r].sentence >= 0)
        target = pane.wrapped.lines[row].sentence
        await pilot.click(pane, offset=(5, row - top))
        assert app.state.focused == 1
        assert app.state.cursors[1] == target


async def test_q_quits(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("q")
    assert app.return_code == 0


async def test_keymap_file_rebinds(make_app) -> None:
    path = config_dir() / "keymap.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[keymap]\nnext-sentence = "l"\n')
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        start = app.state.cursors[0]
        await pilot.press("l")
        assert app.state.cursors[0] == start + 1
        await pilot.press("j")
        assert app.state.cursors[0] == start + 1


async def test_command_palette_runs_reader_commands(make_app) -> None:
    from tui.screens.overview import OverviewScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "Overview")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
