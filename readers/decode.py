"""Bytes to text: BOMs, UTF-8, cp1252 for mostly-ASCII Western text, else charset-normalizer.

Refuses what is not text (NUL bytes without a UTF-16/32 BOM, or no encoding that fits)
with a `ReaderError` naming the source.
"""

from __future__ import annotations

import codecs

from readers.errors import ReaderError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, source: str) -> str:
    """Decode `data` to text with newlines normalised to `\\n`."""
    if not data.strip():
        raise ReaderError(source, "empty file: no text to read")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalise_newlines(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise ReaderError(source, f"undecodable {encoding} text ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise ReaderError(source, "binary file, not text")
    try:
        return normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    western = _western_text(data)
    if western is not None:
        return normalise_newlines(western)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReaderError(source, "undecodable bytes: no text encoding fits this file")
    text = str(best)
    if _mostly_control(text):
        raise ReaderError(source, "binary file, not text")
    return normalise_newlines(text)


_WESTERN_EXTRA = frozenset("‘’‚“”„–—…€•™†‡ˆ‰Š‹ŒŽšœžŸƒ˜›")


def _western_text(data: bytes) -> str | None:
    """`data` as cp1252 when it is mostly ASCII and every other byte is Western punctuation
    or a Latin letter there: English or European news copy saved by Windows tools. Short texts
    like that are where statistical detection guesses wrong (a curly quote read as cp850)."""
    high = sum(1 for b in data if b >= 0x80)
    if not high or high > len(data) // 4:
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    ok = all(ch in _WESTERN_EXTRA or (0xA0 <= ord(ch) <= 0xFF) for ch in text if ord(ch) >= 0x80)
    return text if ok else None


def _mostly_control(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(sample) > 0.05
