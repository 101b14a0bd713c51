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

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from readers.document import Document
from readers.errors import ReaderError, UsageError
from readers.load import FORMATS, read, read_path
from readers.metadata import METADATA_FILE, load_metadata


@dataclass
class Corpus:
    """Documents loaded together, in the order given (folders sorted by file name)."""

    documents: list[Document] = field(default_factory=list)
    errors: list[ReaderError] = field(default_factory=list)
    name: str = "samestory"
    root: Path | None = None


def corpus_files(folder: Path) -> list[Path]:
    """Readable-looking files of a folder, sorted by name (hidden files and metadata skipped)."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and not p.name.startswith(".")
        and p.name != METADATA_FILE
        and (p.suffix.lower() in FORMATS or p.suffix == "")
    )


def read_folder(folder: Path, corpus: Corpus) -> None:
    """Add every document of `folder` to `corpus`, collecting per-file errors."""
    name, meta = load_metadata(folder)
    if name and (corpus.name == "samestory" or corpus.root == folder):
        corpus.name = name  # the corpus.toml name beats the folder name
    files = corpus_files(folder)
    before = len(corpus.documents)
    failed: list[ReaderError] = []
    for path in files:
        try:
            corpus.documents.append(read_path(path, metadata=meta.get(path.name)))
        except ReaderError as err:
            corpus.errors.append(err)
            failed.append(err)
    if len(corpus.documents) == before:
        if not failed:
            raise UsageError(str(folder), "no readable documents in this folder")
        shown = "; ".join(f"{Path(e.source).name}: {e.reason}" for e in failed[:3])
        more = f"; and {len(failed) - 3} more" if len(failed) > 3 else ""
        raise UsageError(
            str(folder), f"no readable documents in this folder (skipped {shown}{more})"
        )


def load(sources: Iterable[str | Path], *, timeout: float | None = None) -> Corpus:
    """Load files, folders (as corpora), URLs and `-` into one `Corpus`.

    `timeout` is the time limit in seconds for each URL (None: the default).

    Raises `UsageError` only when nothing at all could be read; otherwise per-source errors
    are collected in `Corpus.errors`.
    """
    corpus = Corpus()
    sources = list(sources)
    failures: list[ReaderError] = []  # one per source that gave nothing
    for src in sources:
        errors_before = len(corpus.errors)
        path = Path(src) if not (isinstance(src, str) and (src == "-" or "://" in src)) else None
        try:
            if path is not None and path.is_dir():
                if corpus.root is None:
                    corpus.root = path
                    corpus.name = path.resolve().name
                read_folder(path, corpus)
            else:
                corpus.documents.append(read(src, timeout=timeout))
        except ReaderError as err:
            failures.append(err)
            if len(corpus.errors) == errors_before:  # a folder's files already reported
                corpus.errors.append(err)
    if not corpus.documents:
        if len(failures) == 1:
            raise failures[0]
        if failures:
            worst = max(failures, key=lambda e: e.exit_code)
            raise type(worst)(", ".join(e.source for e in failures), "nothing could be read")
        raise UsageError("samestory", "no documents given")
    return corpus
