"""SVG snapshots of the main screen, detail view, overview and help in each theme.

Drawn from a hand-made alignment and fact table (`tui_fixed.py`) so only UI changes move
them. Update after an intended change with `pytest tests/tui --snapshot-update`.
"""

from __future__ import annotations

import pytest
from tui_helpers import ready

from themes import THEME_NAMES

SIZE = (120, 40)
SCREENS = {
    "main": ("n", "right_square_bracket"),
    "detail": ("enter",),
    "overview": ("o",),
    "help": ("question_mark",),
}


@pytest.mark.parametrize("theme", THEME_NAMES)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_snapshot(snap_compare, fixed_app, theme: str, screen: str) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("j", "j", *SCREENS[screen])
        if screen == "main":
            await pilot.press("f")  # sidebar open, facts and conflict listed
        await pilot.pause()

    assert snap_compare(fixed_app(theme), terminal_size=SIZE, run_before=run_before)
