"""`DetailScreen` (`enter`): the cursor sentence's passage group across all documents.

For every counterpart it shows the link kind and score and the word-level diff against the
cursor sentence (`Alignment.diff`), as the counterpart reads: its words the cursor sentence
lacks underlined, then the cursor's words it lacks struck through on a second line, so a
spun copy's "deposed" → "imposed" stands out and a paraphrase stays readable
(`reading_diff`). All article text goes in as `Text`.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from themes import palette_for
from themes.palette import LINK_MARKERS
from tui.layout import display_text
from tui.state import ReaderState

REMOVED = "strike red"
ADDED = "underline bold green"


def reading_diff(ops: Any, cursor_is_a: bool) -> Text:
    """The counterpart as it reads, its own words marked, then what only the cursor had.

    Interleaving both sentences (as `git diff --word-diff` does) is unreadable for
    paraphrases, where most words change; here the counterpart stays a sentence: the words the cursor sentence
    lacks are marked as added, and the cursor's words it lacks follow on a second line.
    """
    text = Text()
    missing: list[str] = []
    for op in ops:
        old, new = (op.a_text, op.b_text) if cursor_is_a else (op.b_text, op.a_text)
        tag = op.tag
        if not cursor_is_a and tag in ("insert", "delete"):
            tag = "delete" if tag == "insert" else "insert"
        if tag == "equal":
            text.append(display_text(new))
        if tag in ("insert", "replace"):
            text.append(display_text(new), style=ADDED)
        if tag in ("delete", "replace") and old.strip():
            missing.append(" ".join(display_text(old).split()))
    if missing:
        text.append("\n  only in the cursor sentence: ", style="dim")
        for i, chunk in enumerate(missing):
            if i:
                text.append(" · ", style="dim")
            text.append(chunk, style=REMOVED)
    return text


class DetailScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,enter,q", "dismiss", "Close", id="detail-close")]
    DEFAULT_CSS = """
    DetailScreen { align: center middle; }
    DetailScreen > VerticalScroll {
        width: 90%; height: 90%; border: round $accent; background: $surface; padding: 0 1;
    }
    DetailScreen .block { margin: 1 0 0 0; }
    DetailScreen .title { text-style: bold; }
    """

    def __init__(self, state: ReaderState) -> None:
        super().__init__()
        self.state = state

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield from self._blocks()

    def _blocks(self) -> ComposeResult:
        from compare.model import Link, SentenceRef

        state = self.state
        ref = state.ref()
        doc = state.documents[ref.doc]
        sentence = doc.sentences[ref.sentence]
        theme = self.app.current_theme
        p = palette_for(theme.name, dark=theme.dark)
        alignment = state.alignment
        members = alignment.counterparts(ref) if alignment is not None else []
        ndocs = len({m.doc for m in members})
        title = Text("Passage group", style="bold")
        if alignment is None:
            title.append(" · alignment still running", style="dim")
        else:
            title.append(
                f" · {len(members)} counterpart{'s' if len(members) != 1 else ''} in {ndocs} other document{'s' if ndocs != 1 else ''}"
            )
        yield Static(title, classes="title")
        head = Text(f"{ref.doc + 1} {doc.label}", style="bold reverse")
        head.append(f"  sentence {ref.sentence + 1}", style="dim")
        yield Static(head, classes="block")
        yield Static(Text(display_text(sentence.text), style=p.cursor))
        if alignment is not None and not members:
            yield Static(
                Text("No counterpart in any other document (unique).", style=p.unique),
                classes="block",
            )
        direct = {lk.other(ref): lk for lk in alignment.links_of(ref)} if alignment else {}
        for other in members:
            odoc = state.documents[other.doc]
            link = direct.get(other)
            head = Text(f"{other.doc + 1} {odoc.label}", style="bold reverse")
            head.append(f"  sentence {other.sentence + 1}  ", style="dim")
            if link is not None:
                head.append(
                    f"{LINK_MARKERS[link.kind]} {link.kind} {link.score:.2f}",
                    style=p.link_markers[link.kind],
                )
            else:
                head.append("~ same passage group (no direct link)", style="dim")
            yield Static(head, classes="block")
            pair = link
            if pair is None:
                a, b = sorted((ref, SentenceRef(other.doc, other.sentence)))
                pair = Link(a, b, 0.0, "paraphrase")
            try:
                diff = alignment.diff(pair)  # type: ignore[union-attr]
                body = reading_diff(diff.ops, cursor_is_a=pair.a == ref)
            except Exception:  # diff unavailable: show the plain text
                body = Text(display_text(odoc.sentences[other.sentence].text))
            yield Static(body)
        legend = Text("\n")
        legend.append("added", style=ADDED)
        legend.append(": words the cursor sentence does not have  ", style="dim")
        legend.append("removed", style=REMOVED)
        legend.append(": words only the cursor sentence has · escape closes", style="dim")
        yield Static(legend)
