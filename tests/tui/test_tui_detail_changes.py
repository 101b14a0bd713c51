"""The detail view (`enter`) on small hand-made articles: the kinds of change of each
counterpart, links made by hand marked as such, and `x` unlinking a counterpart."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import ready, screen_text, settled

from compare.model import SentenceRef as R

SHARED = (
    "The city council approved the new harbour budget on Tuesday evening after a long debate.",
    "The plan includes a ferry terminal and a cycling bridge across the river.",
    "Construction of the terminal will begin next spring after a public consultation.",
)
FIGURE = (
    "The fire destroyed 120 homes in the northern district of the city.",
    "The fire destroyed 150 homes in the northern district of the city.",
)


def _app(tmp_path: Path, *middles: str):  # type: ignore[no-untyped-def]
    import readers
    from tui.app import SameStoryApp

    paths = []
    for i, middle in enumerate(middles):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(" ".join((SHARED[0], middle, SHARED[1], SHARED[2])) + "\n", "utf-8")
        paths.append(path)
    return SameStoryApp(readers.load(paths), animate=False)


def _status(app, doc: int) -> str:  # type: ignore[no-untyped-def]
    from tui.columns import PaneStatus

    return app.reader.query_one(f"#status-{doc}", PaneStatus).text.plain


async def _detail_of(pilot, app, ref: R) -> str:  # type: ignore[no-untyped-def]
    app.reader.go_to(ref.doc, ref.sentence)
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    return screen_text(app)


async def test_detail_names_the_change_kinds(tmp_path: Path) -> None:
    app = _app(tmp_path, *FIGURE)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        link = app.state.alignment.best_link(R(0, 1), 1)
        assert link is not None and link.other(R(0, 1)) == R(1, 1)
        text = await _detail_of(pilot, app, R(0, 1))
        assert "changes: figure changed: “120 homes” → “150 homes”" in text
        await pilot.press("escape")
        text = await _detail_of(pilot, app, R(0, 0))  # a verbatim copy: no change line
        assert "why linked" in text and "changes:" not in text


async def test_control_characters_in_a_change_are_visible(tmp_path: Path) -> None:
    app = _app(
        tmp_path,
        "The fire destroyed 120 homes in the northern district of the \x1b[31mcity.",
        "The fire destroyed 150 homes in the northern district of the \x1b[31mcity.",
    )
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        text = await _detail_of(pilot, app, R(0, 1))
        assert "changes: figure changed" in text
        assert "\x1b" not in text


async def test_pinned_link_is_marked_and_x_unlinks_it(tmp_path: Path) -> None:
    """A link made with `l` reads "linked by hand" in the detail view and the status line;
    `x` in the detail view removes it and the view shows the sentence without it."""
    app = _app(
        tmp_path,
        FIGURE[0],
        "Officials said the storm surge flooded a dozen streets near the port overnight.",
    )
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        a, b = R(0, 1), R(1, 1)
        assert a in app.state.alignment.unique and b in app.state.alignment.unique
        assert app.reader.corrections.link(a, b)
        await settled(pilot)
        link = app.state.alignment.best_link(a, 1)
        assert link is not None and link.pinned
        app.reader.go_to(a.doc, a.sentence)
        await pilot.pause()
        assert "pinned" in _status(app, 0) and "pinned" in _status(app, 1)
        text = await _detail_of(pilot, app, a)
        assert "linked by hand" in text
        await pilot.press("x")
        await settled(pilot)
        assert app.state.alignment.best_link(a, 1) is None
        assert a in app.state.alignment.unique
        assert "pinned" not in _status(app, 0)
        after = screen_text(app)
        assert "linked by hand" not in after and "No counterpart" in after


async def test_x_unlinks_an_aligner_link(tmp_path: Path) -> None:
    app = _app(tmp_path, *FIGURE)
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        a = R(0, 1)
        assert app.state.alignment.best_link(a, 1) is not None
        await _detail_of(pilot, app, a)
        await pilot.press("x")
        await settled(pilot)
        assert app.state.alignment.best_link(a, 1) is None
        assert "No counterpart" in screen_text(app)


def test_missing_words_leave_out_lone_punctuation() -> None:
    """Only words go in the "only in the cursor sentence" line: a lone quote mark or comma
    the counterpart lacks is noise."""
    from compare.diff import word_diff
    from tui.screens.detail import reading_diff

    cursor = "State media described the visit as “historic,” noting it was the first."
    counterpart = "“This visit marked a historic occasion and showed goodwill."
    shown = reading_diff(word_diff(cursor, counterpart), cursor_is_a=True).plain
    _, _, missing = shown.partition("only in the cursor sentence: ")
    assert "State media" in missing and "noting" in missing
    words = missing.replace(" · ", " ").split()
    assert words and all(any(c.isalnum() for c in w) for w in words), words
