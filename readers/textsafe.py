"""Document text made safe to show: control characters made visible, Markdown and HTML escaped.

Everything read from a document (bodies, titles, names, file names, notes) is data. Before it
reaches a terminal it goes through `visible_controls` (C0 controls, DEL and the C1 controls
U+0080-U+009F become visible one-character symbols, so no escape sequence, clipboard write or
bell can pass), before it goes into Markdown through `markdown_inline`, and into HTML through
`html_text`. These are the only implementations; the reader, the commands and the exports
all call them.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

C1_SYMBOL = "\ufffd"
"""Shown for a C1 control character (U+0080-U+009F): they have no control pictures."""

DEL_SYMBOL = "\u2421"  # ␡


def _control_symbol(code: int) -> str:
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ ... ␟ (␛ for ESC)
    if code == 0x7F:
        return DEL_SYMBOL
    return C1_SYMBOL


CONTROL_CODES = (*range(0x20), 0x7F, *range(0x80, 0xA0))
"""Every C0 control, DEL and every C1 control."""

_TABLES: dict[tuple[str, str], dict[int, str]] = {}


def _table(keep: str, blank: str) -> dict[int, str]:
    key = (keep, blank)
    table = _TABLES.get(key)
    if table is None:
        table = {}
        for code in CONTROL_CODES:
            ch = chr(code)
            if ch in keep:
                continue
            table[code] = " " if ch in blank else _control_symbol(code)
        _TABLES[key] = table
    return table


def visible_controls(text: str, *, keep: str = "\n\t", blank: str = "") -> str:
    """`text` with every control character replaced by one visible character.

    Characters in `keep` stay as they are (by default newline and tab, for multi-line terminal
    output); characters in `blank` become a space (the reader's panes blank line breaks).
    The result has the same length as `text`, so document offsets still index it.
    """
    return text.translate(_table(keep, blank))


def has_controls(text: str, *, keep: str = "\n\t") -> bool:
    """True when `text` holds a control character other than those in `keep`."""
    return any(ord(ch) in _table(keep, "") for ch in text)


def one_line(text: str) -> str:
    """`text` for a one-line message: runs of white space become one space, controls visible.

    Used for error messages and reasons from outside (exceptions, HTTP reason phrases).
    """
    return visible_controls(" ".join(text.split()), keep="")


def name_for_message(name: str) -> str:
    """A file name or URL inside a message: every control (newline included) made visible,
    white space kept exactly, so the name is recognisable and the message stays one line."""
    return visible_controls(name, keep="")


# -- Markdown ---------------------------------------------------------------------------------

_MD_ANYWHERE = re.compile(r"([\\`*_\[\]<>|#~&$])")
"""Characters that can start Markdown or HTML syntax anywhere in a line: emphasis, code, links
and images (`[`, `]`), raw HTML and autolinks (`<`), entities (`&`), tables (`|`),
strikethrough (`~`), maths (`$`)."""

_MD_LINE_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))")
"""List markers, setext underlines and ordered-list numbers at the start of a line."""


def markdown_inline(text: str) -> str:
    """Text as one line of inert Markdown: white space collapsed, control characters visible,
    every character that could make emphasis, a link, an image, raw HTML (`<script>`,
    `<img onerror=...>`), an entity or a table cell backslash-escaped."""
    flat = visible_controls(" ".join(text.split()), keep="")
    escaped = _MD_ANYWHERE.sub(r"\\\1", flat)
    return _MD_LINE_START.sub(_escape_line_start, escaped, count=1)


def _escape_line_start(m: re.Match[str]) -> str:
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


def markdown_quote(text: str) -> str:
    """Text as an inert Markdown block quote (one line)."""
    return "> " + markdown_inline(text)


def markdown_code(text: str) -> str:
    """Text (a file name, an id) as an inline code span that no backtick inside can close."""
    flat = visible_controls(" ".join(text.split()), keep="")
    longest = max((len(m) for m in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


# -- HTML -------------------------------------------------------------------------------------


def html_text(text: str) -> str:
    """Text for HTML element content or a quoted attribute: `& < > " '` escaped and control
    characters (invalid in HTML) made visible; newlines and tabs kept."""
    return html.escape(visible_controls(text), quote=True)


_CSS_COLOR = re.compile(
    r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|(?:rgb|hsl)a?\(\s*[\d.%,\s]{1,40}\)", re.ASCII
)


def css_color(value: str | None, default: str) -> str:
    """`value` when it is a plain CSS colour (#rgb, a name, rgb()/hsl()), else `default`:
    a stored colour can never add CSS (`red; background-image: url(...)`) to a style."""
    if value and _CSS_COLOR.fullmatch(value.strip()):
        return value.strip()
    return default


# -- JSON -------------------------------------------------------------------------------------

_RAW_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029]")


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """`data` as JSON text with non-ASCII kept readable but no raw control character:
    json escapes C0 itself; DEL, C1 and the line/paragraph separators are written as \\u
    escapes too (the same data, safe on a terminal)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
