"""discover: which documents of a large folder tell the same story.

`discover(paths, ...) -> Discovery` (module discover.pipeline) reads and profiles the
documents, picks candidate pairs, scores them and groups the documents that tell one story;
`load_group(source, n)` gives the files of one group. No Textual, no Rich, nothing of
`samestory` or `tui`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Discovery", "discover", "load_group"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        import importlib

        return getattr(importlib.import_module("discover.pipeline"), name)
    raise AttributeError(f"module 'discover' has no attribute {name!r}")
