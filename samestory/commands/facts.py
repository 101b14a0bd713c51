"""`samestory facts PATH...`: the figures, dates, names and quotes of a set of articles,
lined up across them (agreements, conflicts, facts unique to one article)."""

from __future__ import annotations

import argparse
import sys

from facts.model import FACT_KINDS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (corpora) or URLs")
    parser.add_argument(
        "--format",
        choices=["json", "markdown", "text"],
        default="text",
        help="output format (default: text)",
    )
    parser.add_argument(
        "--kind",
        action="append",
        choices=list(FACT_KINDS),
        help="only facts of this kind (repeatable)",
    )
    from samestory.commands.sources import add_timeout_argument

    add_timeout_argument(parser)


def run(args: argparse.Namespace) -> int:
    from facts import facts
    from facts.render import to_markdown, to_text
    from readers.textsafe import json_text
    from samestory.commands.sources import load_sources

    corpus = load_sources(args.paths, timeout=args.timeout)
    table = facts(corpus.documents)
    kinds = tuple(args.kind) if args.kind else None
    if args.format == "json":
        data = table.to_dict()
        if kinds:
            data["facts"] = [f for f in data["facts"] if f["kind"] in kinds]
        data["documents"] = [
            {"index": i, "source": d.source, "label": d.label, "date": d.date}
            for i, d in enumerate(corpus.documents)
        ]
        sys.stdout.write(json_text(data) + "\n")
    elif args.format == "markdown":
        sys.stdout.write(to_markdown(table, corpus.documents, kinds))
    else:
        sys.stdout.write(to_text(table, corpus.documents, kinds))
    return 0
