"""Turn plain article text into paragraphs and sentences with exact character spans.

Paragraphs: one per line for line-per-paragraph text (news copy, extracted HTML), or one per
blank-line-separated block for hard-wrapped text (books, e-mail). Sentences: pysbd inside each
paragraph, so a sentence never crosses a paragraph break; each is then located in the text so
that offsets round-trip exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from statistics import median

from readers.boilerplate import mark_paragraphs
from readers.document import Document, Sentence, Span

_BLANK_SPLIT = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]\s*$")


@lru_cache(maxsize=1)
def _segmenter():  # type: ignore[no-untyped-def]
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


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


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside `text[start:end]`, located exactly and stripped."""
    chunk = text[start:end]
    out: list[tuple[int, int]] = []
    cursor = 0
    for piece in _segmenter().segment(chunk):
        core = piece.strip()
        if not core:
            continue
        found = chunk.find(core, cursor)
        if found < 0:  # pysbd normalised something: fall back to the rest of the chunk
            found = cursor
            core = chunk[cursor:].strip()
        s, e = _strip_span(text, start + found, start + found + len(core))
        if s < e:
            out.append((s, e))
        cursor = found + len(core)
    if not out:
        s, e = _strip_span(text, start, end)
        if s < e:
            out.append((s, e))
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
) -> Document:
    """Segment `text` and wrap it as a `Document`.

    `headings` are spans a format reader knows to be headings (markdown `#`, HTML `<h2>`);
    `boilerplate` are spans it knows to be page furniture. Both add to the line rules.
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
            not boiler_flags[pi] and looks_like_heading(ptext)
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
