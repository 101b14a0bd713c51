"""`LoadingApp`: reads a big corpus in a child process while the terminal shows progress.

`samestory PATH...` reads small inputs before starting the reader (errors are then plain
one-line messages). Inputs above `BIG_INPUT_BYTES` are read here instead, in a spawned child
process, so a slow segmenter never freezes the terminal and `q`/`ctrl+c` stops at once (the
child is terminated). Errors come back as `(exit code, message)`, never as a traceback.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Center, Middle
from textual.widgets import ProgressBar, Static

from readers import Corpus
from readers.errors import ReaderError, UsageError

BIG_INPUT_BYTES = 500_000
"""Total size of local inputs from which reading happens inside the loading screen."""


def input_bytes(sources: list[str]) -> int:
    """Size of the local files among `sources` (folders: their files, not recursive)."""
    total = 0
    for src in sources:
        if src == "-" or "://" in src:
            continue
        path = Path(src)
        try:
            if path.is_dir():
                total += sum(p.stat().st_size for p in path.iterdir() if p.is_file())
            elif path.is_file():
                total += path.stat().st_size
        except OSError:
            continue
    return total


def _load(sources: list[str]) -> tuple[Any, ...]:
    """Child process: read everything; exceptions are flattened so they pickle."""
    import readers

    try:
        corpus = readers.load(sources)
    except ReaderError as err:
        return ("error", err.exit_code, str(err))
    errors = [(type(e).__name__, e.source, e.reason) for e in corpus.errors]
    return ("ok", corpus.documents, errors, corpus.name, corpus.root)


def rebuild(result: tuple[Any, ...]) -> Corpus:
    _, documents, errors, name, root = result
    kinds = {"UsageError": UsageError}
    corpus = Corpus(documents=list(documents), name=name, root=root)
    corpus.errors = [kinds.get(k, ReaderError)(source, reason) for k, source, reason in errors]
    return corpus


class LoadingApp(App[tuple[Any, ...] | None]):
    """Shows progress while the corpus is read; returns the child's result tuple."""

    BINDINGS = [Binding("q,ctrl+c", "quit", "Quit", id="loading-quit")]
    CSS = """
    Static { width: auto; }
    ProgressBar { width: auto; }
    """

    def __init__(self, sources: list[str], size: int) -> None:
        super().__init__()
        self.sources = sources
        self.size_bytes = size
        # Started now, before Textual takes over stderr: multiprocessing's resource tracker
        # hands the real stderr descriptor to its child and fails on Textual's capture.
        self._pool: Any = multiprocessing.get_context("spawn").Pool(1)
        self._err: BaseException | None = None
        self._start = time.perf_counter()

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(
                Text(f"Reading {len(self.sources)} source(s), {self.size_bytes / 1e6:.1f} MB…")
            )
            yield ProgressBar(total=None, show_eta=False, show_percentage=False)
            yield Static(Text("q quits", style="dim"), id="elapsed")

    def on_mount(self) -> None:
        self.set_interval(0.5, self._tick)
        self._read()

    def _tick(self) -> None:
        elapsed = time.perf_counter() - self._start
        self.query_one("#elapsed", Static).update(Text(f"{elapsed:.0f} s · q quits", style="dim"))

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _read(self) -> None:
        try:
            result = self._pool.apply_async(_load, (self.sources,)).get()
        except Exception as err:  # the child died (killed, out of memory)
            result = ("error", 1, f"reading failed: {err}")
        self.call_from_thread(self.exit, result)

    def on_unmount(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
