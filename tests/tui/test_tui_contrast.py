"""One layered style scheme: every combination of highlight, link, cursor, search, fact and
conflict styles keeps WCAG AA contrast (4.5:1) in every theme the reader offers."""

from __future__ import annotations

import itertools

import pytest
from rich.style import Style
from tui_helpers import ready

import highlights
from highlights.store import DEFAULT_COLORS
from themes import THEME_NAMES, THEMES, palette_for
from themes.palette import MIN_CONTRAST, contrast, effective_colors, ink_for, readable


def base_of(theme_name: str) -> Style:
    theme = next(t for t in THEMES if t.name == theme_name)
    return Style(color=theme.foreground, bgcolor=theme.background)


def backgrounds(theme_name: str) -> list[Style]:
    p = palette_for(theme_name)
    marks = [p.highlight_colors, DEFAULT_COLORS]
    highlight = [Style(bgcolor=c, color=ink_for(c)) for c in itertools.chain(*marks)]
    return [Style(), p.cursor, p.cursor_unfocused, *p.links.values(), *highlight, p.search]


def foregrounds(theme_name: str) -> list[Style]:
    p = palette_for(theme_name)
    return [
        Style(),
        *p.facts.values(),
        p.conflict,
        p.selected_fact,
        p.score,
        p.unique,
        p.boilerplate,
        p.heading,
        p.search,
    ]


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_every_style_combination_keeps_aa_contrast(theme: str) -> None:
    base = base_of(theme)
    worst = 21.0
    for bg, fg in itertools.product(backgrounds(theme), foregrounds(theme)):
        style = readable(bg + fg, base)
        text, back = effective_colors(style, base)
        ratio = contrast(text, back)
        worst = min(worst, ratio)
        assert ratio >= MIN_CONTRAST, (theme, bg, fg, text, back, ratio)
    assert worst >= MIN_CONTRAST


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert round(contrast("#000000", "#FFFFFF"), 1) == 21.0
    assert round(contrast("#777777", "#FFFFFF"), 2) == 4.48  # the classic just-failing grey
    assert contrast("#123456", "#123456") == 1.0


@pytest.mark.parametrize("theme", THEME_NAMES)
async def test_painted_panes_keep_aa_contrast(make_app, theme: str) -> None:
    """Every painted cell of article text, with highlights, a search, a chosen fact and the
    cursor's links on screen, is readable."""
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        app.theme = theme
        await pilot.press("n", "H", "j", "h")  # highlights on and off the cursor row
        app.state.search = "the"
        fact = app.state.facts.facts[0] if app.state.facts.facts else None
        if fact is not None:
            app.state.selected_fact = fact.key
        app.reader.refresh_panes()
        await pilot.pause()
        assert highlights.open_store().highlights_for(None)
        checked = 0
        for pane in app.panes:
            base = pane.rich_style
            for y in range(pane.scrollable_content_region.height):
                for segment in pane.render_line(y):
                    if not segment.text.strip() or segment.style is None:
                        continue
                    text, back = effective_colors(segment.style, base)
                    ratio = contrast(text, back)
                    assert ratio >= MIN_CONTRAST, (theme, segment, ratio)
                    checked += 1
        assert checked > 200
