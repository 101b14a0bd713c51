"""Turn plain article text into paragraphs and sentences with exact character spans.

Paragraphs: one per line for line-per-paragraph text (news copy, extracted HTML), or one per
blank-line-separated block for hard-wrapped text (books, e-mail). Sentences: pysbd inside each
paragraph, so a sentence never crosses a paragraph break; each is then located in the text so
that offsets round-trip exactly. pysbd's run time grows with the square of its input, so a long
paragraph (a book without blank lines, a text with no line breaks) is fed to it in windows of
about 2,000 characters, keeping only sentences that end well before each window's cut. A
break pysbd makes between "a.m."/"p.m." and a time-zone abbreviation ("5 p.m. EST on Monday";
the list in data/time_zones.txt comes from dateparser) is undone.
"""

from __future__ import annotations

import calendar
import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import Any

from readers.boilerplate import mark_paragraphs
from readers.document import Document, Sentence, Span

_BLANK_SPLIT = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]\s*$")


_local = threading.local()


def _segmenter() -> Any:
    """One segmenter per thread: a pysbd Segmenter keeps per-call state, so one shared
    between threads (Dask or TUI worker threads) mixes up the sentences of different texts.
    `readers.pysbd_speedup.FastSegmenter` gives pysbd's sentences, faster."""
    segmenter = getattr(_local, "segmenter", None)
    if segmenter is None:
        from readers.pysbd_speedup import FastSegmenter

        segmenter = _local.segmenter = FastSegmenter()
    return segmenter


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_hard_wrapped(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    blocks = [b for b in _BLANK_SPLIT.split(text) if b.strip()]
    if len(lines) < 8 or len(blocks) < 2 or len(lines) < 2 * len(blocks):
        return False
    return median(len(ln) for ln in lines) <= 100


def paragraph_spans(text: str) -> list[Span]:
    """Character spans of the paragraphs of `text`, stripped of surrounding white space."""
    spans: list[Span] = []
    if _is_hard_wrapped(text):
        pos = 0
        for match in [*_BLANK_SPLIT.finditer(text), None]:
            end = match.start() if match else len(text)
            s, e = _strip_span(text, pos, end)
            if s < e:
                spans.append(Span(s, e))
            if match:
                pos = match.end()
        return spans
    pos = 0
    for line in text.splitlines(keepends=True):
        s, e = _strip_span(text, pos, pos + len(line))
        if s < e:
            spans.append(Span(s, e))
        pos += len(line)
    return spans


_DIRECT_LIMIT = 3000
"""Paragraphs up to this many characters go to pysbd whole."""
_WINDOW = 2000
"""Longer ones are fed in windows of about this size (pysbd is quadratic in its input)."""
_MARGIN = 300
"""Sentences ending this close to a window's cut are redone with the next window."""


def _locate(chunk: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Offsets of `pieces` (pysbd output, in order) inside `chunk`, stripped of white space.

    pysbd with `clean=False` returns substrings of its input; should a piece ever differ in
    white space, it is matched character by character ignoring white space, and anything
    unmatched is given to the rest of the chunk so no text is ever lost.
    """
    out: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        core = piece.strip()
        if not core:
            continue
        found = chunk.find(core, cursor)
        if found >= 0:
            start, end = found, found + len(core)
        else:
            span = _match_ignoring_space(chunk, core, cursor)
            if span is None:
                start, end = _strip_span(chunk, cursor, len(chunk))
                if start < end:
                    out.append((start, end))
                return out
            start, end = span
        out.append((start, end))
        cursor = end
    return out


def _match_ignoring_space(chunk: str, core: str, cursor: int) -> tuple[int, int] | None:
    want = [ch for ch in core if not ch.isspace()]
    i = cursor
    while i < len(chunk) and chunk[i].isspace():
        i += 1
    start = i
    k = 0
    while k < len(want) and i < len(chunk):
        if chunk[i].isspace():
            i += 1
            continue
        if chunk[i] != want[k]:
            return None
        i += 1
        k += 1
    return (start, i) if k == len(want) else None


def one_line(text: str) -> str:
    """`text` with its line breaks as spaces, the same length so offsets hold: inside a
    paragraph a line break is wrapping ("$4.5\nbillion" is one figure), not a sentence end."""
    return text.replace("\r", " ").replace("\n", " ")


def _segment_chunk(chunk: str) -> list[tuple[int, int]]:
    """Sentence spans of `chunk`; long chunks go through pysbd window by window. pysbd ends a
    sentence at every line break, so it reads the chunk `one_line`."""
    segment = _segmenter().segment
    chunk = one_line(chunk)
    if len(chunk) <= _DIRECT_LIMIT:
        return _locate(chunk, segment(chunk))
    out: list[tuple[int, int]] = []
    pos = 0
    window = _WINDOW
    while pos < len(chunk):
        end = min(len(chunk), pos + window)
        if end < len(chunk):  # cut at a space (text without spaces is cut anywhere)
            space = chunk.find(" ", end, end + 200)
            end = end if space < 0 else space
        part = chunk[pos:end]
        spans = _locate(part, segment(part))
        if end >= len(chunk):
            out.extend((pos + s, pos + e) for s, e in spans)
            break
        keep = [sp for sp in spans[:-1] if sp[1] <= len(part) - _MARGIN] or spans[:-1]
        if not keep:  # one sentence longer than the window: widen it
            window *= 2
            continue
        out.extend((pos + s, pos + e) for s, e in keep)
        pos += keep[-1][1]
        window = _WINDOW
    return out


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside `text[start:end]`, located exactly and stripped."""
    out: list[tuple[int, int]] = []
    for s, e in _segment_chunk(text[start:end]):
        s, e = _strip_span(text, start + s, start + e)
        if s < e:
            out.append((s, e))
    return _cover(text, start, end, _join_time_zones(text, out))


_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[A-Z]+\b")
_CALENDAR_WORDS = frozenset(
    [
        *calendar.day_name,
        *calendar.day_abbr,
        *calendar.month_name[1:],
        *calendar.month_abbr[1:],
        *("Tues", "Thur", "Thurs", "Sept"),
    ]
)
"""English weekday and month names and their abbreviations (the C locale's, plus the
common longer abbreviations)."""
_CALENDAR_START = re.compile(r"(?:[,\d]|([A-Z][a-z]+)\b)")
_ABBREVIATED_END = re.compile(r"\b([A-Z][a-z]{2,4})\.$")
_COMMA_QUOTE_END = re.compile(r",\s?[\"”’']$")
"""A comma, then a closing quote mark: the sentence goes on after the quote."""


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    """Time-zone abbreviations ("EST", "GMT"), from readers/data/time_zones.txt."""
    path = Path(__file__).resolve().parent / "data" / "time_zones.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def _carries_on(text: str, previous: tuple[int, int], s: int, e: int) -> bool:
    """True when pysbd's break before `text[s:e]` falls inside a date or time: after
    "a.m."/"p.m." before a time zone or a day ("at 5 p.m. EST", "at 2 a.m. Sunday"), or after
    an abbreviated day or month before a date ("Tues., Nov. 8", "on Wed. Jan. 5"), or inside a
    sentence whose quote closes after a comma ("We will rebuild, " Obama said.)."""
    if _COMMA_QUOTE_END.search(text, previous[0], previous[1]):
        return True
    if _CLOCK_END.search(text, previous[0], previous[1]):
        word = _FIRST_WORD.match(text, s, e)
        if word and word.group() in _time_zones():
            return True
        start = _CALENDAR_START.match(text, s, e)
        return bool(start and start[1] in _CALENDAR_WORDS)
    abbreviation = _ABBREVIATED_END.search(text, previous[0], previous[1])
    if abbreviation and abbreviation[1] in _CALENDAR_WORDS:
        start = _CALENDAR_START.match(text, s, e)
        return bool(start and (start[1] is None or start[1] in _CALENDAR_WORDS))
    return False


def _join_time_zones(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a break pysbd makes inside a date or time undone (`_carries_on`): it reads
    the capitalised word after an abbreviation's full stop as a new sentence."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _carries_on(text, out[-1], s, e):
            out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out


def _cover(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Make `spans` cover every non-space character of `text[start:end]`.

    pysbd occasionally drops characters (e.g. the "!!" of "Sen.!!"); any text left between or
    around the sentences joins the sentence before it (or the first one).
    """
    out: list[tuple[int, int]] = []
    cursor = start
    for s, e in spans:
        gap_s, gap_e = _strip_span(text, cursor, s)
        if gap_s < gap_e:
            if out:
                out[-1] = (out[-1][0], gap_e)
            else:
                s = gap_s
        out.append((s, e))
        cursor = e
    tail_s, tail_e = _strip_span(text, cursor, end)
    if tail_s < tail_e:
        if out:
            out[-1] = (out[-1][0], tail_e)
        else:
            out.append((tail_s, tail_e))
    return out


def looks_like_heading(line: str) -> bool:
    """A short line with no closing punctuation, e.g. a title or section heading."""
    words = line.split()
    return (
        0 < len(words) <= 16
        and len(line) <= 120
        and "\n" not in line.strip()
        and not _SENTENCE_END.search(line)
        and line[:1].isupper()
    )


def build_document(
    text: str,
    source: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    url: str | None = None,
    fmt: str = "txt",
    headings: Iterable[Span] = (),
    boilerplate: Iterable[Span] = (),
    guess_headings: bool = True,
) -> Document:
    """Segment `text` and wrap it as a `Document`.

    `headings` are spans a format reader knows to be headings (markdown `#`, HTML `<h2>`);
    `boilerplate` are spans it knows to be page furniture. Both add to the line rules.
    `guess_headings` False turns off taking short unpunctuated lines for headings (for formats
    whose markup says exactly which lines are headings).
    """
    heading_spans = list(headings)
    extra_boiler = list(boilerplate)
    paragraphs = paragraph_spans(text)
    para_texts = [text[p.start : p.end] for p in paragraphs]
    boiler_flags = mark_paragraphs(para_texts)
    for i, p in enumerate(paragraphs):
        if any(b.overlaps(p) for b in extra_boiler):
            boiler_flags[i] = True

    sentences: list[Sentence] = []
    for pi, p in enumerate(paragraphs):
        ptext = para_texts[pi]
        is_heading = any(h.overlaps(p) for h in heading_spans) or (
            guess_headings and not boiler_flags[pi] and looks_like_heading(ptext)
        )
        pieces = [(p.start, p.end)] if is_heading else split_sentences(text, p.start, p.end)
        for s, e in pieces:
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=s,
                    end=e,
                    text=text[s:e],
                    paragraph=pi,
                    boilerplate=boiler_flags[pi],
                    heading=is_heading,
                )
            )

    boiler_spans = tuple(p for p, flag in zip(paragraphs, boiler_flags, strict=True) if flag)
    if title is None:
        first = next((s for s in sentences if not s.boilerplate), None)
        if first is not None and first.heading:
            title = first.text
    return Document(
        text=text,
        source=source,
        sentences=tuple(sentences),
        paragraphs=tuple(paragraphs),
        boilerplate=boiler_spans,
        title=title,
        outlet=outlet,
        date=date,
        url=url,
        format=fmt,
    )
