"""compare: paraphrase-aware N-way alignment and cross-article facts. No Textual, no Rich.

Public API (imported lazily so `import compare` stays cheap):

- `align(documents, *, min_score=...) -> Alignment` (compare.align)
- `similarity(a: str, b: str) -> float` (compare.align)
- `facts(documents) -> FactTable` (compare.facts)
- `discover(paths, ...)` (compare.discover)
"""

from __future__ import annotations

from typing import Any

from compare.model import LINK_KINDS, Alignment, DiffOp, Link, LinkKind, SentenceRef, WordDiff

_LAZY = {
    "align": "compare.align",
    "similarity": "compare.align",
    "facts": "compare.facts",
    "FactTable": "compare.facts",
    "discover": "compare.discover",
}

__all__ = [
    "LINK_KINDS",
    "Alignment",
    "DiffOp",
    "Link",
    "LinkKind",
    "SentenceRef",
    "WordDiff",
    "align",
    "discover",
    "facts",
    "similarity",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'compare' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
