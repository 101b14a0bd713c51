"""compare: paraphrase-aware N-way sentence alignment. No Textual, no Rich.

Public API (imported lazily so `import compare` stays cheap):

- `align(documents, *, min_score=..., scorer="auto") -> Alignment` (module compare.aligner);
  `scorer` is a `compare.scoring.Scorer` or a name (`compare.scorer_choice`), and the result
  says which scorer made it (`Alignment.scorer`) and why "auto" fell back (`.fallback`)
- `similarity(a: str, b: str) -> float` (module compare.aligner)

Modules: `aligner` (candidates, assignment, merges, kinds), `blocking` (candidate pairs of long
texts), `scoring` (the scorer contract), `scorer_choice` (which scorer), `lexical` (the default
scorer) on `features` (per-sentence features and tables), `normalize` (folding, stop words) and
`stemming`; `groups` (passage groups, similarity), `diff` (word diffs), `cache` (links on disk),
`model` (result types), `semantic/` (the optional embedding scorers).

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
