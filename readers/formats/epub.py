"""EPUB books: the XHTML chapters in spine order, one line per block, chapter titles as headings.

Metadata: Dublin Core title, creator (shown as the outlet: who the text is by) and date.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from typing import Any

from readers.errors import ReaderError
from readers.extracted import Extracted
from readers.formats.blocks import Lines, walk


def _first_meta(book: Any, name: str) -> str | None:
    try:
        values = book.get_metadata("DC", name)
    except (KeyError, AttributeError):
        return None
    for value, _attrs in values or []:
        if value and str(value).strip():
            return " ".join(str(value).split())
    return None


def _open_book(data: bytes, source: str) -> Any:
    from ebooklib import epub

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
    except zipfile.BadZipFile:
        raise ReaderError(source, "not a valid epub file (not a zip archive)") from None
    except Exception as exc:
        raise ReaderError(source, f"not a valid epub file ({exc})") from None


def _chapter_lines(content: bytes, out: Lines) -> None:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(content)
    except (etree.ParserError, ValueError):
        return
    body = root.find(".//body")
    walk(body if body is not None else root, out)


def extract(data: bytes, source: str) -> Extracted:
    book = _open_book(data, source)
    lines = Lines()
    for entry in book.spine:
        idref = entry[0] if isinstance(entry, tuple) else entry
        item = book.get_item_with_id(idref)
        if item is None:
            continue
        media = getattr(item, "media_type", "") or ""
        if "html" not in media:
            continue
        _chapter_lines(item.get_content(), lines)
    date = _first_meta(book, "date")
    return Extracted(
        text=lines.text,
        title=_first_meta(book, "title") or lines.first_heading(),
        outlet=_first_meta(book, "creator"),
        date=date[:10] if date else None,
        headings=lines.headings,
        headings_known=True,
    )
