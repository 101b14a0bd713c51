"""The samestory Textual app (placeholder until the reader lands)."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

from readers import Corpus


class SameStoryApp(App[None]):
    TITLE = "samestory"
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus

    def compose(self) -> ComposeResult:
        yield Header()
        names = "\n".join(d.label for d in self.corpus.documents)
        yield Static(Text(f"{len(self.corpus.documents)} documents\n{names}"))
        yield Footer()


def run_app(corpus: Corpus) -> int:
    SameStoryApp(corpus).run()
    return 0
