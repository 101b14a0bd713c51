"""Fetch an http(s) URL (stdlib urllib) with a timeout and a size cap, then read it by type.

The response's content type decides the reader: HTML, plain text, Markdown, PDF or EPUB; a
missing or generic type (`application/octet-stream`) is sniffed from the bytes. Anything else
(images, audio, archives), HTTP errors, time-outs, refused connections and oversized bodies
become one-line `ReaderError`s naming the URL and the reason.
"""

from __future__ import annotations

import contextlib
import http.client
import math
import os
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from email.message import Message
from typing import Any

from readers.document import Document
from readers.errors import ReaderError, UsageError
from readers.load import MAX_BYTES, from_bytes

DEFAULT_TIMEOUT = 10.0
"""Seconds a whole fetch may take (connect, headers, body); `SAMESTORY_URL_TIMEOUT` overrides."""

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


MAX_TIMEOUT = 24 * 3600.0
"""Largest time limit accepted (a day); `inf` and `1e400` are usage errors."""


def check_timeout(value: float, where: str = "--timeout") -> float:
    """`value` when it is a usable time limit in seconds, else a one-line `UsageError`."""
    if not (isinstance(value, int | float) and math.isfinite(value)) or value <= 0:
        raise UsageError(where, f"must be a number of seconds above 0, not {value!r}")
    if value > MAX_TIMEOUT:
        raise UsageError(where, f"at most {MAX_TIMEOUT:g} seconds (a day), not {value:g}")
    return float(value)


def default_timeout() -> float:
    value = os.environ.get("SAMESTORY_URL_TIMEOUT", "")
    try:
        number = float(value) if value else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT
    return number if math.isfinite(number) and 0 < number <= MAX_TIMEOUT else DEFAULT_TIMEOUT


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


Progress = Callable[[str, int, int | None], None]
"""`progress(url, bytes_so_far, total_or_None)`, called as a body arrives."""

_progress: Progress | None = None


def report_progress(callback: Progress | None) -> None:
    """Call `callback` while URL bodies arrive (the command line shows it on a terminal)."""
    global _progress
    _progress = callback


class _Deadline:
    """The time left of one whole fetch: every socket wait gets at most what is left."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()

    def check(self, url: str) -> float:
        left = self.left()
        if left <= 0:
            raise ReaderError(url, f"timed out after {self.seconds:g} s")
        return left


def _set_socket_timeout(response: object, seconds: float) -> None:
    """Shorten the socket's wait to what is left of the deadline (best effort: the socket
    is reached through the response's file object)."""
    raw = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.settimeout(max(seconds, 0.001))


def _read_capped(response: Any, url: str, deadline: _Deadline, length: int | None) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        _set_socket_timeout(response, deadline.check(url))
        chunk = response.read1(64 * 1024)
        if not chunk:
            break
        total += len(chunk)
        if total > MAX_BYTES:
            raise ReaderError(url, f"response too large (over {MAX_BYTES // 2**20} MiB)")
        chunks.append(chunk)
        if _progress is not None:
            _progress(url, total, length)
    if length is not None and total < length:
        raise ReaderError(
            url, f"truncated response: the connection closed after {total} of {length} bytes"
        )
    return b"".join(chunks)


Fetched = tuple[bytes, str, str | None, str]


