"""A hand-made, engine-independent alignment and fact table of the seed corpus.

Snapshot tests draw these so that the pictures change only when the UI changes, not when the
compare engine's thresholds are tuned.
"""

from __future__ import annotations

from compare.groups import passage_groups, similarity_matrix, unique_sentences
from compare.model import Alignment, Link, SentenceRef
from facts.model import Conflict, Fact, FactTable, Mention
from readers import Document

# (doc a, words in a, doc b, words in b, score, kind)
PAIRS = [
    (0, "received late Thursday", 1, "welcomed Lukashenko on Thursday", 0.73, "paraphrase"),
    (0, "received late Thursday", 2, "full state protocol honors", 0.59, "paraphrase"),
    (0, "off limits for our", 1, "off limits for our", 0.81, "edited"),
    (0, "Roadmap 2026", 1, "Roadmap 2026", 0.64, "edited"),
    (0, "observation team", 1, "observation team", 0.55, "paraphrase"),
]


def find(doc: Document, words: str) -> int:
    for s in doc.sentences:
        if words in s.text:
            return s.index
    raise LookupError(words)


def fixed_alignment(docs: list[Document]) -> Alignment:
    links = []
    for a, wa, b, wb, score, kind in PAIRS:
        links.append(
            Link(SentenceRef(a, find(docs[a], wa)), SentenceRef(b, find(docs[b], wb)), score, kind)
        )  # type: ignore[arg-type]
    return Alignment(
        documents=list(docs),
        links=links,
        groups=passage_groups(links),
        similarity=similarity_matrix(docs, links),
        unique=unique_sentences(docs, links),
    )


def _mentions(docs: list[Document], needle: str) -> tuple[Mention, ...]:
    out = []
    for d, doc in enumerate(docs):
        start = doc.text.find(needle)
        while start >= 0:
            s = doc.sentence_at(start)
            out.append(Mention(d, start, start + len(needle), needle, s.index if s else 0))
            start = doc.text.find(needle, start + len(needle))
    return tuple(out)


def fixed_facts(docs: list[Document]) -> FactTable:
    facts = [
        Fact("person", "person:lukashenko", "Lukashenko", _mentions(docs, "Lukashenko")),
        Fact("place", "place:naypyidaw", "Naypyidaw", _mentions(docs, "Naypyidaw")),
        Fact("figure", "figure:8665 detainee", "8,665 detainees", _mentions(docs, "8,665")),
        Fact("date", "date:1999", "1999", _mentions(docs, "1999")),
    ]
    conflict = Conflict("figure", "8,665 detainees vs another count", (facts[2],), (0,), "detainee")
    return FactTable(facts, [conflict], len(docs))
