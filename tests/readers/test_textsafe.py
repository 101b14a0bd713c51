"""`readers.textsafe`: the one implementation of control-character visibility and of the
Markdown and HTML escapers (the reader, the commands and the exports all use it)."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from readers.textsafe import (
    css_color,
    html_text,
    json_text,
    markdown_code,
    markdown_inline,
    one_line,
    visible_controls,
)


def test_every_c0_del_and_c1_control_becomes_visible_one_for_one() -> None:
    controls = "".join(chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)))
    shown = visible_controls(controls, keep="")
    assert len(shown) == len(controls)
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in shown)
    assert shown[0x1B] == "\u241b" and shown[0x20] == "\u2421" and shown[-1] == "\ufffd"
    assert visible_controls("a\nb\tc\x1b") == "a\nb\tc\u241b"  # newline and tab kept
    assert visible_controls("a\nb", keep="", blank="\n") == "a b"


def test_the_reader_uses_the_same_mapping() -> None:
    from tui.layout import display_text

    text = "x\x1b[31m\x9b2J\x9d0;t\x07\x7f\ny"
    assert display_text(text) == visible_controls(text, keep="", blank="\n\r\t\x0b\x0c")
    assert "\x9b" not in display_text(text) and len(display_text(text)) == len(text)


def test_one_line_collapses_reasons() -> None:
    assert one_line(
        "The HTTP server returned a redirect\nThe last 30x error message was:\nFound"
    ) == ("The HTTP server returned a redirect The last 30x error message was: Found")


@pytest.mark.parametrize(
    "text",
    [
        '<script>alert("x")</script>',
        "<img src=x onerror=alert(1)>",
        "![x](http://evil.example/p.png)",
        "[click](javascript:alert(1))",
        "<http://evil.example/>",
        "&lt;script&gt;",
        "*bold* _em_ `code` | cell | ~~gone~~",
        "# heading",
        "- item",
        "1. first",
        "> quote",
    ],
)
def test_markdown_inline_renders_as_the_same_plain_text(text: str) -> None:
    page = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    rendered = page.render(markdown_inline(text)).strip()
    assert rendered.startswith("<p>") and rendered.endswith("</p>"), rendered
    inner = rendered[3:-4]
    assert not re.search(r"<(?!/?p>)", inner.replace("&lt;", "")), rendered  # no tag at all
    import html

    assert html.unescape(inner) == text


def test_markdown_code_cannot_be_closed_from_inside() -> None:
    page = MarkdownIt("commonmark").render(markdown_code("a``b`<img>"))
    assert "<code>a``b`&lt;img&gt;</code>" in page


def test_html_text_and_css_color() -> None:
    assert html_text('<a href="x">\x1b') == "&lt;a href=&quot;x&quot;&gt;\u241b"
    assert css_color("#abc", "white") == "#abc"
    assert css_color("hsl(120, 50%, 80%)", "white") == "hsl(120, 50%, 80%)"
    assert css_color("red; background: url(http://x)", "white") == "white"
    assert css_color("expression(alert(1))", "white") == "white"


def test_json_text_escapes_c1_but_keeps_the_data() -> None:
    import json

    data = {"t": "caf\u00e9 \x1b \x9b \x7f \u2028"}
    text = json_text(data)
    assert "\x9b" not in text and "\x7f" not in text and "\u2028" not in text
    assert "café" in text and json.loads(text) == data
