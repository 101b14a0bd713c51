"""The fact model: `Mention`, `Fact`, `Conflict` and the cross-article `FactTable`.

Every mention is a character span into `documents[doc].text`, so the TUI, the CLI and the
highlight store all point at the same offsets as the readers' sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FactKind = Literal["figure", "date", "person", "organisation", "place", "quote"]
FACT_KINDS: tuple[FactKind, ...] = ("figure", "date", "person", "organisation", "place", "quote")

KIND_TITLES: dict[str, str] = {
    "figure": "Figures",
    "date": "Dates",
    "person": "People",
    "organisation": "Organisations",
    "place": "Places",
    "quote": "Quotes",
}
"""Heading for each fact kind in reports and the reader's sidebar."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a document states a fact: `documents[doc].text[start:end] == text`."""

    doc: int
    start: int
    end: int
    text: str
    sentence: int
    """`Sentence.index` of the sentence holding `start`."""

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Fact:
    """One fact (a figure, date, entity or quote) and every mention of it in the corpus."""

    kind: str
    """One of `FACT_KINDS`."""
    key: str
    """Normalised identity, e.g. "figure:12/47 county" or "person:william ruto"."""
    label: str
    """Display form, e.g. "12 of 47 counties"."""
    mentions: tuple[Mention, ...]
    """Sorted by (doc, start)."""
    normalized: dict[str, Any] | str = ""
    """Figures: {"value", "unit", ...}; dates: {"value": ISO date/period, ...};
    entities: the canonical name; quotes: {"text", "speaker"}."""
    aliases: tuple[str, ...] = ()
    """Other surface forms merged into this fact ("WHO", "President Ruto")."""

    @property
    def docs(self) -> tuple[int, ...]:
        """Sorted indices of the documents stating this fact."""
        return tuple(sorted({m.doc for m in self.mentions}))

    @property
    def text(self) -> str:
        return self.label

    def mentions_in(self, doc: int) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.doc == doc)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "key": self.key,
            "text": self.label,
            "normalized": self.normalized,
            "docs": list(self.docs),
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if self.aliases:
            out["aliases"] = list(self.aliases)
        return out


@dataclass(frozen=True)
class Conflict:
    """Two or more documents disagree: same quantity, different value; or a quote reworded."""

    kind: str
    """"figure", "date" or "quote"."""
    description: str
    """One line for people, e.g. 'doc 0 says "3,200 refugees", doc 1 says "3,000 refugees"'."""
    facts: tuple[Fact, ...]
    """The disagreeing facts (each with its own mentions)."""
    docs: tuple[int, ...] = ()
    """Documents involved, sorted."""
    subject: str = ""
    """What the disagreement is about: the counted noun, the event, or the speaker."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "description": self.description,
            "subject": self.subject,
            "docs": list(self.docs),
            "facts": [
                {
                    "kind": f.kind,
                    "key": f.key,
                    "text": f.label,
                    "normalized": f.normalized,
                    "mentions": [m.to_dict() for m in f.mentions],
                }
                for f in self.facts
            ],
        }


def is_bare_number(fact: Fact) -> bool:
    """A figure with no counted noun, unit or whole ("rose to 45", "injuring more than 250"):
    shown with the facts, never in a conflict, and not listed by itself as a fact an article
    adds or drops."""
    if fact.kind != "figure" or not isinstance(fact.normalized, dict):
        return False
    return not any(fact.normalized.get(k) for k in ("unit", "noun", "total", "per", "ordinal"))


@dataclass
class FactTable:
    """Every fact of a set of documents, lined up across them, plus the conflicts found."""

    facts: list[Fact]
    conflicts: list[Conflict]
    n_docs: int = 0
    _by_key: dict[str, Fact] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_key = {f.key: f for f in self.facts}

    @property
    def agreements(self) -> list[Fact]:
        """Facts stated by two or more documents."""
        return [f for f in self.facts if len(f.docs) >= 2]

    def unique_to(self, doc: int) -> list[Fact]:
        """Facts that only document `doc` states."""
        return [f for f in self.facts if f.docs == (doc,)]

    def facts_in(self, doc: int) -> list[Fact]:
        """Facts document `doc` states (in table order)."""
        return [f for f in self.facts if doc in f.docs]

    def mentions_in(self, doc: int, kinds: tuple[str, ...] | None = None) -> list[Mention]:
        """Mentions in document `doc` sorted by start (then longest first).

        Quote mentions may contain other mentions (a name inside a quote); other kinds never
        overlap each other.
        """
        out = [
            m
            for f in self.facts
            if kinds is None or f.kind in kinds
            for m in f.mentions
            if m.doc == doc
        ]
        out.sort(key=lambda m: (m.start, -m.end))
        return out

    def fact_of(self, mention: Mention) -> Fact | None:
        """The fact a mention belongs to."""
        for f in self.facts:
            if mention in f.mentions:
                return f
        return None

    def get(self, key: str) -> Fact | None:
        return self._by_key.get(key)

    def conflicts_of(self, fact: Fact) -> list[Conflict]:
        return [c for c in self.conflicts if any(f.key == fact.key for f in c.facts)]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: `{"facts": [...], "conflicts": [...]}` (used by the CLI and
        `samestory compare --format json`)."""
        return {
            "facts": [f.to_dict() for f in self.facts],
            "conflicts": [c.to_dict() for c in self.conflicts],
        }
