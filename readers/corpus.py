"""A corpus: a folder of documents plus an optional `corpus.toml` of per-file metadata.

```toml
name = "Belarus and Myanmar, November 2025"
[files."000_report.txt"]
outlet = "Realist English"
title = "..."
date = "2025-11-28"
url = "https://..."
```

One unreadable file does not stop the others: it is reported in `Corpus.errors`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from readers.document import Document
from readers.errors import ReaderError, UsageError
from readers.load import FORMATS, read, read_path, url_scheme
from readers.metadata import METADATA_FILE, load_metadata


@dataclass
class Corpus:
    """Documents loaded together, in the order given (folders sorted by file name)."""

    documents: list[Document] = field(default_factory=list)
    errors: list[ReaderError] = field(default_factory=list)
    name: str = "samestory"
    """The corpus.toml name, else the folder name, else `adhoc_name` of the documents."""
    root: Path | None = None
    ids: set[str] = field(default_factory=set, repr=False)
    """Ids of `documents` (kept by `load`: a document given twice is opened once)."""


def corpus_files(folder: Path) -> list[Path]:
    """Readable-looking files of a folder, sorted by name (hidden files and metadata skipped)."""
    try:
        entries = list(folder.iterdir())
    except PermissionError:
        raise ReaderError(str(folder), "permission denied (cannot list this folder)") from None
    except OSError as exc:
        raise ReaderError(str(folder), f"cannot list this folder ({exc.strerror})") from None
    return sorted(
        p
        for p in entries
        if not p.name.startswith(".")
        and p.name != METADATA_FILE
        and (p.suffix.lower() in FORMATS or p.suffix == "")
        and _is_file(p)
    )


def _is_file(path: Path) -> bool:
    """A regular file, or something that will fail to read with a clear reason (a symlink
    loop, a device, a FIFO): only directories are left out of a folder's documents."""
    try:
        return not path.is_dir()
    except OSError:
        return True


def read_folder(folder: Path, corpus: Corpus) -> None:
    """Add every document of `folder` to `corpus`, collecting per-file errors."""
    name, meta = load_metadata(folder)
    if name and (corpus.name == ADHOC or corpus.root == folder):
        corpus.name = name  # the corpus.toml name beats the folder name
    files = corpus_files(folder)
    before = len(corpus.documents)
    failed: list[ReaderError] = []
    for path in files:
        try:
            _add(corpus, read_path(path, metadata=meta.get(path.name)))
        except ReaderError as err:
            corpus.errors.append(err)
            failed.append(err)
    if len(corpus.documents) == before:
        if not failed:
            raise ReaderError(str(folder), "no readable documents in this folder")
        shown = "; ".join(f"{Path(e.source).name}: {e.reason}" for e in failed[:3])
        more = f"; and {len(failed) - 3} more" if len(failed) > 3 else ""
        raise ReaderError(
            str(folder), f"no readable documents in this folder (skipped {shown}{more})"
        )


def _add(corpus: Corpus, doc: Document) -> None:
    """Append `doc` unless the very same document (same text, same source) is already open:
    document ids are unique within a corpus."""
    if len(corpus.ids) != len(corpus.documents):  # documents added from outside
        corpus.ids = {d.id for d in corpus.documents}
    if doc.id in corpus.ids:
        raise UsageError(doc.source, "given twice (opened once)")
    corpus.documents.append(doc)
    corpus.ids.add(doc.id)


ADHOC = "samestory"
"""Placeholder name until the corpus is named after a folder or its documents."""


def adhoc_name(documents: Iterable[Document]) -> str:
    """The name of a corpus of loose files: `files-` and a hash of its documents' ids (in any
    order), so the same files opened again find their highlight sets and other files do not."""
    ids = sorted(d.id for d in documents)
    return "files-" + hashlib.sha256(" ".join(ids).encode()).hexdigest()[:10]


def load(sources: Iterable[str | Path], *, timeout: float | None = None) -> Corpus:
    """Load files, folders (as corpora), URLs and `-` into one `Corpus`.

    `timeout` is the time limit in seconds for fetching each URL (None: the default).
    A corpus with no folder is named after its documents (`adhoc_name`).

    Raises a `ReaderError` only when nothing at all could be read, naming every source and
    why; otherwise per-source errors are collected in `Corpus.errors`.
    """
    corpus = Corpus()
    sources = list(sources)
    failures: list[ReaderError] = []  # one per source that gave nothing
    for src in sources:
        errors_before = len(corpus.errors)
        is_url = isinstance(src, str) and (src == "-" or url_scheme(src) is not None)
        path = None if is_url else Path(src)
        try:
            if path is not None and _is_dir(path):
                if corpus.root is None:
                    corpus.root = path
                    corpus.name = path.resolve().name
                read_folder(path, corpus)
            else:
                _add(corpus, read(src, timeout=timeout))
        except ReaderError as err:
            failures.append(err)
            if len(corpus.errors) == errors_before:  # a folder's files already reported
                corpus.errors.append(err)
    if corpus.root is None and corpus.name == ADHOC and corpus.documents:
        corpus.name = adhoc_name(corpus.documents)
    if not corpus.documents:
        if len(failures) == 1:
            raise failures[0]
        if failures:
            worst = max(failures, key=lambda e: e.exit_code)
            why = "; ".join(f"{e.source}: {e.reason}" for e in failures)
            raise type(worst)("nothing could be read", why)
        raise UsageError("samestory", "no documents given")
    return corpus


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False
