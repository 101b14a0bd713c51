"""Article text is data: markup-looking text and ANSI escapes must show literally."""

from __future__ import annotations

from tui_helpers import ready, screen_text, type_text

import readers
from tui.layout import display_text

NASTY = (
    "Officials said [bold]nothing[/] about the deal [link=https://evil.example]here[/link].\n\n"
    "A bracket opens [/ and never closes [bold and [red] stays.\n\n"
    "Colour \x1b[31mred\x1b[0m escapes and a bell \x07 must not reach the terminal.\n"
)


def test_display_text_keeps_offsets_and_shows_controls() -> None:
    shown = display_text(NASTY)
    assert len(shown) == len(NASTY)
    assert "\x1b" not in shown and "\x07" not in shown
    assert "␛[31m" in shown


async def test_markup_and_ansi_in_articles_show_literally(tmp_path, make_app) -> None:
    (tmp_path / "a.txt").write_text(NASTY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NASTY.replace("deal", "agreement"), encoding="utf-8")
    corpus = readers.load([tmp_path])
    app = make_app(corpus, use_highlights=False)
    async with app.run_test(size=(200, 40)) as pilot:
        await ready(pilot)
        text = screen_text(app)
        for literal in (
            "[bold]nothing[/]",
            "[link=https://evil.example]here[/link]",
            "[/ and",
            "[bold and",
            "[red]",
            "␛[31mred␛[0m",
        ):
            assert literal in text, literal
        assert "\x1b" not in text
        # the detail view and search show the same literal text
        await pilot.press("enter")
        assert "[bold]nothing[/]" in screen_text(app) or "[link=" in screen_text(app)
        await pilot.press("escape", "slash")
        await type_text(pilot, "[bold]")
        await pilot.press("down")
        assert "[bold]nothing[/]" in screen_text(app)
