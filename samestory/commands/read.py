"""`samestory read PATH`: print one parsed document so the readers can be checked headless."""

from __future__ import annotations

import argparse
import json
import sys

import readers


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="file, '-' for standard input, or an http(s) URL")
    parser.add_argument(
        "--format", choices=["json", "text"], default="text", help="output format (default: text)"
    )


def run(args: argparse.Namespace) -> int:
    doc = readers.read(args.path)
    if args.format == "json":
        json.dump(doc.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    out = sys.stdout
    out.write(f"# {doc.source}\n")
    for key in ("title", "outlet", "date", "url"):
        value = getattr(doc, key)
        if value:
            out.write(f"{key}: {value}\n")
    out.write(f"id: {doc.id}  format: {doc.format}  sentences: {len(doc.sentences)}\n\n")
    for s in doc.sentences:
        flag = "B" if s.boilerplate else ("H" if s.heading else " ")
        text = " ".join(s.text.split())
        out.write(f"{s.index:>4} {flag} [{s.start}:{s.end}] {text}\n")
    return 0
