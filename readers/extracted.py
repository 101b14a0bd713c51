"""What a format reader hands back before segmentation: text plus what the format knows."""

from __future__ import annotations

from dataclasses import dataclass, field

from readers.document import Span


@dataclass
class Extracted:
    """Plain text pulled out of a file, with metadata and structural hints."""

    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    headings: list[Span] = field(default_factory=list)
    """Spans of `text` that are headings (kept as their own sentences)."""
    headings_known: bool = False
    """True when `headings` is complete (Markdown, HTML, EPUB): no guessing from line shape."""
    boilerplate: list[Span] = field(default_factory=list)
    """Spans of `text` the format knows to be page furniture."""
    warnings: list[str] = field(default_factory=list)
    """One-line notes for the user (e.g. a page read as plain text)."""
