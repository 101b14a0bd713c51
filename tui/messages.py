"""Messages the reader's widgets and workers send to the app (dataclass-style, small)."""

from __future__ import annotations

from typing import Any

from textual.message import Message


class CursorMoved(Message):
    """The cursor of pane `doc` moved to `sentence` (the app re-links the other panes)."""

    def __init__(self, doc: int, sentence: int) -> None:
        super().__init__()
        self.doc = doc
        self.sentence = sentence


class AnalysisStep(Message):
    """A worker finished one step: `what` is "alignment", "facts" or "highlights"."""

    def __init__(self, what: str, result: Any, seconds: float = 0.0) -> None:
        super().__init__()
        self.what = what
        self.result = result
        self.seconds = seconds


class AnalysisFailed(Message):
    """A worker step raised: shown as one line, the reader keeps working without it."""

    def __init__(self, what: str, error: str) -> None:
        super().__init__()
        self.what = what
        self.error = error


class FactChosen(Message):
    """The sidebar selected fact `key` (highlight every mention, jump to the next)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
