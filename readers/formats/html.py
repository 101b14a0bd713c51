"""HTML pages: the main article via trafilatura, one line per paragraph, page metadata.

trafilatura drops navigation, asides, footers and reader comments and gives the article as a
tree (`<head>`, `<p>`, `<list><item>`, `<table><row>`), which `blocks.walk` turns into lines
with heading spans. Title, date, site name (the outlet) and canonical URL come from the page's
own metadata. Nothing is fetched: trafilatura is only given the bytes already read. When
trafilatura finds no article, the text of `<body>` (minus scripts, navigation and forms) is used.
"""

from __future__ import annotations

import warnings
from html.parser import HTMLParser
from typing import Any

from readers.errors import ReaderError
from readers.extracted import Extracted
from readers.formats.blocks import BLOCK_TAGS, SKIP_TAGS, Lines, squash, walk

_MIN_ARTICLE_CHARS = 40
"""Below this much text trafilatura's result is taken as 'found nothing'."""


def _trafilatura(data: bytes) -> Any:
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            # Dates from the page's metadata and markup only: the extensive search guesses
            # from any year in the text ("in 2017" became 2017-01-01).
            date_extraction_params={"extensive_search": False, "original_date": True},
        )


_PLAIN_SKIP = SKIP_TAGS | {"title", "head"}


class _TextCollector(HTMLParser):
    """Text of an HTML page with a line break at each block tag, scripts and styles left
    out. A streaming parser: any nesting depth (libxml2 stops at a few hundred levels)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _PLAIN_SKIP:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _PLAIN_SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _plain_text(data: bytes, source: str) -> Lines:
    """The page's text, block by block, without an element tree (the last fallback)."""
    from readers.decode import decode_bytes

    collector = _TextCollector()
    collector.feed(decode_bytes(data, source))
    collector.close()
    lines = Lines(split_newlines=True)
    for line in "".join(collector.parts).split("\n"):
        lines.add(line)
    return lines


def _fallback_body(data: bytes, source: str) -> tuple[Lines, str | None]:
    """Lines of `<body>` (scripts, styles, nav, asides and forms dropped) and `<title>`."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError) as exc:
        raise ReaderError(source, f"not a readable HTML page ({exc})") from None
    title_el = root.find(".//title")
    title = squash(title_el.text_content()) if title_el is not None else None
    body = root.find(".//body")
    lines = Lines()
    try:
        walk(body if body is not None else root, lines)
    except RecursionError:
        lines = Lines()
    return lines, title or None


def extract(data: bytes, source: str) -> Extracted:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReaderError(source, "binary file, not text")
    try:
        result = _trafilatura(data)
    except Exception:  # a broken page: fall back to the plain body text below
        result = None
    lines = Lines(split_newlines=True)
    if result is not None and result.body is not None:
        walk(result.body, lines, skip=frozenset({"graphic"}))
    title = getattr(result, "title", None) if result is not None else None
    notes: list[str] = []
    if len(lines.text) < _MIN_ARTICLE_CHARS:
        lines, fallback_title = _fallback_body(data, source)
        title = title or fallback_title
    if len(lines.text) < _MIN_ARTICLE_CHARS:
        plain = _plain_text(data, source)
        if len(plain.text) > len(lines.text):
            lines = plain
            notes.append("no article structure found (nested too deeply?): read as plain text")
    title = squash(title) if title else lines.first_heading()
    # The headline comes first: added when the extracted body left it out, moved up when a
    # standfirst or kicker came before it (the Vancouver Sun puts the standfirst first).
    if title and title in lines.lines[1:3]:
        lines.move_to_front(lines.lines.index(title))
    elif title and title not in lines.lines[:1]:
        lines.add(title, heading=True, first=True)
    return Extracted(
        text=lines.text,
        title=title,
        outlet=(getattr(result, "sitename", None) or None) if result is not None else None,
        date=(getattr(result, "date", None) or None) if result is not None else None,
        url=(getattr(result, "url", None) or None) if result is not None else None,
        headings=lines.headings,
        headings_known=True,
        warnings=notes,
    )
