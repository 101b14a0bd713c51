"""Re-placing a highlight by hand in the sets window (`s`, then `r` on an orphan): a real
orphan made by editing a copy of a corpus document, re-placed on a picked sentence."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from tui_helpers import ready, record_notes, screen_text, type_text

import highlights
import readers
from highlights.model import Highlight, Orphan, PlacedHighlight
from tests.conftest import SEED_DIR

SOURCE = "001_d562adb935d7f44d.txt"
OTHER = "000_80d7bff7beae6e95.txt"
GONE = "The self-installed de facto leader of the country"
"""The start of the highlighted sentence, which the edit deletes."""
TARGET = "Premier Nyo Saw"
"""The start of the sentence the orphan is re-placed on."""


def highlight_then_edit(
    folder: Path, quote: str, replacement: str, *, at_end: bool = False
) -> tuple[Highlight, str, list[PlacedHighlight], list[Orphan]]:
    """A two-document copy of the seed corpus with one highlight (with a note) on the
    sentence starting with `quote`, whose text is then replaced by `replacement` in the file
    (`at_end`: removed and `replacement` added at the end). Returns the highlight, its set
    id and how it anchors in the edited document."""
    folder.mkdir()
    for name in (SOURCE, OTHER):
        shutil.copy(SEED_DIR / name, folder / name)
    corpus = readers.load([folder])
    doc = next(d for d in corpus.documents if d.source.endswith(SOURCE))
    sentence = next(s for s in doc.sentences if s.text.startswith(quote))
    with highlights.open_store() as store:
        hs = store.create_set("Checks", color="#7bd389", corpus=corpus.name)
        h = store.add(hs.id, doc, sentence.start, sentence.end)
        h = store.update_note(h.id, "who said so?")
    path = folder / SOURCE
    text = path.read_text(encoding="utf-8")
    if at_end:
        text = text.replace(sentence.text, "") + "\n" + replacement + "\n"
    else:
        text = text.replace(sentence.text, replacement)
    path.write_text(text, encoding="utf-8")
    edited = readers.load([folder])
    with highlights.open_store() as store:
        placed, orphans = highlights.resolve(store, hs.id, edited.documents)
    return h, hs.id, placed, orphans


def make_orphan(folder: Path) -> tuple[str, str]:
    """A highlight whose sentence was deleted: a real orphan. Returns (its id, set id)."""
    h, set_id, placed, orphans = highlight_then_edit(folder, GONE, "")
    assert placed == [] and [o.highlight.id for o in orphans] == [h.id]
    return h.id, set_id


async def open_orphan_picker(pilot: Any) -> None:
    from tui.screens.corrections import SentencePicker
    from tui.screens.sets import SetsScreen

    await pilot.press("s")
    assert isinstance(pilot.app.screen, SetsScreen)
    assert "Orphans (1)" in screen_text(pilot.app)
    await pilot.press("end", "r")  # the orphan is the last row
    await pilot.pause()
    assert isinstance(pilot.app.screen, SentencePicker)


async def test_r_re_places_an_orphan_and_keeps_its_note(make_app, tmp_path) -> None:
    folder = tmp_path / "story"
    hid, set_id = make_orphan(folder)
    app = make_app(readers.load([folder]))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert [o.highlight.id for o in app.highlighter.data.orphans] == [hid]
        assert all(marks == [] for marks in app.state.highlight_marks)
        await open_orphan_picker(pilot)
        await type_text(pilot, TARGET)
        await pilot.press("enter")
        await pilot.pause()

        d = next(i for i, doc in enumerate(app.state.documents) if doc.source.endswith(SOURCE))
        target = next(s for s in app.state.documents[d].sentences if s.text.startswith(TARGET))
        with highlights.open_store() as store:
            h = store.get(hid)
            placed, orphans = highlights.resolve(store, set_id, app.state.documents)
        assert (h.note, h.set_id) == ("who said so?", set_id)
        assert (h.start, h.end, h.exact) == (target.start, target.end, target.text)
        assert h.doc_hash == app.state.documents[d].hash
        assert orphans == [] and [(p.highlight.id, p.status) for p in placed] == [(hid, "exact")]
        # the pane draws it, the cursor is on it, and the orphan list is empty
        assert app.highlighter.data.orphans == []
        assert [(m.start, m.end) for m in app.state.highlight_marks[d]] == [
            (target.start, target.end)
        ]
        assert app.screen is app.reader
        assert (app.state.focused, app.state.cursors[d]) == (d, target.index)
        assert TARGET in screen_text(app)
        await pilot.press("s")
        text = screen_text(app)
        assert "Orphans" not in text and "who said so?" in text


async def test_escape_in_the_picker_changes_nothing(make_app, tmp_path) -> None:
    from tui.screens.sets import SetsScreen

    folder = tmp_path / "story"
    hid, _ = make_orphan(folder)
    app = make_app(readers.load([folder]))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await open_orphan_picker(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SetsScreen)
        assert [o.highlight.id for o in app.highlighter.data.orphans] == [hid]
        with highlights.open_store() as store:
            assert store.get(hid).exact.startswith(GONE)


async def test_a_highlight_deleted_meanwhile_is_one_notification(make_app, tmp_path) -> None:
    folder = tmp_path / "story"
    hid, _ = make_orphan(folder)
    app = make_app(readers.load([folder]))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        notes = record_notes(app)
        await open_orphan_picker(pilot)
        with highlights.open_store() as other:  # another process deletes it
            other.remove(hid)
        await type_text(pilot, TARGET)
        await pilot.press("enter")
        await pilot.pause()
        failures = [n for n in notes if n.startswith("Could not re-place")]
        assert len(failures) == 1 and hid in failures[0]
        assert app.highlighter.data.orphans == []
        assert "Orphans" not in screen_text(app)  # the list was read again
        assert all(marks == [] for marks in app.state.highlight_marks)


async def test_r_on_a_highlight_placed_surely_only_explains(make_app) -> None:
    from tui.screens.sets import SetsScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        notes = record_notes(app)
        await pilot.press("h", "s", "end", "r")
        await pilot.pause()
        assert isinstance(app.screen, SetsScreen)
        assert any(n.startswith("r re-places an orphan") for n in notes)


async def test_r_re_places_a_moved_check_highlight(make_app, tmp_path) -> None:
    """A sentence reworded and moved to the end is placed unsurely ("moved? check"); `r`
    on it puts it on the sentence the user picks, and it is sure again."""
    folder = tmp_path / "story"
    moved = "Other estimates say that the military controls only part of the nation’s territory."
    h, set_id, placed, _ = highlight_then_edit(folder, "Other recent estimates", moved, at_end=True)
    assert [p.status for p in placed] == ["check"]
    app = make_app(readers.load([folder]))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("s")
        assert "[moved? check]" in screen_text(app)
        await pilot.press("end", "r")
        await pilot.pause()
        await pilot.press("enter")  # the most alike sentence comes first: the moved one
        await pilot.pause()
        with highlights.open_store() as store:
            now = store.get(h.id)
            placed, orphans = highlights.resolve(store, set_id, app.state.documents)
        assert now.exact == moved and now.note == "who said so?"
        assert [p.status for p in placed] == ["exact"] and orphans == []
        assert [p.highlight.id for p in app.highlighter.data.placed] == [h.id]
        assert app.highlighter.data.placed[0].status == "exact"
