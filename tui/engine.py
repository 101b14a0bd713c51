"""Where the engine runs: in the worker thread for small corpora, in a child process for big.

A thread is enough for a handful of articles (tens of milliseconds). For long documents the
engine's pure-Python work would hold the GIL and stall the UI thread, so past
`PROCESS_THRESHOLD` sentences each step runs in one spawned child process (documents and
results are plain dataclasses and pickle). `close()` terminates the child when the app quits,
so quitting never waits for an alignment nobody will see. `align` lets the engine choose the
scorer (`compare.align(..., scorer="auto")`: hybrid when the semantic extra can run, else
lexical, saying why). `correct` applies the stored corrections on top of an alignment (the
cached one stays valid: corrections are not part of its key); it runs in the analysis worker
and in the reader's corrections worker, never on the UI thread.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from readers import Document

if TYPE_CHECKING:
    from compare.corrections import Constraints
    from compare.model import Alignment
    from compare.scoring import Scorer
    from facts.model import FactTable
    from highlights.corrections import Correction, UnplacedCorrection

T = TypeVar("T")
"""What the engine step run by `EngineRunner.run` returns."""

PROCESS_THRESHOLD = 1500
"""Total sentences from which the engine runs in a child process."""


@dataclass
class Aligned:
    """`align`'s answer: the alignment, the scorer that made it and, when the semantic
    scorer was wanted but could not run, the one-line reason (the alignment is lexical)."""

    alignment: Alignment
    scorer: str
    fallback: str | None = None
    languages: list[str] | None = None
    """Each document's language code when the documents are in more than one language (the
    multilingual scorer made the alignment), else None."""


def align(docs: Sequence[Document]) -> Aligned:
    """Align with the scorer the engine picks ("auto": hybrid when its model can run,
    else lexical, with the reason for any fallback), and say which documents are in which
    language when the alignment crossed languages."""
    import compare
    from compare.scorer_choice import MULTILINGUAL_SUFFIX

    al = compare.align(list(docs), scorer="auto")
    languages = None
    if al.scorer.endswith(MULTILINGUAL_SUFFIX):
        from compare.semantic.multilingual_languages import document_languages

        languages = document_languages(docs)
    return Aligned(al, al.scorer, al.fallback, languages)


@dataclass
class Corrected:
    """`correct`'s answer: the alignment with the corrections applied, the sentence pairs
    they pin and forbid, and those that could not be placed (kept, never applied)."""

    alignment: Alignment
    rules: Constraints
    unplaced: list[UnplacedCorrection]
    error: str | None = None
    """One line when the store could not be read or the corrections applied (the alignment
    is then the one given)."""


def correct(base: Alignment, items: Sequence[Correction], scorer: Scorer | None) -> Corrected:
    """`base` with the corrections `items` placed in its documents and applied: the
    one-to-one assignment re-runs around them (`compare.corrections.apply`)."""
    from highlights.corrections import apply_with_rules

    return Corrected(*apply_with_rules(base, items, scorer=scorer))


def _align_lean(docs: Sequence[Document]) -> Aligned:
    """Child side of `align`: the result without its documents (the parent has them), so
    less is pickled back while the UI thread competes for the GIL."""
    result = align(docs)
    result.alignment.documents = []
    return result


def facts(docs: Sequence[Document]) -> FactTable:
    from facts import facts as extract_facts

    return extract_facts(list(docs))


class EngineRunner:
    def __init__(
        self, documents: Sequence[Document], *, threshold: int = PROCESS_THRESHOLD
    ) -> None:
        self.documents = list(documents)
        total = sum(len(d.sentences) for d in self.documents)
        self.use_process = total >= threshold
        self._pool: Any = None
        self._closed = False
        if self.use_process:
            # Start now, before Textual takes over stderr: multiprocessing's resource tracker
            # hands the real stderr descriptor to its child and fails on Textual's capture.
            self._pool = multiprocessing.get_context("spawn").Pool(1)

    def run(self, fn: Callable[[list[Document]], T]) -> T:
        """Run `fn(documents)`; in the child process when the corpus is big and `fn` is ours."""
        if not self.use_process or fn not in (align, facts):
            return fn(self.documents)
        if self._closed:
            raise RuntimeError("engine closed")
        if self._pool is None:
            self._pool = multiprocessing.get_context("spawn").Pool(1)
        if fn is align:
            result = self._pool.apply_async(_align_lean, (self.documents,)).get()
            result.alignment.documents = self.documents
            return result
        return self._pool.apply_async(fn, (self.documents,)).get()

    def close(self) -> None:
        self._closed = True
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None
