"""`samestory corrections list|export|import|delete`: the links and unlinks a person made.

Corrections live in the highlight store (`--data-dir`, else `SAMESTORY_DATA_DIR`, else the
platform default), per corpus. `list CORPUS_PATH...` also re-anchors them in the corpus and
says where each end is now, or that it is not placed (kept, never applied to a guess).
Export/import use W3C Web Annotation JSON-LD with the motivations `samestory:link` and
`samestory:unlink`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from readers.textsafe import json_text, one_line
from samestory.commands.highlights import (
    _store,
    _write_atomic,
    add_data_dir_argument,
    data_dir_parent,
    read_import_file,
)
from samestory.commands.sources import add_timeout_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parent = data_dir_parent()
    add_data_dir_argument(parser)
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("list", parents=[parent], help="list corrections (and where they are now)")
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="the corpus: re-anchor and show where each is"
    )
    p.add_argument("--corpus", help="corpus name (default: the PATHs' corpus, else all)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    add_timeout_argument(p)

    p = sub.add_parser("export", parents=[parent], help="export a corpus' corrections (JSON-LD)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="the corpus (or give --corpus NAME)")
    p.add_argument("--corpus", help="corpus name, as `list` shows it")
    add_timeout_argument(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")

    p = sub.add_parser("import", parents=[parent], help="import corrections from JSON-LD")
    p.add_argument("file", help="JSON-LD file made by 'export' ('-' for standard input)")
    p.add_argument("--corpus", help="store them for this corpus (default: the file's)")

    p = sub.add_parser("delete", parents=[parent], help="delete one correction")
    p.add_argument("id", help="correction id (or its first 6+ characters)")


def run(args: argparse.Namespace) -> int:
    with _store(args) as store:
        action = {"list": _list, "export": _export, "import": _import, "delete": _delete}
        return int(action[args.action](store, args))


def _where(end: Any, docs: list[Any]) -> str:
    sentence = docs[end.doc_index].sentence_at(end.start)
    return f"{end.doc_index}:{sentence.index if sentence else '?'}"


def _list(store: Any, args: argparse.Namespace) -> int:
    from highlights.corrections import list_corrections, resolve_corrections

    corpus_name = args.corpus
    status: dict[str, str] = {}
    if args.paths:
        from samestory.commands.sources import load_sources

        corpus = load_sources(args.paths, timeout=args.timeout)
        corpus_name = corpus_name or corpus.name
        docs = list(corpus.documents)
        items = list_corrections(store, corpus_name)
        placed, unplaced = resolve_corrections(items, docs)
        for p in placed:
            status[p.correction.id] = f"{_where(p.a, docs)} ↔ {_where(p.b, docs)}"
        for u in unplaced:
            status[u.correction.id] = f"not placed: {u.reason}"
    else:
        items = list_corrections(store, corpus_name)
    out = sys.stdout
    if args.format == "json":
        rows = [
            {
                "id": c.id,
                "corpus": c.corpus,
                "kind": c.kind,
                "note": c.note,
                "a": {"source": c.a.doc_source, "exact": c.a.exact},
                "b": {"source": c.b.doc_source, "exact": c.b.exact},
                "status": status.get(c.id, ""),
                "created": c.created,
            }
            for c in items
        ]
        out.write(json_text(rows) + "\n")
        return 0
    if not items:
        out.write(
            "no corrections" + (f" for {one_line(corpus_name)}" if corpus_name else "") + "\n"
        )
        return 0
    for c in items:
        verb = "link  " if c.kind == "link" else "unlink"
        line = f"{c.id[:8]}  {verb}  [{one_line(c.corpus)}]"
        if c.id in status:
            line += f"  {one_line(status[c.id])}"
        out.write(line + "\n")
        out.write(f"    {one_line(Path(c.a.doc_source).name)}: {_short(c.a.exact)}\n")
        out.write(f"    {one_line(Path(c.b.doc_source).name)}: {_short(c.b.exact)}\n")
        if c.note:
            out.write(f"    note: {_short(c.note)}\n")
    return 0


def _short(text: str, width: int = 70) -> str:
    flat = one_line(" ".join(text.split()))
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _export(store: Any, args: argparse.Namespace) -> int:
    from highlights.corrections_jsonld import export_corrections
    from highlights.jsonld import dumps
    from readers.errors import UsageError

    name = args.corpus
    if not name and args.paths:
        from samestory.commands.sources import load_sources

        name = load_sources(args.paths, timeout=args.timeout).name
    if not name:
        raise UsageError("corrections export", "give the corpus: PATH... or --corpus NAME")
    text = dumps(export_corrections(store, name))
    if args.output:
        _write_atomic(Path(args.output), text)
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _import(store: Any, args: argparse.Namespace) -> int:
    from highlights.corrections_jsonld import import_corrections

    text = read_import_file(args.file)
    added, skipped = import_corrections(store, text, args.corpus, args.file)
    line = f"imported {added} correction{'s' if added != 1 else ''}"
    if skipped:
        line += f"; skipped {skipped} already in the store (same id)"
    print(line)
    return 0


def _delete(store: Any, args: argparse.Namespace) -> int:
    from highlights.corrections import delete_correction, find_correction

    c = find_correction(store, args.id)
    delete_correction(store, c.id)
    print(f"deleted {c.kind} correction {c.id[:8]} [{one_line(c.corpus)}]")
    return 0
