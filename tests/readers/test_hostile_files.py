"""Hostile local input: device files, FIFOs, symlink loops, bad corpus.toml, control
characters in text and names, archives that unpack to gigabytes, deeply nested HTML.

Each case makes its input and checks the promise: one line on stderr with the documented
exit status (2 usage, 1 unreadable input), no traceback, no raw control character on the
terminal, nothing read past the size cap.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from hostile import assert_no_raw_controls, assert_one_line, run

import readers
from readers import ReaderError

ARTICLE = (
    "The minister said the talks would resume on Monday. Officials from both sides confirmed "
    "the date. The agreement covers trade, energy and border crossings."
)
ESCAPES = "\x1b[31mRED\x1b[0m \x1b]52;c;ZXZpbA==\x07 \x9b2J \x9d0;title\x9c DEL\x7f"


def test_device_file_is_refused_without_reading_it(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "read", "/dev/zero")
    assert_one_line(result, 2, "/dev/zero", "character device")
    with pytest.raises(ReaderError, match="character device"):
        readers.read("/dev/urandom")


def test_fifo_is_refused_instead_of_waiting_forever(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_one_line(run(capsys, "read", str(fifo)), 2, "named pipe (FIFO)")
    # In a folder the FIFO is skipped with its reason and the other files are read.
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    corpus = readers.load([tmp_path])
    assert [Path(d.source).name for d in corpus.documents] == ["good.txt"]
    assert any("named pipe" in str(e) for e in corpus.errors)


def test_never_more_than_the_cap_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    monkeypatch.setattr(importlib.import_module("readers.load"), "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(ReaderError, match="file too large"):
        readers.read(str(path))


def test_symlink_loop_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert_one_line(run(capsys, "read", str(loop)), 2, "symbolic link loop")


@pytest.mark.parametrize(
    ("url", "scheme"),
    [("file:///etc/hostname", "file://"), ("ftp://example.org/a.txt", "ftp://")],
)
def test_unsupported_url_schemes_say_what_works(
    url: str, scheme: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line = assert_one_line(run(capsys, "read", url), 2, f"unsupported URL scheme {scheme}")
    assert "http:// and https://" in line and url in line


def test_every_failed_source_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    elf = tmp_path / "elf.txt"
    elf.write_bytes(b"\x7fELF\x00\x00\x01" * 20)
    missing = tmp_path / "nosuch.txt"
    line = assert_one_line(run(capsys, "read", str(missing), str(elf)), 2)
    assert f"{missing}: no such file or directory" in line
    assert f"{elf}: binary file, not text" in line


def test_a_folder_of_unreadable_files_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 10)
    for command in ("read", "facts", "compare", "brief"):
        assert_one_line(run(capsys, command, str(tmp_path)), 1, "no readable documents")
    assert_one_line(run(capsys, "discover", str(tmp_path)), 1, "could be read")
    assert_one_line(run(capsys, str(tmp_path)), 1, "no readable documents")  # the reader


def test_unlistable_folder_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    real_iterdir = Path.iterdir

    def denied(self: Path):  # type: ignore[no-untyped-def]
        if self == folder:
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", denied)
    for command in ("read", "facts", "compare"):
        assert_one_line(run(capsys, command, str(folder)), 1, "permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_corpus_toml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    meta = tmp_path / "corpus.toml"
    meta.write_text('name = "x"\n', encoding="utf-8")
    meta.chmod(0)
    assert_one_line(run(capsys, "read", str(tmp_path)), 1, "permission denied")


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: p.write_text("a = " + "[" * 5000 + "]" * 5000), "nested too deeply"),
        (lambda p: p.write_text('[files."a.txt"]\noutlet = ["x"]\n'), "must be a string"),
        (lambda p: p.write_text('[files."a.txt"]\ntitle = 3\n'), "not a number"),
        (lambda p: p.write_text("name = [1, 2]\n"), "name must be a string"),
    ],
    ids=["directory", "nested-5000", "outlet-array", "title-number", "name-array"],
)
def test_bad_corpus_toml_is_one_line(
    tmp_path: Path, make, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    make(tmp_path / "corpus.toml")
    assert_one_line(run(capsys, "read", str(tmp_path)), 2, "corpus.toml", reason)


def test_control_characters_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(f"{ARTICLE} {ESCAPES}\n", encoding="utf-8")
    (folder / "b.md").write_text(
        f"---\ntitle: T\x1b]52;c;eA==\x07\nauthor: A\x9b31m\n---\n\n{ARTICLE}\n", encoding="utf-8"
    )
    (folder / "corpus.toml").write_text(
        '[files."a.txt"]\noutlet = "Wire\\u001b[2J\\u009d"\n', encoding="utf-8"
    )
    for argv in (
        ("read", str(folder)),
        ("read", str(folder / "b.md")),
        ("facts", str(folder)),
        ("facts", "--format", "markdown", str(folder)),
    ):
        result = run(capsys, *argv)
        assert result.code == 0, result.err
        assert_no_raw_controls(result.out)
        assert_no_raw_controls(result.err)
    out = run(capsys, "read", str(folder)).out
    assert "\u241b[31mRED" in out and "Wire\u241b[2J\ufffd" in out and "\ufffd31m" in out


def test_json_output_keeps_the_data_but_no_raw_controls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{ARTICLE} {ESCAPES}\n", encoding="utf-8")
    result = run(capsys, "read", "--format", "json", str(path))
    assert_no_raw_controls(result.out)
    data = json.loads(result.out)
    assert ESCAPES in data["sentences"][-1]["text"]  # the exact text, escaped as JSON


def test_file_names_with_newlines_and_escapes_stay_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "two\nlines\x1b[2J.txt"
    path.write_bytes(b"")
    line = assert_one_line(run(capsys, "read", str(path)), 1, "empty file")
    assert "two\u240alines\u241b[2J.txt" in line


def _epub_with_chapter(size: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        with zf.open("OEBPS/chapter.xhtml", "w", force_zip64=True) as fh:
            block = b" " * 2**20
            for _ in range(size // 2**20):
                fh.write(block)
    return out.getvalue()


def test_epub_that_unpacks_too_far_is_refused_before_unpacking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from readers.formats import epub

    assert epub.MAX_UNPACKED == 200 * 2**20
    monkeypatch.setattr(epub, "MAX_UNPACKED", 8 * 2**20)  # the same check, a faster test
    path = tmp_path / "bomb.epub"
    path.write_bytes(_epub_with_chapter(9 * 2**20))
    assert path.stat().st_size < 2**16  # a small file ...
    with pytest.raises(ReaderError, match="unpacks to 9 MiB; the limit is 8 MiB"):
        readers.read(str(path))  # ... refused from its directory, not by unpacking it


def test_ten_thousand_nested_divs_fall_back_to_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    path.write_text(
        "<html><head><title>Talks</title></head><body>"
        + "<div>" * 10_000
        + ARTICLE
        + "</div>" * 10_000
        + "</body></html>",
        encoding="utf-8",
    )
    doc = readers.read(str(path))
    assert "The agreement covers trade, energy and border crossings." in doc.text
    assert any("read as plain text" in w for w in doc.warnings)


def test_a_page_with_very_little_text_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "app.html"
    path.write_text(
        "<html><head><title>Markets live</title></head><body><div id='root'></div>"
        "<figure><figcaption>Traders at the exchange on Monday. Photo: AP</figcaption></figure>"
        "<script>render()</script></body></html>",
        encoding="utf-8",
    )
    result = run(capsys, "read", str(path))
    assert result.code == 0
    assert "sentences extracted: the page may need a browser" in result.err
    assert "warning:" in result.err and str(path) in result.err
