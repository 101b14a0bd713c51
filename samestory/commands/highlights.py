"""`samestory highlights list|export|import|delete`: manage highlight sets from the shell.

The store lives in the data dir (`--data-dir`, else `SAMESTORY_DATA_DIR`, else the platform
default). Export needs the corpus for Markdown counterparts and the HTML report
(`--corpus PATH`); JSON-LD export/import round-trips without it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from readers.textsafe import json_text
from samestory.commands.sources import add_timeout_argument


def add_data_dir_argument(parser: argparse.ArgumentParser) -> None:
    """`--data-dir`, accepted before and after the action (`highlights` and `corrections`)."""
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="folder of the highlight store (default: $SAMESTORY_DATA_DIR or the user data dir)",
    )


def data_dir_parent() -> argparse.ArgumentParser:
    """A parent parser giving each action the `--data-dir` option."""
    parent = argparse.ArgumentParser(add_help=False)
    add_data_dir_argument(parent)
    return parent


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parent = data_dir_parent()
    add_data_dir_argument(parser)
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("list", parents=[parent], help="list sets, or the highlights of one set")
    p.add_argument("set", nargs="?", help="set name or id: list its highlights")
    p.add_argument("--corpus", help="only sets of this corpus (its name, as `list` shows it)")
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("export", parents=[parent], help="export a set")
    p.add_argument("set", help="set name or id")
    p.add_argument(
        "--format",
        choices=["jsonld", "markdown", "html"],
        default="jsonld",
        help="W3C Web Annotation JSON-LD (default), a Markdown brief, or a standalone HTML report",
    )
    p.add_argument(
        "--corpus",
        nargs="+",
        metavar="PATH",
        help="the corpus folder or files (needed for html; gives counterparts in markdown)",
    )
    p.add_argument(
        "--no-align", action="store_true", help="skip alignment (no counterparts or colours)"
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    add_timeout_argument(p)

    p = sub.add_parser("import", parents=[parent], help="import a W3C Web Annotation JSON-LD file")
    p.add_argument("file", help="JSON-LD file made by 'export' ('-' for standard input)")
    p.add_argument("--into", metavar="SET", help="add the highlights to this existing set")

    p = sub.add_parser("delete", parents=[parent], help="delete a set, or one highlight of it")
    p.add_argument("set", help="set name or id")
    p.add_argument("--highlight", metavar="ID", help="delete only this highlight (id or id prefix)")


def _store(args: argparse.Namespace) -> Any:
    import highlights

    data_dir = getattr(args, "data_dir", None)
    store = highlights.open_store(Path(data_dir) if data_dir else None)
    for warning in store.warnings:
        print(f"samestory: {warning}", file=sys.stderr)
    return store


def run(args: argparse.Namespace) -> int:
    with _store(args) as store:
        action = {"list": _list, "export": _export, "import": _import, "delete": _delete}[
            args.action
        ]
        return int(action(store, args))


def _short(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _list(store: Any, args: argparse.Namespace) -> int:
    out = sys.stdout
    if args.set is None:
        sets = store.list_sets(args.corpus)
        if args.format == "json":
            rows = [
                {
                    "id": s.id,
                    "name": s.name,
                    "color": s.color,
                    "corpus": s.corpus,
                    "description": s.description,
                    "highlights": store.count(s.id),
                    "created": s.created,
                    "updated": s.updated,
                }
                for s in sets
            ]
            out.write(json_text(rows) + "\n")
            return 0
        if not sets:
            out.write(f"no highlight sets in {store.path}\n")
            return 0
        for s in sets:
            out.write(
                f"{s.id[:8]}  {s.name}  [{s.corpus}]  {store.count(s.id)} highlights  {s.color}\n"
            )
        return 0
    hs = store.get_set(args.set, args.corpus)
    items = store.highlights(hs.id)
    if args.format == "json":
        from dataclasses import asdict

        out.write(json_text([asdict(h) for h in items]) + "\n")
        return 0
    out.write(f"{hs.name}  [{hs.corpus}]  {len(items)} highlights  {hs.color}\n")
    for h in items:
        name = Path(h.doc_source).name if "://" not in h.doc_source else h.doc_source
        out.write(f"  {h.id[:8]}  {name} [{h.start}:{h.end}]  “{_short(h.exact)}”\n")
        if h.label:
            out.write(f"            label: {_short(h.label)}\n")
        if h.note:
            out.write(f"            note: {_short(h.note)}\n")
    return 0


def _alignment(docs: list[Any]) -> Any:
    if len(docs) < 2:
        return None
    try:
        import compare

        # The reader's scorer choice, so an export shows the scores and counterparts it shows.
        alignment = compare.align(docs, scorer="auto")
        if alignment.fallback:
            print(
                f"samestory: warning: {alignment.fallback}; using the lexical scorer",
                file=sys.stderr,
            )
        return alignment
    except (ImportError, AttributeError, NotImplementedError) as err:
        print(f"samestory: alignment not available ({err}); counterparts left out", file=sys.stderr)
        return None


def _export(store: Any, args: argparse.Namespace) -> int:
    import highlights
    from highlights.jsonld import dumps
    from readers.errors import UsageError

    hs = store.get_set(args.set)
    if args.format == "jsonld":
        text = dumps(highlights.export_jsonld(store, hs.id))
    else:
        if args.format == "html" and not args.corpus:
            raise UsageError("highlights export", "--format html needs --corpus PATH")
        docs = None
        alignment = None
        if args.corpus:
            from samestory.commands.sources import load_sources

            corpus = load_sources(args.corpus, timeout=args.timeout)
            docs = corpus.documents
            if not args.no_align:
                alignment = _alignment(docs)
                if alignment is not None:  # the links and unlinks made by hand
                    from compare.scorer_choice import choose
                    from highlights.corrections import apply_stored

                    made = choose(alignment.scorer, docs).scorer  # pinned links scored alike
                    alignment, _ = apply_stored(
                        alignment, corpus.name, scorer=made, data_dir=store.path.parent
                    )
        if args.format == "markdown":
            text = highlights.export_markdown(store, hs.id, docs, alignment)
        else:
            text = highlights.export_html(store, hs.id, docs or [], alignment)
    if args.output:
        _write_atomic(Path(args.output), text)
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file renamed over it, with the permissions
    a newly created file gets from the user's umask (mkstemp alone would leave 0600)."""
    from readers.errors import UsageError

    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as err:
        raise UsageError(str(path), f"cannot write: {err.strerror}") from None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def read_import_file(name: str) -> str:
    """The JSON-LD text of an import file or `-` (stdin): at most the reader's size cap, UTF-8."""
    from highlights.errors import ImportFormatError
    from readers.errors import ReaderError
    from readers.load import MAX_BYTES, read_capped

    if name == "-":
        raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise ReaderError("-", f"too large (over {MAX_BYTES // 2**20} MiB)")
    else:
        raw = read_capped(Path(name))  # a regular file, at most MAX_BYTES
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(name, "not UTF-8 text (expected JSON-LD)") from None


