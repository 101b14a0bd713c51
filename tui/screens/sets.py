"""`SetsScreen` (`s`): highlight sets of this corpus, their highlights, and orphans.

Choosing a set makes it the active one (new highlights go there); choosing a highlight jumps
to it; `n` creates a set. Orphans (highlights that could not be re-anchored after a document
changed) are listed with the reason, never dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.layout import display_text

if TYPE_CHECKING:
    from tui.highlighting import HighlightController


def _snippet(text: str, width: int = 60) -> str:
    text = " ".join(display_text(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


class SetsScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,s,q", "close", "Close", id="sets-close"),
        Binding("n", "new_set", "New set", id="sets-new"),
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
        self.targets: dict[str, tuple[str, Any]] = {}

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Highlight sets", style="bold"))
            yield OptionList(id="sets")
            yield Static(
                Text(
                    "enter: make set active / jump to highlight · n: new set · escape: close",
                    style="dim",
                )
            )

    def on_mount(self) -> None:
        self.rebuild()
        self.query_one(OptionList).focus()

    def rebuild(self) -> None:
        c = self.controller
        data = c.data
        options: list[Option] = []
        self.targets = {}
        by_set: dict[str, list[Any]] = {}
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
            row = Text("● ", style=Style(color=hs.color or "yellow"))
            row.append(hs.name, style="bold")
            row.append(f"  {len(items)} highlight{'s' if len(items) != 1 else ''}", style="dim")
            if hs.id == c.active:
                row.append("  (active)", style="bold")
            oid = f"set-{len(self.targets)}"
            self.targets[oid] = ("set", hs)
            options.append(Option(row, id=oid))
            for p in items:
                doc = c.app.state.documents[p.doc_index]
                text = Text(f"    {p.doc_index + 1} ", style="bold")
                text.append(_snippet(doc.text[p.start : p.end]))
                if p.highlight.note:
                    text.append(f"  — {_snippet(p.highlight.note, 40)}", style="italic")
                if p.status != "exact":
                    text.append(f"  [{p.status}]", style="dim")
                oid = f"hl-{len(self.targets)}"
                self.targets[oid] = ("highlight", p)
                options.append(Option(text, id=oid))
        if data.orphans:
            options.append(
                Option(
                    Text(f"Orphans ({len(data.orphans)}): could not be placed", style="bold"),
                    disabled=True,
                )
            )
            for o in data.orphans:
                text = Text("    ")
                text.append(_snippet(o.highlight.exact, 50))
                text.append(f"  — {o.reason}", style="dim")
                options.append(Option(text, disabled=True))
        lst = self.query_one(OptionList)
        lst.clear_options()
        lst.add_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        kind, target = self.targets.get(event.option.id or "", ("", None))
        if kind == "set":
            self.controller.set_active(target.id)
            self.app.notify(f"Active set: {target.name}", timeout=1.5, markup=False)
            self.dismiss(None)
        elif kind == "highlight":
            self.dismiss(None)
            doc = target.doc_index
            sentence = self.controller.app.state.documents[doc].sentence_at(target.start)
            if sentence is not None:
                self.controller.app.focus_sentence(doc, sentence.index)

    def action_new_set(self) -> None:
        from tui.screens.prompt import PromptScreen

        def done(name: str | None) -> None:
            if name and name.strip():
                try:
                    self.controller.create_set(name.strip())
                except Exception as err:  # duplicate name etc.: one line
                    self.app.notify(str(err), severity="error", markup=False)
                self.rebuild()

        self.app.push_screen(PromptScreen("New highlight set", placeholder="name"), done)

    def action_close(self) -> None:
        self.dismiss(None)
