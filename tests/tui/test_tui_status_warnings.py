"""A page that gave very little text keeps a "⚠" and the reason in its column's status line
(the start-up toast goes away)."""

from __future__ import annotations

from pathlib import Path

import readers
from tui.state import ReaderState
from tui.status import PaneView, status_forms

PAGE = (
    "<html><head><title>Harbour fire</title></head><body><article>"
    "<p>Photo: a fire boat near the harbour wall on Sunday morning.</p>"
    "</article></body></html>"
)
TEXT = (
    "The fire destroyed 120 homes in the northern district. Firefighters from three towns "
    "fought the blaze until dawn. The council will meet on Monday to plan the rebuilding. "
    "Families have been moved to the sports hall. The cause of the fire is not yet known.\n"
)


def test_a_thin_page_keeps_its_warning_in_the_status_line(tmp_path: Path) -> None:
    (tmp_path / "thin.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "full.txt").write_text(TEXT, encoding="utf-8")
    thin = readers.read(tmp_path / "thin.html")
    full = readers.read(tmp_path / "full.txt")
    assert thin.warnings and not full.warnings
    state = ReaderState([full, thin])
    forms = status_forms(state, PaneView(1, 0, {}, (0, 0)), None)
    assert "⚠ only 1 sentence extracted" in forms[0].plain
    assert all("⚠" in f.plain for f in forms)
    assert forms[-1].plain.endswith("⚠")  # the short form for a narrow column
    plain = status_forms(state, PaneView(0, 0, {}, (0, 4)), None)
    assert not any("⚠" in f.plain for f in plain)
