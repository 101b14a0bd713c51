"""One layered style scheme: every combination of highlight, link, cursor, search, fact and
conflict styles keeps WCAG AA contrast (4.5:1) in every theme the reader offers, and the
panes as painted keep it too."""

from __future__ import annotations

import itertools

from rich.style import Style
from tui_helpers import ready

from highlights.store import DEFAULT_COLORS
from themes.palette import MIN_CONTRAST, KindPalette, contrast, effective_colors, readable


def backgrounds(p: KindPalette) -> list[Style]:
    highlight = [Style(bgcolor=c) for c in DEFAULT_COLORS]
    return [Style(), p.cursor, p.cursor_unfocused, *p.links.values(), *highlight, p.search]


def foregrounds(p: KindPalette) -> list[Style]:
    return [
        Style(),
        *p.facts.values(),
        *p.link_markers.values(),
        p.conflict,
        p.selected_fact,
        p.score,
        p.unique,
        p.boilerplate,
        p.heading,
        p.search,
    ]


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert round(contrast("#000000", "#FFFFFF"), 1) == 21.0
    assert round(contrast("#777777", "#FFFFFF"), 2) == 4.48  # the classic just-failing grey
    assert contrast("#123456", "#123456") == 1.0


def test_readable_fixes_a_fact_colour_on_a_highlight() -> None:
    base = Style(color="#1E2329", bgcolor="#FAFAF7")
    pink_on_yellow = Style(bgcolor="#FFF3A0") + Style(color="#F0A0C0")
    text, back = effective_colors(pink_on_yellow, base)
    assert contrast(text, back) < MIN_CONTRAST  # the bug: pink names on a yellow highlight
    text, back = effective_colors(readable(pink_on_yellow, base), base)
    assert contrast(text, back) >= MIN_CONTRAST and back == "#fff3a0"


async def test_every_offered_theme_keeps_aa_contrast(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n", "H", "j", "h")  # highlights on and off the cursor row
        app.state.search = "the"
        facts = app.state.facts.facts
        app.state.selected_fact = facts[0].key if facts else None
        assert len(app.available_themes) > 3
        for theme in sorted(app.available_themes):
            app.theme = theme
            await pilot.pause()
            pane = app.pane(0)
            palette, base = pane.palette, pane.rich_style
            for bg, fg in itertools.product(backgrounds(palette), foregrounds(palette)):
                text, back = effective_colors(readable(bg + fg, base), base)
                ratio = contrast(text, back)
                assert ratio >= MIN_CONTRAST, (theme, bg, fg, text, back, ratio)
            app.reader.refresh_panes()
            await pilot.pause()
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
            assert checked > 200, theme
