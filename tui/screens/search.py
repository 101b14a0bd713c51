"""`SearchScreen` (`/`): find text in every pane; pick a hit to jump there.

Results list one row per matching sentence (document number, then the sentence with the
match marked). The query then stays highlighted in the panes.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.layout import display_text
from tui.screens.prompt import KeyQueue
from tui.state import ReaderState, plural

MAX_RESULTS = 300


def find(state: ReaderState, query: str) -> list[tuple[int, int]]:
    """(doc, sentence) of every visible sentence containing `query` (case-insensitive)."""
    needle = query.lower().strip()
    if not needle:
        return []
    out = []
    for d, doc in enumerate(state.documents):
        for s in doc.sentences:
            if state.visible(d, s.index) and needle in s.text.lower():
                out.append((d, s.index))
                if len(out) >= MAX_RESULTS:
                    return out
    return out


class SearchScreen(KeyQueue, ModalScreen[tuple[str, int, int] | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Close the search", id="search-cancel"),
        Binding(
            "down",
            "focus_results",
            "Results",
            show=False,
            tooltip="Select the next hit",
            id="search-results",
        ),
    ]
    DEFAULT_CSS = """
    SearchScreen { align: center top; }
    SearchScreen > Vertical {
        width: 90%; height: 80%; margin-top: 2; border: round $accent; background: $surface;
    }
    SearchScreen Static { height: 1; padding: 0 1; color: $text-muted; }
    SearchScreen OptionList { height: 1fr; border: none; }
    """

    def __init__(self, state: ReaderState) -> None:
        super().__init__()
        self.state = state
        self.hits: list[tuple[int, int]] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Input(value=self.state.search, placeholder="search all documents", id="query")
            yield Static(
                "type to search · enter jumps to the first hit · ↓ picks another", id="count"
            )
            yield OptionList(id="hits")

    def on_mount(self) -> None:
        if self.state.search:
            self._update(self.state.search)
        self.take_queued_keys(self.query_one(Input))

    def on_input_changed(self, event: Input.Changed) -> None:
        self._update(event.value)

    def _update(self, query: str) -> None:
        self.hits = find(self.state, query)
        results = self.query_one(OptionList)
        results.clear_options()
        needle = query.lower().strip()
        options = []
        width = max(20, self.app.size.width - 20)
        for d, i in self.hits:
            sentence = " ".join(display_text(self.state.documents[d].sentences[i].text).split())
            start = sentence.lower().find(needle)
            lo = max(0, min(start - width // 3, len(sentence) - width))
            snippet = sentence[lo : lo + width]
            prefix = "…" if lo > 0 else " "
            suffix = "…" if lo + width < len(sentence) else ""
            text = Text(f"{d + 1} ", style="bold reverse")
            body = Text(prefix + snippet + suffix)
            at = body.plain.lower().find(needle)
            if at >= 0:
                body.stylize("reverse bold", at, at + len(needle))
            text.append_text(body)
            options.append(Option(text))
        results.add_options(options)
        label = plural(len(self.hits), "sentence") if needle else ""
        self.query_one("#count", Static).update(Text(label))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self.hits:
            d, i = self.hits[0]
            self.dismiss((event.value.strip(), d, i))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        d, i = self.hits[event.option_index]
        self.dismiss((self.query_one(Input).value.strip(), d, i))

    def action_focus_results(self) -> None:
        """Into the hit list with the first hit selected (↓ ↑ then move, enter jumps)."""
        results = self.query_one(OptionList)
        results.focus()
        if results.option_count and results.highlighted is None:
            results.highlighted = 0

    def action_cancel(self) -> None:
        self.dismiss(None)
