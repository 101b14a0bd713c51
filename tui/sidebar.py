"""`FactSidebar`: figures, dates, entities and quotes grouped by kind, conflicts first.

Each row shows one marker per document (filled where that article states the fact) and the
fact's label. Choosing a row (enter or click) highlights every mention in every pane and
jumps to the next one; choosing it again jumps on. Labels are article text: built as `Text`.

| key | action |
| --- | --- |
| `enter` | highlight this fact's mentions and jump to the next one |
| `escape` | back to the panes |
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facts.model import KIND_TITLES, Conflict, Fact
from readers.textsafe import one_line
from themes.palette import readable
from tui.messages import FactChosen
from tui.pane import reader_palette
from tui.state import ReaderState, plural

MAX_PER_KIND = 200


def conflict_text(conflict: Conflict) -> str:
    """What each side says, with documents numbered as the columns are (from 1).

    The engine's own description numbers documents from 0, which would contradict the
    column headers. Labels are article text: control characters come out visible."""
    if not conflict.facts:
        return one_line(conflict.description)
    sides = [
        f"{'+'.join(str(d + 1) for d in f.docs)}: “{one_line(f.label)}”" for f in conflict.facts
    ]
    return f"{conflict.kind} differs · " + " vs ".join(sides)


class FactList(OptionList):
    BINDINGS = [
        Binding(
            "escape",
            "screen.focus_panes",
            "Back to columns",
            tooltip="Back to the columns",
            id="sidebar-back",
        ),
        Binding(
            "enter",
            "select",
            "Light mentions",
            tooltip="Light every mention, jump to the next (again: the one after)",
            id="sidebar-choose",
        ),
    ]


class FactSidebar(Vertical):
    DEFAULT_CSS = """
    FactSidebar {
        dock: right;
        width: 40;
        max-width: 45%;
        height: 1fr;
        display: none;
        border-left: vkey $panel-lighten-2;
    }
    FactSidebar > Static { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    FactSidebar > OptionList, FactSidebar > OptionList:focus { height: 1fr; border: none; padding: 0; }
    FactSidebar:focus-within > Static { background: $accent; color: $background; }
    FactSidebar.-overlay { dock: none; position: absolute; background: $surface; }
    """

    def __init__(self, state: ReaderState) -> None:
        super().__init__(id="sidebar")
        self.state = state

    def compose(self) -> ComposeResult:
        yield Static("Facts", id="sidebar-title")
        yield FactList(id="fact-list")

    def focus_list(self) -> None:
        self.query_one(FactList).focus()

    def _markers(self, docs: tuple[int, ...]) -> Text:
        n = len(self.state.documents)
        shown = min(n, 12)
        text = Text()
        for d in range(shown):
            text.append("●" if d in docs else "·", style="bold" if d in docs else "dim")
        return text

    def rebuild(self) -> None:
        table = self.state.facts
        if table is None:
            return
        options: list[Option | None] = []
        palette = reader_palette(self.app)
        base = self.query_one(FactList).rich_style
        shown = min(len(self.state.documents), 12)
        legend = Text("".join(str((d + 1) % 10) for d in range(shown)), style="bold")
        legend.append(" ← which documents state it", style="dim")
        options.append(Option(legend, disabled=True))
        if table.conflicts:
            title = f"Conflicts ({len(table.conflicts)})"
            options.append(Option(Text(title, style="bold"), disabled=True))
            for i, conflict in enumerate(table.conflicts):
                prompt = self._markers(tuple(conflict.docs))
                if palette is not None:
                    prompt.append(" ! ", style=readable(palette.conflict, base))
                else:
                    prompt.append(" ! ")
                description = conflict_text(conflict)
                if len(description) > 200:
                    description = description[:199] + "…"
                prompt.append(" " + description)
                key = conflict.facts[0].key if conflict.facts else ""
                options.append(Option(prompt, id=f"conflict\x00{i}\x00{key}"))
        by_kind: dict[str, list[Fact]] = {}
        for fact in table.facts:
            by_kind.setdefault(fact.kind, []).append(fact)
        for kind, facts in by_kind.items():
            facts.sort(key=lambda f: (-len(f.docs), f.label.lower()))
            title = f"{KIND_TITLES.get(kind, kind.title())} ({len(facts)})"
            options.append(Option(Text(title, style="bold"), disabled=True))
            for fact in facts[:MAX_PER_KIND]:
                prompt = self._markers(fact.docs)
                prompt.append(" ")
                label = Text(one_line(fact.label))
                if palette is not None:
                    disputed = fact.key in self.state.conflict_keys
                    style = palette.conflict if disputed else palette.fact(kind)
                    label.stylize(readable(style, base))
                prompt.append_text(label)
                options.append(Option(prompt, id=f"fact\x00{fact.key}"))
        fact_list = self.query_one(FactList)
        fact_list.clear_options()
        fact_list.add_options(options)
        n, k = len(table.facts), len(table.conflicts)
        self.query_one("#sidebar-title", Static).update(
            Text(f"Facts · {n} · {plural(k, 'conflict')}")
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        oid = event.option.id or ""
        key = oid.rsplit("\x00", 1)[-1]
        if key:
            self.post_message(FactChosen(key))
