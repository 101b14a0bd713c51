"""The `Document` model: one article's text and the spans the rest of samestory refers to.

A document keeps its text exactly as read (after decoding and, for HTML, extraction).
Everything else - paragraphs, sentences, boilerplate - is a character span into that text,
so `doc.text[s.start:s.end] == s.text` holds for every sentence and highlights, facts and
alignment links can all point at the same offsets.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range `[start, end)` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence (or heading, or boilerplate line) of a document."""

    index: int
    """Position among the document's sentences, from 0."""
    start: int
    end: int
    text: str
    """Exactly `document.text[start:end]`."""
    paragraph: int
    """Index of the paragraph holding this sentence."""
    boilerplate: bool = False
    """True for navigation, bylines, share prompts, reader comments: shown dimmed, never aligned."""
    heading: bool = False
    """True for a title or section heading kept as its own sentence."""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def content_hash(text: str) -> str:
    """Full SHA-256 hex digest of a document text (used by caches and highlight anchoring)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """An article read from a file, URL or standard input, split into sentences."""

    text: str
    source: str
    """Path, URL or `-` the document was read from."""
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[Span, ...]
    boilerplate: tuple[Span, ...] = ()
    """Spans judged to be boilerplate (their sentences carry `boilerplate=True`)."""
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    """Publication date as ISO `YYYY-MM-DD` (or `YYYY-MM`/`YYYY`) when known."""
    url: str | None = None
    format: str = "txt"
    hash: str = field(default="")
    """SHA-256 of `text`; filled in automatically."""
    author: str | None = None
    """The byline's author (Markdown `author:`, corpus.toml `author`), kept apart from the
    outlet."""
    warnings: tuple[str, ...] = ()
    """Things the reader should tell the user about this document (one line each): very
    little text extracted, a charset that did not fit, a page read as plain text."""

    _id: str = field(default="", init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.hash:
            object.__setattr__(self, "hash", content_hash(self.text))
        key = f"{self.hash}\0{self.source}".encode("utf-8", "surrogatepass")
        object.__setattr__(self, "_id", hashlib.sha256(key).hexdigest()[:16])

    @property
    def id(self) -> str:
        """Stable identifier from the content hash plus the source (16 hex digits): two
        documents with the same text read from different places have different ids."""
        return self._id

    @property
    def label(self) -> str:
        """Short human name: outlet, else title, else the file name."""
        if self.outlet:
            return self.outlet
        if self.title:
            return self.title
        name = self.source.rstrip("/").rsplit("/", 1)[-1]
        return name or self.source

    @property
    def content_sentences(self) -> tuple[Sentence, ...]:
        """Sentences that are not boilerplate (what alignment and fact extraction read)."""
        return tuple(s for s in self.sentences if not s.boilerplate)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character `offset`, if any (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form used by `samestory read --format json`."""
        return {
            "id": self.id,
            "source": self.source,
            "format": self.format,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "date": self.date,
            "url": self.url,
            "hash": self.hash,
            "length": len(self.text),
            "warnings": list(self.warnings),
            "paragraphs": [{"start": p.start, "end": p.end} for p in self.paragraphs],
            "boilerplate": [{"start": b.start, "end": b.end} for b in self.boilerplate],
            "sentences": [
                {
                    "index": s.index,
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                    "paragraph": s.paragraph,
                    "boilerplate": s.boilerplate,
                    "heading": s.heading,
                }
                for s in self.sentences
            ],
        }
