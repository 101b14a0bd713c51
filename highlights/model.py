"""The highlight data model: sets, highlights and the results of anchoring them to a text.

Plain frozen dataclasses shared by the store, the anchoring code, the exporters and the TUI.
Offsets are character offsets into `readers.Document.text`, half-open `[start, end)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

AnchorStatus = Literal["exact", "moved", "fuzzy", "check"]
"""How a highlight was placed: `exact` (same text, same offsets), `moved` (the quote found
unchanged elsewhere), `fuzzy` (the quote was edited; best approximate match), `check` (placed
with low confidence: shown as "moved? check")."""

QUOTE_CONTEXT = 32
"""Characters of prefix and suffix stored with each highlight (TextQuoteSelector)."""


@dataclass(frozen=True, slots=True)
class HighlightSet:
    """A named, coloured collection of highlights belonging to one corpus."""

    id: str
    """Random UUID (hex string); stable across export/import."""
    name: str
    color: str
    """A CSS-style colour: `#rrggbb` or a colour name."""
    corpus: str
    """The corpus this set belongs to (corpus name or root path string)."""
    description: str = ""
    created: str = ""
    """ISO 8601 UTC timestamp."""
    updated: str = ""


@dataclass(frozen=True, slots=True)
class Highlight:
    """One highlighted span of one document, with the selectors needed to find it again."""

    id: str
    """Random UUID (hex string); stable across export/import."""
    set_id: str
    doc_id: str
    """`Document.id` at the time of highlighting (first 16 hex digits of the hash)."""
    doc_hash: str
    """Full SHA-256 of the document text when the highlight was made."""
    doc_source: str
    """`Document.source` (path, URL or `-`) when the highlight was made."""
    start: int
    """TextPositionSelector start."""
    end: int
    """TextPositionSelector end."""
    exact: str
    """TextQuoteSelector exact: `text[start:end]` when the highlight was made."""
    prefix: str = ""
    """TextQuoteSelector prefix: up to QUOTE_CONTEXT characters before the quote."""
    suffix: str = ""
    """TextQuoteSelector suffix: up to QUOTE_CONTEXT characters after the quote."""
    note: str = ""
    label: str = ""
    """Short free-form tag (shown in lists and exports)."""
    color: str = ""
    """Per-highlight colour override; empty means the set's colour."""
    group_id: str = ""
    """Shared by highlights made together on one passage group (`Store.add_many`)."""
    created: str = ""
    updated: str = ""


@dataclass(frozen=True, slots=True)
class Anchored:
    """Where a highlight sits in a (possibly changed) document."""

    start: int
    end: int
    status: AnchorStatus
    score: float = 1.0
    """Match quality in [0, 1] (1.0 for exact and moved)."""


@dataclass(frozen=True, slots=True)
class Orphan:
    """A highlight that could not be placed. Orphans are kept and listed, never deleted."""

    highlight: Highlight
    reason: str
    """One line: "quote not found", "two places match nearly equally", "document not open"..."""


@dataclass(frozen=True, slots=True)
class PlacedHighlight:
    """A highlight anchored in one of the documents given to `resolve`."""

    doc_index: int
    """Index into the `documents` list given to `resolve`."""
    start: int
    end: int
    highlight: Highlight
    status: AnchorStatus = "exact"
