"""Human-readable exports of a highlight set: a Markdown brief and a standalone HTML report.

Both take the open documents (to place highlights in the current text) and, optionally, a
`compare.Alignment` of those documents (for counterparts in the other articles and the
alignment colours). Without documents the Markdown brief uses the stored quotes.
The HTML report needs no network resource and escapes every piece of article text.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from highlights.model import Highlight, HighlightSet, Orphan, PlacedHighlight
from highlights.resolve import resolve
from highlights.store import Store
from readers.document import Document

if TYPE_CHECKING:
    from compare.model import Alignment


def counterparts(
    alignment: Alignment | None, doc_index: int, start: int, end: int
) -> list[tuple[int, int, str, float]]:
    """The other articles' sentences saying the same thing as the sentences overlapping
    `[start, end)` of document `doc_index`: `(doc, sentence, kind, score)`, the best link
    per other document and highlighted sentence, in document order.

    Direct links are used rather than whole passage groups: groups are transitive and can
    chain far from the highlighted sentence.
    """
    if alignment is None:
        return []
    from compare.model import SentenceRef

    doc = alignment.documents[doc_index]
    best: dict[tuple[int, int], tuple[str, float]] = {}
    for s in doc.sentences:
        if not (s.start < end and start < s.end):
            continue
        ref = SentenceRef(doc_index, s.index)
        per_doc: dict[int, tuple[int, str, float]] = {}
        for link in alignment.links_of(ref):
            other = link.other(ref)
            if other.doc != doc_index and other.doc not in per_doc:
                per_doc[other.doc] = (other.sentence, link.kind, link.score)
        for d, (i, kind, score) in per_doc.items():
            if (d, i) not in best or best[(d, i)][1] < score:
                best[(d, i)] = (kind, score)
    return [(d, i, kind, score) for (d, i), (kind, score) in sorted(best.items())]


def _quote_md(text: str) -> str:
    lines = " ".join(text.split()) or text
    return "> " + lines.replace("\n", "\n> ")


def export_markdown(
    store: Store,
    set_id: str,
    documents: Sequence[Document] | None = None,
    alignment: Alignment | None = None,
) -> str:
    """A Markdown brief: each highlight's quote, note, document and counterparts."""
    hs = store.get_set(set_id)
    out = [f"# {hs.name}", ""]
    if hs.description:
        out += [hs.description, ""]
    out += [f"Corpus: {hs.corpus or '(none)'}  ", f"Highlights: {store.count(hs.id)}", ""]
    if documents is None:
        for h in store.highlights(hs.id):
            out += _md_item(h, h.exact, h.doc_source, [])
        return "\n".join(out).rstrip() + "\n"
    docs = list(alignment.documents) if alignment is not None else list(documents)
    placed, orphans = resolve(store, hs.id, docs)
    for p in placed:
        doc = docs[p.doc_index]
        refs = counterparts(alignment, p.doc_index, p.start, p.end)
        lines = [
            f"  - **{docs[d].label}** ({kind}, {score:.2f}): "
            f"{' '.join(docs[d].sentences[s].text.split())}"
            for d, s, kind, score in refs
        ]
        where = f"{doc.label} ({doc.source}), characters {p.start}–{p.end}"
        if p.status != "exact":
            where += f" — re-anchored ({p.status})"
        out += _md_item(p.highlight, doc.text[p.start : p.end], where, lines)
    if orphans:
        out += ["## Not placed (orphans, kept in the store)", ""]
        for o in orphans:
            out += _md_item(
                o.highlight, o.highlight.exact, f"{o.highlight.doc_source} — {o.reason}", []
            )
    return "\n".join(out).rstrip() + "\n"


def _md_item(h: Highlight, quote: str, where: str, counter: list[str]) -> list[str]:
    out = [_quote_md(quote), ""]
    if h.label:
        out.append(f"**{h.label}**  ")
    if h.note:
        out.append(f"Note: {h.note}  ")
    out.append(f"Document: {where}")
    if counter:
        out += ["", "Counterparts:", "", *counter]
    out += ["", "---", ""]
    return out


# -- HTML -----------------------------------------------------------------------------------