def fetch(url: str, *, timeout: float | None = None) -> Fetched:
    """GET `url`: (body, content type, charset, final URL). Raises `ReaderError` on failure.

    `timeout` is a deadline for the whole fetch (connecting, redirects, headers and body), not
    for each read: a server sending a byte now and then cannot keep it going. The fetch runs
    in a worker thread that is given up at the deadline; the thread itself stops within the
    time left, as each of its socket waits is limited to that.
    """
    timeout = default_timeout() if timeout is None else check_timeout(timeout)
    deadline = _Deadline(timeout)
    result: list[Fetched | BaseException] = []

    def work() -> None:
        try:
            result.append(_fetch(url, timeout, deadline))
        except BaseException as exc:  # handed to the calling thread
            result.append(exc)

    worker = threading.Thread(target=work, name="samestory-fetch", daemon=True)
    worker.start()
    worker.join(timeout + 0.2)
    if not result:
        raise ReaderError(url, f"timed out after {timeout:g} s")
    outcome = result[0]
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def _fetch(url: str, timeout: float, deadline: _Deadline) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with _opener().open(request, timeout=timeout) as response:
            length = _content_length(response.headers.get("Content-Length"))
            if length is not None and length > MAX_BYTES:
                raise ReaderError(
                    url,
                    f"response too large ({length / 1e6:.1f} MB; the limit is "
                    f"{MAX_BYTES // 2**20} MiB)",
                )
            content_type = response.headers.get("Content-Type", "") or ""
            format_for(content_type, url)  # refuse images etc. before reading the body
            body = _read_capped(response, url, deadline, length)
            return body, content_type, _charset(response.headers), response.geturl() or url
    except ReaderError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400 and "not allowed" in str(exc.msg):
            target = exc.headers.get("Location", "") if exc.headers else ""
            raise ReaderError(
                url, f"redirected to {target!r}: only http:// and https:// are followed"
            ) from None
        if 300 <= exc.code < 400:
            raise ReaderError(
                url, f"too many redirects (HTTP {exc.code}; a redirect loop?)"
            ) from None
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
    except http.client.HTTPException as exc:
        raise ReaderError(url, f"malformed HTTP reply ({_http_problem(exc)})") from None
    except ConnectionError as exc:
        raise ReaderError(url, f"connection failed ({exc.strerror or exc})") from None
    except (OSError, ValueError) as exc:
        raise ReaderError(url, f"cannot fetch ({exc})") from None


def _content_length(value: str | None) -> int | None:
    if value and value.strip().isdigit() and len(value.strip()) < 19:
        return int(value.strip())
    return None


def _http_problem(exc: http.client.HTTPException) -> str:
    if isinstance(exc, http.client.LineTooLong):
        return "a header line over 64 KiB"
    if isinstance(exc, http.client.IncompleteRead):
        return "the body ended early or its chunked encoding is broken"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without replying"
    if isinstance(exc, http.client.BadStatusLine):
        return "not an HTTP server reply"
    text = str(exc)
    if "headers" in text:
        return "too many header lines"
    return text or type(exc).__name__


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (a redirect to file:// or ftp:// is refused)."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        scheme = newurl.split(":", 1)[0].lower() if "://" in newurl else "http"
        if scheme not in ("http", "https"):
            raise ReaderError(
                req.full_url, f"redirected to {newurl!r}: only http:// and https:// are followed"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_HttpOnlyRedirects())


def read_url(
    url: str, *, metadata: dict[str, str] | None = None, timeout: float | None = None
) -> Document:
    """Fetch `url` and read it into a `Document` whose `url` is the address fetched."""
    body, content_type, charset, final_url = fetch(url, timeout=timeout)
    fmt = format_for(content_type, url)
    notes: list[str] = []
    if fmt in ("txt", "md") and charset and not body.startswith(_BOMS):
        body = _recode(body, charset, notes)
    meta = dict(metadata or {})
    meta.setdefault("url", final_url)
    return from_bytes(body, url, fmt=fmt, metadata=meta, warnings=notes)


def _recode(body: bytes, charset: str, notes: list[str]) -> bytes:
    """`body` re-encoded as UTF-8 from the server's charset when that charset fits the bytes;
    otherwise unchanged (the reader detects the encoding) with a note in `notes`.

    A declared UTF-16/32 is only believed for bytes that look like it (NUL bytes in ASCII
    text): a UTF-8 body labelled `charset=utf-16` would otherwise decode to CJK mojibake.
    """
    wide = charset.replace("_", "-").startswith(("utf-16", "utf16", "utf-32", "utf32"))
    if wide and b"\x00" not in body[:4096]:
        notes.append(f"the server says charset={charset}, which does not fit the text; ignored")
        return body
    try:
        return body.decode(charset).encode("utf-8")
    except LookupError:
        notes.append(f"unknown charset {charset!r} from the server; detected instead")
    except UnicodeDecodeError:
        notes.append(f"the text is not valid {charset} as the server says; detected instead")
    return body
