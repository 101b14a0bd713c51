"""`samestory read PATH...`: print parsed documents so the readers can be checked headless.

One file, URL or `-` prints that document (JSON: the `Document.to_dict()` object). Several
sources or a folder print every document read (JSON: `{"corpus", "documents", "errors"}`);
a source that cannot be read is reported on stderr as "skipped ..." and the others still print.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

import readers
from readers.document import Document
from readers.textsafe import json_text
from samestory.commands.sources import (
    FetchProgress,
    add_timeout_argument,
    load_sources,
    warn_documents,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="file, folder (corpus), '-' for standard input, or an http(s) URL",
    )
    parser.add_argument(
        "--format", choices=["json", "text"], default="text", help="output format (default: text)"
    )
    add_timeout_argument(parser)


def _write_text(doc: Document, out: TextIO) -> None:
    out.write(f"# {doc.source}\n")
    for key in ("title", "author", "outlet", "date", "url"):
        value = getattr(doc, key)
        if value:
            out.write(f"{key}: {value}\n")
    out.write(f"id: {doc.id}  format: {doc.format}  sentences: {len(doc.sentences)}\n\n")
    for s in doc.sentences:
        flag = "B" if s.boilerplate else ("H" if s.heading else " ")
        text = " ".join(s.text.split())
        out.write(f"{s.index:>4} {flag} [{s.start}:{s.end}] {text}\n")


def _single(paths: list[str]) -> bool:
    if len(paths) != 1:
        return False
    src = paths[0]
    return src == "-" or "://" in src or not Path(src).is_dir()


def run(args: argparse.Namespace) -> int:
    out = sys.stdout
    if _single(args.paths):
        with FetchProgress():
            doc = readers.read(args.paths[0], timeout=args.timeout)
        warn_documents([doc])
        if args.format == "json":
            out.write(json_text(doc.to_dict()) + "\n")
        else:
            _write_text(doc, out)
        return 0
    corpus = load_sources(args.paths, timeout=args.timeout)
    if args.format == "json":
        payload = {
            "corpus": corpus.name,
            "documents": [d.to_dict() for d in corpus.documents],
            "errors": [str(e) for e in corpus.errors],
            "warnings": [f"{d.source}: {w}" for d in corpus.documents for w in d.warnings],
        }
        out.write(json_text(payload) + "\n")
    else:
        for i, doc in enumerate(corpus.documents):
            if i:
                out.write("\n")
            _write_text(doc, out)
    return 0
