"""`SetsScreen` (`s`): highlight sets of this corpus, their highlights, and orphans.

Choosing a set makes it the active one (new highlights go there); choosing a highlight jumps
to it; `n` creates a set. Orphans (highlights that could not be re-anchored after a document
changed) are listed with the reason, never dropped. `r` (or `enter` on an orphan) re-places
an orphan, or a highlight placed unsurely ("moved? check"), on a whole sentence picked from a
list (the `SentencePicker` of the `l` key): same highlight, note and set, new selectors.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from compare.model import SentenceRef
from highlights.model import Highlight, HighlightSet, Orphan, PlacedHighlight
from highlights.resolve import DocumentIndex
from readers import Document
from readers.textsafe import one_line
from themes.palette import safe_color
from tui.highlighting import HighlightController, StoreFailure
from tui.keys import key_footer
from tui.state import plural


def _snippet(text: str, width: int = 60) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def replace_choices(highlight: Highlight, documents: Sequence[Document]) -> list[SentenceRef]:
    """Sentences a highlight can be re-placed on, the most like its quote first: those of its
    own document when that is open, else of every open document."""
    from compare.aligner import similarity

    index = DocumentIndex(documents).find(highlight)
    docs = range(len(documents)) if index is None else [index]
    out = [SentenceRef(d, s.index) for d in docs for s in documents[d].sentences]
    score = {
        r: similarity(highlight.exact, documents[r.doc].sentences[r.sentence].text) for r in out
    }
    return sorted(out, key=lambda r: (-score[r], r))


class SetsScreen(ModalScreen[tuple[int, int] | None]):
    """Dismisses with the (document, sentence) of the highlight chosen, else None."""

    BINDINGS = [
        Binding("escape,s,q", "close", "Close", tooltip="Close", id="sets-close"),
        Binding(
            "n",
            "new_set",
            "New set",
            tooltip="Make a new highlight set",
            id="sets-new",
            priority=True,  # the prompt opens while `n` is handled: no typed key is lost
        ),
        Binding(
            "r",
            "replace",
            "Re-place",
            tooltip="Re-place the orphan or “moved? check” highlight under the cursor on a "
            "sentence you pick; its note and set stay",
            id="sets-replace",
        ),
    ]
    DEFAULT_CSS = """
    SetsScreen { align: center middle; }
    SetsScreen > Vertical {
        width: 90%; height: 85%; border: round $accent; background: $surface;
    }
    SetsScreen Static { padding: 0 1; height: auto; }
    SetsScreen OptionList { height: 1fr; border: none; }
    """

    def __init__(self, controller: HighlightController) -> None:
        super().__init__()
        self.controller = controller
        self.sets: dict[str, HighlightSet] = {}
        self.items: dict[str, PlacedHighlight] = {}
        self.orphans: dict[str, Orphan] = {}

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Highlight sets", style="bold"))
            yield OptionList(id="sets")
            yield Static(
                Text(
                    "enter: make set active / jump to highlight · n: new set · "
                    "r: re-place an orphan or “moved? check” highlight · escape: close",
                    style="dim",
                )
            )
        yield key_footer()

    def on_mount(self) -> None:
        self.rebuild()
        self.query_one(OptionList).focus()

    def rebuild(self) -> None:
        c = self.controller
        data = c.data
        options: list[Option] = []
        self.sets, self.items, self.orphans = {}, {}, {}
        by_set: dict[str, list[PlacedHighlight]] = {}
        for p in data.placed:
            by_set.setdefault(p.highlight.set_id, []).append(p)
        if not data.sets:
            options.append(
                Option(
                    Text("No sets yet: press n to create one, or h to highlight.", style="dim"),
                    disabled=True,
                )
            )
        for hs in data.sets:
            items = by_set.get(hs.id, [])
            row = Text("● ", style=Style(color=safe_color(hs.color, "#E0A458")))
            row.append(one_line(hs.name), style="bold")
            row.append(f"  {plural(len(items), 'highlight')}", style="dim")
            if hs.id == c.active:
                row.append("  (active)", style="bold")
            oid = f"set-{len(self.sets)}"
            self.sets[oid] = hs
            options.append(Option(row, id=oid))
            for p in items:
                doc = c.state.documents[p.doc_index]
                text = Text(f"    {p.doc_index + 1} ", style="bold")
                text.append(_snippet(doc.text[p.start : p.end]))
                if p.highlight.note:
                    text.append(f"  — {_snippet(p.highlight.note, 40)}", style="italic")
                if p.status == "check":
                    text.append("  [moved? check]", style="bold")
                elif p.status != "exact":
                    text.append(f"  [{p.status}]", style="dim")
                oid = f"hl-{len(self.items)}"
                self.items[oid] = p
                options.append(Option(text, id=oid))
        if data.orphans:
            options.append(
                Option(
                    Text(
                        f"Orphans ({len(data.orphans)}): not placed (r re-places one)",
                        style="bold",
                    ),
                    disabled=True,
                )
            )
            for o in data.orphans:
                text = Text("    ")
                text.append(_snippet(o.highlight.exact, 50))
                if o.highlight.note:
                    text.append(f"  — {_snippet(o.highlight.note, 30)}", style="italic")
                text.append(f"  — {one_line(o.reason)}", style="dim")
                oid = f"orphan-{len(self.orphans)}"
                self.orphans[oid] = o
                options.append(Option(text, id=oid))
        lst = self.query_one(OptionList)
        lst.clear_options()
        lst.add_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        oid = event.option.id or ""
        if oid in self.sets:
            hs = self.sets[oid]
            self.controller.set_active(hs.id)
            self.controller.host.say(f"Active set: {hs.name}", timeout=1.5)
            self.dismiss(None)
        elif oid in self.items:
            placed = self.items[oid]
            sentence = self.controller.state.documents[placed.doc_index].sentence_at(placed.start)
            self.dismiss(None if sentence is None else (placed.doc_index, sentence.index))
        elif oid in self.orphans:
            self._replace(self.orphans[oid].highlight)

    def action_replace(self) -> None:
        lst = self.query_one(OptionList)
        index = lst.highlighted
        oid = (lst.get_option_at_index(index).id or "") if index is not None else ""
        if oid in self.orphans:
            self._replace(self.orphans[oid].highlight)
        elif oid in self.items and self.items[oid].status == "check":
            self._replace(self.items[oid].highlight)
        else:
            self.controller.host.say(
                "r re-places an orphan or a “moved? check” highlight: put the cursor on one",
                timeout=3,
            )
            self.app.bell()

    def _replace(self, highlight: Highlight) -> None:
        """Pick a sentence and re-place `highlight` on it; escape in the picker comes back
        here, a re-placed highlight closes this window with the cursor on it."""
        from tui.screens.corrections import SentencePicker

        state = self.controller.state
        choices = replace_choices(highlight, state.documents)
        if not choices:
            self.controller.host.say("No sentence to re-place it on", warning=True)
            return

        def done(ref: SentenceRef | None) -> None:
            if ref is None:
                return
            if self.controller.replace(highlight.id, ref.doc, ref.sentence):
                self.dismiss((ref.doc, ref.sentence))
            else:
                self.rebuild()

        title = f"Re-place “{_snippet(highlight.exact, 50)}” on… (the whole sentence)"
        self.app.push_screen(SentencePicker(title, state, choices), done)

    def action_new_set(self) -> None:
        from tui.screens.prompt import PromptScreen

        def done(name: str | None) -> None:
            if name and name.strip():
                try:
                    self.controller.create_set(name.strip())
                except StoreFailure as err:  # duplicate name, disk full: one line
                    self.controller.host.say(str(err), warning=True, timeout=6)
                self.rebuild()

        self.app.push_screen(PromptScreen("New highlight set", placeholder="name"), done)

    def action_close(self) -> None:
        self.dismiss(None)
