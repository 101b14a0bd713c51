"""Helpers for the hostile-input tests: the CLI run in process, and a raw TCP server on
127.0.0.1 that answers each connection with whatever bytes a test scripts (malformed HTTP,
trickled bodies)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

import pytest

from samestory.cli import main

RAW_CONTROLS = ["\x1b", "\x07", "\x9b", "\x9d", "\x7f", "\x00"]
"""Characters that must never reach a terminal raw from data."""


@dataclass
class Run:
    code: int
    out: str
    err: str


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    """`samestory ARGV...` in this process; stdout/stderr captured; never a traceback."""
    try:
        code = main(list(argv))
    except SystemExit as done:  # argparse's usage errors
        code = int(done.code or 0)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err, captured.err
    return Run(code, captured.out, captured.err)


def assert_no_raw_controls(text: str) -> None:
    for ch in RAW_CONTROLS:
        assert ch not in text, (repr(ch), text[:300])


def assert_one_line(result: Run, code: int, *parts: str) -> str:
    assert result.code == code, (result.code, result.err)
    lines = result.err.strip("\n").split("\n")
    assert len(lines) == 1, result.err
    for part in parts:
        assert part in lines[0], (part, lines[0])
    assert_no_raw_controls(lines[0])
    return lines[0]


Handler = Callable[[socket.socket], None]


@contextmanager
def raw_server(handler: Handler) -> Iterator[str]:
    """Serve raw bytes on 127.0.0.1 (a free port): `handler(conn)` gets each connection after
    the request has been read. Yields the base URL `http://127.0.0.1:PORT`."""
    stop = threading.Event()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.1)

    def serve_one(conn: socket.socket) -> None:
        with conn, suppress(OSError):
            conn.settimeout(5)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                data += chunk
            handler(conn)

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=serve_one, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        listener.close()


def reply(raw: bytes) -> Handler:
    """A handler sending `raw` and closing."""

    def send(conn: socket.socket) -> None:
        conn.sendall(raw)

    return send


def trickle(head: bytes, body: bytes, every: float) -> Handler:
    """A handler sending `head` at once, then `body` one byte every `every` seconds."""

    def send(conn: socket.socket) -> None:
        conn.sendall(head)
        for i in range(len(body)):
            conn.sendall(body[i : i + 1])
            time.sleep(every)

    return send
