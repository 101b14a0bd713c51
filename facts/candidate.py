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


_BUCKET = 256
"""Characters per bucket of `Taken`'s index: spans are words or phrases, so most touch one."""


@dataclass
class Taken:
    """Spans of one document already claimed (figures, dates and entities never overlap).

    Spans are indexed by the 256-character buckets they touch, so `free` looks only at spans
    near the query instead of every span of the document (linear in a book, not quadratic).
    """

    spans: list[tuple[int, int]] = field(default_factory=list)
    _buckets: dict[int, list[tuple[int, int]]] = field(default_factory=dict, repr=False)

    def free(self, start: int, end: int) -> bool:
        for b in range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1):
            for s, e in self._buckets.get(b, ()):
                if not (end <= s or start >= e):
                    return False
        return True

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))
        for b in range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1):
            self._buckets.setdefault(b, []).append((start, end))
