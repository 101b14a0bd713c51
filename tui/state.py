"""What the reader shows, independent of widgets: cursor, counterparts, marks per document.

`ReaderState` is the one place the panes, the sidebar and the screens read from. It holds the
engine results (`Alignment`, `FactTable`, placed highlights) once the workers deliver them,
and answers the navigation questions the keys ask (next linked sentence, next unique one,
counterpart in another pane). No Textual here, so it is tested without an app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from highlights.store import DEFAULT_COLORS
from readers import Document
from themes.palette import safe_color

if TYPE_CHECKING:
    from compare.model import Alignment, SentenceRef
    from facts.model import FactTable
    from highlights.model import PlacedHighlight


def plural(count: int, noun: str) -> str:
    """ "1 sentence", "2 sentences"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class Mark:
    """A styled span of one document's text (document offsets)."""

    start: int
    end: int
    kind: str
    """Fact kind, or "highlight"."""
    key: str
    """Fact key, or highlight id."""
    conflict: bool = False
    color: str = ""
    """Highlight set colour."""
    shared: bool = True
    """Fact stated by more than one document (only shared facts are coloured inline)."""


@dataclass(frozen=True, slots=True)
class Counterpart:
    """A sentence linked to the cursor sentence: how, and how well."""

    kind: str
    """Link kind, or "group" when linked only through the passage group."""
    score: float | None
    pinned: bool = False
    """True when a person made the link (`Link.pinned`)."""
    partial: bool = False
    """True when one clause of a longer sentence matched (`Link.partial`)."""


