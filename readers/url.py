"""Fetch an http(s) URL (stdlib urllib) with a timeout and a size cap, then read it by type.

The response's content type decides the reader: HTML, plain text, Markdown, PDF or EPUB; a
missing or generic type (`application/octet-stream`) is sniffed from the bytes. Anything else
(images, audio, archives), HTTP errors, time-outs, refused connections and oversized bodies
become one-line `ReaderError`s naming the URL and the reason.
"""

from __future__ import annotations

import contextlib
import os
import socket
import urllib.error
import urllib.request
from email.message import Message

from readers.document import Document
from readers.errors import ReaderError
from readers.load import MAX_BYTES, from_bytes

DEFAULT_TIMEOUT = 10.0
"""Seconds to wait for the server (connect and each read); `SAMESTORY_URL_TIMEOUT` overrides."""

USER_AGENT = "samestory (comparative reader; +https://pypi.org/project/samestory/)"

_TYPES: dict[str, str | None] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "text/markdown": "md",
    "text/x-markdown": "md",
    "application/pdf": "pdf",
    "application/epub+zip": "epub",
    "application/octet-stream": None,
    "": None,
}
"""Content type to format; None means sniff the bytes."""


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def default_timeout() -> float:
    value = os.environ.get("SAMESTORY_URL_TIMEOUT", "")
    try:
        return float(value) if value else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT


def format_for(content_type: str, url: str) -> str | None:
    """Format name for a Content-Type header value (None: sniff); error for non-text types."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in _TYPES:
        return _TYPES[kind]
    if kind.startswith("text/"):
        return "txt"
    raise ReaderError(url, f"not a text document (content type {kind})")


def _charset(headers: Message) -> str | None:
    charset = headers.get_content_charset()
    return charset.lower() if charset else None


def _read_capped(response: object, url: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = response.read(64 * 1024)  # type: ignore[attr-defined]
        if not chunk:
            break
        total += len(chunk)
        if total > MAX_BYTES:
            raise ReaderError(url, f"response too large (over {MAX_BYTES // 2**20} MiB)")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, *, timeout: float | None = None) -> tuple[bytes, str, str | None, str]:
    """GET `url`: (body, content type, charset, final URL). Raises `ReaderError` on failure."""
    timeout = default_timeout() if timeout is None else timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_BYTES:
                raise ReaderError(
                    url,
                    f"response too large ({int(length) / 1e6:.1f} MB; the limit is "
                    f"{MAX_BYTES // 2**20} MiB)",
                )
            content_type = response.headers.get("Content-Type", "") or ""
            format_for(content_type, url)  # refuse images etc. before reading the body
            body = _read_capped(response, url)
            return body, content_type, _charset(response.headers), response.geturl() or url
    except ReaderError:
        raise
    except urllib.error.HTTPError as exc:
        raise ReaderError(url, f"HTTP error {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise ReaderError(url, f"timed out after {timeout:g} s") from None
        if isinstance(reason, ConnectionRefusedError):
            raise ReaderError(url, "connection refused") from None
        if isinstance(reason, socket.gaierror):
            raise ReaderError(url, "unknown host (name lookup failed)") from None
        raise ReaderError(url, f"cannot fetch ({reason})") from None
    except TimeoutError:
        raise ReaderError(url, f"timed out after {timeout:g} s") from None
    except ConnectionError as exc:
        raise ReaderError(url, f"connection failed ({exc.strerror or exc})") from None
    except (OSError, ValueError) as exc:
        raise ReaderError(url, f"cannot fetch ({exc})") from None


def read_url(
    url: str, *, metadata: dict[str, str] | None = None, timeout: float | None = None
) -> Document:
    """Fetch `url` and read it into a `Document` whose `url` is the address fetched."""
    body, content_type, charset, final_url = fetch(url, timeout=timeout)
    fmt = format_for(content_type, url)
    if fmt in ("txt", "md") and charset and not body.startswith(_BOMS):
        # Trust the server's charset for text; the reader re-detects when it does not fit.
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            body = body.decode(charset).encode("utf-8")
    meta = dict(metadata or {})
    meta.setdefault("url", final_url)
    return from_bytes(body, url, fmt=fmt, metadata=meta)
