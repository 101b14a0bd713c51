"""Read one source (file path, `-` for standard input, or http(s) URL) into a `Document`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from readers.document import Document
from readers.errors import ReaderError, UsageError
from readers.extracted import Extracted
from readers.segment import build_document

MAX_BYTES = 20 * 1024 * 1024
"""Largest input accepted (20 MiB): a long book is a few MiB of text; more is a mistake."""

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".epub": "epub",
    ".pdf": "pdf",
}
"""File suffix to format name; files with other suffixes are sniffed."""


def _extractor(fmt: str) -> Callable[[bytes, str], Extracted]:
    if fmt == "md":
        from readers.formats import markdown as mod
    elif fmt == "html":
        from readers.formats import html as mod  # type: ignore[no-redef]
    elif fmt == "epub":
        from readers.formats import epub as mod  # type: ignore[no-redef]
    elif fmt == "pdf":
        from readers.formats import pdf as mod  # type: ignore[no-redef]
    else:
        from readers.formats import text as mod  # type: ignore[no-redef]
    return mod.extract


def sniff_format(data: bytes) -> str:
    """Guess a format from content when the name does not tell."""
    head = data[:2048].lstrip().lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and b"application/epub+zip" in data[:200]:
        return "epub"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "txt"


def from_bytes(
    data: bytes,
    source: str,
    *,
    fmt: str | None = None,
    metadata: dict[str, str] | None = None,
) -> Document:
    """Build a document from raw bytes; `fmt` None means sniff the content."""
    if len(data) > MAX_BYTES:
        raise ReaderError(
            source,
            f"file too large ({len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MiB)",
        )
    if not data.strip():
        raise ReaderError(source, "empty file: no text to read")
    fmt = fmt or sniff_format(data)
    ex = _extractor(fmt)(data, source)
    if not ex.text.strip():
        raise ReaderError(source, f"no article text found in this {fmt} file")
    meta = metadata or {}
    return build_document(
        ex.text,
        source,
        title=meta.get("title") or ex.title,
        outlet=meta.get("outlet") or ex.outlet,
        date=meta.get("date") or ex.date,
        url=meta.get("url") or ex.url,
        fmt=fmt,
        headings=ex.headings,
        boilerplate=ex.boilerplate,
        guess_headings=not ex.headings_known,
    )


def read_path(path: Path, *, metadata: dict[str, str] | None = None) -> Document:
    """Read one file."""
    source = str(path)
    if not path.exists():
        raise UsageError(source, "no such file or directory")
    if path.is_dir():
        raise UsageError(source, "is a directory (open it as a corpus)")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReaderError(
                source,
                f"file too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MiB)",
            )
        data = path.read_bytes()
    except PermissionError:
        raise ReaderError(source, "permission denied") from None
    except OSError as exc:
        raise ReaderError(source, exc.strerror or str(exc)) from None
    fmt = FORMATS.get(path.suffix.lower())
    if metadata is None:
        from readers.metadata import metadata_for

        metadata = metadata_for(path)
    return from_bytes(data, source, fmt=fmt, metadata=metadata)


def read_stdin(*, metadata: dict[str, str] | None = None) -> Document:
    """Read standard input (`-`)."""
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    return from_bytes(data, "-", metadata=metadata)


def read(
    source: str | Path,
    *,
    metadata: dict[str, str] | None = None,
    timeout: float | None = None,
) -> Document:
    """Read a path, `-` (standard input) or an http(s) URL into a `Document`.

    `timeout` (seconds) applies to URLs only; None means `readers.url.default_timeout()`.
    """
    if isinstance(source, str):
        if source == "-":
            return read_stdin(metadata=metadata)
        if source.startswith(("http://", "https://")):
            from readers.url import read_url

            return read_url(source, metadata=metadata, timeout=timeout)
        source = Path(source)
    return read_path(source, metadata=metadata)
