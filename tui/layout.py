"""Word-wrap a document into screen lines, one sentence starting each line.

The panes render through the Line API, so they need, for any screen row, which sentence and
which character range of the document text it shows. `wrap_document` computes that once per
(width, boilerplate shown) and `display_text` maps article text to something safe to paint:
control characters (ANSI escapes included) become visible one-cell symbols, one character for
one character, so document offsets still index the displayed string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.cells import cell_len

from readers import Document
from readers.textsafe import visible_controls


def display_text(text: str) -> str:
    """`text` with every control character (C0, DEL, C1) replaced by one visible symbol and
    line breaks and tabs by a space (same length): `readers.textsafe.visible_controls`."""
    return visible_controls(text, keep="", blank="\n\r\t\x0b\x0c")


@dataclass(frozen=True, slots=True)
class Line:
    """One screen row of a pane: part of one sentence, or a blank paragraph gap."""

    sentence: int
    """Sentence index, or -1 for a blank separator row."""
    start: int
    """Document offset of the first character shown."""
    end: int
    first: bool = False
    """First row of its sentence."""
    last: bool = False
    """Last row of its sentence."""


@dataclass
class Wrapped:
    """A document laid out at one width."""

    lines: list[Line]
    rows: dict[int, tuple[int, int]]
    """Sentence index to (first row, last row); hidden sentences are absent."""
    width: int


_WORD = re.compile(r"\S+")


def _wrap_sentence(shown: str, base: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of one sentence; returns document (start, end) ranges per row."""
    rows: list[tuple[int, int]] = []
    row_start = row_end = -1
    used = 0
    for match in _WORD.finditer(shown):
        ws, we = match.span()
        w = cell_len(shown[ws:we])
        if row_start >= 0:
            gap = cell_len(shown[row_end:ws])
            if used + gap + w <= width:
                used += gap + w
                row_end = we
                continue
            rows.append((row_start, row_end))
            row_start = -1
        while w > width:  # a word longer than a row: hard-break it
            take = taken = 0
            for ch in shown[ws:we]:
                cw = cell_len(ch)
                if taken + cw > width:
                    break
                taken += cw
                take += 1
            take = max(take, 1)
            rows.append((ws, ws + take))
            ws += take
            w = cell_len(shown[ws:we])
        row_start, row_end, used = ws, we, w
    if row_start >= 0 and row_end > row_start:
        rows.append((row_start, row_end))
    return [(base + a, base + b) for a, b in rows] or [(base, base)]


def wrap_document(
    doc: Document, shown: str, width: int, *, show_boilerplate: bool = True
) -> Wrapped:
    """Lay `doc` out in rows of at most `width` cells; `shown` is `display_text(doc.text)`."""
    width = max(width, 4)
    lines: list[Line] = []
    rows: dict[int, tuple[int, int]] = {}
    paragraph = None
    for s in doc.sentences:
        if s.boilerplate and not show_boilerplate:
            continue
        if paragraph is not None and s.paragraph != paragraph:
            lines.append(Line(-1, s.start, s.start))
        paragraph = s.paragraph
        ranges = _wrap_sentence(shown[s.start : s.end], s.start, width)
        first = len(lines)
        for i, (a, b) in enumerate(ranges):
            lines.append(Line(s.index, a, b, first=i == 0, last=i == len(ranges) - 1))
        rows[s.index] = (first, len(lines) - 1)
    return Wrapped(lines, rows, width)
