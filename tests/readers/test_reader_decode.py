"""Encoding detection with real bytes: UTF-8, BOMs, UTF-16, cp1252 and latin-1, and refusals."""

from __future__ import annotations

import codecs
import random

import pytest

import readers
from readers.decode import decode_bytes
from readers.errors import ReaderError


@pytest.fixture(scope="module")
def seed_text(seed_dir) -> str:  # type: ignore[no-untyped-def]
    text = (seed_dir / "000_80d7bff7beae6e95.txt").read_text(encoding="utf-8")
    assert "’" in text and "“" in text and "—" in text  # curly quotes and a dash to get right
    return text


@pytest.mark.parametrize(
    ("label", "encode"),
    [
        ("utf-8", lambda t: t.encode("utf-8")),
        ("utf-8 with BOM", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
        ("utf-16 LE with BOM", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
        ("utf-16 BE with BOM", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
        ("cp1252", lambda t: t.encode("cp1252")),
        ("cp1252 with CRLF", lambda t: t.replace("\n", "\r\n").encode("cp1252")),
    ],
)
def test_seed_text_comes_back_identical(seed_text: str, label: str, encode) -> None:  # type: ignore[no-untyped-def]
    assert decode_bytes(encode(seed_text), label) == seed_text


def test_whole_document_is_the_same_whatever_the_encoding(seed_text: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    utf8 = tmp_path / "a.txt"
    legacy = tmp_path / "b.txt"
    utf8.write_bytes(seed_text.encode("utf-8"))
    legacy.write_bytes(seed_text.encode("cp1252"))
    a, b = readers.read(str(utf8)), readers.read(str(legacy))
    assert a.text == b.text and a.hash == b.hash  # ids differ: the sources differ
    assert [s.text for s in a.sentences] == [s.text for s in b.sentences]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("The café’s “best” dish costs €5 — really.\n", "cp1252"),
        ("Le café de São Paulo a reçu des visiteurs. Über die Straße, naïve façade.\n", "latin-1"),
        ("Президент Беларуси прибыл в Мьянму с государственным визитом.\n" * 2, "cp1251"),
    ],
)
def test_legacy_encodings(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), encoding) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file"),
        (random.Random(7).randbytes(4096) + b"\x00", "binary file"),
        (bytes(range(0x80, 0x100)) * 16, "undecodable"),
    ],
    ids=["empty", "blank", "png", "noise", "high-bytes"],
)
def test_refusals_name_the_source(data: bytes, reason: str) -> None:
    with pytest.raises(ReaderError) as info:
        decode_bytes(data, "some/file.txt")
    message = str(info.value)
    assert message.startswith("some/file.txt: ") and reason in message
    assert "\n" not in message
