"""`DetailScreen` (`enter`): the cursor sentence's passage group across all documents.

For every counterpart it shows the link kind and score and the word-level diff against the
cursor sentence (`Alignment.diff`), as the counterpart reads: its words the cursor sentence
lacks underlined, then the cursor's words it lacks struck through on a second line, so a
spun copy's "deposed" → "imposed" stands out and a paraphrase stays readable
(`reading_diff`), the "why linked" line and the kinds of change (`provenance.change_kinds`).
Links a person made are marked "linked by hand". A cursor (`↓`/`↑`, `j`/`k`) moves over the
counterparts: `x` (or `L`) unlinks the one under it through the reader's corrections controller,
`l` links the sentence with one picked in another column, `enter` goes to the counterpart in
the reader; the view is redrawn when the corrections worker's result arrives, the cursor kept
on the same counterpart. All article text goes in as `Text`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Static

from compare.model import DiffOp, Link, SentenceRef
from readers.textsafe import one_line
from themes.palette import LINK_MARKERS, KindPalette, readable
from tui.keys import key_footer
from tui.layout import display_text
from tui.pane import reader_palette
from tui.screens.corrections import CorrectionsController, pick_link, ref_name
from tui.screens.provenance import change_kinds
from tui.state import ReaderState, plural

REMOVED = "strike red"
ADDED = "underline bold green"
MOVED = "italic bold cyan"

_WORD = re.compile(r"\w[\w'’.,-]*\w|\w")


def _words(text: str) -> list[str]:
    return [m.group().lower() for m in _WORD.finditer(text)]


def languages_differ(state: ReaderState, a: int, b: int) -> bool:
    """True when documents `a` and `b` are in different languages, as the analysis worker
    found when the alignment crossed languages (word diffs between them would mark every
    word)."""
    langs = state.languages
    return langs is not None and a != b and langs[a] != langs[b]


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


class DetailScreen(ModalScreen[SentenceRef | None]):
    """The passage group of the cursor sentence, with a cursor over its counterparts."""

    BINDINGS = [
        Binding("escape,q", "dismiss", "Close", tooltip="Close the detail view", id="detail-close"),
        Binding(
            "j,down",
            "move(1)",
            "Next",
            tooltip="Next counterpart in the detail view",
            id="detail-next",
        ),
        Binding(
            "k,up",
            "move(-1)",
            "Previous",
            tooltip="Previous counterpart in the detail view",
            id="detail-previous",
        ),
        Binding(
            "enter",
            "go",
            "Go to",
            tooltip="Go to the counterpart under the cursor (none: close the detail view)",
            id="detail-go",
        ),
        Binding(
            "l",
            "link",
            "Link",
            tooltip="Link the sentence with one you pick in another column (they say the same)",
            id="detail-link",
        ),
        Binding(
            "x,L",
            "unlink",
            "Unlink",
            tooltip="Unlink the counterpart under the cursor (they do not say the same)",
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
    DetailScreen .counterpart { height: auto; border-left: blank; }
    DetailScreen .counterpart.-cursor { border-left: thick $accent; background: $boost; }
    """

    def __init__(
        self, state: ReaderState, corrections: CorrectionsController | None = None
    ) -> None:
        super().__init__()
        self.state = state
        self.corrections = corrections
        self.ref = state.ref()
        """The sentence whose passage group is shown (the reader's cursor sentence)."""
        self.members: list[SentenceRef] = []
        """The counterparts listed, in order."""
        self.cursor = 0
        """Index into `members` of the counterpart under the cursor."""
        self._keep: SentenceRef | None = None
        """The counterpart the cursor stays on when the view is redrawn."""

    @property
    def current(self) -> SentenceRef | None:
        """The counterpart under the cursor (None when there is none)."""
        return self.members[self.cursor] if self.members else None

    # -- the cursor ---------------------------------------------------------------------------

    def on_mount(self) -> None:
        self._show_cursor(scroll=False)

    def _show_cursor(self, *, scroll: bool = True) -> None:
        for box in self.query(".counterpart"):
            box.set_class(box.id == f"counterpart-{self.cursor}", "-cursor")
        if not scroll or not self.members:
            return
        view = self.query_one(VerticalScroll)
        if self.cursor == 0:
            view.scroll_home(animate=False)
        elif self.cursor == len(self.members) - 1:
            view.scroll_end(animate=False)
        else:
            view.scroll_to_widget(self.query_one(f"#counterpart-{self.cursor}"), animate=False)

    def on_click(self, event: events.Click) -> None:
        """A click on a counterpart puts the cursor on it."""
        node = event.widget
        while node is not None and not (
            isinstance(node, Vertical) and node.has_class("counterpart")
        ):
            node = node.parent if isinstance(node.parent, Widget) else None
        if node is not None and node.id:
            self.cursor = int(node.id.rsplit("-", 1)[1])
            self._show_cursor(scroll=False)

    def action_move(self, step: int) -> None:
        if not self.members:
            return
        self.cursor = max(0, min(len(self.members) - 1, self.cursor + step))
        self._show_cursor()

    def alignment_changed(self) -> None:
        """The alignment changed (a correction was applied): show it, the cursor kept on
        the same counterpart when it is still listed."""
        self._keep = self.current
        self.call_later(self._redraw)

    async def _redraw(self) -> None:
        await self.recompose()
        self._show_cursor()

    # -- the keys -----------------------------------------------------------------------------

    def action_go(self) -> None:
        """Close and put the reader's cursor on the counterpart under the cursor."""
        self.dismiss(self.current)

    def action_link(self) -> None:
        ctl = self._ready()
        if ctl is not None:
            pick_link(self.app, ctl, self.ref, lambda: None)

    def action_unlink(self) -> None:
        """Unlink the counterpart under the cursor (a link a person made: remove it)."""
        ctl = self._ready()
        other = self.current
        if ctl is None:
            return
        if other is None:
            ctl.host.say("This sentence has no link to undo")
            self.app.bell()
            return
        if other not in ctl.unlink_choices(self.ref):
            ctl.host.say(
                f"{ref_name(other)} is in the passage group through another sentence: "
                "move to a direct link to unlink it"
            )
            self.app.bell()
            return
        ctl.unlink(self.ref, other)

    def _ready(self) -> CorrectionsController | None:
        ctl = self.corrections
        if ctl is None:
            self.notify("Corrections are not available here", severity="warning")
            return None
        return ctl if ctl.ready() else None

    # -- the view -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        keep = self._keep
        alignment = self.state.alignment
        self.members = alignment.counterparts(self.ref) if alignment is not None else []
        if keep in self.members:
            self.cursor = self.members.index(keep)
        self.cursor = max(0, min(self.cursor, len(self.members) - 1))
        with VerticalScroll(can_focus=False):
            yield from self._blocks()
        yield key_footer()

    def _blocks(self) -> ComposeResult:
        state = self.state
        ref = self.ref
        doc = state.documents[ref.doc]
        sentence = doc.sentences[ref.sentence]
        palette = reader_palette(self.app)
        base = self.rich_style

        def style(pick: Callable[[KindPalette], Style]) -> Style:
            return readable(pick(palette), base) if palette is not None else Style()

        alignment = state.alignment
        members = self.members
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
        for i, other in enumerate(members):
            yield Vertical(
                *self._counterpart(other, direct.get(other), style),
                id=f"counterpart-{i}",
                classes="counterpart -cursor" if i == self.cursor else "counterpart",
            )
        if not members:
            yield Static(Text("\nl links · escape closes", style="dim"))
            return
        legend = Text("\n")
        legend.append("added", style=ADDED)
        legend.append(": words the cursor sentence does not have  ", style="dim")
        legend.append("moved", style=MOVED)
        legend.append(": words both have, in another place  ", style="dim")
        legend.append("removed", style=REMOVED)
        legend.append(": words only the cursor sentence has", style="dim")
        legend.append("\n↓ ↑ counterparts · enter goes to it · l links", style="dim")
        legend.append(" · x unlinks it" if direct else "", style="dim")
        legend.append(" · escape closes", style="dim")
        yield Static(legend)

    def _counterpart(
        self,
        other: SentenceRef,
        link: Link | None,
        style: Callable[[Callable[[KindPalette], Style]], Style],
    ) -> list[Static]:
        """The lines of one counterpart: its head (kind, score, "linked by hand"), its text
        as it reads against the cursor sentence, why it is linked and what changed."""
        state, ref, alignment = self.state, self.ref, self.state.alignment
        odoc = state.documents[other.doc]
        head = Text(f"{other.doc + 1} {one_line(odoc.label)}", style="bold reverse")
        head.append(f"  sentence {other.sentence + 1}  ", style="dim")
        if link is not None:
            head.append(
                f"{LINK_MARKERS[link.kind]} {link.kind} {link.score:.2f}",
                style=style(partial(_marker, link.kind)),
            )
            if link.partial:
                head.append("  one clause: one of the two says more", style="italic")
            if link.pinned:
                head.append("  linked by hand", style="bold")
        else:
            head.append("~ same passage group (no direct link)", style="dim")
        out = [Static(head, classes="block")]
        pair = link
        if pair is None:
            a, b = sorted((ref, SentenceRef(other.doc, other.sentence)))
            pair = Link(a, b, 0.0, "paraphrase")
        body = Text(display_text(odoc.sentences[other.sentence].text))
        if languages_differ(state, ref.doc, other.doc):
            body.append("\n")
            body.append("  in another language: no word diff", style="dim")
        elif alignment is not None:
            try:
                diff = alignment.diff(pair)
                body = reading_diff(diff.ops, cursor_is_a=pair.a == ref)
            except (LookupError, ValueError):  # diff unavailable: show the plain text
                pass
        sentence_line, *notes = body.split("\n")
        out.append(Static(sentence_line))
        notes.append(why_linked(state, ref, other, link))
        changes = change_kinds(state, ref, other)
        if changes is not None:
            notes.append(changes)
        out += [_note(note) for note in notes if note.plain.strip()]
        return out
