"""`DetailScreen` (`enter`): the cursor sentence's passage group across all documents.

For every counterpart it shows the link kind and score and the word-level diff against the
cursor sentence (`Alignment.diff`), as the counterpart reads: its words the cursor sentence
lacks underlined, then the cursor's words it lacks struck through on a second line, so a
spun copy's "deposed" → "imposed" stands out and a paraphrase stays readable
(`reading_diff`), the "why linked" line and the kinds of change (`provenance.change_kinds`).
Links a person made are marked "linked by hand"; `x` unlinks a counterpart through the reader's
corrections controller (asking which when there are several). All article text goes in as
`Text`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from compare.model import DiffOp, Link, SentenceRef
from readers.textsafe import one_line
from themes.palette import LINK_MARKERS, KindPalette, readable
from tui.layout import display_text
from tui.pane import reader_palette
from tui.screens.corrections import CorrectionsController, SentencePicker, ref_name
from tui.screens.provenance import change_kinds
from tui.state import ReaderState, plural

REMOVED = "strike red"
ADDED = "underline bold green"
MOVED = "italic bold cyan"

_WORD = re.compile(r"\w[\w'’.,-]*\w|\w")


def _words(text: str) -> list[str]:
    return [m.group().lower() for m in _WORD.finditer(text)]


def reading_diff(ops: Sequence[DiffOp], cursor_is_a: bool) -> Text:
    """The counterpart as it reads, its own words marked, then what only the cursor had.

    Interleaving both sentences (as `git diff --word-diff` does) is unreadable for
    paraphrases, where most words change; here the counterpart stays a sentence: the words
    the cursor sentence lacks are marked as added, words both have in another place are
    marked as moved (not as added and removed), and the cursor's words it lacks follow on a
    second line.
    """
    sides: list[tuple[str, str, str]] = []
    for op in ops:
        old, new = (op.a_text, op.b_text) if cursor_is_a else (op.b_text, op.a_text)
        tag: str = op.tag
        if not cursor_is_a and tag in ("insert", "delete"):
            tag = "delete" if tag == "insert" else "insert"
        sides.append((tag, old, new))
    added = [w for tag, _, new in sides if tag in ("insert", "replace") for w in _words(new)]
    removed = [w for tag, old, _ in sides if tag in ("delete", "replace") for w in _words(old)]
    moved = set(added) & set(removed)
    text = Text()
    missing: list[str] = []
    for tag, old, new in sides:
        if tag == "equal":
            text.append(display_text(new))
        if tag in ("insert", "replace"):
            _append_words(text, display_text(new), moved)
        if tag in ("delete", "replace") and old.strip():
            words = display_text(old).split()
            kept = [w for w in words if _WORD.search(w) and _key(w) not in moved]
            if kept:
                missing.append(" ".join(kept))
    if missing:
        text.append("\n  only in the cursor sentence: ", style="dim")
        for i, chunk in enumerate(missing):
            if i:
                text.append(" · ", style="dim")
            text.append(chunk, style=REMOVED)
    return text


def _key(word: str) -> str:
    found = _words(word)
    return found[0] if found else ""


def _append_words(text: Text, chunk: str, moved: set[str]) -> None:
    """`chunk` as added words, except words the cursor sentence has elsewhere (moved)."""
    at = 0
    for m in re.finditer(r"\S+", chunk):
        text.append(chunk[at : m.start()])
        word = m.group()
        text.append(word, style=MOVED if _key(word) in moved else ADDED)
        at = m.end()
    text.append(chunk[at:])


def why_linked(state: ReaderState, ref: SentenceRef, other: SentenceRef, link: Link | None) -> Text:
    """One line a reader can judge a link by: the scorer and its score, the facts (names,
    figures, dates) both sentences state, and the longer words they share."""
    a = state.documents[ref.doc].sentences[ref.sentence]
    b = state.documents[other.doc].sentences[other.sentence]
    line = Text("  why linked: ", style="dim")
    if link is not None:
        line.append(f"{state.scorer} score {link.score:.2f} ({link.kind})")
        if link.merged:
            line.append(", half of a 2:1 merge")
    else:
        line.append("same passage group")
    keys_a = {m.key for m in state.fact_marks_at[ref.doc].get(ref.sentence, ())}
    keys_b = {m.key for m in state.fact_marks_at[other.doc].get(other.sentence, ())}
    names = {f.key: f.label for f in state.facts.facts} if state.facts is not None else {}
    labels = sorted({names.get(key, key.split(":", 1)[-1]) for key in keys_a & keys_b})
    if labels:
        line.append(" · shared facts: ")
        line.append(", ".join(one_line(x) for x in labels[:6]), style="bold")
    common = [w for w in dict.fromkeys(_words(a.text)) if len(w) > 3 and w in set(_words(b.text))]
    if common:
        line.append(f" · {plural(len(common), 'shared word')}: ")
        line.append(", ".join(one_line(w) for w in common[:8]), style="italic")
    return line


def _note(line: Text) -> Static:
    """A line about a counterpart, wrapped under its own start (a hanging indent)."""
    indent = len(line.plain) - len(line.plain.lstrip(" "))
    return Static(line[indent:], classes="note")


def _marker(kind: str, palette: KindPalette) -> Style:
    return palette.link_markers[kind]


class DetailScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,enter,q", "dismiss", "Close", id="detail-close"),
        Binding(
            "x",
            "unlink",
            "Unlink",
            tooltip="Unlink a counterpart of the cursor sentence (these do not say the same)",
            id="detail-unlink",
        ),
    ]
    DEFAULT_CSS = """
    DetailScreen { align: center middle; }
    DetailScreen > VerticalScroll {
        width: 90%; height: 90%; border: round $accent; background: $surface; padding: 0 1;
    }
    DetailScreen .block { margin: 1 0 0 0; }
    DetailScreen .title { text-style: bold; }
    DetailScreen .note { padding: 0 0 0 2; }
    """

    def __init__(
        self, state: ReaderState, corrections: CorrectionsController | None = None
    ) -> None:
        super().__init__()
        self.state = state
        self.corrections = corrections

    def action_unlink(self) -> None:
        """Unlink a directly linked counterpart (the only one, or the one picked)."""
        ctl = self.corrections
        if ctl is None:
            self.notify("Corrections are not available here", severity="warning")
            return
        if not ctl.ready():
            return
        ref = self.state.ref()
        choices = ctl.unlink_choices(ref)
        if not choices:
            self.notify("This sentence has no link to undo")
            self.app.bell()
            return

        def done(other: SentenceRef | None) -> None:
            if other is not None and ctl.unlink(ref, other):
                self.refresh(recompose=True)

        if len(choices) == 1:
            done(choices[0])
            return
        title = f"Unlink {ref_name(ref)} from… (these do not say the same)"
        self.app.push_screen(SentencePicker(title, self.state, choices), done)

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield from self._blocks()

    def _blocks(self) -> ComposeResult:
        state = self.state
        ref = state.ref()
        doc = state.documents[ref.doc]
        sentence = doc.sentences[ref.sentence]
        palette = reader_palette(self.app)
        base = self.rich_style

        def style(pick: Callable[[KindPalette], Style]) -> Style:
            return readable(pick(palette), base) if palette is not None else Style()

        alignment = state.alignment
        members = alignment.counterparts(ref) if alignment is not None else []
        ndocs = len({m.doc for m in members})
        title = Text("Passage group", style="bold")
        if alignment is None:
            title.append(" · alignment still running", style="dim")
        elif members:
            title.append(
                f" · {plural(len(members), 'counterpart')} in {ndocs} other"
                f" document{'s' if ndocs != 1 else ''}"
            )
        yield Static(title, classes="title")
        head = Text(f"{ref.doc + 1} {one_line(doc.label)}", style="bold reverse")
        head.append(f"  sentence {ref.sentence + 1}", style="dim")
        yield Static(head, classes="block")
        yield Static(Text(display_text(sentence.text), style=style(lambda p: p.cursor)))
        if alignment is not None and not members:
            yield Static(
                Text(
                    "No counterpart in any other document (unique).",
                    style=style(lambda p: p.unique),
                ),
                classes="block",
            )
        direct = {lk.other(ref): lk for lk in alignment.links_of(ref)} if alignment else {}
        for other in members:
            odoc = state.documents[other.doc]
            link = direct.get(other)
            head = Text(f"{other.doc + 1} {one_line(odoc.label)}", style="bold reverse")
            head.append(f"  sentence {other.sentence + 1}  ", style="dim")
            if link is not None:
                head.append(
                    f"{LINK_MARKERS[link.kind]} {link.kind} {link.score:.2f}",
                    style=style(partial(_marker, link.kind)),
                )
                if link.pinned:
                    head.append("  linked by hand", style="bold")
            else:
                head.append("~ same passage group (no direct link)", style="dim")
            yield Static(head, classes="block")
            pair = link
            if pair is None:
                a, b = sorted((ref, SentenceRef(other.doc, other.sentence)))
                pair = Link(a, b, 0.0, "paraphrase")
            body = Text(display_text(odoc.sentences[other.sentence].text))
            if alignment is not None:
                try:
                    diff = alignment.diff(pair)
                    body = reading_diff(diff.ops, cursor_is_a=pair.a == ref)
                except (LookupError, ValueError):  # diff unavailable: show the plain text
                    pass
            sentence_line, *notes = body.split("\n")
            yield Static(sentence_line)
            notes.append(why_linked(state, ref, other, link))
            changes = change_kinds(state, ref, other)
            if changes is not None:
                notes.append(changes)
            for note in notes:
                if note.plain.strip():
                    yield _note(note)
        if not members:
            yield Static(Text("\nescape closes", style="dim"))
            return
        legend = Text("\n")
        legend.append("added", style=ADDED)
        legend.append(": words the cursor sentence does not have  ", style="dim")
        legend.append("moved", style=MOVED)
        legend.append(": words both have, in another place  ", style="dim")
        legend.append("removed", style=REMOVED)
        legend.append(": words only the cursor sentence has", style="dim")
        legend.append(" · x unlinks" if direct else "", style="dim")
        legend.append(" · escape closes", style="dim")
        yield Static(legend)