def _import(store: Any, args: argparse.Namespace) -> int:
    from highlights.jsonld import import_collection, parse

    data = parse(read_import_file(args.file), args.file)
    result = import_collection(store, data, into=args.into, where=args.file)
    hs = result.set
    what = "new set" if result.created else "set"
    line = f"imported {_count(result.imported, 'highlight')} into {what} {hs.name!r} [{hs.corpus}]"
    if result.skipped:
        line += f"; skipped {result.skipped} already in the store (same id)"
    print(line)
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _delete(store: Any, args: argparse.Namespace) -> int:
    from readers.errors import UsageError

    if not args.set.strip():
        raise UsageError("highlights delete", "the set name or id is empty")
    if args.highlight is not None and not args.highlight.strip():
        # An empty --highlight (an unset shell variable) must never mean "the whole set".
        raise UsageError("highlights delete", "--highlight is empty: give a highlight id")
    hs = store.get_set(args.set)
    if args.highlight is not None:
        import highlights

        matches = [h for h in store.highlights(hs.id) if h.id.startswith(args.highlight.lower())]
        if len(matches) != 1:
            what = "no" if not matches else "more than one"
            raise highlights.UnknownSetError(
                "highlights", f"{what} highlight {args.highlight!r} in set {hs.name!r}"
            )
        store.remove(matches[0].id)
        print(f"deleted highlight {matches[0].id[:8]} from set {hs.name!r}")
        return 0
    count = store.count(hs.id)
    store.delete_set(hs.id)
    print(f"deleted set {hs.name!r} [{hs.corpus}] and its {count} highlights")
    return 0
