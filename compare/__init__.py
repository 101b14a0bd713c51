"""compare: paraphrase-aware N-way alignment and cross-article facts. No Textual, no Rich.

Public API (imported lazily so `import compare` stays cheap):

- `align(documents, *, min_score=...) -> Alignment` (module compare.aligner)
- `similarity(a: str, b: str) -> float` (module compare.aligner)
- `facts(documents) -> FactTable` (package compare.fact)
- `discover(paths, ...)` (module compare.discovery)

No submodule may share a name with a public function (`compare.align` must stay the function).
"""

from __future__ import annotations

from typing import Any

from compare.model import LINK_KINDS, Alignment, DiffOp, Link, LinkKind, SentenceRef, WordDiff

_LAZY = {
    "align": "compare.aligner",
    "similarity": "compare.aligner",
    "facts": "compare.fact",
    "FactTable": "compare.fact",
    "discover": "compare.discovery",
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
