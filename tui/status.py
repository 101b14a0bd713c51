"""The status line under each column: where the column is and how its sentence is linked.

Focused column: cursor position, the best link's kind and score, how many documents share
the sentence, and the highlight under the cursor. A link a person made reads "pinned", one
made from a clause of a longer sentence "one clause"; a document the readers warned about
(very little text, a doubtful charset) keeps a "⚠" with the reason. Other columns: where the counterpart of the
cursor sentence is, while it is on screen; scrolled away from it, the column says where it
is instead. Each line comes in a few forms, longest first; the widget shows the first that
fits (`tui.columns.PaneStatus`).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from readers.textsafe import one_line
from themes.palette import LINK_MARKERS, UNIQUE_MARKER
from tui.state import Counterpart, ReaderState


@dataclass(frozen=True)
class PaneView:
    """What the status line needs to know about one pane."""

    doc: int
    cursor: int
    linked: dict[int, Counterpart]
    rows_shown: tuple[int, int]
    """First and last sentence on screen."""


@dataclass(frozen=True)
class NoteMark:
    """The highlight under the cursor: its colour and note."""

    color: str
    note: str


def short_kind(kind: str) -> str:
    """ "paraphrase" -> "para.", "verbatim" -> "verb."; short names stay."""
    return kind if len(kind) <= 6 else kind[:4] + "."


def _cut(text: str, width: int) -> str:
    """`text` cut at a word boundary to at most `width` cells, with "…" when cut."""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0]
    return cut + "…"


def status_forms(state: ReaderState, view: PaneView, note: NoteMark | None) -> tuple[Text, ...]:
    """The status line's forms, longest first: full, compact (single spaces, "2d"), then
    with the kind name shortened. Every form keeps the kind and the score."""
    n = len(state.documents[view.doc].sentences)
    focused = view.doc == state.focused
    where = f"{view.cursor + 1}/{n}"
    kind, score, docs, pinned, partial = "", "", 0, False, False
    if focused and state.alignment is not None:
        ref = state.ref()
        links = state.alignment.links_of(ref)
        if state.sentence_kind[view.doc][view.cursor] == "unique":
            kind = "unique"
        elif links:
            docs = len({lk.other(ref).doc for lk in links})
            kind, score = links[0].kind, f"{links[0].score:.2f}"
            pinned, partial = links[0].pinned, links[0].partial
    elif not focused and view.linked:
        best = min(view.linked)
        cp = view.linked[best]
        top, bottom = view.rows_shown
        if top <= best <= bottom:
            where = f"→{best + 1}/{n}"  # where the counterpart is, not the old cursor
            kind = cp.kind
            score = f"{cp.score:.2f}" if cp.score is not None else ""
            pinned, partial = cp.pinned, cp.partial
        else:  # scrolled away from the counterpart: say where the column is
            where = f"{top + 1}/{n} · match at {best + 1}"
    elif not focused:
        where = f"{view.rows_shown[0] + 1}/{n}"
    marker = UNIQUE_MARKER if kind == "unique" else LINK_MARKERS.get(kind, "~")
    style = "bold" if focused else ""
    forms: list[Text] = []
    for gap, name, count, by_hand, clause in (
        ("  ", kind, f" · {docs} doc{'s' if docs != 1 else ''}", " pinned", " one clause"),
        (" ", kind, f" ·{docs}d", " pin", " clause"),
        (" ", short_kind(kind), f" ·{docs}d", " pin", ""),
    ):
        text = Text(where, style=style)
        if kind:
            text.append(f"{gap}{marker} {name}")
            if score:
                text.append(f" {score}")
            if partial:
                text.append(clause)
            if pinned:
                text.append(by_hand)
            if docs:
                text.append(count)
        forms.append(text)
    if note is not None:
        bar = Text("  ").append(Text("▌", style=Style(color=note.color)))
        label = one_line(note.note) or "highlighted"
        with_note = bar + Text(f" {label}")
        forms = [f + with_note for f in forms[:2]] + [f + bar for f in forms]
    warnings = state.documents[view.doc].warnings
    if warnings:  # e.g. a page that gave very little text: said once at start, kept here
        reason = one_line(warnings[0]).split(":", 1)[0]
        flag = Text(" ⚠", style="bold")
        short = [reason] + [_cut(reason, n) for n in (20, 12)]
        forms = [forms[-1] + flag + Text(f" {r}", style="bold") for r in short] + [
            f + flag for f in forms
        ]
        forms.sort(key=lambda f: -f.cell_len)
    unique: list[Text] = []
    for form in forms:
        if not unique or form != unique[-1]:
            unique.append(form)
    return tuple(unique)
