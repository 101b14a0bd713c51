"""`Candidate`: one raw extraction in one document, before facts are merged across articles,
and `Taken`, the per-document record of spans already claimed by an extractor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Candidate:
    """A span one extractor recognised, with its normalised identity."""

    kind: str
    key: str
    label: str
    start: int
    """Offset into the document text."""
    end: int
    sentence: int
    normalized: dict[str, Any] | str = ""
    subject: str = ""
    """Figures: the counted-noun class; dates: the event word nearby; quotes: the speaker."""
    value: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Taken:
    """Spans of one document already claimed (figures, dates and entities never overlap)."""

    spans: list[tuple[int, int]] = field(default_factory=list)

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.spans)

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))
