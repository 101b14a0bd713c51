"""The fact sidebar next to the columns: columns refit at once, no slivers after `tab`, and at
80 columns the sidebar overlays the right-hand column instead of leaving one column."""

from __future__ import annotations

import pytest
from tui_helpers import ready, screen_text

from tui.columns import ColumnRow, DocumentColumn
from tui.sidebar import FactSidebar


def visible_spans(app) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    row = app.query_one(ColumnRow).region
    spans = []
    for column in app.query(DocumentColumn):
        r = column.region.intersection(row)
        if r.width > 0:
            spans.append((r.x, r.right))
    return spans


async def test_columns_refit_in_the_same_frame_as_the_sidebar_opens(make_app) -> None:
    app = make_app(use_highlights=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        sidebar = app.query_one(FactSidebar)
        widths = app.query_one(ColumnRow).widths
        assert sum(widths[: app.query_one(ColumnRow).visible_count]) == 120 - sidebar.region.width
        await pilot.press("escape", "tab", "tab", "tab")
        await pilot.pause()
        spans = visible_spans(app)
        whole = {c.region.width for c in app.query(DocumentColumn)}
        assert all(right - left in whole for left, right in spans), spans  # no slivers
        assert spans[-1][1] == 120 - sidebar.region.width


@pytest.mark.parametrize("width", [80])
async def test_sidebar_overlays_at_80_columns(make_app, width: int) -> None:
    app = make_app(use_highlights=False)
    async with app.run_test(size=(width, 24)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await pilot.pause()
        sidebar = app.query_one(FactSidebar)
        assert sidebar.has_class("-overlay")
        assert len(visible_spans(app)) == 2  # the columns keep their width under it
        assert sidebar.region.right == width and sidebar.region.width > 20
        assert "Facts" in screen_text(app).splitlines()[1]
        await pilot.press("f")
        await pilot.pause()
        assert not sidebar.display
