"""Reading details: search `↓` selects a hit at once, keys typed while a window opens are
kept, unfocused status lines follow their scroll, plurals, moved words in the detail diff,
the "why linked" line, and the warning for a document with very little text."""

from __future__ import annotations

from tui_fixed import fixed_alignment
from tui_helpers import ready, record_notes, screen_text

import readers
from compare.model import DiffOp
from tui.screens.detail import MOVED, REMOVED, reading_diff
from tui.state import plural


async def test_search_down_selects_the_first_hit_at_once(make_app) -> None:
    from textual.widgets import OptionList

    app = make_app(use_highlights=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"Naypyidaw")
        await pilot.pause()
        await pilot.press("down")
        hits = app.screen.query_one(OptionList)
        assert hits.has_focus and hits.highlighted == 0
        await pilot.press("down", "enter")
        doc, sentence = app.screen_stack[0].state.focused, app.state.cursors[app.state.focused]
        assert (doc, sentence) == app.screen_stack[0].state.ref()
        assert "naypyidaw" in app.state.documents[doc].sentences[sentence].text.lower()


async def test_keys_typed_as_a_window_opens_are_not_lost(make_app) -> None:
    from textual.widgets import Input

    app = make_app(use_highlights=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        # the keys arrive before the search window has mounted and focused its input
        for key in ("slash", "L", "u", "k", "a"):
            app.post_message(_key(key))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one(Input).value == "Luka"


def _key(key: str):  # type: ignore[no-untyped-def]
    from textual import events

    char = "/" if key == "slash" else key
    return events.Key(key, char)


async def test_unfocused_status_line_follows_its_scroll(make_app) -> None:
    from tui.columns import PaneStatus

    app = make_app(use_highlights=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n")
        other = next(p for p in app.panes if p.doc != 0 and p.linked)
        status = app.reader.query_one(f"#status-{other.doc}", PaneStatus)
        assert status.forms[0].plain.startswith("→")
        other.scroll_to(y=other.virtual_size.height, animate=False, immediate=True)
        await pilot.pause()
        shown = status.forms[0].plain
        assert not shown.startswith("→") and "match at" in shown, shown


def test_plurals() -> None:
    assert plural(1, "sentence") == "1 sentence"
    assert plural(0, "highlight") == "0 highlights"
    assert plural(2, "sentence") == "2 sentences"


async def test_highlight_group_of_one_says_one_sentence(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        texts = record_notes(app)
        await pilot.press("u", "H")  # a unique sentence: its group is itself
        await pilot.pause()
        assert any("Highlighted 1 sentence in" in t for t in texts), texts


def _ops(a: str, b: str) -> list[DiffOp]:
    from compare.diff import word_diff

    return list(word_diff(a, b))


def test_moved_words_are_marked_moved_not_missing() -> None:
    cursor = "Prime Minister Nyo Saw welcomed him."
    counterpart = "Premier Nyo Saw, Prime Minister, welcomed him."
    shown = reading_diff(_ops(cursor, counterpart), cursor_is_a=True)
    # every word of the cursor sentence is in the counterpart: none is struck as missing
    assert "only in the cursor sentence" not in shown.plain
    assert not any(str(s.style) == REMOVED for s in shown.spans)
    moved = {shown.plain[s.start : s.end].strip(",") for s in shown.spans if str(s.style) == MOVED}
    assert moved and moved <= {"Prime", "Minister", "Nyo", "Saw"}, moved


async def test_detail_says_why_a_sentence_is_linked(make_app) -> None:
    app = make_app(use_highlights=False, aligner=fixed_alignment)
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n", "enter")
        text = screen_text(app)
        assert "why linked:" in text and "score" in text and "shared words" in text, text


async def test_document_with_very_little_text_gets_a_warning(make_app, tmp_path) -> None:
    (tmp_path / "long.txt").write_text(
        " ".join(f"Sentence number {i} says something about the story." for i in range(12))
    )
    (tmp_path / "caption.txt").write_text("A photo caption only.")
    app = make_app(readers.load([tmp_path]), use_highlights=False)
    texts = record_notes(app)  # before mounting: the warnings come at start
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert any("caption" in t and "1 sentence" in t for t in texts), texts
        assert not any("long" in t and "extracted" in t for t in texts), texts


async def test_toasts_leave_the_status_lines_free(make_app) -> None:
    from textual.widgets._toast import Toast

    from tui.columns import PaneStatus

    app = make_app(use_highlights=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await ready(pilot)
        app.notify("a toast that stays for the test", timeout=600)
        for _ in range(5):
            await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert toasts
        status_rows = {s.region.y for s in app.query(PaneStatus)}
        for toast in toasts:
            assert toast.region.bottom <= min(status_rows), (toast.region, status_rows)
