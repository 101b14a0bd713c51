"""One key catalogue: the bindings carry every key's explanation and id; the help screen,
the command palette and the README's key table are checked against them."""

from __future__ import annotations

import re
from pathlib import Path

from tui_helpers import ready, screen_text, type_text

from tui.pane import DocumentPane
from tui.screens.reader import ReaderScreen
from tui.sidebar import FactList

README = Path(__file__).resolve().parents[2] / "README.md"
NOT_BINDINGS = {"ctrl+p"}
"""Keys of the README table that Textual itself provides."""


def readme_keys() -> set[str]:
    """Every backticked key in the first column of the README's reader key table."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| key | what it does |") :]
    keys: set[str] = set()
    for line in table.splitlines()[2:]:
        if not line.startswith("|"):
            break
        first = line.split("|")[1]
        keys |= set(re.findall(r"`([^`]+)`", first))
    return keys


def test_every_binding_has_an_id_and_a_tooltip() -> None:
    from tui.app import SameStoryApp
    from tui.screens.detail import DetailScreen
    from tui.screens.overview import OverviewScreen
    from tui.screens.provenance import ProvenanceScreen
    from tui.screens.sets import SetsScreen

    owners = (DocumentPane, ReaderScreen, SameStoryApp, FactList, DetailScreen, SetsScreen)
    for owner in (*owners, ProvenanceScreen, OverviewScreen):
        for binding in owner.BINDINGS:
            assert binding.id and binding.tooltip, (owner.__name__, binding)


async def test_readme_key_table_matches_the_bindings(make_app) -> None:
    app = make_app(use_highlights=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        bound = {key for group in app.key_groups() for e in group.entries for key in e.keys}
    documented = readme_keys()
    assert bound - documented == set(), "keys bound but not in the README table"
    assert documented - bound - NOT_BINDINGS == set(), "README keys that nothing binds"


async def test_help_follows_the_keymap(make_app, tmp_path) -> None:
    from readers.locations import config_dir

    path = config_dir() / "keymap.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[keymap]\nnext-sentence = "j,down,ctrl+n"\n')
    app = make_app(use_highlights=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        text = screen_text(app)
        row = next(line for line in text.splitlines() if "next-sentence" in line)
        assert "^n" in row and "Next sentence" in row, row


async def test_palette_lists_the_binding_explanations(make_app) -> None:
    app = make_app(use_highlights=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "Show / hide boilerplate")
        await pilot.pause()
        assert "key: b" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.state.show_boilerplate is False


async def test_palette_offers_no_terminal_colour_themes(make_app) -> None:
    """Every offered theme passes the contrast test (test_tui_contrast); the ANSI themes,
    whose colours the terminal picks, are not offered."""
    from themes import THEME_NAMES

    app = make_app(use_highlights=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert set(THEME_NAMES) <= set(app.available_themes)
        assert not any(name.startswith("ansi") for name in app.available_themes)


async def test_no_focus_routing_while_a_modal_is_on_top(make_app) -> None:
    """Focus moving inside the search window never reaches the reader's routing (it used to
    query the columns on the modal and crash)."""
    from tui.screens.search import SearchScreen

    app = make_app(use_highlights=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await type_text(pilot, "Lukashenko")
        await pilot.press("down", "tab", "shift+tab", "down")
        await pilot.press("enter")
        assert not isinstance(app.screen, SearchScreen)
        doc = app.state.focused
        assert "Lukashenko" in app.state.documents[doc].sentences[app.state.cursors[doc]].text
        assert app.focused is app.pane(doc)


async def test_the_footer_shows_the_keys_of_the_window_on_top(make_app) -> None:
    """Under the detail, sets, provenance, overview and help windows the footer lists that
    window's keys, not the reader's (which do nothing there)."""
    from textual.widgets import Footer

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        reader_keys = {k.description for k in app.screen.query_one(Footer).query("FooterKey")}
        assert "Sentence" in reader_keys
        windows = (("enter", "Unlink"), ("s", "New set"), ("p", "Other side"), ("o", "Close"))
        for key, expected in (*windows, ("question_mark", "Close")):
            await pilot.press(key)
            await pilot.pause()
            shown = {k.description for k in app.screen.query_one(Footer).query("FooterKey")}
            assert expected in shown and "Sentence" not in shown, (key, shown)
            await pilot.press("escape")
            await pilot.pause()
