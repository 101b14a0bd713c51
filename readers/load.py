"""Read one source (file path, `-` for standard input, or http(s) URL) into a `Document`."""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from readers.boilerplate import is_credit_sentence
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
    warnings: Sequence[str] = (),
) -> Document:
    """Build a document from raw bytes; `fmt` None means sniff the content.

    `warnings` (from fetching) are kept on the document with those found while reading.
    """
    if len(data) > MAX_BYTES:
        raise ReaderError(source, _too_large(len(data) if len(data) > MAX_BYTES + 1 else None))
    if not data.strip():
        raise ReaderError(source, "empty file: no text to read")
    fmt = fmt or sniff_format(data)
    ex = _extractor(fmt)(data, source)
    if not ex.text.strip():
        raise ReaderError(source, f"no article text found in this {fmt} file")
    meta = metadata or {}
    doc = build_document(
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
    doc = _mark_credits(doc)
    notes = [*warnings, *ex.warnings]
    content = len(doc.content_sentences)
    if fmt == "html" and content < FEW_SENTENCES:
        notes.append(
            f"only {content} sentence{'' if content == 1 else 's'} extracted: "
            "the page may need a browser (save it from one and open the file)"
        )
    author = meta.get("author") or ex.author
    if notes or author:
        doc = replace(doc, author=author, warnings=tuple(notes))
    return doc


def _mark_credits(doc: Document) -> Document:
    """Mark sentences that are only a photo credit or contributor line as boilerplate, also
    when a caption runs into them ("... in Taipei on December 29. Photo: AP")."""
    credits = [
        s
        for s in doc.sentences
        if not s.boilerplate and not s.heading and is_credit_sentence(s.text)
    ]
    if not credits:
        return doc
    marked = {s.index for s in credits}
    sentences = tuple(
        replace(s, boilerplate=True) if s.index in marked else s for s in doc.sentences
    )
    spans = sorted([*doc.boilerplate, *(s.span for s in credits)], key=lambda sp: sp.start)
    return replace(doc, sentences=sentences, boilerplate=tuple(spans))


FEW_SENTENCES = 4
"""A web page giving fewer content sentences than this gets a warning: the article is
probably drawn by scripts (only a caption or a teaser is in the HTML)."""


def _stat(path: Path) -> os.stat_result:
    """`os.stat(path)` with each failure as a one-line error naming what is wrong."""
    source = str(path)
    try:
        return path.stat()
    except FileNotFoundError:
        raise UsageError(source, "no such file or directory") from None
    except PermissionError:
        raise ReaderError(source, "permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UsageError(
                source, "symbolic link loop (the link points back to itself)"
            ) from None
        if exc.errno == errno.ENAMETOOLONG:
            raise UsageError(source, "file name too long") from None
        raise ReaderError(source, exc.strerror or str(exc)) from None


_KINDS = [
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
]


def read_capped(path: Path) -> bytes:
    """The bytes of a regular file, refusing anything else and anything over `MAX_BYTES`.

    The file type is checked before opening (opening a FIFO waits for a writer forever) and at
    most `MAX_BYTES + 1` bytes are ever read, whatever the file says its size is (`/proc`
    files say 0, devices never end).
    """
    source = str(path)
    info = _stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(source, "is a directory (open it as a corpus)")
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
        raise UsageError(source, f"is {kind}, not a file: give a file, a folder or '-'")
    if info.st_size > MAX_BYTES:
        raise ReaderError(source, _too_large(info.st_size))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # swapped since the check
                raise UsageError(source, "not a regular file")
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise ReaderError(source, "permission denied") from None
    except IsADirectoryError:
        raise UsageError(source, "is a directory (open it as a corpus)") from None
    except OSError as exc:
        raise ReaderError(source, exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:
        raise ReaderError(source, _too_large(None))
    return data


def _too_large(size: int | None) -> str:
    limit = f"the limit is {MAX_BYTES // 2**20} MiB"
    if size is None:
        return f"file too large (over the {MAX_BYTES // 2**20} MiB limit)"
    return f"file too large ({size / 1e6:.1f} MB; {limit})"


def read_path(path: Path, *, metadata: dict[str, str] | None = None) -> Document:
    """Read one file."""
    data = read_capped(path)
    fmt = FORMATS.get(path.suffix.lower())
    if metadata is None:
        from readers.metadata import metadata_for

        metadata = metadata_for(path)
    return from_bytes(data, str(path), fmt=fmt, metadata=metadata)


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")

SUPPORTED_SCHEMES = ("http", "https")


def url_scheme(source: str) -> str | None:
    """The scheme of `source` in lower case when it looks like a URL (`name://...`), else None."""
    match = _SCHEME.match(source)
    return match.group(1).lower() if match else None


def check_url(source: str) -> str:
    """`source` with its scheme in lower case; a `UsageError` for schemes other than http(s)."""
    scheme = url_scheme(source)
    if scheme not in SUPPORTED_SCHEMES:
        hint = " (give the path itself, without file://)" if scheme == "file" else ""
        raise UsageError(
            source,
            f"unsupported URL scheme {scheme}://; samestory reads http:// and https:// URLs, "
            f"files, folders and '-'{hint}",
        )
    return scheme + source[len(scheme) :]


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
        if url_scheme(source) is not None:
            from readers.url import read_url

            return read_url(check_url(source), metadata=metadata, timeout=timeout)
        source = Path(source)
    return read_path(source, metadata=metadata)
