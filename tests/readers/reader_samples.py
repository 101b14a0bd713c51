"""Real sample inputs for the reader tests: a news web page, an EPUB, PDFs, a local web server.

Everything is built here, in the test run: the EPUB with ebooklib, the PDFs with reportlab,
and the HTTP server is a `http.server` on 127.0.0.1 (a free port) in a thread.
"""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = [
    "Myanmar’s military government announced a mass amnesty for 8,665 detainees on Thursday, "
    "state media said, many of them imprisoned for opposing military rule.",
    "The release was seen as an attempt to reduce public tension ahead of the December "
    "elections, which critics have called a sham designed to legitimise the junta.",
    "Lt Gen Tin Maung Win, a senior officer, said the U.S. sanctions would not change the plan. "
    "Observers from Belarus will monitor the vote.",
]

NEWS_PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Junta frees 8,665 prisoners | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Junta frees 8,665 prisoners">
<meta property="article:published_time" content="2025-11-27T10:00:00Z">
<link rel="canonical" href="https://example.org/news/amnesty">
<script>var tracking = "TRACKING-SCRIPT-TEXT";</script>
<style>body {{ color: black; }}</style>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sport">NAVIGATION-SPORT-LINK</a></li></ul></nav></header>
<main><article>
<h1>Junta frees 8,665 prisoners</h1>
<p class="byline">By Jane Doe</p>
<p>{ARTICLE[0].replace("8,665", "<b>8,665</b>")}</p>
<h2>A move before the vote</h2>
<p>{ARTICLE[1]}</p>
<p>{ARTICLE[2].replace("U.S.", '<a href="/us">U.S.</a>')}</p>
<ul><li>Census teams operated in only 145 of 330 townships.</li>
<li>The vote starts on December 28.</li></ul>
</article>
<aside class="sidebar"><h3>Recommended Stories</h3><ul>
<li><a href="/a">ASIDE-STORY about football scores on a rainy Sunday afternoon</a></li></ul></aside>
</main>
<section id="comments" class="comments"><h3>3 Comments</h3>
<div class="comment"><p>COMMENT-TEXT this is a disgrace and everyone should know it now.</p></div>
</section>
<footer><p>FOOTER-TEXT © 2025 The Daily Example. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>
"""
"""A realistic news page: the dropped parts carry marker words the tests look for."""

DROPPED_MARKERS = ["TRACKING", "NAVIGATION", "ASIDE-STORY", "COMMENT-TEXT", "FOOTER-TEXT"]


def make_epub() -> bytes:
    """A two-chapter EPUB built with ebooklib."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("samestory-test-book")
    book.set_title("Two Capitals")
    book.set_language("en")
    book.add_author("Ann Author")
    book.add_metadata("DC", "date", "2024-03-05")
    ch1 = epub.EpubHtml(title="Minsk", file_name="ch1.xhtml", lang="en")
    ch1.content = (
        "<html><body><h1>Chapter One: Minsk</h1>"
        f"<p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p></body></html>"
    )
    ch2 = epub.EpubHtml(title="Naypyidaw", file_name="ch2.xhtml", lang="en")
    ch2.content = f"<html><body><h2>Chapter Two: Naypyidaw</h2><p>{ARTICLE[2]}</p></body></html>"
    for ch in (ch1, ch2):
        book.add_item(ch)
    book.toc = (ch1, ch2)
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", ch1, ch2]
    out = io.BytesIO()
    epub.write_epub(out, book)
    return out.getvalue()


PDF_LINES = [
    "Myanmar's military government announced a mass am-",
    "nesty for 8,665 detainees on Thursday, state media said,",
    "many of them imprisoned for opposing military rule.",
    "",
    "The Myanmar-",
    "Belarus roadmap covers trade and industry. Observers from",
    "Belarus will monitor the vote in December, officials said.",
]


def make_pdf(*, lines: list[str] | None = None, encrypt: str | None = None) -> bytes:
    """A one-page PDF with a real text layer (reportlab), line by line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, encrypt=encrypt)
    c.setTitle("Amnesty report")
    c.setAuthor("Example Wire")
    y = 800
    for line in PDF_LINES if lines is None else lines:
        if line:
            c.drawString(60, y, line)
        y -= 16
    c.showPage()
    c.save()
    return out.getvalue()


def make_scanned_pdf() -> bytes:
    """A PDF page with only a drawing on it: no text layer, like a scan."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    return out.getvalue()


Route = tuple[int, str, bytes]
"""Status, content type, body."""


@contextmanager
def serve(routes: dict[str, Route | Callable[[], Route]]) -> Iterator[str]:
    """Serve `routes` on 127.0.0.1 (a free port) in a thread; yields the base URL.

    A route whose value is `"slow"` in the path (`/slow...`) waits up to 5 s before answering,
    so a client with a shorter timeout gives up first.
    """
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.startswith("/slow"):
                deadline = time.monotonic() + 5
                while not stop.is_set() and time.monotonic() < deadline:
                    time.sleep(0.05)
            route = routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            status, ctype, body = route() if callable(route) else route
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
