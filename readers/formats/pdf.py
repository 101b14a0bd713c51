"""pdf reader (to be completed)."""

from __future__ import annotations

from readers.errors import ReaderError
from readers.extracted import Extracted


def extract(data: bytes, source: str) -> Extracted:
    raise ReaderError(source, "pdf files are not supported yet")