_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; background: #fff; }
h1 { margin-bottom: 0.2em; }
.meta { color: #666; }
.docs { display: flex; gap: 1.5em; align-items: flex-start; overflow-x: auto; }
.doc { flex: 1 0 22em; max-width: 40em; }
.doc h2 { font-size: 1.05em; margin: 0 0 0.2em; }
.doc .src { font-size: 0.8em; color: #777; word-break: break-all; }
.text { white-space: pre-wrap; line-height: 1.5; }
.b { color: #999; }
.u { text-decoration: underline dotted #c33; }
mark { padding: 0 1px; border-bottom: 2px solid #333; }
.notes li { margin-bottom: 0.6em; }
.orphans { color: #933; }
"""


def _group_color(group: int) -> str:
    hue = (group * 137.508) % 360
    return f"hsl({hue:.0f}, 70%, 90%)"


def export_html(
    store: Store,
    set_id: str,
    documents: Sequence[Document],
    alignment: Alignment | None = None,
) -> str:
    """A standalone HTML page: every document, highlights in the set colour, aligned
    passages tinted by passage group, notes and orphans listed. No external resources."""
    hs = store.get_set(set_id)
    docs = list(alignment.documents) if alignment is not None else list(documents)
    placed, orphans = resolve(store, hs.id, docs)
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(hs.name)} — samestory highlights</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{e(hs.name)}</h1>",
        f'<p class="meta">Corpus: {e(hs.corpus or "(none)")} · {len(placed)} placed, '
        f"{len(orphans)} not placed · set colour "
        f'<mark style="background-color: {e(hs.color)}">&nbsp;&nbsp;&nbsp;</mark></p>',
    ]
    if hs.description:
        parts.append(f"<p>{e(hs.description)}</p>")
    parts.append('<div class="docs">')
    for i, doc in enumerate(docs):
        mine = [p for p in placed if p.doc_index == i]
        parts.append(_html_doc(i, doc, mine, hs, alignment))
    parts.append("</div>")
    parts.append(_html_notes(placed, docs, hs))
    if orphans:
        parts.append(_html_orphans(orphans))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _html_doc(
    index: int,
    doc: Document,
    placed: list[PlacedHighlight],
    hs: HighlightSet,
    alignment: Alignment | None,
) -> str:
    e = html.escape
    text = doc.text
    cuts = {0, len(text)}
    for s in doc.sentences:
        cuts.update((s.start, s.end))
    for p in placed:
        cuts.update((p.start, p.end))
    bounds = sorted(cuts)
    group_of: dict[int, int] = {}
    unique: set[int] = set()
    if alignment is not None:
        from compare.model import SentenceRef

        for s in doc.sentences:
            ref = SentenceRef(index, s.index)
            g = alignment.group_of(ref)
            if g is not None:
                group_of[s.index] = g
            elif alignment.is_unique(ref):
                unique.add(s.index)
    out = [
        f'<section class="doc" id="doc-{index}"><h2>{e(doc.label)}</h2>',
        f'<div class="src">{e(doc.source)}</div>',
        '<div class="text">',
    ]
    first_mark: set[str] = set()
    for a, b in itertools.pairwise(bounds):
        if a == b:
            continue
        piece = e(text[a:b])
        sent = doc.sentence_at(a)
        covering = [p for p in placed if p.start <= a and b <= p.end]
        if covering:
            p = covering[-1]
            h = p.highlight
            color = h.color or hs.color
            title = h.note or h.label or ""
            anchor_id = ""
            if h.id not in first_mark:
                first_mark.add(h.id)
                anchor_id = f' id="h-{e(h.id)}"'
            piece = (
                f'<mark{anchor_id} style="background-color: {e(color)}" '
                f'title="{e(title)}">{piece}</mark>'
            )
        if sent is not None:
            classes = ["s"]
            style = ""
            if sent.boilerplate:
                classes.append("b")
            elif sent.index in unique:
                classes.append("u")
            g = group_of.get(sent.index)
            if g is not None:
                classes.append(f"g{g}")
                style = f' style="background-color: {_group_color(g)}"'
            piece = f'<span class="{" ".join(classes)}"{style}>{piece}</span>'
        out.append(piece)
    out.append("</div></section>")
    return "".join(out)


def _html_notes(placed: list[PlacedHighlight], docs: list[Document], hs: HighlightSet) -> str:
    e = html.escape
    if not placed:
        return "<p>No highlights placed in these documents.</p>"
    items = []
    for p in placed:
        h = p.highlight
        quote = " ".join(docs[p.doc_index].text[p.start : p.end].split())
        note = f"<br>{e(h.note)}" if h.note else ""
        label = f"<strong>{e(h.label)}</strong> " if h.label else ""
        items.append(
            f'<li>{label}<a href="#h-{e(h.id)}">“{e(quote)}”</a> — '
            f"{e(docs[p.doc_index].label)}{note}</li>"
        )
    return f'<h2>Highlights in “{e(hs.name)}”</h2><ol class="notes">{"".join(items)}</ol>'


def _html_orphans(orphans: list[Orphan]) -> str:
    e = html.escape
    items = "".join(
        f"<li>“{e(' '.join(o.highlight.exact.split()))}” — {e(o.highlight.doc_source)}: "
        f"{e(o.reason)}</li>"
        for o in orphans
    )
    return f'<h2>Not placed (kept in the store)</h2><ul class="orphans">{items}</ul>'
