"""Helpers for the reader tests: wait for the engine workers, read the screen, type text."""

from __future__ import annotations

from typing import Any


async def ready(pilot: Any) -> None:
    """Wait until the analysis worker finished and its messages were handled (a handled
    message may start the next worker, which is waited for in turn)."""
    app = pilot.app
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.analysis_done:
            break
    assert app.analysis_done
    assert not app.failures, f"analysis steps failed: {app.failures}"
    await pilot.pause()


async def settled(pilot: Any) -> None:
    """Wait until every worker (the corrections worker too) finished and the messages they
    posted were handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def screen_text(app: Any) -> str:
    """Plain text of what the app's screen shows right now (one line per terminal row)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


async def type_text(pilot: Any, text: str) -> None:
    """Put `text` into the focused input at once (one Changed event, not one per key), once an
    input has the focus (a picker opened by a key mounts its input on a later message)."""
    for _ in range(200):
        if hasattr(pilot.app.focused, "cursor_position"):
            break
        await pilot.pause()
    widget = pilot.app.focused
    assert hasattr(widget, "cursor_position"), f"no input has the focus: {widget!r}"
    widget.value = text
    widget.cursor_position = len(text)
    await pilot.pause()


def record_notes(app: Any) -> list[str]:
    """Every notification the app shows from now on (kept, unlike toasts, which expire)."""
    notes: list[str] = []
    show = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        notes.append(str(message))
        show(message, *args, **kwargs)

    app.notify = notify
    return notes
