"""`samestory compare PATH...`: align documents and print links, groups and similarity.

Formats: `json` (the stable machine format documented in the README: documents, links,
groups, similarity, facts, conflicts), `markdown` (a readable report) and `text` (the same
report for a terminal: a legend, the documents, the similarity matrix, passage groups with
their links, 2:1 merges folded into one line, and the unique sentences per document).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from compare.model import Alignment, Link, SentenceRef, link_notes
from readers.textsafe import markdown_code, markdown_inline, one_line


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
    from compare.scorer_choice import SCORER_CHOICES
    from compare.semantic.weights import HYBRID_MIN_SCORE, SEMANTIC_MIN_SCORE

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
        help=(
            f"link threshold in [0, 1] (default {MIN_SCORE} for the lexical scorer, "
            f"{SEMANTIC_MIN_SCORE} semantic, {HYBRID_MIN_SCORE} hybrid); lower finds looser "
            "paraphrases"
        ),
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="recompute instead of reusing a cached alignment"
    )
    parser.add_argument(
        "--no-corrections",
        action="store_true",
        help="ignore the links and unlinks made by hand (`samestory corrections`)",
    )
    from samestory.commands.sources import add_timeout_argument

    add_timeout_argument(parser)
    # Scorer names and model files belong to compare.scorer_choice and compare.semantic.
    parser.add_argument(
        "--scorer",
        choices=list(SCORER_CHOICES),
        default=None,
        help="sentence scorer (default: auto, i.e. hybrid when its model can run, at any length, "
        "else lexical)",
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
                "pinned": lk.pinned,
                "partial": lk.partial,
            }
            for lk in al.links
        ],
        "groups": [[_ref(r) for r in group] for group in al.groups],
        "similarity": al.similarity,
    }


def _oneline(text: str) -> str:
    return " ".join(text.split())


WIDTH = 100
"""Text report line width (sentences wrap with a hanging indent)."""

LEGEND = (
    'Sentences are named DOC:SENTENCE ("1:5" is sentence 5 of document [1], numbered as in '
    "`samestory read`). A link's score (0 to 1) says how surely two sentences state the same "
    "thing; its kind is verbatim (same words), edited (the same sentence with some words "
    'changed) or paraphrase (the same content in other words). "1:11+12" is two adjacent '
    "sentences that together match one sentence of another document. A link marked "
    '"one clause" joins sentences that share one claim while one of them states more (the '
    'score is that of the matching clause). A link marked "linked by hand" was made by a '
    "person (`samestory corrections`)."
)


@dataclass(frozen=True)
class _LinkRow:
    """One displayed link: a 2:1 merge is one row with two sentences on one side."""

    left: str
    right: str
    kind: str
    score: float
    pinned: bool = False
    """A person made the link (`samestory corrections`)."""
    partial: bool = False
    """The sentences share one claim and one of them states more (`Link.partial`)."""

    @property
    def notes(self) -> str:
        """What the kind and score leave out (`compare.model.link_notes`), in brackets."""
        notes = link_notes(self.partial, self.pinned)
        return f" ({', '.join(notes)})" if notes else ""


def _refs(refs: Sequence[SentenceRef]) -> str:
    """ "1:11" or, for adjacent sentences of a merge, "1:11+12"."""
    first = f"{refs[0].doc}:{refs[0].sentence}"
    return first + "".join(f"+{r.sentence}" for r in refs[1:])


def _other_half(al: Alignment, lk: Link) -> Link | None:
    """The other link of the merge `lk` is half of (`Link.merged_with`), if it is one."""
    partner = lk.merged_with
    if not lk.merged or partner is None:
        return None
    single = lk.a if partner.doc == lk.b.doc else lk.b
    for other in al.links_of(single):
        if other.other(single) == partner and other.merged:
            return other
    return None


def _link_rows(al: Alignment, group: Sequence[SentenceRef]) -> list[_LinkRow]:
    """The links inside one passage group, each 2:1 merge folded into one row."""
    links = sorted({lk for ref in group for lk in al.links_of(ref)}, key=lambda k: (k.a, k.b))
    rows: list[_LinkRow] = []
    used: set[Link] = set()
    for lk in links:
        if lk in used:
            continue
        other = _other_half(al, lk)
        if other is not None and other not in used:
            # One row for the merge: the single sentence against the two joined ones.
            if other.a == lk.a:
                left, right = _refs([lk.a]), _refs(sorted([lk.b, other.b]))
            else:
                left, right = _refs(sorted([lk.a, other.a])), _refs([lk.b])
            pinned = lk.pinned or other.pinned
            rows.append(_LinkRow(left, right, lk.kind, lk.score, pinned, lk.partial))
            used |= {lk, other}
            continue
        used.add(lk)
        rows.append(
            _LinkRow(_refs([lk.a]), _refs([lk.b]), lk.kind, lk.score, lk.pinned, lk.partial)
        )
    return rows


def _unique_by_doc(al: Alignment) -> dict[int, list[SentenceRef]]:
    out: dict[int, list[SentenceRef]] = {d: [] for d in range(len(al.documents))}
    for ref in al.unique:
        out[ref.doc].append(ref)
    return out


def _content_count(al: Alignment, d: int) -> int:
    return sum(not s.boilerplate for s in al.documents[d].sentences)


def _summary(al: Alignment, scorer: str) -> tuple[str, str]:
    counts = (
        f"{len(al.documents)} documents, {len(al.links)} links, {len(al.groups)} passage "
        f"groups, {len(al.unique)} unique sentences"
    )
    return counts, f"scorer {scorer}, min score {al.min_score:.2f}"


def _wrapped(out: TextIO, label: str, text: str, indent: int = 2) -> None:
    import textwrap

    head = " " * indent + f"{label:<7}"
    out.write(
        textwrap.fill(
            _oneline(text),
            width=WIDTH,
            initial_indent=head,
            subsequent_indent=" " * len(head),
            break_on_hyphens=False,
        )
        + "\n"
    )


def _write_text(al: Alignment, out: TextIO, scorer: str = "lexical") -> None:
    import textwrap

    from compare.groups import containment_lines

    docs = al.documents
    counts, setting = _summary(al, scorer)
    out.write(f"{counts} ({setting})\n\n")
    out.write(textwrap.fill(LEGEND, width=WIDTH) + "\n\n")
    out.write("Documents:\n")
    for d, doc in enumerate(docs):
        out.write(f"  [{d}] {_oneline(doc.label)} ({doc.source})\n")
    out.write(
        "\nSimilarity: share of the row document's sentences with a counterpart in the column\n"
    )
    out.write("      " + "".join(f"{f'[{j}]':>7}" for j in range(len(docs))) + "\n")
    for i, row in enumerate(al.similarity):
        cells = "".join(f"{'-' if j == i else f'{v:.2f}':>7}" for j, v in enumerate(row))
        out.write(f"  {f'[{i}]':<4}{cells}\n")
    for line in containment_lines(al.similarity):
        out.write(f"  {line}\n")
    out.write(f"\nPassage groups: the same statement in several documents ({len(al.groups)})\n")
    for g, group in enumerate(al.groups, 1):
        in_docs = ", ".join(f"[{d}]" for d in sorted({ref.doc for ref in group}))
        out.write(f"\ngroup {g}, in {in_docs}:\n")
        for ref in group:
            _wrapped(out, f"{ref.doc}:{ref.sentence}", docs[ref.doc].sentences[ref.sentence].text)
        for link_row in _link_rows(al, group):
            pair = f"{link_row.left} ~ {link_row.right}"
            out.write(f"  link   {pair:<16} {link_row.kind} {link_row.score:.2f}{link_row.notes}\n")
    out.write(f"\nUnique sentences: no counterpart in any other document ({len(al.unique)})\n")
    for d, refs in _unique_by_doc(al).items():
        out.write(
            f"\n[{d}] {_oneline(docs[d].label)}: {len(refs)} of {_content_count(al, d)} "
            f"unique{':' if refs else ''}\n"
        )
        for ref in refs:
            _wrapped(out, f"{ref.doc}:{ref.sentence}", docs[ref.doc].sentences[ref.sentence].text)


_md = markdown_inline
"""Article text as inert Markdown: one line, every formatting character escaped."""


def _write_markdown(al: Alignment, out: TextIO, scorer: str = "lexical") -> None:
    from compare.groups import containment_lines

    docs = al.documents
    counts, setting = _summary(al, scorer)
    out.write("# Alignment\n\n")
    out.write(f"{counts} ({setting}).\n\n")
    out.write(_md(LEGEND).replace("\\`samestory read\\`", "`samestory read`") + "\n\n")
    out.write("## Documents\n\n")
    for d, doc in enumerate(docs):
        out.write(f"- **[{d}]** {_md(doc.label)} — {markdown_code(doc.source)}\n")
    out.write(
        "\n## Similarity\n\nShare of the row document's sentences with a counterpart in the "
        "column document.\n\n"
    )
    out.write("| | " + " | ".join(f"[{j}]" for j in range(len(docs))) + " |\n")
    out.write("|---" * (len(docs) + 1) + "|\n")
    for i, row in enumerate(al.similarity):
        cells = " | ".join("—" if j == i else f"{v:.2f}" for j, v in enumerate(row))
        out.write(f"| **[{i}]** | {cells} |\n")
    lines = containment_lines(al.similarity)
    if lines:
        out.write("\n" + "".join(f"- {_md(line)}\n" for line in lines))
    out.write(
        f"\n## Passage groups ({len(al.groups)})\n\nThe same statement in several documents.\n"
    )
    for g, group in enumerate(al.groups, 1):
        in_docs = ", ".join(f"[{d}]" for d in sorted({ref.doc for ref in group}))
        out.write(f"\n### Group {g}, in {in_docs}\n\n")
        for ref in group:
            text = _md(docs[ref.doc].sentences[ref.sentence].text)
            out.write(f"- `{ref.doc}:{ref.sentence}` {text}\n")
        rows = _link_rows(al, group)
        out.write(
            "\nLinks: "
            + "; ".join(f"`{r.left}` ~ `{r.right}` {r.kind} {r.score:.2f}{r.notes}" for r in rows)
            + ".\n"
        )
    out.write(
        f"\n## Unique sentences ({len(al.unique)})\n\nNo counterpart in any other document.\n"
    )
    for d, refs in _unique_by_doc(al).items():
        out.write(
            f"\n### [{d}] {_md(docs[d].label)}: {len(refs)} of {_content_count(al, d)} unique\n\n"
        )
        for ref in refs:
            out.write(
                f"- `{ref.doc}:{ref.sentence}` {_md(docs[ref.doc].sentences[ref.sentence].text)}\n"
            )


def run(args: argparse.Namespace) -> int:
    from compare.aligner import align
    from samestory.commands.sources import load_sources

    corpus = load_sources(args.paths, timeout=args.timeout)
    if len(corpus.documents) < 2:
        print("samestory: compare needs at least two documents", file=sys.stderr)
        return 2
    # The model loads only if the alignment is not cached; an unavailable scorer asked for by
    # name is a one-line error (exit status 2), the default falls back to lexical and says so.
    scorer = args.scorer or ("hybrid" if args.model is not None else "auto")
    # A one-shot process: the aligner's many small objects hold no reference cycles, and the
    # cyclic collector scanning them costs about a fifth of the time on book-length texts.
    gc.disable()
    try:
        al = align(
            corpus.documents,
            min_score=args.min_score,
            scorer=scorer,
            model_path=args.model,
            use_cache=not args.no_cache,
        )
    finally:
        gc.enable()
    if al.fallback:
        print(f"samestory: warning: {al.fallback}; using the lexical scorer", file=sys.stderr)
    scorer_name = al.scorer
    if not getattr(args, "no_corrections", False):
        from compare.scorer_choice import choose
        from highlights.corrections import apply_stored

        made = choose(scorer_name, corpus.documents, model_path=args.model).scorer
        al, unplaced = apply_stored(al, corpus.name, scorer=made)
        for u in unplaced:
            note = one_line(f"correction {u.correction.id[:8]} not placed: {u.reason}")
            print(f"samestory: {note}", file=sys.stderr)
    out = sys.stdout
    if args.format == "json":
        from facts import facts

        data = to_json(al)
        data.update(facts(corpus.documents).to_dict())
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        writer = _write_markdown if args.format == "markdown" else _write_text
        writer(al, out, scorer_name)
    return 0
