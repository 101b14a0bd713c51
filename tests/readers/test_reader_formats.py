"""Every format from a real file made in the test: .txt, .md, .html, .epub, .pdf."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from reader_samples import (
    ARTICLE,
    DROPPED_MARKERS,
    NEWS_PAGE,
    make_epub,
    make_pdf,
    make_scanned_pdf,
)

import readers
from readers import Document, ReaderError


def _check_offsets(doc: Document) -> None:
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    for h in doc.paragraphs:
        assert doc.text[h.start : h.end].strip() == doc.text[h.start : h.end]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a network connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_txt(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Headline Without A Stop\n" + "\n".join(ARTICLE) + "\n", encoding="utf-8")
    doc = readers.read(str(path))
    _check_offsets(doc)
    assert doc.format == "txt" and doc.title == "Headline Without A Stop"
    assert doc.sentences[0].heading
    assert (
        "Lt Gen Tin Maung Win, a senior officer, said the U.S. sanctions would not change the plan."
        in [s.text for s in doc.sentences]
    )


MARKDOWN = """---
title: Front matter title
date: 2025-11-28
author: Example Wire
---
# Lukashenko *arrives* in Myanmar

NAYPYIDAW — Belarusian President **Alexander Lukashenko** arrived in
[Myanmar](https://example.org/mm) on a state visit. He met `Lt Gen` Tin Maung Win.

## Key figures

- 8,665 detainees were freed in an _amnesty_.
- Census teams worked in 145 of 330 townships

> “No topics are off limits,” he said.

![airport photo](photo.png)
"""


def test_markdown(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = readers.read(str(path))
    _check_offsets(doc)
    assert doc.format == "md"
    assert doc.title == "Lukashenko arrives in Myanmar"  # the first # heading beats front matter
    assert doc.date == "2025-11-28" and doc.author == "Example Wire" and doc.outlet is None
    assert [(s.text, s.heading) for s in doc.sentences] == [
        ("Lukashenko arrives in Myanmar", True),
        (
            "NAYPYIDAW — Belarusian President Alexander Lukashenko arrived in Myanmar on a state visit.",
            False,
        ),
        ("He met Lt Gen Tin Maung Win.", False),
        ("Key figures", True),
        ("8,665 detainees were freed in an amnesty.", False),
        ("Census teams worked in 145 of 330 townships", False),  # a list item, not a heading
        ("“No topics are off limits,” he said.", False),
    ]
    for mark in ("*", "_", "`", "[", "](", "#", "photo.png", "---"):
        assert mark not in doc.text


def test_html_news_page(tmp_path: Path, no_network: None) -> None:
    path = tmp_path / "page.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    doc = readers.read(str(path))
    _check_offsets(doc)
    assert doc.format == "html"
    assert doc.title == "Junta frees 8,665 prisoners"
    assert doc.outlet == "The Daily Example"
    assert doc.date == "2025-11-27"
    assert doc.url == "https://example.org/news/amnesty"
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "Junta frees 8,665 prisoners" and doc.sentences[0].heading
    assert "A move before the vote" in texts
    assert next(s for s in doc.sentences if s.text == "A move before the vote").heading
    for sentence in (ARTICLE[0], ARTICLE[1], "Observers from Belarus will monitor the vote."):
        assert sentence in texts
    assert "Census teams operated in only 145 of 330 townships." in texts
    # One paragraph per line: the three article paragraphs are three lines of the text.
    assert ARTICLE[0] in doc.text.split("\n")
    for marker in DROPPED_MARKERS:
        assert marker not in doc.text, marker
    assert "Recommended Stories" not in doc.text and "3 Comments" not in doc.text


NOTICE = (
    "<html><head><title>Notice</title><script>var x = 1;</script></head><body>"
    "<div>Office closed.</div><div>Back on Monday.</div><nav>Home | About</nav></body></html>"
)


def test_html_short_page_keeps_its_lines(tmp_path: Path, no_network: None) -> None:
    path = tmp_path / "notice.htm"
    path.write_text(NOTICE, encoding="utf-8")
    doc = readers.read(str(path))
    _check_offsets(doc)
    texts = [s.text for s in doc.sentences]
    assert "Office closed." in texts and "Back on Monday." in texts
    assert "var x" not in doc.text


def test_html_falls_back_to_body_text_when_trafilatura_finds_nothing(
    tmp_path: Path, no_network: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import readers.formats.html as html_reader

    monkeypatch.setattr(html_reader, "_trafilatura", lambda data: None)
    path = tmp_path / "notice.htm"
    path.write_text(NOTICE, encoding="utf-8")
    doc = readers.read(str(path))
    _check_offsets(doc)
    assert [(s.text, s.heading) for s in doc.sentences] == [
        ("Notice", True),  # the <title>
        ("Office closed.", False),
        ("Back on Monday.", False),
    ]
    assert "var x" not in doc.text and "About" not in doc.text  # scripts and <nav> dropped


def test_epub(tmp_path: Path) -> None:
    path = tmp_path / "book.epub"
    path.write_bytes(make_epub())
    doc = readers.read(str(path))
    _check_offsets(doc)
    assert (doc.format, doc.title, doc.author, doc.date) == (
        "epub",
        "Two Capitals",
        "Ann Author",
        "2024-03-05",
    )
    texts = [(s.text, s.heading) for s in doc.sentences]
    # Spine order, chapter titles as headings; the navigation page adds nothing.
    assert texts == [
        ("Chapter One: Minsk", True),
        (ARTICLE[0], False),
        (ARTICLE[1], False),
        ("Chapter Two: Naypyidaw", True),
        (
            "Lt Gen Tin Maung Win, a senior officer, said the U.S. sanctions would not change the plan.",
            False,
        ),
        ("Observers from Belarus will monitor the vote.", False),
    ]


def test_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf())
    doc = readers.read(str(path))
    _check_offsets(doc)
    assert (doc.format, doc.title, doc.author) == ("pdf", "Amnesty report", "Example Wire")
    assert doc.outlet is None
    assert doc.text.split("\n") == [
        # "am-" + "nesty" is mended; "Myanmar-" + "Belarus" keeps its hyphen.
        "Myanmar's military government announced a mass amnesty for 8,665 detainees on Thursday, "
        "state media said, many of them imprisoned for opposing military rule.",
        "The Myanmar-Belarus roadmap covers trade and industry. Observers from Belarus will "
        "monitor the vote in December, officials said.",
    ]
    assert len(doc.sentences) == 3


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (make_scanned_pdf, "no text layer (scanned PDF?)"),
        (lambda: make_pdf(encrypt="secret"), "encrypted PDF"),
        (lambda: b"%PDF-1.4\n% broken\n" + b"garbage " * 50, "PDF"),
    ],
)
def test_pdf_refusals(tmp_path: Path, make, reason: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.pdf"
    path.write_bytes(make())
    with pytest.raises(ReaderError) as info:
        readers.read(str(path))
    assert str(info.value).startswith(f"{path}: ") and reason in str(info.value)


def test_broken_epub_is_a_reader_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.epub"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive" * 10)
    with pytest.raises(ReaderError) as info:
        readers.read(str(path))
    assert "not a valid epub" in str(info.value)


def test_formats_are_sniffed_without_a_suffix(tmp_path: Path) -> None:
    for name, data, fmt in [
        ("page", NEWS_PAGE.encode(), "html"),
        ("report", make_pdf(), "pdf"),
        ("notes", "\n".join(ARTICLE).encode(), "txt"),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        assert readers.read(str(path)).format == fmt


def test_import_readers_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, readers\n"
        "heavy = {'trafilatura', 'pypdf', 'ebooklib', 'lxml', 'markdown_it', 'pysbd', 'charset_normalizer'}\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
