"""Element trees to lines of text: one line per block (heading, paragraph, list item, row).

Shared by the HTML reader (trafilatura's output tree, and the plain-`<body>` fallback) and the
EPUB reader (each XHTML chapter). `Lines` collects the lines and remembers which are headings,
as spans of the final text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from readers.document import Span

# Tags, in HTML and in trafilatura's XML, whose text makes one line of its own.
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "head", "title"})
BLOCK_TAGS = frozenset(
    {
        *HEADING_TAGS,
        "p", "div", "li", "item", "blockquote", "quote", "pre", "code", "section", "article",
        "main", "body", "ul", "ol", "list", "dl", "dt", "dd", "table", "thead", "tbody",
        "tfoot", "tr", "row", "figure", "figcaption", "header", "footer", "address", "hr",
        "br", "lb", "td", "th", "cell",
    }
)  # fmt: skip
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "aside", "form", "button", "iframe"}
)
"""Dropped with their content in the fallback and EPUB walk."""
_ROW_TAGS = frozenset({"tr", "row"})
_CELL_TAGS = frozenset({"td", "th", "cell"})


def _tag(el: Any) -> str:
    tag = el.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def squash(text: str) -> str:
    """Collapse white space runs to single spaces."""
    return " ".join(text.split())


@dataclass
class Lines:
    """Text built line by line, remembering which lines are headings."""

    lines: list[str] = field(default_factory=list)
    heading_lines: set[int] = field(default_factory=set)
    split_newlines: bool = False
    """Each newline inside a block starts a new line (for trafilatura's output, where a newline
    is a line break of the page; in HTML source a newline is only white space)."""

    def add(self, line: str, *, heading: bool = False, first: bool = False) -> None:
        """Append `line` (white space squashed; empty lines ignored), or put it first."""
        if self.split_newlines and "\n" in line.strip():
            for part in line.split("\n"):
                self.add(part, heading=heading)
            return
        line = squash(line)
        if not line:
            return
        if first:
            self.lines.insert(0, line)
            self.heading_lines = {i + 1 for i in self.heading_lines}
            if heading:
                self.heading_lines.add(0)
            return
        if heading:
            self.heading_lines.add(len(self.lines))
        self.lines.append(line)

    def move_to_front(self, index: int) -> None:
        """Move line `index` to the top (as a heading: it is the headline)."""
        line = self.lines.pop(index)
        shifted = {i + 1 if i < index else i for i in self.heading_lines if i != index}
        self.lines.insert(0, line)
        self.heading_lines = shifted | {0}

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def headings(self) -> list[Span]:
        """Spans of the heading lines in `text`."""
        spans: list[Span] = []
        pos = 0
        for i, line in enumerate(self.lines):
            if i in self.heading_lines:
                spans.append(Span(pos, pos + len(line)))
            pos += len(line) + 1
        return spans

    def first_heading(self) -> str | None:
        return self.lines[min(self.heading_lines)] if self.heading_lines else None


def _inline_text(el: Any, skip: frozenset[str]) -> str:
    """All text inside `el` (tails included inside, not its own tail), skipping `skip` tags."""
    parts: list[str] = [el.text or ""]
    for child in el:
        tag = _tag(child)
        if tag and tag not in skip:
            parts.append(" " if tag in ("br", "lb") else _inline_text(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def walk(el: Any, out: Lines, *, skip: frozenset[str] = SKIP_TAGS) -> None:
    """Append the lines of `el` to `out`: a block without block children is one line."""
    _walk(el, out, skip)


def _walk(el: Any, out: Lines, skip: frozenset[str]) -> None:
    tag = _tag(el)
    if not tag or tag in skip:
        return
    if tag in _ROW_TAGS:
        cells = [squash(_inline_text(c, skip)) for c in el if _tag(c) in _CELL_TAGS]
        out.add(" | ".join(c for c in cells if c))
        return
    children = [c for c in el if _tag(c)]
    if not any(_tag(c) in BLOCK_TAGS for c in children):
        out.add(_inline_text(el, skip), heading=tag in HEADING_TAGS)
        return
    # Mixed content: text runs between block children become lines of their own.
    run: list[str] = [el.text or ""]
    for child in el:
        ctag = _tag(child)
        if ctag in BLOCK_TAGS and ctag not in ("br", "lb"):
            out.add("".join(run), heading=tag in HEADING_TAGS)
            run = []
            _walk(child, out, skip)
        elif ctag in ("br", "lb"):
            run.append(" ")
        elif ctag and ctag not in skip:
            run.append(_inline_text(child, skip))
        run.append(child.tail or "")
    out.add("".join(run), heading=tag in HEADING_TAGS)
