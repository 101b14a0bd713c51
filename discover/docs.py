"""Compact, picklable copies of documents passed from discovery's reading stage to its
alignment stage, so that no file is read (and sentence-split) twice.

A `PackedDocument` keeps the text and the spans as small integer arrays: about the size of
the text itself, against two to three times that for a pickled `Document` (whose sentences
carry their own copy of the text).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from readers import Document, Sentence, Span


@dataclass(frozen=True)
class PackedDocument:
    text: str
    source: str
    sentences: np.ndarray
    """int32 rows of (start, end, paragraph, boilerplate, heading)."""
    paragraphs: np.ndarray
    boilerplate: np.ndarray
    title: str | None
    outlet: str | None
    date: str | None
    url: str | None
    format: str


def _spans(spans: tuple[Span, ...]) -> np.ndarray:
    return np.array([(s.start, s.end) for s in spans], dtype=np.int32).reshape(-1, 2)


def pack(doc: Document) -> PackedDocument:
    rows = [
        (s.start, s.end, s.paragraph, int(s.boilerplate), int(s.heading)) for s in doc.sentences
    ]
    return PackedDocument(
        text=doc.text,
        source=doc.source,
        sentences=np.array(rows, dtype=np.int32).reshape(-1, 5),
        paragraphs=_spans(doc.paragraphs),
        boilerplate=_spans(doc.boilerplate),
        title=doc.title,
        outlet=doc.outlet,
        date=doc.date,
        url=doc.url,
        format=doc.format,
    )


def unpack(packed: PackedDocument) -> Document:
    text = packed.text
    sentences = tuple(
        Sentence(
            index=i,
            start=start,
            end=end,
            text=text[start:end],
            paragraph=paragraph,
            boilerplate=bool(boiler),
            heading=bool(heading),
        )
        for i, (start, end, paragraph, boiler, heading) in enumerate(packed.sentences.tolist())
    )
    return Document(
        text=text,
        source=packed.source,
        sentences=sentences,
        paragraphs=tuple(Span(s, e) for s, e in packed.paragraphs.tolist()),
        boilerplate=tuple(Span(s, e) for s, e in packed.boilerplate.tolist()),
        title=packed.title,
        outlet=packed.outlet,
        date=packed.date,
        url=packed.url,
        format=packed.format,
    )
