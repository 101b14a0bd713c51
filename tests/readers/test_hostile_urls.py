"""Hostile HTTP servers on 127.0.0.1: malformed replies, trickled bodies, short bodies, lying
charsets, redirect loops, bad time limits. Each is one line with exit status 1 (2 for a bad
option), within the deadline, never a traceback."""

from __future__ import annotations

import time

import pytest
from hostile import assert_one_line, raw_server, reply, run, trickle

import readers
from readers import ReaderError

BODY = (
    "The minister said the talks would resume on Monday. Officials from both sides confirmed "
    "the date. The agreement covers trade, energy and border crossings.\n"
)


def _http(body: bytes, *headers: str, status: str = "200 OK") -> bytes:
    head = [f"HTTP/1.1 {status}", *headers, "Connection: close"]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (
            b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\nhello",
            "a header line over 64 KiB",
        ),
        (
            b"HTTP/1.1 200 OK\r\n"
            + b"".join(b"X-%d: y\r\n" % i for i in range(150))
            + b"\r\nhello",
            "too many header lines",
        ),
        (
            _http(b"zz\r\nnot hex\r\n", "Content-Type: text/plain", "Transfer-Encoding: chunked"),
            "chunked encoding is broken",
        ),
        (b"SSH-2.0-OpenSSH_9.6\r\n\r\n", "not an HTTP server reply"),
    ],
    ids=["header-over-64k", "over-100-headers", "bad-chunked", "not-http"],
)
def test_malformed_replies_are_one_line(
    raw: bytes, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with raw_server(reply(raw)) as base:
        url = f"{base}/page"
        assert_one_line(run(capsys, "read", url), 1, url, "malformed HTTP reply", reason)


def test_the_time_limit_is_for_the_whole_fetch() -> None:
    body = BODY.encode()
    head = _http(b"", "Content-Type: text/plain", f"Content-Length: {len(body)}")
    with raw_server(trickle(head, body, every=0.1)) as base:
        start = time.monotonic()
        with pytest.raises(ReaderError, match="timed out after 1 s"):
            readers.read(f"{base}/slow", timeout=1)
        assert time.monotonic() - start < 5  # each byte came in time; the whole (16 s) did not


def test_a_body_shorter_than_its_content_length_is_refused() -> None:
    raw = _http(BODY.encode()[:40], "Content-Type: text/plain", "Content-Length: 5000")
    with (
        raw_server(reply(raw)) as base,
        pytest.raises(ReaderError, match=r"truncated response: .* after 40 of 5000 bytes"),
    ):
        readers.read(f"{base}/short")


def test_a_utf16_label_on_a_utf8_body_is_not_believed() -> None:
    text = BODY.replace("energy", "énergie — “power”")
    raw = _http(text.encode("utf-8"), "Content-Type: text/plain; charset=utf-16")
    with raw_server(reply(raw)) as base:
        doc = readers.read(f"{base}/mislabelled")
    assert doc.text.strip() == text.strip()
    assert any("charset=utf-16" in w for w in doc.warnings)


def test_a_redirect_loop_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with raw_server(reply(_http(b"", "Location: /again", status="302 Found"))) as base:
        assert_one_line(run(capsys, "read", f"{base}/again"), 1, "too many redirects")


def test_a_redirect_to_a_local_file_is_refused() -> None:
    raw = _http(b"", "Location: file:///etc/passwd", status="302 Found")
    with (
        raw_server(reply(raw)) as base,
        pytest.raises(ReaderError, match="redirected to 'file:///etc/passwd': only http"),
    ):
        readers.read(f"{base}/to-file")


def test_upper_case_scheme_is_a_url() -> None:
    raw = _http(BODY.encode(), "Content-Type: text/plain")
    with raw_server(reply(raw)) as base:
        doc = readers.read(base.replace("http://", "HTTP://") + "/caps")
    assert doc.url is not None and doc.url.startswith("http://")
    assert "border crossings" in doc.text


def test_reason_phrases_with_escapes_are_made_visible(capsys: pytest.CaptureFixture[str]) -> None:
    raw = _http(b"", "Content-Type: text/plain", status="404 Gone\x1b]52;c;eA==\x07")
    with raw_server(reply(raw)) as base:
        assert_one_line(run(capsys, "read", f"{base}/x"), 1, "HTTP error 404", "\u241b]52")


@pytest.mark.parametrize("value", ["inf", "1e400", "nan", "0", "-1"])
@pytest.mark.parametrize("command", ["read", "compare", "facts", "brief"])
def test_timeout_must_be_finite_on_every_command(
    command: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, command, "--timeout", value, "http://127.0.0.1:9/x")
    assert_one_line(result, 2, "--timeout", "must be a number of seconds above 0")


@pytest.mark.parametrize("command", ["read", "compare", "facts", "brief"])
def test_every_command_that_reads_urls_takes_timeout(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader_samples import closed_port

    url = f"http://127.0.0.1:{closed_port()}/x"
    assert_one_line(run(capsys, command, "--timeout", "0.5", url), 1, "connection refused")


def test_highlights_export_and_the_reader_take_timeout(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = run(capsys, "highlights", "export", "S", "--timeout", "inf")
    assert_one_line(result, 2, "--timeout", "must be a number of seconds above 0")
    result = run(capsys, "--timeout", "1e400", "http://127.0.0.1:9/x")
    assert_one_line(result, 2, "--timeout", "must be a number of seconds above 0")


def test_slow_fetches_show_progress_on_a_terminal() -> None:
    import io

    from samestory.commands.sources import FetchProgress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    body = BODY.encode()
    head = _http(b"", "Content-Type: text/plain", f"Content-Length: {len(body)}")
    screen = Terminal()
    with (
        raw_server(trickle(head, body[:-20] + b"", every=0.0)) as base,
        FetchProgress(screen, after=0.0),
        pytest.raises(ReaderError, match="truncated"),
    ):
        readers.read(f"{base}/p")
    assert "\rfetching " in screen.getvalue() and f"of {len(body) // 1000} kB" in screen.getvalue()
    assert screen.getvalue().endswith("\r\x1b[K")  # the line is cleared at the end
    silent = io.StringIO()  # not a terminal: nothing is written
    with raw_server(reply(head + body)) as base, FetchProgress(silent, after=0.0):
        readers.read(f"{base}/q")
    assert silent.getvalue() == ""
