"""Helpers for the alignment tests: documents built from lists of sentences."""

from __future__ import annotations

from collections.abc import Sequence

from readers import Document, Sentence, Span


def make_doc(sentences: Sequence[str], source: str, boilerplate: Sequence[int] = ()) -> Document:
    """A document with one sentence per paragraph (exact offsets, no segmenter involved)."""
    parts: list[Sentence] = []
    paras: list[Span] = []
    text = ""
    for k, sent in enumerate(sentences):
        if text:
            text += "\n\n"
        start = len(text)
        text += sent
        parts.append(Sentence(k, start, len(text), sent, k, boilerplate=k in boilerplate))
        paras.append(Span(start, len(text)))
    return Document(text=text, source=source, sentences=tuple(parts), paragraphs=tuple(paras))
