"""facts: the facts a reader compares across articles, lined up across documents.

`facts(documents) -> FactTable` extracts, offline (spaCy models shipped in packages and rules;
nothing is downloaded):

- figures: numbers with unit and counted noun ("12 of 47 counties", "3,200 refugees",
  "three F-16 fighter jets", "two-day", "$1.2 billion", "40%", "between 20 and 30 people",
  "second foreign leader", "10-20 dollars", "two hundred and fifty", a bare "rose to 45");
  ordinals only when they rank something, not "first time";
- dates: absolute ("November 28, 2025", "late 2024", "1999", "2026–2028") and relative
  ("Thursday", "next month", "26 years ago", "the last three months", "Christmas"), times of
  day ("5 p.m. EST"), normalised to ISO against the document date
  (or, for an undated document, the date of the dated document it shares most facts with);
- people (titles folded: "Kenyan President William Ruto" is "William Ruto"),
  organisations ("World Health Organization (WHO)" is "WHO") and places, with aliases
  merged per article and across articles;
- quotes (curly, straight, single) with their speaker when the sentence names one.

Boilerplate sentences are skipped. The data model (module facts.model):

- `Mention(doc, start, end, text, sentence)`: `documents[doc].text[start:end] == text`;
  `sentence` is the `Sentence.index` holding `start`.
- `Fact(kind, key, label, mentions, normalized, aliases)`: `kind` is one of "figure", "date",
  "person", "organisation", "place", "quote"; `key` the normalised identity
  ("figure:12/47 county", "date:2025-11-27", "person:william ruto"); `label` the
  display text; `.docs` the sorted indices of documents stating it.
- `Conflict(kind, description, facts, docs, subject)`: documents disagree on a figure (same
  counted noun, different value), a date (same event, incompatible dates) or a quote
  (same words quoted differently).
- `FactTable(facts, conflicts)`: `.agreements` (facts in two or more documents),
  `.unique_to(doc)`, `.facts_in(doc)`, `.mentions_in(doc)` (sorted by start, for inline
  highlighting), `.get(key)`, `.conflicts_of(fact)` and `.to_dict()` ->
  `{"facts": [{"kind", "key", "text", "normalized", "docs", "mentions": [{"doc", "start",
  "end", "text"}]}], "conflicts": [{"kind", "description", "subject", "docs", "facts"}]}`.
"""

from __future__ import annotations

from collections.abc import Sequence

from facts.model import FACT_KINDS, KIND_TITLES, Conflict, Fact, FactKind, FactTable, Mention
from readers import Document

__all__ = [
    "FACT_KINDS",
    "KIND_TITLES",
    "Conflict",
    "Fact",
    "FactKind",
    "FactTable",
    "Mention",
    "facts",
]


def facts(documents: Sequence[Document]) -> FactTable:
    """Extract the facts of `documents` and line them up across them."""
    from facts.extract import extract
    from facts.table import build_table

    return build_table(documents, extract(documents))
