"""Which documents of a set are written in different languages: `document_languages(docs)`.

Telling languages apart costs little only when it is not needed, so it is done in two steps:

1. A cheap, language-free test on every pair of documents: their dominant writing systems
   (Unicode script of the letters: Latin, Cyrillic, Greek, Arabic, Han ...) and, for the same
   script, how many of one document's most frequent words occur at all in the other. Two
   articles in one language share their most frequent words (the function words of that
   language: "the", "of", "and" or "de", "la", "et"); a text and its translation share only
   names and figures.
2. Only when some pair fails that test, py3langid (the maintained fork of langid.py, trained on
   97 languages; about one second to load its model) names each document's language.

A set that passes step 1 gets `None` ("one language") without loading anything.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from readers.words import words

if TYPE_CHECKING:
    from readers import Document

TOP_WORDS = 30
"""How many of a document's most frequent words the same-script test looks at."""
SHARED_TOP_WORDS = 0.4
"""Below this share of top words found in the other document (both ways), two documents of
the same script may be in different languages and py3langid is asked."""
SAMPLE_CHARS = 20_000
"""Characters of each document's content read by both steps (the start of the text)."""

_lock = threading.Lock()
_identifier: object | None = None


def document_languages(documents: Sequence[Document]) -> list[str] | None:
    """Each document's language code ("en", "fr", "ru" ...) when at least two documents are
    in different languages, else None (the cheap test found one language, or py3langid did)."""
    samples = [_sample(doc) for doc in documents]
    if len(samples) < 2 or not _may_differ(samples):
        return None
    langs = [classify(text) for text in samples]
    return langs if len(set(langs)) > 1 else None


def classify(text: str) -> str:
    """The language code py3langid gives `text` (its model is loaded once per process)."""
    return str(_get_identifier().classify(text)[0])  # type: ignore[attr-defined]


def classify_among(text: str, languages: Sequence[str]) -> str:
    """The most likely of `languages` for `text` (for short texts such as joined sentences)."""
    ranked = _get_identifier().rank(text)  # type: ignore[attr-defined]
    allowed = set(languages)
    for lang, _ in ranked:
        if lang in allowed:
            return str(lang)
    return str(languages[0])


def _get_identifier() -> object:
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
        return _identifier


def _sample(doc: Document) -> str:
    parts: list[str] = []
    size = 0
    for sentence in doc.sentences:
        if sentence.boilerplate:
            continue
        parts.append(sentence.text)
        size += len(sentence.text) + 1
        if size >= SAMPLE_CHARS:
            break
    return " ".join(parts) if parts else doc.text[:SAMPLE_CHARS]


def _script(text: str) -> str:
    """The writing system of most letters of `text` ("" when it has no letters)."""
    counts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            counts[name.split(" ", 1)[0] if name else "?"] += 1
    if not counts:
        return ""
    script = counts.most_common(1)[0][0]
    return "HAN" if script == "CJK" else script


def _may_differ(samples: Sequence[str]) -> bool:
    scripts = [_script(text) for text in samples]
    vocab = [Counter(w.lower() for w in words(text) if not w[0].isdigit()) for text in samples]
    top = [{w for w, _ in v.most_common(TOP_WORDS)} for v in vocab]
    n = len(samples)
    for a in range(n):
        for b in range(a + 1, n):
            if not scripts[a] or not scripts[b]:
                continue
            if scripts[a] != scripts[b]:
                return True
            if not top[a] or not top[b]:
                continue
            shared = max(
                len(top[a] & vocab[b].keys()) / len(top[a]),
                len(top[b] & vocab[a].keys()) / len(top[b]),
            )
            if shared < SHARED_TOP_WORDS:
                return True
    return False
