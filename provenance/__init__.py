"""provenance: what each outlet changed, and which document is the likely source of which.

- `provenance(alignment, table) -> Provenance` (module provenance.analysis): per document the
  statements it shares (with whom), those only it has, those it dropped from its reference
  (likely source), its credit lines and the changes from earlier versions; per pair of
  documents the changes (figures, dates, names, attribution, quotes, hedging, intensity,
  order, credits); the lineage.
- `lineage(alignment) -> Lineage` (module provenance.lineage): likely sources with evidence.
- `brief(...)` (module provenance.brief): the Markdown, HTML and JSON report.
- The data types are in provenance.model; the lexicon (hedges, boosters, intensifiers,
  criticism and praise scales, attribution phrases, reporting verbs, credit lines) is
  provenance/data/lexicon.toml, read by provenance.lexicon.
"""

from __future__ import annotations

from typing import Any

from provenance.model import (
    CHANGE_KINDS,
    CHANGE_TITLES,
    UNKNOWN,
    Change,
    DocumentProvenance,
    Lineage,
    Provenance,
    Relation,
    Side,
)

_LAZY = {"provenance": "provenance.analysis", "lineage": "provenance.lineage"}

__all__ = [
    "CHANGE_KINDS",
    "CHANGE_TITLES",
    "UNKNOWN",
    "Change",
    "DocumentProvenance",
    "Lineage",
    "Provenance",
    "Relation",
    "Side",
    "lineage",
    "provenance",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'provenance' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
