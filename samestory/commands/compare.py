"""`samestory compare PATH...`: align documents and print links, groups and similarity.

Formats: `json` (the stable machine format documented in the README: documents, links,
groups, similarity, facts, conflicts), `markdown` (a readable report) and `text`.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from compare.model import Alignment, SentenceRef


def _score(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {value}")
    return x


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from compare.aligner import MIN_SCORE

    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders (corpora), URLs or '-'"
    )
    parser.add_argument(
        "--format",
        choices=["json", "markdown", "text"],
        default="text",
        help="output format (default: text)",
    )
    parser.add_argument(
        "--min-score",
        type=_score,
        default=None,
        metavar="X",
        help=f"link threshold in [0, 1] (default {MIN_SCORE}); lower finds looser paraphrases",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="recompute instead of reusing a cached alignment"
    )
    # --scorer/--model: added by the semantic-scorer engineer (compare.semantic).
    parser.add_argument(
        "--scorer",
        choices=["lexical", "semantic", "hybrid"],
        default=None,
        help="sentence scorer (default: hybrid when the 'semantic' extra is installed, else lexical)",
    )
    parser.add_argument(
        "--model",
        metavar="PATH",
        default=None,
        help="model directory (model.onnx + tokenizer.json) for the semantic/hybrid scorers",
    )


def _ref(ref: SentenceRef) -> dict[str, int]:
    return {"doc": ref.doc, "sentence": ref.sentence}


def to_json(al: Alignment) -> dict[str, Any]:
    """The documented JSON form of an alignment (the CLI adds "facts" and "conflicts")."""
    return {
        "documents": [
            {
                "id": doc.id,
                "path": doc.source,
                "title": doc.title,
                "sentences": [
                    {
                        "index": s.index,
                        "start": s.start,
                        "end": s.end,
                        "text": s.text,
                        "boilerplate": s.boilerplate,
                    }
                    for s in doc.sentences
                ],
            }
            for doc in al.documents
        ],
        "links": [
            {
                "a": _ref(lk.a),
                "b": _ref(lk.b),
                "score": lk.score,
                "kind": lk.kind,
                "merged": lk.merged,
            }
            for lk in al.links
        ],
        "groups": [[_ref(r) for r in group] for group in al.groups],
        "similarity": al.similarity,
    }


def _oneline(text: str) -> str:
    return " ".join(text.split())


def _write_text(al: Alignment, out: TextIO) -> None:
    docs = al.documents
    out.write(f"{len(docs)} documents, {len(al.links)} links, {len(al.groups)} passage groups, ")
    out.write(f"{len(al.unique)} unique sentences (min score {al.min_score})\n\n")
    for d, doc in enumerate(docs):
        out.write(f"[{d}] {doc.label} ({doc.source})\n")
    out.write("\nsimilarity (share of row's sentences with a counterpart in column):\n")
    out.write("     " + "".join(f"{j:>7}" for j in range(len(docs))) + "\n")
    for i, row in enumerate(al.similarity):
        out.write(f"{i:>4} " + "".join(f"{v:>7.2f}" for v in row) + "\n")
    from compare.groups import containment_lines

    for line in containment_lines(al.similarity):
        out.write(f"contained: {line}\n")
    for g, group in enumerate(al.groups):
        out.write(f"\ngroup {g}:\n")
        for ref in group:
            text = _oneline(docs[ref.doc].sentences[ref.sentence].text)
            out.write(f"  {ref.doc}:{ref.sentence:<4} {text}\n")
        pairs = [lk for ref in group for lk in al.links_of(ref) if lk.a == ref]
        for lk in pairs:
            merged = " merged" if lk.merged else ""
            out.write(
                f"    {lk.a.doc}:{lk.a.sentence} ~ {lk.b.doc}:{lk.b.sentence}"
                f"  {lk.kind} {lk.score:.2f}{merged}\n"
            )
    out.write("\nunique:\n")
    for ref in al.unique:
        out.write(
            f"  {ref.doc}:{ref.sentence:<4} {_oneline(docs[ref.doc].sentences[ref.sentence].text)}\n"
        )


def _md(text: str) -> str:
    return _oneline(text).replace("|", "\\|")


def _write_markdown(al: Alignment, out: TextIO) -> None:
    docs = al.documents
    out.write("# Alignment\n\n")
    out.write(
        f"{len(docs)} documents · {len(al.links)} links · {len(al.groups)} passage groups · "
        f"{len(al.unique)} unique sentences · min score {al.min_score}\n\n"
    )
    out.write("## Documents\n\n")
    for d, doc in enumerate(docs):
        out.write(f"{d}. **{_md(doc.label)}** — `{doc.source}`\n")
    out.write(
        "\n## Similarity\n\nShare of the row document's sentences with a counterpart in the column.\n\n"
    )
    out.write("| | " + " | ".join(str(j) for j in range(len(docs))) + " |\n")
    out.write("|---" * (len(docs) + 1) + "|\n")
    for i, row in enumerate(al.similarity):
        out.write(f"| **{i}** | " + " | ".join(f"{v:.2f}" for v in row) + " |\n")
    from compare.groups import containment_lines

    lines = containment_lines(al.similarity)
    if lines:
        out.write("\nMostly contained: " + "; ".join(lines) + ".\n")
    out.write("\n## Passage groups\n")
    for g, group in enumerate(al.groups):
        out.write(f"\n### Group {g}\n\n")
        for ref in group:
            text = _md(docs[ref.doc].sentences[ref.sentence].text)
            out.write(f"- `{ref.doc}:{ref.sentence}` {text}\n")
        for ref in group:
            for lk in al.links_of(ref):
                if lk.a == ref:
                    merged = ", merged" if lk.merged else ""
                    out.write(
                        f"  - `{lk.a.doc}:{lk.a.sentence}` ~ `{lk.b.doc}:{lk.b.sentence}`: "
                        f"{lk.kind} {lk.score:.2f}{merged}\n"
                    )
    out.write("\n## Unique sentences\n\n")
    for ref in al.unique:
        out.write(
            f"- `{ref.doc}:{ref.sentence}` {_md(docs[ref.doc].sentences[ref.sentence].text)}\n"
        )


def run(args: argparse.Namespace) -> int:
    import readers
    from compare.aligner import align

    corpus = readers.load(args.paths)
    for err in corpus.errors:
        print(f"samestory: skipped {err}", file=sys.stderr)
    if len(corpus.documents) < 2:
        print("samestory: compare needs at least two documents", file=sys.stderr)
        return 2
    from compare.semantic import SemanticUnavailable, make_scorer

    try:
        # The model loads only if the alignment is not cached; `align` calls `scorer.prepare`.
        scorer = make_scorer(args.scorer, model_path=args.model, load=False)
        al = align(
            corpus.documents, min_score=args.min_score, scorer=scorer, use_cache=not args.no_cache
        )
    except SemanticUnavailable as err:
        print(f"samestory: {err}", file=sys.stderr)
        return 2
    out = sys.stdout
    if args.format == "json":
        from compare import facts

        data = to_json(al)
        data.update(facts(corpus.documents).to_dict())
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "markdown":
        _write_markdown(al, out)
    else:
        _write_text(al, out)
    return 0
