"""Fetch an http(s) URL with a timeout and a size cap (to be completed)."""

from __future__ import annotations

from readers.document import Document
from readers.errors import ReaderError


def read_url(url: str, *, metadata: dict[str, str] | None = None) -> Document:
    raise ReaderError(url, "URLs are not supported yet")
