"""Column fit and the status line at real terminal widths: the visible columns fill the row
to the cell (no sliver of a scrolled-off column), and a narrow status line keeps the link's
kind and score."""

from __future__ import annotations

import pytest
from tui_helpers import ready, screen_text

from tui.columns import ColumnRow, DocumentColumn, column_widths

WIDTHS = [80, 110, 120, 160, 200]


@pytest.mark.parametrize("width", range(60, 260, 7))
def test_every_run_of_visible_columns_fills_the_row(width: int) -> None:
    for count in range(1, 9):
        widths = column_widths(width, count)
        visible = max(1, min(count, 6, width // 30))
        assert len(widths) == count
        assert max(widths) - min(widths) <= 1
        for start in range(count - visible + 1):
            assert sum(widths[start : start + visible]) == width


def _visible_columns(app) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """(left, right) screen cells of each column drawn at least partly on screen."""
    row = app.query_one(ColumnRow).region
    out = []
    for column in app.query(DocumentColumn):
        r = column.region.intersection(row)
        if r.width > 0:
            out.append((r.x, r.right))
    return out


@pytest.mark.parametrize("width", WIDTHS)
async def test_visible_columns_fill_the_width_at_every_scroll(make_app, width: int) -> None:
    app = make_app(use_highlights=False)
    async with app.run_test(size=(width, 26)) as pilot:
        await ready(pilot)
        row = app.query_one(ColumnRow).region
        for _ in range(6):  # through every column and back to the first
            spans = _visible_columns(app)
            whole = [app.query_one(f"#column-{d}").region.width for d in range(5)]
            assert spans[0][0] == row.x and spans[-1][1] == row.right, spans
            assert all(right - left in whole for left, right in spans), (spans, whole)
            lines = screen_text(app).splitlines()
            assert lines[1].rstrip().endswith("╮") and not lines[1].rstrip().endswith("╮╭")
            focused = app.state.focused
            assert any(app.query_one(f"#column-{focused}").region.x == left for left, _ in spans)
            await pilot.press("tab")
            await pilot.pause()


async def test_columns_refit_when_the_terminal_is_resized(make_app) -> None:
    app = make_app(use_highlights=False)
    async with app.run_test(size=(110, 26)) as pilot:
        await ready(pilot)
        for width in (80, 200, 110):
            await pilot.resize_terminal(width, 26)
            await pilot.pause()
            await pilot.pause()
            spans = _visible_columns(app)
            assert spans[-1][1] == width and sum(r - left for left, r in spans) == width


async def test_status_line_keeps_kind_and_score_at_80_columns(make_app) -> None:
    app = make_app(use_highlights=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("j", "j")
        await pilot.pause()
        status = screen_text(app).splitlines()[-4]
        assert "3/" in status and "…" not in status, status
        assert "paraphrase" in status or "para." in status
        assert any(ch.isdigit() for ch in status.split("~")[-1])


async def test_status_line_takes_a_shorter_form_in_a_narrow_column(make_app) -> None:
    from tui.columns import PaneStatus

    app = make_app(use_highlights=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("j", "j")
        await pilot.pause()
        status = app.query_one("#status-0", PaneStatus)
        full = status.forms[0].plain
        status.styles.width = len(full)  # too narrow for the full form
        await pilot.pause()
        shown = status.text.plain
        assert shown != full and len(shown) <= status.content_size.width, (full, shown)
        kind, score = full.split()[2], full.split()[3]
        assert kind[:4] in shown and score in shown
