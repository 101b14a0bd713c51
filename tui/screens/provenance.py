"""`ProvenanceScreen` (`p`): what each outlet changed, and which article is the source of which.

A table with one row per document (date, outlet, likely source, and how many statements it
shares, adds, drops and changes), the lineage evidence of the highlighted document, and the
list of its changes (figures, dates, names, attribution, quotes, hedging, intensity, order,
credits), then the sentences only it has and those it dropped from its source. `enter` on an
item closes the screen with `(doc, sentence)` of the sentence involved in the highlighted
document (`o`: in the other document), for the reader to jump to. The analysis is
`provenance.provenance(alignment, table)`, run in a thread worker; all article text goes in
as `Text` with control characters made visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from provenance.model import CHANGE_TITLES, UNKNOWN, Provenance
from readers.textsafe import one_line
from tui.keys import key_footer

Target = tuple[int, int]
"""(document index, sentence index) to jump to."""

KIND_STYLE = "bold"
DIM = "dim"


@dataclass(frozen=True)
class Entry:
    """One line of the change list and where it leads."""

    text: Text
    here: Target | None
    """The sentence in the highlighted document (or the only one involved)."""
    other: Target | None
    """The sentence in the other document, when there is one."""


def _doc_name(prov: Provenance, doc: int) -> str:
    return f"{doc + 1} {one_line(prov.documents[doc].label)}"


def _where(doc: int, sentences: Sequence[int]) -> str:
    if not sentences:
        return str(doc + 1)
    return f"{doc + 1}:{'+'.join(str(s + 1) for s in sentences)}"


LABEL_WIDTH = 28
"""Cells of the outlet and source columns (longer labels end in "…")."""


def _short(text: str, width: int = LABEL_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def source_label(prov: Provenance, doc: int) -> str:
    source = prov.lineage.sources[doc]
    if isinstance(source, int):
        return _doc_name(prov, source)
    return UNKNOWN if source == UNKNOWN else "—"


def entries_for(prov: Provenance, doc: int) -> list[Entry]:
    """The change list of document `doc`: its changes, then what only it has, then what it
    dropped from its reference document."""
    per = prov.per_doc[doc]
    out: list[Entry] = []
    for change in per.changes:
        line = Text(f"{CHANGE_TITLES[change.kind].lower():<12}", style=KIND_STYLE)
        description = change.description
        if description.startswith(change.kind + " "):
            description = description[len(change.kind) + 1 :]
        line.append(one_line(description))
        before, after = change.before, change.after
        line.append(
            f"  {_where(before.doc, before.sentences)} → {_where(after.doc, after.sentences)}",
            style=DIM,
        )
        if not change.aligned:
            line.append("  (not aligned, same subject)", style=DIM)
        here = (after.doc, after.sentences[0]) if after.sentences else None
        other = (before.doc, before.sentences[0]) if before.sentences else None
        out.append(Entry(line, here or other, other if here else None))
    for s in per.only:
        line = Text(f"{'adds':<12}", style=KIND_STYLE)
        line.append(one_line(prov.documents[doc].sentences[s].text))
        line.append(f"  {_where(doc, (s,))}", style=DIM)
        out.append(Entry(line, (doc, s), None))
    if per.reference is not None:
        for s in per.dropped:
            line = Text(f"{'drops':<12}", style=KIND_STYLE)
            line.append(one_line(prov.documents[per.reference].sentences[s].text))
            line.append(f"  {_where(per.reference, (s,))}", style=DIM)
            out.append(Entry(line, (per.reference, s), None))
    return out


def change_kinds(state: Any, ref: Any, other: Any) -> Text | None:
    """One line naming what changed from the cursor sentence `ref` to its counterpart `other`
    (for the detail view): "changes: figure changed, attribution dropped"; None before the
    alignment and the facts are ready, or when nothing changed."""
    if state.alignment is None or state.facts is None:
        return None
    from provenance.changes import sentence_changes

    changes = sentence_changes(state.alignment, state.facts, ref, other)
    if not changes:
        return None
    line = Text("  changes: ", style=DIM)
    line.append(", ".join(one_line(c.description) for c in changes))
    return line


class ProvenanceScreen(ModalScreen[tuple[int, int] | None]):
    """One row per document and the list of its changes; dismisses with a sentence to show."""

    BINDINGS = [
        Binding(
            "escape,q", "close", "Close", tooltip="Close the provenance view", id="provenance-close"
        ),
        Binding(
            "o",
            "jump_other",
            "Other side",
            tooltip="Jump to the highlighted change's sentence in the other document",
            id="provenance-other",
        ),
    ]
    DEFAULT_CSS = """
    ProvenanceScreen { align: center middle; }
    ProvenanceScreen > Vertical {
        width: 95%; height: 95%; border: round $accent; background: $surface; padding: 0 1;
    }
    ProvenanceScreen #provenance-docs { height: auto; max-height: 40%; }
    ProvenanceScreen #provenance-evidence { height: auto; max-height: 6; color: $text-muted; }
    ProvenanceScreen #provenance-changes { height: 1fr; }
    ProvenanceScreen .title { text-style: bold; }
    """

    def __init__(
        self,
        documents: Sequence[Any],
        alignment: Any,
        table: Any,
        provenance: Provenance | None = None,
    ) -> None:
        super().__init__()
        self.documents = list(documents)
        self.alignment = alignment
        self.table = table
        self.provenance = provenance
        self.entries: list[Entry] = []
        self.doc = 0

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                Text("Provenance · what each outlet changed", style="bold"), classes="title"
            )
            yield DataTable(id="provenance-docs", cursor_type="row", zebra_stripes=True)
            yield Static(Text("Working out who copied whom…", style=DIM), id="provenance-evidence")
            yield OptionList(id="provenance-changes")
            yield Static(
                Text(
                    "↑↓ documents · tab changes · enter jump to the sentence · "
                    "o jump to the other document's sentence · escape close",
                    style=DIM,
                )
            )
        yield key_footer()

    def on_mount(self) -> None:
        if self.provenance is None:
            self._compute()
        else:
            self._show(self.provenance)

    @work(thread=True, exclusive=True)
    def _compute(self) -> None:
        from provenance.analysis import provenance

        result = provenance(self.alignment, self.table)
        self.app.call_from_thread(self._show, result)

    def _show(self, prov: Provenance) -> None:
        self.provenance = prov
        table = self.query_one("#provenance-docs", DataTable)
        table.clear(columns=True)
        for title in ("#", "date", "outlet", "likely source", "shares", "adds", "drops", "changes"):
            table.add_column(title, key=title)
        for per in prov.per_doc:
            d = prov.documents[per.doc]
            table.add_row(
                Text(str(per.doc + 1)),
                Text(one_line(d.date or "—")),
                Text(_short(one_line(d.label))),
                Text(_short(source_label(prov, per.doc))),
                Text(str(len(per.shared))),
                Text(str(len(per.only))),
                Text(str(len(per.dropped))),
                Text(str(len(per.changes))),
                key=str(per.doc),
            )
        table.focus()
        self._select(0)

    def _select(self, doc: int) -> None:
        prov = self.provenance
        if prov is None or not 0 <= doc < len(prov.per_doc):
            return
        self.doc = doc
        evidence = Text()
        for rel in prov.lineage.relations:
            if rel.strength == "unrelated" or doc not in (rel.a, rel.b):
                continue
            if evidence:
                evidence.append("\n")
            other = rel.b if rel.a == doc else rel.a
            evidence.append(f"{_doc_name(prov, other)}: {rel.strength}", style="bold")
            if rel.strength == "same report":
                who = _doc_name(prov, rel.source) if rel.source is not None else UNKNOWN
                evidence.append(f", likely source {who}")
            evidence.append(" · " + one_line("; ".join(rel.explain(lambda d: f"[{d + 1}]"))))
        if not evidence:
            evidence = Text("Shares no statement with any other document.", style=DIM)
        self.query_one("#provenance-evidence", Static).update(evidence)
        self.entries = entries_for(prov, doc)
        changes = self.query_one("#provenance-changes", OptionList)
        changes.clear_options()
        changes.add_options([Option(e.text) for e in self.entries])
        if self.entries:
            changes.highlighted = 0

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self._select(int(event.row_key.value))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entry = self.entries[event.option_index]
        self.dismiss(entry.here)

    def action_jump_other(self) -> None:
        index = self.query_one("#provenance-changes", OptionList).highlighted
        if index is None or not 0 <= index < len(self.entries):
            return
        entry = self.entries[index]
        self.dismiss(entry.other or entry.here)

    def action_close(self) -> None:
        self.dismiss(None)
