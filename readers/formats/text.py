"""Plain text (.txt and unknown text files)."""

from __future__ import annotations

from readers.decode import decode_bytes
from readers.extracted import Extracted


def extract(data: bytes, source: str) -> Extracted:
    return Extracted(text=decode_bytes(data, source))
