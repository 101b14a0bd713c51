"""`samestory brief PATH...`: a report a reporter can paste or send: what every article
states, where they disagree, which is the likely source of which, and what each outlet added,
dropped or changed, with quotes and character offsets (Markdown, HTML or JSON)."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders (corpora), URLs or '-'"
    )
    parser.add_argument(
        "--format",
        choices=["markdown", "html", "json"],
        default="markdown",
        help="output format (default: markdown)",
    )
    from compare.scorer_choice import SCORER_CHOICES

    parser.add_argument(
        "--scorer",
        choices=list(SCORER_CHOICES),
        default="auto",
        help="sentence scorer (default: auto, i.e. hybrid when its model can run, else lexical)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="recompute instead of reusing a cached alignment"
    )
    from samestory.commands.sources import add_timeout_argument

    add_timeout_argument(parser)


def run(args: argparse.Namespace) -> int:
    from compare.aligner import align
    from compare.scorer_choice import choose
    from compare.semantic import SemanticUnavailable
    from facts import facts
    from provenance.analysis import provenance
    from provenance.brief import build_brief, to_html, to_json, to_markdown
    from samestory.commands.sources import load_sources

    corpus = load_sources(args.paths, timeout=args.timeout)
    docs = corpus.documents
    if len(docs) < 2:
        print("samestory: brief needs at least two documents", file=sys.stderr)
        return 2
    try:
        # The engine picks the scorer, as for `compare`, the reader and the exports.
        alignment = align(docs, scorer=args.scorer, use_cache=not args.no_cache)
        if alignment.fallback:
            print(
                f"samestory: warning: {alignment.fallback}; using the lexical scorer",
                file=sys.stderr,
            )
        from highlights.corrections import apply_stored  # links and unlinks made by hand

        made = choose(alignment.scorer, docs).scorer
        alignment, _ = apply_stored(alignment, corpus.name, scorer=made)
    except SemanticUnavailable as err:
        print(f"samestory: {err}", file=sys.stderr)
        return 2
    table = facts(docs)
    prov = provenance(alignment, table)
    if args.format == "json":
        sys.stdout.write(to_json(prov, table, alignment.groups))
        return 0
    title = f"Brief: {len(docs)} articles"
    sections = build_brief(prov, table, alignment.groups)
    writer = to_html if args.format == "html" else to_markdown
    sys.stdout.write(writer(sections, title))
    return 0