@dataclass
class ReaderState:
    """Cursor, engine results and display switches shared by every pane."""

    documents: list[Document]
    name: str = "samestory"
    alignment: Alignment | None = None
    scorer: str = "lexical"
    """The scorer the alignment was made with: "hybrid" or "lexical"."""
    languages: list[str] | None = None
    """Each document's language code when the alignment crossed languages, else None."""
    facts: FactTable | None = None
    """The fact table once extracted."""
    show_boilerplate: bool = True
    focused: int = 0
    cursors: list[int] = field(default_factory=list)
    """Cursor sentence index per document."""
    selected_fact: str | None = None
    search: str = ""
    fact_marks: list[list[Mark]] = field(default_factory=list)
    highlight_marks: list[list[Mark]] = field(default_factory=list)
    fact_marks_at: list[dict[int, list[Mark]]] = field(default_factory=list)
    """Per document: sentence index to the fact marks overlapping it (for painting rows)."""
    highlight_marks_at: list[dict[int, list[Mark]]] = field(default_factory=list)
    sentence_kind: list[list[str | None]] = field(default_factory=list)
    """Per document and sentence: best link kind, "unique", "boilerplate" or None (unknown)."""
    conflict_keys: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        n = len(self.documents)
        if not self.cursors:
            self.cursors = [self.first_sentence(d) for d in range(n)]
        self.fact_marks = [[] for _ in range(n)]
        self.highlight_marks = [[] for _ in range(n)]
        self.fact_marks_at = [{} for _ in range(n)]
        self.highlight_marks_at = [{} for _ in range(n)]
        self.sentence_kind = [
            ["boilerplate" if s.boilerplate else None for s in doc.sentences]
            for doc in self.documents
        ]

    # -- engine results -------------------------------------------------------------------

    def set_alignment(self, alignment: Alignment) -> None:
        from compare.model import SentenceRef

        self.alignment = alignment
        for d, doc in enumerate(self.documents):
            kinds = self.sentence_kind[d]
            for s in doc.sentences:
                if s.boilerplate:
                    continue
                links = alignment.links_of(SentenceRef(d, s.index))
                kinds[s.index] = links[0].kind if links else "unique"

    def set_facts(self, table: FactTable) -> None:
        self.facts = table
        self.conflict_keys = {f.key for c in table.conflicts for f in c.facts}
        for d in range(len(self.documents)):
            marks = [
                Mark(
                    m.start,
                    m.end,
                    f.kind,
                    f.key,
                    f.key in self.conflict_keys,
                    shared=len(set(f.docs)) > 1,
                )
                for f in table.facts
                for m in f.mentions
                if m.doc == d
            ]
            marks.sort(key=lambda m: (m.start, -m.end))
            self.fact_marks[d] = marks
            self.fact_marks_at[d] = self._by_sentence(d, marks)

    def set_highlights(self, placed: list[PlacedHighlight], colors: dict[str, str]) -> None:
        """`placed`: the anchored highlights; `colors`: set id to colour."""
        marks: list[list[Mark]] = [[] for _ in self.documents]
        for p in placed:
            h = p.highlight
            color = safe_color(h.color or colors.get(h.set_id, ""), DEFAULT_COLORS[0])
            if 0 <= p.doc_index < len(marks):
                marks[p.doc_index].append(Mark(p.start, p.end, "highlight", h.id, color=color))
        for m in marks:
            m.sort(key=lambda k: k.start)
        self.highlight_marks = marks
        self.highlight_marks_at = [self._by_sentence(d, m) for d, m in enumerate(marks)]

    def _by_sentence(self, doc: int, marks: list[Mark]) -> dict[int, list[Mark]]:
        document = self.documents[doc]
        out: dict[int, list[Mark]] = {}
        for m in marks:
            first = document.sentence_at(m.start)
            last = document.sentence_at(max(m.start, m.end - 1))
            if first is None or last is None:
                continue
            for i in range(first.index, last.index + 1):
                out.setdefault(i, []).append(m)
        return out

    # -- cursor and counterparts ----------------------------------------------------------

    def ref(self, doc: int | None = None) -> SentenceRef:
        from compare.model import SentenceRef

        d = self.focused if doc is None else doc
        return SentenceRef(d, self.cursors[d])

    def counterparts(self) -> dict[int, dict[int, Counterpart]]:
        """Sentences linked to the focused cursor, per document."""
        out: dict[int, dict[int, Counterpart]] = {}
        if self.alignment is None or not self.documents:
            return out
        ref = self.ref()
        direct = {lk.other(ref): lk for lk in self.alignment.links_of(ref)}
        for other in self.alignment.counterparts(ref):
            lk = direct.get(other)
            cp = (
                Counterpart(lk.kind, lk.score, lk.pinned, lk.partial)
                if lk
                else Counterpart("group", None)
            )
            out.setdefault(other.doc, {})[other.sentence] = cp
        for other, lk in direct.items():  # links outside the group list, if any
            cp = Counterpart(lk.kind, lk.score, lk.pinned, lk.partial)
            out.setdefault(other.doc, {}).setdefault(other.sentence, cp)
        return out

    def visible(self, doc: int, sentence: int) -> bool:
        s = self.documents[doc].sentences[sentence]
        return self.show_boilerplate or not s.boilerplate

    def first_sentence(self, doc: int) -> int:
        for s in self.documents[doc].sentences:
            if not s.boilerplate:
                return s.index
        return 0

    def step(self, doc: int, start: int, direction: int, want: str = "any") -> int | None:
        """Next visible sentence after `start` in `direction` matching `want`.

        `want`: "any", "linked" (has a counterpart), "unique", "fact" (mentions the
        selected fact) or "search" (contains the search text).
        """
        sentences = self.documents[doc].sentences
        i = start + direction
        while 0 <= i < len(sentences):
            if self.visible(doc, i) and self._matches(doc, i, want):
                return i
            i += direction
        return None

    def _matches(self, doc: int, i: int, want: str) -> bool:
        if want == "any":
            return True
        kind = self.sentence_kind[doc][i]
        if want == "linked":
            return kind not in (None, "unique", "boilerplate")
        if want == "unique":
            return kind == "unique"
        if want == "search":
            return (
                bool(self.search)
                and self.search.lower() in self.documents[doc].sentences[i].text.lower()
            )
        return False

    def fact_mentions(self, key: str) -> list[tuple[int, int]]:
        """(doc, sentence) of every mention of fact `key`, in reading order."""
        if self.facts is None:
            return []
        out: list[tuple[int, int]] = []
        for f in self.facts.facts:
            if f.key == key:
                out.extend((m.doc, m.sentence) for m in f.mentions)
        return sorted(set(out))

    def counts(self, *, short: bool = False) -> str:
        """Corpus counts for the header; `short` for narrow terminals."""
        n = len(self.documents)
        parts = [f"{n} doc{'s' if n != 1 else ''}"]
        if self.alignment is not None:
            links, unique = len(self.alignment.links), len(self.alignment.unique)
            parts += (
                [f"{links} ⇄", f"{unique} ◆"] if short else [f"{links} links", f"{unique} unique"]
            )
        if self.facts is not None:
            parts.append(f"{len(self.facts.facts)} facts")
            k = len(self.facts.conflicts)
            if k:
                parts.append(f"{k} !" if short else f"{k} conflict{'s' if k != 1 else ''}")
        return " · ".join(parts)
