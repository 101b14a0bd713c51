"""Human-readable exports of a highlight set: a Markdown brief and a standalone HTML report.

Both take the open documents (to place highlights in the current text) and, optionally, a
`compare.Alignment` of those documents (for counterparts in the other articles and the
alignment colours). Without documents the Markdown brief uses the stored quotes.
The HTML report needs no network resource and escapes every piece of article text.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from compare.model import link_notes
from highlights.model import Highlight, HighlightSet, Orphan, PlacedHighlight
from highlights.resolve import resolve
from highlights.store import Store
from readers.document import Document
from readers.textsafe import css_color, html_text, markdown_inline, markdown_quote

if TYPE_CHECKING:
    from compare.model import Alignment

md = markdown_inline


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
                kind = ", ".join([link.kind, *link_notes(link.partial, link.pinned)])
                per_doc[other.doc] = (other.sentence, kind, link.score)
        for d, (i, kind, score) in per_doc.items():
            if (d, i) not in best or best[(d, i)][1] < score:
                best[(d, i)] = (kind, score)
    return [(d, i, kind, score) for (d, i), (kind, score) in sorted(best.items())]


def export_markdown(
    store: Store,
    set_id: str,
    documents: Sequence[Document] | None = None,
    alignment: Alignment | None = None,
) -> str:
    """A Markdown brief: each highlight's quote, note, document and counterparts.

    Every piece of text from documents or the store (quotes, notes, labels, set and document
    names, sources) goes through `readers.textsafe.markdown_inline`: rendered, the brief shows
    `<script>` or `![x](http://...)` as text, never as HTML or a remote image.
    """
    hs = store.get_set(set_id)
    out = [f"# {md(hs.name)}", ""]
    if hs.description:
        out += [md(hs.description), ""]
    out += [f"Corpus: {md(hs.corpus or '(none)')}  ", f"Highlights: {store.count(hs.id)}", ""]
    if documents is None:
        for h in store.highlights(hs.id):
            out += _md_item(h, h.exact, md(h.doc_source), [])
        return "\n".join(out).rstrip() + "\n"
    docs = list(alignment.documents) if alignment is not None else list(documents)
    placed, orphans = resolve(store, hs.id, docs)
    for p in placed:
        doc = docs[p.doc_index]
        refs = counterparts(alignment, p.doc_index, p.start, p.end)
        lines = [
            f"  - **{md(docs[d].label)}** ({kind}, {score:.2f}): {md(docs[d].sentences[s].text)}"
            for d, s, kind, score in refs
        ]
        where = f"{md(doc.label)} ({md(doc.source)}), characters {p.start}–{p.end}"
        if p.status != "exact":
            status = "moved? check" if p.status == "check" else p.status
            where += f" — re-anchored ({md(status)})"
        out += _md_item(p.highlight, doc.text[p.start : p.end], where, lines)
    if orphans:
        out += ["## Not placed (orphans, kept in the store)", ""]
        for o in orphans:
            where = f"{md(o.highlight.doc_source)} — {md(o.reason)}"
            out += _md_item(o.highlight, o.highlight.exact, where, [])
    return "\n".join(out).rstrip() + "\n"


def _md_item(h: Highlight, quote: str, where: str, counter: list[str]) -> list[str]:
    """One highlight in the brief; `where` and `counter` are already escaped."""
    out = [markdown_quote(quote), ""]
    if h.label:
        out.append(f"**{md(h.label)}**  ")
    if h.note:
        out.append(f"Note: {md(h.note)}  ")
    out.append(f"Document: {where}")
    if counter:
        out += ["", "Counterparts:", "", *counter]
    out += ["", "---", ""]
    return out


# -- HTML -----------------------------------------------------------------------------------

_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; background: #fff; }
h1 { margin-bottom: 0.2em; }
.meta { color: #555; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4em 1.5em; font-size: 0.85em; color: #333;
  border: 1px solid #ddd; padding: 0.5em 0.8em; margin: 0.8em 0 1.2em; }
.legend span.key { display: inline-block; padding: 0 0.4em; margin-right: 0.3em; }
.docs { display: grid; grid-template-columns: repeat(auto-fit, minmax(22em, 1fr));
  gap: 1.5em; align-items: start; }
.doc { min-width: 0; }
.doc h2 { font-size: 1.05em; margin: 0 0 0.2em; overflow-wrap: anywhere; }
.doc .src { font-size: 0.8em; color: #666; overflow-wrap: anywhere; }
.doc .by { font-size: 0.85em; color: #444; }
.text { white-space: pre-wrap; line-height: 1.5; overflow-wrap: anywhere; }
.gap { display: block; height: 0.45em; }
.h { font-weight: 600; }
.b { color: #767676; }
mark { padding: 0 1px; border-bottom: 2px solid #333; color: inherit; }
.note { display: inline-block; font-size: 0.8em; line-height: 1.3; white-space: normal;
  border-left: 3px solid #333; background: #f6f6f6; color: #222; padding: 0.1em 0.4em;
  margin: 0.15em 0.3em; max-width: 100%; vertical-align: baseline; }
.note b { font-weight: 600; }
.notes li { margin-bottom: 0.6em; }
.orphans { color: #933; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { margin: 0; font-size: 10.5pt; }
  .docs { display: block; }
  .doc { margin-bottom: 1.5em; break-inside: auto; }
  .doc h2 { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
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
    """A standalone HTML page: every document, highlights in the set colour with their notes
    beside them, aligned passages tinted by passage group, a legend, notes and orphans listed.
    No external resources; every piece of text is escaped (`readers.textsafe.html_text`) and
    colours from the store are checked (`css_color`). Columns wrap on narrow windows and
    stack one under another in print (A4)."""
    hs = store.get_set(set_id)
    docs = list(alignment.documents) if alignment is not None else list(documents)
    placed, orphans = resolve(store, hs.id, docs)
    e = html_text
    set_color = css_color(hs.color, _FALLBACK_MARK)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(hs.name)} — samestory highlights</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{e(hs.name)}</h1>",
        f'<p class="meta">Corpus: {e(hs.corpus or "(none)")} · {len(placed)} placed, '
        f"{len(orphans)} not placed</p>",
    ]
    if hs.description:
        parts.append(f"<p>{e(hs.description)}</p>")
    parts.append(_legend(set_color, alignment is not None))
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


_FALLBACK_MARK = "#fff59d"


def _legend(set_color: str, aligned: bool) -> str:
    """What the colours mean (on screen and in print)."""
    keys = [
        f'<span><span class="key" style="background-color: {set_color}; '
        "border-bottom: 2px solid #333\">text</span>highlight (this set's colour)</span>",
        '<span><span class="note">note</span>the highlight\'s label and note</span>',
    ]
    if aligned:
        tints = "".join(
            f'<span class="key" style="background-color: {_group_color(g)}">&nbsp;</span>'
            for g in range(3)
        )
        keys += [
            f"<span>{tints}a passage also in another document (one tint per passage)</span>",
            "<span>no tint: said only in this document</span>",
        ]
    keys.append('<span><span class="key b">grey</span>page furniture (bylines, credits)</span>')
    return '<div class="legend">' + "".join(keys) + "</div>"


def _html_doc(
    index: int,
    doc: Document,
    placed: list[PlacedHighlight],
    hs: HighlightSet,
    alignment: Alignment | None,
) -> str:
    e = html_text
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
    ]
    byline = " · ".join(x for x in (doc.author, doc.date) if x)
    if byline:
        out.append(f'<div class="by">{e(byline)}</div>')
    out.append('<div class="text">')
    ends: dict[int, list[PlacedHighlight]] = {}
    for p in placed:
        ends.setdefault(p.end, []).append(p)
    first_mark: set[str] = set()
    for a, b in itertools.pairwise(bounds):
        if a == b:
            continue
        piece = e(text[a:b])
        sent = doc.sentence_at(a)
        if sent is None and "\n" in text[a:b] and not text[a:b].strip():
            piece = '\n<span class="gap"></span>'  # a paragraph break: a little space
        covering = [p for p in placed if p.start <= a and b <= p.end]
        if covering:
            p = covering[-1]
            h = p.highlight
            color = css_color(h.color or hs.color, _FALLBACK_MARK)
            anchor_id = ""
            if h.id not in first_mark:
                first_mark.add(h.id)
                anchor_id = f' id="h-{e(h.id)}"'
            piece = f'<mark{anchor_id} style="background-color: {color}">{piece}</mark>'
        if sent is not None:
            classes = ["s"]
            style = ""
            if sent.heading:
                classes.append("h")
            if sent.boilerplate:
                classes.append("b")
            elif sent.index in unique:
                classes.append("u")  # said only here: no tint, no underline (see the legend)
            g = group_of.get(sent.index)
            if g is not None:
                classes.append(f"g{g}")
                style = f' style="background-color: {_group_color(g)}"'
            piece = f'<span class="{" ".join(classes)}"{style}>{piece}</span>'
        out.append(piece)
        out.extend(
            _note_box(p.highlight) for p in ends.get(b, []) if p.highlight.note or p.highlight.label
        )
    out.append("</div></section>")
    return "".join(out)


def _note_box(h: Highlight) -> str:
    """A highlight's label and note, shown right after it (visible on screen and in print)."""
    label = f"<b>{html_text(h.label)}</b> " if h.label else ""
    return f'<span class="note">{label}{html_text(h.note)}</span>'


def _html_notes(placed: list[PlacedHighlight], docs: list[Document], hs: HighlightSet) -> str:
    e = html_text
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
    e = html_text
    items = "".join(
        f"<li>“{e(' '.join(o.highlight.exact.split()))}” — {e(o.highlight.doc_source)}: "
        f"{e(o.reason)}</li>"
        for o in orphans
    )
    return f'<h2>Not placed (kept in the store)</h2><ul class="orphans">{items}</ul>'
