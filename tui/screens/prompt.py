"""`PromptScreen`: a one-line text prompt (highlight note, new set name), and `KeyQueue`, which
keeps what is typed while a window opens.

Keys pressed between the key that opens a window and the moment its input has focus would
otherwise go nowhere; `KeyQueue` holds the printable ones and types them into the input as
soon as it is focused, so typing `/` and a search word at once loses nothing.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class KeyQueue:
    """Mixin for a screen with an input: keys typed before the input has focus go into it."""

    _queued: list[str] | None = None
    """Characters typed while the input was not focused yet; None once it is."""

    def on_key(self, event: events.Key) -> None:
        """A printable key that reached the screen itself: into the input, or queued until
        the input is there."""
        if event.character is None or not event.is_printable:
            return
        event.stop()
        event.prevent_default()
        focused = self.focused if isinstance(self, ModalScreen) else None
        if isinstance(focused, Input):
            focused.insert_text_at_cursor(event.character)
            return
        if self._queued is None:
            self._queued = []
        self._queued.append(event.character)

    def take_queued_keys(self, target: Input) -> None:
        """Focus `target` and type the queued characters into it."""
        target.focus()
        if self._queued:
            target.insert_text_at_cursor("".join(self._queued))
        self._queued = None


class PromptScreen(KeyQueue, ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", tooltip="Cancel", id="prompt-cancel")]
    DEFAULT_CSS = """
    PromptScreen { align: center middle; }
    PromptScreen > Vertical {
        width: 70; max-width: 100%; height: auto; border: round $accent; background: $surface;
    }
    PromptScreen Static { padding: 0 1; }
    """

    def __init__(self, title: str, value: str = "", *, placeholder: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text, style="bold"))
            yield Input(value=self.value, placeholder=self.placeholder)
            yield Static(Text("enter saves · escape cancels", style="dim"))

    def on_mount(self) -> None:
        self.take_queued_keys(self.query_one(Input))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
