"""The brief: a report a reporter can paste or send, in Markdown, HTML or JSON.

`build_brief(prov, table, groups)` lays the report out once as `Section`s (the articles with
their likely source and counts, the lineage with its evidence, what the articles state, where
they disagree, and what each outlet added, dropped and changed, every sentence quoted with its
offsets); `to_markdown`, `to_html` and `to_json` write it. All document text goes through
readers.textsafe (Markdown escaped, HTML escaped, control characters made visible).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from facts.model import FactTable
from provenance.model import CHANGE_KINDS, UNKNOWN, Change, Provenance, Side
from readers.textsafe import html_text, json_text, markdown_inline


@dataclass(frozen=True)
class Quote:
    """A sentence (or part of one) quoted with its place: `documents[doc].text[start:end]`."""

    doc: int
    sentences: tuple[int, ...]
    start: int
    end: int
    text: str
    marks: tuple[tuple[int, int], ...] = ()
    """Evidence spans (document offsets) inside the quote, shown emphasised."""


@dataclass
class Item:
    text: str
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Section:
    title: str
    level: int = 2
    intro: str = ""
    items: list[Item] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)
    """First row is the header."""


def _label(prov: Provenance, doc: int) -> str:
    return f"[{doc}] {prov.documents[doc].label}"


def _quote(prov: Provenance, side: Side) -> Quote | None:
    if not side.sentences:
        return None
    sents = prov.documents[side.doc].sentences
    first, last = sents[side.sentences[0]], sents[side.sentences[-1]]
    text = prov.documents[side.doc].text[first.start : last.end]
    return Quote(side.doc, side.sentences, first.start, last.end, text, side.spans)


def _sentence_quote(prov: Provenance, doc: int, sentence: int) -> Quote:
    s = prov.documents[doc].sentences[sentence]
    return Quote(doc, (sentence,), s.start, s.end, s.text)


def _source_name(prov: Provenance, doc: int) -> str:
    source = prov.lineage.sources[doc]
    if isinstance(source, int):
        return _label(prov, source)
    return UNKNOWN if source == UNKNOWN else "none found"


def _articles(prov: Provenance) -> Section:
    rows = [["#", "outlet", "title", "date", "likely source", "shares", "adds", "drops", "changes"]]
    for p in prov.per_doc:
        d = prov.documents[p.doc]
        rows.append(
            [
                str(p.doc),
                d.outlet or "",
                d.title or d.source,
                d.date or "",
                _source_name(prov, p.doc),
                str(len(p.shared)),
                str(len(p.only)),
                str(len(p.dropped)),
                str(len(p.changes)),
            ]
        )
    return Section(
        "Articles",
        intro="shares: sentences another article states too; adds: sentences no other article "
        "states; drops: sentences of the likely source left out; changes: what changed from "
        "earlier versions.",
        table=rows,
    )


def _lineage(prov: Provenance) -> Section:
    items = []
    for rel in prov.lineage.relations:
        if rel.strength == "unrelated":
            continue
        a, b = _label(prov, rel.a), _label(prov, rel.b)
        if rel.strength == "same story":
            head = f"{a} and {b}: same story, reported independently"
        elif rel.source is None:
            head = f"{a} and {b}: same report, which came first is unknown"
        else:
            other = rel.b if rel.source == rel.a else rel.a
            head = f"{_label(prov, rel.source)} → {_label(prov, other)}: same report, likely source first"
        items.append(Item(head + ". " + "; ".join(rel.explain()) + "."))
    if not items:
        items.append(Item("No two articles share a statement."))
    return Section("Lineage", items=items)


def _statements(prov: Provenance, groups: Sequence[Sequence[Any]]) -> list[Section]:
    n = len(prov.documents)
    every = [g for g in groups if len({r.doc for r in g}) == n]
    several = [g for g in groups if len({r.doc for r in g}) < n]
    out = []
    for title, chosen in ((f"Stated by all {n} articles", every), ("Stated by several", several)):
        items = [
            Item(
                "In " + ", ".join(f"[{d}]" for d in sorted({r.doc for r in g})) + ":",
                [_sentence_quote(prov, r.doc, r.sentence) for r in g],
            )
            for g in chosen
        ]
        if not items:
            items.append(Item("None."))
        out.append(Section(title, level=3, items=items))
    return [Section("What the articles state", intro=""), *out]


def _change_items(prov: Provenance, changes: Sequence[Change], prefix: str = "") -> list[Item]:
    """One item per statement pair (its changes joined, both sentences quoted once with every
    change's evidence marked), in the order the pairs first appear."""
    groups: dict[tuple[Any, ...], list[Change]] = {}
    for change in changes:
        key = (change.before.doc, change.before.sentences, change.after.doc, change.after.sentences)
        groups.setdefault(key, []).append(change)
    items = []
    for group in groups.values():
        first = group[0]
        head = "; ".join(c.description for c in group)
        if not first.aligned:
            head += " (sentences about the same thing, not aligned)"
        quotes = []
        for side in (first.before, first.after):
            if side.sentences:
                marks = tuple(
                    span
                    for c in group
                    if c.kind != "order"
                    for span in (c.before if side is first.before else c.after).spans
                )
                quote = _quote(prov, Side(side.doc, side.sentences, marks))
                if quote is not None:
                    quotes.append(quote)
        items.append(Item(prefix + head, quotes))
    return items


def _disagreements(prov: Provenance, table: FactTable) -> Section:
    items = []
    for c in table.conflicts:
        quotes = [
            Quote(m.doc, (m.sentence,), m.start, m.end, m.text) for f in c.facts for m in f.mentions
        ]
        items.append(Item(f"{c.kind}: {c.description}", quotes))
    for (before, after), changes in sorted(prov.pairs.items()):
        disagreeing = [
            c for c in changes if c.kind in ("intensity", "hedging") or c.action == "changed"
        ]
        prefix = f"{_label(prov, before)} → {_label(prov, after)}: "
        items.extend(_change_items(prov, disagreeing, prefix))
    if not items:
        items.append(Item("No disagreement found."))
    return Section(
        "Where they disagree",
        intro="Conflicting figures, dates and quotes, then statements told with other names, "
        "figures, hedging or strength.",
        items=items,
    )


def _outlets(prov: Provenance) -> list[Section]:
    out = [Section("What each outlet added, dropped and changed")]
    for p in prov.per_doc:
        items: list[Item] = []
        ref = p.reference
        ref_name = _label(prov, ref) if ref is not None else ""
        if ref is not None and not isinstance(prov.lineage.sources[p.doc], int):
            ref_name += " (closest related article; which came first is unknown)"
        intro = f"Compared with {ref_name}." if ref is not None else "No likely source found."
        if p.only:
            items.append(
                Item(
                    f"Added: {len(p.only)} sentences no other article states",
                    [_sentence_quote(prov, p.doc, s) for s in p.only],
                )
            )
        if ref is not None and p.dropped:
            items.append(
                Item(
                    f"Dropped: {len(p.dropped)} sentences of {_label(prov, ref)}",
                    [_sentence_quote(prov, ref, s) for s in p.dropped],
                )
            )
        for s, name in p.credits:
            items.append(
                Item(f"Credit line: {name or 'agencies'}", [_sentence_quote(prov, p.doc, s)])
            )
        by_source: dict[int, list[Change]] = {}
        for change in sorted(p.changes, key=lambda c: CHANGE_KINDS.index(c.kind)):
            by_source.setdefault(change.before.doc, []).append(change)
        for source, changes in by_source.items():
            items.extend(_change_items(prov, changes, f"Changed from {_label(prov, source)}: "))
        if not items:
            items.append(Item("Nothing added, dropped or changed."))
        out.append(Section(_label(prov, p.doc), level=3, intro=intro, items=items))
    return out


def build_brief(
    prov: Provenance, table: FactTable, groups: Sequence[Sequence[Any]]
) -> list[Section]:
    """The brief's sections (`groups` are the alignment's passage groups of `SentenceRef`s)."""
    return [
        _articles(prov),
        _lineage(prov),
        *_statements(prov, groups),
        _disagreements(prov, table),
        *_outlets(prov),
    ]


# -- Markdown -----------------------------------------------------------------------------


def _md_chunk(text: str) -> str:
    """`markdown_inline` that keeps one space where the chunk starts or ends with white space
    (chunks of one sentence are escaped separately around the emphasised words)."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return lead + markdown_inline(text) + trail


def _marked(quote: Quote, escape: Any, open_: str, close: str) -> str:
    parts, pos = [], quote.start
    for s, e in sorted(quote.marks):
        if s < pos or e > quote.end or s >= e:
            continue
        parts.append(escape(quote.text[pos - quote.start : s - quote.start]))
        parts.append(open_ + escape(quote.text[s - quote.start : e - quote.start]) + close)
        pos = e
    parts.append(escape(quote.text[pos - quote.start :]))
    return "".join(p for p in parts if p)


def _where(q: Quote) -> str:
    sents = "+".join(str(s) for s in q.sentences)
    return f"[{q.doc}:{sents}] chars {q.start}–{q.end}"


def to_markdown(sections: Sequence[Section], title: str) -> str:
    lines = [f"# {markdown_inline(title)}", ""]
    for sec in sections:
        lines += ["#" * sec.level + " " + markdown_inline(sec.title), ""]
        if sec.intro:
            lines += [markdown_inline(sec.intro), ""]
        if sec.table:
            header, *rows = sec.table
            lines.append("| " + " | ".join(markdown_inline(c) for c in header) + " |")
            lines.append("|" + "---|" * len(header))
            for row in rows:
                lines.append("| " + " | ".join(markdown_inline(c) for c in row) + " |")
            lines.append("")
        for item in sec.items:
            lines.append("- " + markdown_inline(item.text))
            for q in item.quotes:
                body = _marked(q, _md_chunk, "**", "**")
                lines.append(f"  - {markdown_inline(_where(q))}: “{body}”")
        if sec.items:
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# -- HTML ---------------------------------------------------------------------------------

_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.45}"
    "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem}"
    "blockquote{margin:.2rem 0 .2rem 1rem;color:#333}mark{background:#ffe08a}"
    ".where{font-family:monospace;color:#666}"
)


def to_html(sections: Sequence[Section], title: str) -> str:
    e = html_text
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
    ]
    for sec in sections:
        out.append(f"<h{sec.level}>{e(sec.title)}</h{sec.level}>")
        if sec.intro:
            out.append(f"<p>{e(sec.intro)}</p>")
        if sec.table:
            header, *rows = sec.table
            out.append("<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in header) + "</tr>")
            for row in rows:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        if sec.items:
            out.append("<ul>")
            for item in sec.items:
                out.append(f"<li>{e(item.text)}")
                for q in item.quotes:
                    body = _marked(q, e, "<mark>", "</mark>")
                    out.append(
                        f'<blockquote><span class="where">{e(_where(q))}</span> {body}</blockquote>'
                    )
                out.append("</li>")
            out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# -- JSON ---------------------------------------------------------------------------------


def to_json(prov: Provenance, table: FactTable, groups: Sequence[Sequence[Any]]) -> str:
    data: dict[str, Any] = {
        "documents": [
            {
                "index": i,
                "source": d.source,
                "outlet": d.outlet,
                "title": d.title,
                "date": d.date,
                "likely_source": prov.lineage.sources[i],
            }
            for i, d in enumerate(prov.documents)
        ],
        "groups": [[{"doc": r.doc, "sentence": r.sentence} for r in g] for g in groups],
        "conflicts": [c.to_dict() for c in table.conflicts],
    }
    for entry, per_doc in zip(data["documents"], prov.per_doc, strict=True):
        entry.update({k: v for k, v in per_doc.to_dict().items() if k != "doc"})
    data["lineage"] = prov.lineage.to_dict()
    data["pairs"] = [
        {"before": b, "after": a, "changes": [c.to_dict() for c in cs]}
        for (b, a), cs in sorted(prov.pairs.items())
    ]
    return json_text(data) + "\n"
