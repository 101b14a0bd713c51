"""The provenance result types: changes between documents, lineage, and per-document summaries.

A `Change` goes from a `before` document to an `after` document (the likely source to its
rewrite when the lineage says so, else the earlier-dated or lower-numbered one). Each side names
the sentences involved (`Sentence.index`) and the evidence words as character spans into
`Document.text`, so the reader and the brief can quote them and jump to them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

CHANGE_KINDS: tuple[str, ...] = (
    "statement",
    "figure",
    "date",
    "name",
    "attribution",
    "quote",
    "hedging",
    "intensity",
    "order",
    "credit",
)
"""Every kind of change, in the order reports list them."""

CHANGE_TITLES: dict[str, str] = {
    "statement": "Statements",
    "figure": "Figures",
    "date": "Dates",
    "name": "Names",
    "attribution": "Attribution",
    "quote": "Quotes",
    "hedging": "Hedging",
    "intensity": "Intensity",
    "order": "Order",
    "credit": "Credits",
}


@dataclass(frozen=True, slots=True)
class Side:
    """One document's part in a change: its sentences and the evidence words in them."""

    doc: int
    sentences: tuple[int, ...]
    """`Sentence.index` values, in order."""
    spans: tuple[tuple[int, int], ...] = ()
    """Character spans of the evidence words into `Document.text` (may be empty)."""
    words: tuple[str, ...] = ()
    """The evidence words, `text[start:end]` of each span."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "sentences": list(self.sentences),
            "evidence": [
                {"start": s, "end": e, "text": w}
                for (s, e), w in zip(self.spans, self.words, strict=True)
            ],
        }


@dataclass(frozen=True, slots=True)
class Change:
    """One thing an outlet changed in a statement it shares with another document."""

    kind: str
    """One of `CHANGE_KINDS`."""
    action: str
    """"changed", "added", "dropped", "stronger", "weaker", "paraphrased" (a quote turned into
    paraphrase), "quoted" (paraphrase turned into a quote), "reworded" or "moved"."""
    before: Side
    after: Side
    description: str
    """One line for people, e.g. 'figure changed: "8,665 detainees" → "8,000 detainees"'."""
    aligned: bool = True
    """False when the two sentences are not aligned but only about the same thing."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "action": self.action,
            "description": self.description,
            "aligned": self.aligned,
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Relation:
    """What the lineage knows about one pair of documents (`a < b`)."""

    a: int
    b: int
    strength: str
    """"same report" (one is a rewrite of the other), "same story" (independent reports of
    the same events) or "unrelated"."""
    source: int | None
    """The likely source of the two for a "same report" pair; None when unknown."""
    shared: int
    """Linked statements between the two."""
    containment: tuple[float, float]
    """Share of a's content sentences with a counterpart in b, and of b's in a."""
    verbatim_links: int
    """Links of kind verbatim or edited."""
    longest_run: int
    """Longest run of words the two texts share verbatim."""
    evidence: tuple[str, ...]
    """One line per piece of evidence, for people, with "{a}" and "{b}" where the two
    documents' names go (see `explain`)."""

    @property
    def unknown(self) -> bool:
        return self.strength == "same report" and self.source is None

    def explain(self, name: Callable[[int], str] = lambda d: f"[{d}]") -> tuple[str, ...]:
        """The evidence with the documents named by `name(index)` (default "[2]")."""
        return tuple(line.format(a=name(self.a), b=name(self.b)) for line in self.evidence)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "strength": self.strength,
            "source": self.source,
            "shared": self.shared,
            "containment": list(self.containment),
            "verbatim_links": self.verbatim_links,
            "longest_run": self.longest_run,
            "evidence": list(self.explain()),
        }


UNKNOWN = "unknown"


@dataclass
class Lineage:
    """Which document is the likely source of which, with the evidence for each pair."""

    relations: list[Relation]
    sources: list[int | str | None]
    """Per document: the index of its likely source, "unknown" when it is a rewrite in a
    "same report" pair whose direction the evidence does not settle, or None (no source)."""

    def relation(self, a: int, b: int) -> Relation | None:
        lo, hi = min(a, b), max(a, b)
        for rel in self.relations:
            if rel.a == lo and rel.b == hi:
                return rel
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": list(self.sources),
            "relations": [r.to_dict() for r in self.relations if r.strength != "unrelated"],
        }


@dataclass
class DocumentProvenance:
    """One document relative to the others."""

    doc: int
    shared: list[tuple[int, tuple[int, ...]]]
    """(sentence index, documents that state it too) for every linked content sentence."""
    only: list[int]
    """Content sentences no other document states."""
    reference: int | None
    """The document this one is compared against: its likely source, else (when the
    direction is unknown) its closest related document, else None."""
    dropped: list[int]
    """Sentences of `reference` with no counterpart in this document."""
    credits: list[tuple[int, str]]
    """(sentence index, credited name) of each credit line ("Source: Reuters")."""
    changes: list[Change] = field(default_factory=list)
    """Every change whose `after` side is this document."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "shared": [{"sentence": s, "docs": list(d)} for s, d in self.shared],
            "only": self.only,
            "reference": self.reference,
            "dropped": self.dropped,
            "credits": [{"sentence": s, "credit": c} for s, c in self.credits],
            "changes": [c.to_dict() for c in self.changes],
        }


@dataclass
class Provenance:
    """What each document shares, adds, drops and changes, and the lineage."""

    documents: list[Any]
    """The `readers.Document`s, as in the alignment."""
    per_doc: list[DocumentProvenance]
    pairs: dict[tuple[int, int], list[Change]]
    """(before document, after document) -> the changes between them."""
    lineage: Lineage

    def changes_between(self, a: int, b: int) -> list[Change]:
        return self.pairs.get((a, b)) or self.pairs.get((b, a)) or []

    def to_dict(self) -> dict[str, Any]:
        return {
            "lineage": self.lineage.to_dict(),
            "documents": [p.to_dict() for p in self.per_doc],
        }
