"""Messages of the reader: one dataclass per engine result, plus cursor and sidebar events.

The analysis worker posts `AlignmentReady`, `FactsReady` and `HighlightsReady` (or
`AnalysisFailed` for a step that raised); each carries its own typed result, so the handlers
need no type tests. The reader's corrections worker posts `CorrectionsApplied`, numbered so
that only the newest request's result is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from compare.model import Alignment
    from facts.model import FactTable
    from tui.engine import Corrected
    from tui.highlighting import HighlightData


@dataclass
class CursorMoved(Message):
    """The cursor of pane `doc` moved to `sentence` (the reader screen re-links the panes)."""

    doc: int
    sentence: int


@dataclass
class AlignmentReady(Message):
    """The alignment is made: which scorer made it, and why it fell back, if it did."""

    alignment: Alignment
    scorer: str
    """"hybrid" or "lexical"."""
    fallback: str | None
    """One line saying why the semantic scorer could not run, else None."""
    seconds: float
    corrected: Corrected | None = None
    """The alignment with the stored corrections applied (None: corrections are off)."""
    languages: list[str] | None = None
    """Each document's language code when they are in more than one language, else None."""


@dataclass
class FactsReady(Message):
    """Facts of every document are extracted."""

    table: FactTable
    seconds: float


@dataclass
class HighlightsReady(Message):
    """The highlight store was read and its highlights anchored in the open documents."""

    data: HighlightData
    seconds: float


@dataclass
class AnalysisFailed(Message):
    """A worker step raised: shown as one line, the reader keeps working without it."""

    step: str
    """"alignment", "facts" or "highlights"."""
    error: str


@dataclass
class CorrectionsApplied(Message):
    """The corrections worker applied the store's corrections to the aligner's alignment."""

    generation: int
    """Which request this answers: results of older requests than the newest are dropped."""
    corrected: Corrected
    seconds: float


@dataclass
class FactChosen(Message):
    """The sidebar selected fact `key` (highlight every mention, jump to the next)."""

    key: str
