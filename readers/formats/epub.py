"""EPUB books: the XHTML chapters in spine order, one line per block, chapter titles as headings.

Metadata: Dublin Core title, creator (the author), publisher (the outlet) and date.
The archive is checked before it is opened: its members may not unpack to more than
`MAX_UNPACKED` bytes, so a small file cannot expand to gigabytes in memory.
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


MAX_UNPACKED = 10 * 20 * 1024 * 1024
"""Most bytes an EPUB's members may unpack to together (200 MiB; text is 3-10x smaller
packed, images hardly at all)."""

MAX_MEMBERS = 10_000


def _check_archive(data: bytes, source: str) -> None:
    """Refuse an archive whose members unpack to more than `MAX_UNPACKED` bytes. zipfile never
    unpacks past a member's declared size, so checking the declared sizes is enough."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ReaderError(source, "not a valid epub file (not a zip archive)") from None
    if len(infos) > MAX_MEMBERS:
        raise ReaderError(source, f"not a valid epub file (over {MAX_MEMBERS} members)")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED:
        raise ReaderError(
            source,
            f"epub unpacks to {total / 2**20:.0f} MiB; the limit is {MAX_UNPACKED // 2**20} MiB",
        )


def _open_book(data: bytes, source: str) -> Any:
    from ebooklib import epub

    _check_archive(data, source)

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
        outlet=_first_meta(book, "publisher"),
        author=_first_meta(book, "creator"),
        date=date[:10] if date else None,
        headings=lines.headings,
        headings_known=True,
    )
