"""The provenance screen on its own (Pilot): rows per document, the change list, jumping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App
from textual.widgets import DataTable, OptionList

from tests.provenance.helpers import analyse, article
from tests.tui.tui_helpers import ready

CHANGED = (
    "The fire destroyed 120 homes in the northern district of the city.",
    "The fire destroyed 150 homes in the northern district of the city.",
)
ADDED = "Firefighters from three towns fought the blaze \x1b[31m until dawn on Sunday."


class Host(App[None]):
    """Opens the screen at once and keeps what it was dismissed with."""

    def __init__(self, alignment: Any, table: Any) -> None:
        super().__init__()
        self.alignment, self.table = alignment, table
        self.results: list[Any] = []

    def on_mount(self) -> None:
        from tui.screens.provenance import ProvenanceScreen

        screen = ProvenanceScreen(self.alignment.documents, self.alignment, self.table)
        self.push_screen(screen, self.results.append)


def _screen_text(app: App[None]) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def _open(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_rows_changes_and_jumps(tmp_path: Path) -> None:
    alignment, table, _prov = analyse(
        tmp_path, article(CHANGED[0]), article(CHANGED[1], extra=(ADDED,))
    )
    app = Host(alignment, table)
    async with app.run_test(size=(140, 40)) as pilot:
        await _open(pilot)
        docs = app.screen.query_one("#provenance-docs", DataTable)
        assert docs.row_count == 2
        text = _screen_text(app)
        assert "doc0.txt" in text and "doc1.txt" in text
        await pilot.press("down")  # second document
        changes = app.screen.query_one("#provenance-changes", OptionList)
        prompts = [str(changes.get_option_at_index(i).prompt) for i in range(changes.option_count)]
        assert any(
            p.startswith("figures") and "changed: “120 homes” → “150 homes”" in p for p in prompts
        )
        assert any(p.startswith("adds") and "␛" in p for p in prompts)
        assert "\x1b" not in _screen_text(app)
        figure = next(i for i, p in enumerate(prompts) if p.startswith("figures"))
        await pilot.press("tab")
        assert app.focused is changes
        changes.highlighted = figure
        await pilot.press("o")  # the sentence in the other (earlier) document
        await pilot.pause()
    assert app.results == [(0, 1)]


async def test_enter_jumps_to_the_sentence_here(tmp_path: Path) -> None:
    alignment, table, _prov = analyse(
        tmp_path, article(CHANGED[0]), article(CHANGED[1], extra=(ADDED,))
    )
    app = Host(alignment, table)
    async with app.run_test(size=(140, 40)) as pilot:
        await _open(pilot)
        await pilot.press("down", "tab")
        changes = app.screen.query_one("#provenance-changes", OptionList)
        added = next(
            i
            for i in range(changes.option_count)
            if str(changes.get_option_at_index(i).prompt).startswith("adds")
        )
        changes.highlighted = added
        await pilot.press("enter")
        await pilot.pause()
    assert app.results == [(1, 4)]


async def test_escape_closes_without_a_jump(tmp_path: Path) -> None:
    alignment, table, _prov = analyse(tmp_path, article(CHANGED[0]), article(CHANGED[1]))
    app = Host(alignment, table)
    async with app.run_test(size=(120, 30)) as pilot:
        await _open(pilot)
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [None]


def test_change_kinds_line_for_the_detail_view(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from compare.model import SentenceRef
    from tui.screens.provenance import change_kinds

    alignment, table, _prov = analyse(tmp_path, article(CHANGED[0]), article(CHANGED[1]))
    state = SimpleNamespace(alignment=alignment, facts=table)
    line = change_kinds(state, SentenceRef(0, 1), SentenceRef(1, 1))
    assert line is not None and line.plain == "  changes: figure changed: “120 homes” → “150 homes”"
    assert change_kinds(state, SentenceRef(0, 0), SentenceRef(1, 0)) is None
    assert (
        change_kinds(SimpleNamespace(alignment=alignment, facts=None), *([SentenceRef(0, 1)] * 2))
        is None
    )


async def test_p_opens_the_screen_in_the_reader_and_jumps(seed_corpus: Any) -> None:
    """In the reader, `p` opens the provenance screen; `enter` on a change closes it with the
    cursor on that sentence."""
    import compare
    from facts import facts
    from tui.app import SameStoryApp
    from tui.screens.provenance import ProvenanceScreen

    docs = list(seed_corpus.documents)
    alignment = compare.align(docs, use_cache=False)
    table = facts(docs)
    app = SameStoryApp(
        seed_corpus,
        aligner=lambda _docs: alignment,
        fact_finder=lambda _docs: table,
        use_highlights=False,
        animate=False,
    )
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("p")
        await _open(pilot)
        assert isinstance(app.screen, ProvenanceScreen)
        await pilot.press("down", "tab")  # Al Jazeera, then its changes
        screen = app.screen
        assert app.state.cursors[1] == 0 and app.state.focused == 0
        index, entry = next(
            (i, e) for i, e in enumerate(screen.entries) if e.here and e.here[1] > 5
        )
        assert entry.here is not None and entry.here[0] == 1
        screen.query_one("#provenance-changes", OptionList).highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ProvenanceScreen)
        assert app.state.focused == entry.here[0]
        assert app.state.cursors[entry.here[0]] == entry.here[1]
