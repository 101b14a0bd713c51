"""compare: paraphrase-aware N-way sentence alignment. No Textual, no Rich.

Public API (imported lazily so `import compare` stays cheap):

- `align(documents, *, min_score=...) -> Alignment` (module compare.aligner)
- `similarity(a: str, b: str) -> float` (module compare.aligner)

No submodule may share a name with a public function (`compare.align` must stay the function).
"""

from __future__ import annotations

from typing import Any

from compare.model import LINK_KINDS, Alignment, DiffOp, Link, LinkKind, SentenceRef, WordDiff

_LAZY = {
    "align": "compare.aligner",
    "similarity": "compare.aligner",
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
    "similarity",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'compare' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
