"""readers: any source (text, Markdown, HTML, EPUB, PDF, stdin, URL) into a `Document`.

Pure Python, no Textual or Rich: usable from scripts and the `samestory` command.
"""

from readers.corpus import Corpus, load
from readers.document import Document, Sentence, Span, content_hash
from readers.errors import ReaderError, UsageError
from readers.load import from_bytes, read
from readers.segment import build_document

__all__ = [
    "Corpus",
    "Document",
    "ReaderError",
    "Sentence",
    "Span",
    "UsageError",
    "build_document",
    "content_hash",
    "from_bytes",
    "load",
    "read",
]
