"""http(s) URLs against a local server on 127.0.0.1: formats by content type, and failures."""

from __future__ import annotations

import time

import pytest
from reader_samples import ARTICLE, NEWS_PAGE, closed_port, make_pdf, serve

import readers
from readers import ReaderError
from readers.load import MAX_BYTES


@pytest.fixture(scope="module")
def server():  # type: ignore[no-untyped-def]
    routes = {
        "/news/amnesty": (200, "text/html; charset=utf-8", NEWS_PAGE.encode("utf-8")),
        "/plain": (200, "text/plain; charset=windows-1252", "\n".join(ARTICLE).encode("cp1252")),
        "/notes.md": (200, "text/markdown", b"# Notes\n\nThe vote starts on *December 28*.\n"),
        "/report": (200, "application/pdf", make_pdf()),
        "/photo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
        "/empty": (200, "text/plain", b""),
        "/huge": lambda: (200, "text/plain", b"x" * (MAX_BYTES + 10)),
        "/slow": (200, "text/plain", b"Too late."),
    }
    with serve(routes) as base:
        yield base


def test_html_page(server: str) -> None:
    url = f"{server}/news/amnesty"
    doc = readers.read(url)
    assert doc.source == url and doc.url == url and doc.format == "html"
    assert doc.title == "Junta frees 8,665 prisoners" and doc.outlet == "The Daily Example"
    assert ARTICLE[0] in [s.text for s in doc.sentences]
    assert "COMMENT-TEXT" not in doc.text


def test_plain_text_in_the_servers_charset(server: str) -> None:
    doc = readers.read(f"{server}/plain")
    assert doc.format == "txt" and doc.text == "\n".join(ARTICLE)  # curly ’ survives cp1252


def test_markdown_and_pdf_by_content_type(server: str) -> None:
    md = readers.read(f"{server}/notes.md")
    assert md.format == "md" and [s.text for s in md.sentences] == [
        "Notes",
        "The vote starts on December 28.",
    ]
    pdf = readers.read(f"{server}/report")
    assert pdf.format == "pdf" and "amnesty for 8,665 detainees" in pdf.text


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP error 404 Not Found"),
        ("/photo.png", "not a text document (content type image/png)"),
        ("/empty", "empty file"),
        ("/huge", "too large"),
    ],
)
def test_failures_are_one_line_naming_the_url(server: str, path: str, reason: str) -> None:
    url = f"{server}{path}"
    with pytest.raises(ReaderError) as info:
        readers.read(url)
    assert str(info.value) == f"{url}: {info.value.reason}"
    assert reason in info.value.reason and "\n" not in str(info.value)
    assert info.value.exit_code == 1


def test_timeout(server: str) -> None:
    url = f"{server}/slow"
    start = time.monotonic()
    with pytest.raises(ReaderError) as info:
        readers.read(url, timeout=0.3)
    assert time.monotonic() - start < 3
    assert str(info.value) == f"{url}: timed out after 0.3 s"


def test_connection_refused() -> None:
    url = f"http://127.0.0.1:{closed_port()}/story"
    with pytest.raises(ReaderError) as info:
        readers.read(url, timeout=2)
    assert str(info.value) == f"{url}: connection refused"


def test_a_failing_url_does_not_stop_a_corpus(server: str, seed_dir) -> None:  # type: ignore[no-untyped-def]
    corpus = readers.load(
        [f"{server}/missing", seed_dir / "000_80d7bff7beae6e95.txt", f"{server}/plain"]
    )
    assert len(corpus.documents) == 2
    assert [e.source for e in corpus.errors] == [f"{server}/missing"]
