"""Load the PATH arguments of a command into a corpus, reporting each skipped file on stderr."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readers import Corpus


def load_sources(paths: Sequence[str], *, timeout: float | None = None) -> Corpus:
    """`readers.load(paths)`, printing `samestory: skipped SOURCE: reason` for each bad source.

    Raises `readers.ReaderError` (one line in `cli.main`) when nothing at all could be read.
    """
    import readers

    corpus = readers.load(paths, timeout=timeout)
    for err in corpus.errors:
        print(f"samestory: skipped {err}", file=sys.stderr)
    return corpus
