"""PDF files: the text layer via pypdf, lines rejoined into paragraphs.

A PDF gives one line per printed line (pypdf's layout mode also keeps a blank line where the
page has a vertical gap). Lines are joined back into paragraphs: a word broken
with a hyphen at a line end is mended ("am-" + "nesty" -> "amnesty", while "Myanmar-" +
"Belarus" keeps its hyphen), and a paragraph ends at a blank line or after a line that ends a
sentence and stops well short of the full line width. Each page is read on its own. A PDF without a text layer (a scan)
or one that needs a password is refused with a clear `ReaderError`.
"""

from __future__ import annotations

import io
import logging
import re
from datetime import datetime
from typing import Any

from readers.errors import ReaderError
from readers.extracted import Extracted

_ENDS_SENTENCE = re.compile(r"[.!?…:\"”’)]$")
_BROKEN_WORD = re.compile(r"[A-Za-z]-$")


def _join_lines(lines: list[str]) -> list[str]:
    """Rejoin printed lines into paragraphs."""
    width = max((len(" ".join(ln.split())) for ln in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if not current:
            current = line
        elif _BROKEN_WORD.search(current) and line[:1].islower():
            current = current[:-1] + line
        elif current.endswith("-"):
            current += line
        else:
            current += " " + line
        if _ENDS_SENTENCE.search(line) and len(line) < 0.7 * width:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _open(data: bytes, source: str) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
    except (PdfReadError, ValueError, OSError) as exc:
        raise ReaderError(source, f"not a readable PDF ({exc})") from None
    if reader.is_encrypted:
        try:
            opened = bool(reader.decrypt(""))
        except Exception:  # e.g. AES without the cryptography package
            opened = False
        if not opened:
            raise ReaderError(source, "encrypted PDF: it needs a password to open")
    return reader


def extract(data: bytes, source: str) -> Extracted:
    reader = _open(data, source)
    paragraphs: list[str] = []
    try:
        for page in reader.pages:
            try:  # layout mode keeps the blank lines between paragraphs
                text = page.extract_text(extraction_mode="layout") or ""
            except Exception:
                text = page.extract_text() or ""
            paragraphs.extend(_join_lines(text.splitlines()))
    except ReaderError:
        raise
    except Exception as exc:
        raise ReaderError(source, f"cannot read the PDF text layer ({exc})") from None
    text = "\n".join(paragraphs)
    if not text.strip():
        raise ReaderError(source, "no text layer (scanned PDF?)")
    meta = None
    try:
        meta = reader.metadata
    except Exception:  # broken metadata should not stop the text
        meta = None
    title = (meta.title or None) if meta is not None else None
    author = (meta.author or None) if meta is not None else None
    return Extracted(
        text=text,
        title=" ".join(str(title).split()) if title else None,
        author=" ".join(str(author).split()) if author else None,
        date=article_date(text),
    )


_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(rf"\b(\d{{1,2}}) ({_MONTHS})\.? (\d{{4}})\b", re.IGNORECASE), ("d", "b", "y")),
    (re.compile(rf"\b({_MONTHS})\.? (\d{{1,2}}),? (\d{{4}})\b", re.IGNORECASE), ("b", "d", "y")),
]

DATE_SEARCH_CHARS = 1500
"""How far into the text a dateline is looked for (the top of the first page)."""


def article_date(text: str) -> str | None:
    """The first date printed near the top of the article (a dateline), as `YYYY-MM-DD`.

    A PDF's creation date is when the file was made (often a print to PDF years later), not
    when the article appeared, so it is never used.
    """
    head = text[:DATE_SEARCH_CHARS]
    found: list[tuple[int, str]] = []
    for pattern, order in _DATE_PATTERNS:
        match = pattern.search(head)
        if match:
            parts = dict(zip(order, match.groups(), strict=True))
            iso = _iso(parts)
            if iso:
                found.append((match.start(), iso))
    return min(found)[1] if found else None


def _iso(parts: dict[str, str]) -> str | None:
    month = int(parts["m"]) if "m" in parts else _month_number(parts["b"])
    try:
        return datetime(int(parts["y"]), month, int(parts["d"])).date().isoformat()
    except ValueError:
        return None


def _month_number(name: str) -> int:
    names = _MONTHS.split("|")
    index = names.index(name.lower())
    return index + 1 if index < 12 else [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][index - 12]
