"""Markdown (.md) to plain text: one line per heading, paragraph, list item or table row.

Inline markup is dropped (emphasis, code ticks, images, link targets: a link becomes its
text); headings are returned as heading spans so they stay sentences of their own. The
title is the first level-1 heading, else a `title:` in YAML front matter. Front matter may also
give `date`, `outlet` and `author` (kept apart: the author is not the outlet).
"""

from __future__ import annotations

import re
from typing import Any

from readers.decode import decode_bytes
from readers.document import Span
from readers.extracted import Extracted

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KEY = re.compile(r"^(\w+)\s*:\s*(.*?)\s*$")


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Split simple `key: value` YAML front matter off the top of `text`."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        kv = _FRONT_KEY.match(line)
        if kv and kv.group(2):
            meta[kv.group(1).lower()] = kv.group(2).strip("\"'")
    return text[match.end() :], meta


def _inline_text(token: Any) -> str:
    """Plain text of an inline token: markup dropped, links and images reduced to their text."""
    parts: list[str] = []
    for child in token.children or []:
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
        # *_open/*_close (em, strong, link, s), images and html_inline add no text.
    return " ".join("".join(parts).split())


def _blocks(source: str) -> list[tuple[str, int]]:
    """(line, heading level) pairs in document order; level 0 for everything but headings."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(source)
    out: list[tuple[str, int]] = []
    level = 0
    row: list[str] | None = None
    for tok in tokens:
        kind = tok.type
        if kind == "heading_open":
            level = int(tok.tag[1:])
        elif kind == "heading_close":
            level = 0
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            if row and any(row):
                out.append((" | ".join(row), 0))
            row = None
        elif kind == "inline":
            text = _inline_text(tok)
            if row is not None:
                row.append(text)
            elif text:
                out.append((text, level))
        elif kind in ("fence", "code_block"):
            out.extend((ln.rstrip(), 0) for ln in tok.content.splitlines() if ln.strip())
    return out


def render(source: str) -> Extracted:
    """Render Markdown source text to an `Extracted` (text, headings, title)."""
    body, meta = _front_matter(source)
    lines: list[str] = []
    headings: list[Span] = []
    title: str | None = None
    pos = 0
    for text, level in _blocks(body):
        if lines:
            pos += 2  # the blank line between blocks
        if level:
            headings.append(Span(pos, pos + len(text)))
            if level == 1 and title is None:
                title = text
        lines.append(text)
        pos += len(text)
    return Extracted(
        text="\n\n".join(lines),
        title=title or meta.get("title"),
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        date=meta.get("date"),
        headings=headings,
        headings_known=True,
    )


def extract(data: bytes, source: str) -> Extracted:
    return render(decode_bytes(data, source))
