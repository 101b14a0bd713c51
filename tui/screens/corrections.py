"""Corrections in the reader: `l` links the cursor sentence with a sentence of another column
("these say the same"), `L` unlinks a counterpart ("these do not").

`CorrectionsController` keeps the alignment as the aligner (or its cache) gave it and shows it
with the stored corrections applied (`highlights.corrections`, `compare.corrections`): every
correction is committed to the highlight store at once, on the UI thread (a small write), and
the one-to-one assignment re-runs around it in a thread worker (`compute`, started through the
host), so freeing a sentence from a wrong link lets it take its right counterpart without
stalling the keys. Requests are numbered and computed one at a time: a request overtaken by a
newer one is skipped, and a result is shown only when it answers the newest request, so an
older result arriving late never overwrites a newer one; until it arrives the
controller's pins and forbids already hold the new correction, so the next key acts on it.
`L` on a link a person made removes that pin (undo); `l` on a pair unlinked before turns the
unlink into a link. Corrections whose ends cannot be placed in the open documents are kept in
the store and counted, never applied to a guess. `poll` (on a timer) re-applies them when
another process changed the stored ones.

`SentencePicker` is the window where the other end is chosen: the sentences of the other
columns, most alike first, narrowed by typing.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from compare.corrections import Constraints, normalized
from compare.model import Alignment, SentenceRef
from readers.errors import SamestoryError
from readers.textsafe import one_line
from tui.engine import Corrected
from tui.screens.prompt import KeyQueue
from tui.state import ReaderState

if TYPE_CHECKING:
    from highlights.corrections import Correction, CorrectionKind, UnplacedCorrection
    from highlights.store import Store

Failure = (SamestoryError, sqlite3.Error, OSError)


class CorrectionsHost(Protocol):
    state: ReaderState

    def say(self, message: str, *, warning: bool = False, timeout: float = 2.0) -> None: ...

    def show_alignment(self) -> None: ...

    def start_corrections(self, generation: int) -> None:
        """Run `CorrectionsController.compute` in a worker and hand its result, with
        `generation`, to `CorrectionsController.applied` on the UI thread."""


def ref_name(ref: SentenceRef) -> str:
    """`column:sentence`, both counted from 1 as the columns and status lines show them."""
    return f"{ref.doc + 1}:{ref.sentence + 1}"


@dataclass(frozen=True)
class Change:
    """A correction the user just made, told once the alignment shows it."""

    kind: Literal["link", "unlink", "unpin"]
    a: SentenceRef
    b: SentenceRef


class CorrectionsController:
    """Stores corrections and shows the alignment with them applied (see the module doc)."""

    def __init__(self, host: CorrectionsHost, *, enabled: bool = True) -> None:
        self.host = host
        self.enabled = enabled
        self.base: Alignment | None = None
        """The alignment as the aligner gave it (no corrections)."""
        self.rules = Constraints()
        """The corrections applied now (or being applied), by sentence pair."""
        self.unplaced: list[UnplacedCorrection] = []
        self.generation = 0
        """Number of the newest request to re-apply the corrections."""
        self.pending: list[Change] = []
        """Corrections made since the last result shown (told when it arrives)."""
        self._store: Store | None = None
        self._open = threading.Lock()
        self._computing = threading.Lock()
        self.scorer: Any = None
        """Scores the pairs the re-run needs (None: the lexical scorer)."""
        self.seen: frozenset[str] = frozenset()
        """Ids of the stored corrections the last computation read (set by the worker)."""
        self.version: int | None = None
        """The store's `data_version` when `poll` last looked."""
        self.outside = False
        """The newest request answers corrections another process made (told on arrival)."""

    @property
    def state(self) -> ReaderState:
        return self.host.state

    def store(self) -> Store | None:
        if not self.enabled:
            return None
        with self._open:  # the workers and the UI thread share one (thread-safe) store
            if self._store is None:
                import highlights

                self._store = highlights.open_store()
            return self._store

    def close(self) -> None:
        with self._open:
            if self._store is not None:
                self._store.close()
                self._store = None

    # -- applying (worker threads) ------------------------------------------------------------

    def compute(
        self, base: Alignment, scorer_name: str, *, generation: int | None = None
    ) -> Corrected | None:
        """`base` with the stored corrections applied; runs in a worker thread, one at a
        time. Never raises: a failure comes back as `Corrected.error` with `base`. With
        `generation`, None when a newer request was made meanwhile (its worker does it)."""
        from highlights.corrections import list_corrections
        from tui.engine import correct

        with self._computing:
            if generation is not None and generation != self.generation:
                return None
            try:
                store = self.store()
                items: list[Correction] = (
                    list_corrections(store, self.state.name) if store is not None else []
                )
                self.seen = frozenset(c.id for c in items)
                if not items:
                    return Corrected(base, Constraints(), [])
                return correct(base, items, self._scorer(scorer_name))
            except Exception as err:  # the reader keeps the alignment it shows
                what = str(err) if isinstance(err, Failure) else f"{type(err).__name__}: {err}"
                return Corrected(base, Constraints(), [], error=f"Corrections not applied: {what}")

    def _scorer(self, name: str) -> Any:
        """The scorer the alignment was made with (its reported name, e.g. "hybrid" or
        "hybrid+multilingual"), built once; None re-runs lexically."""
        if self.scorer is None and name != "lexical":
            try:
                from compare.scorer_choice import choose

                self.scorer = choose(name, self.state.documents).scorer
            except Exception:  # the model missing or broken: re-run lexically
                self.scorer = None
        return self.scorer

    # -- results (UI thread) ------------------------------------------------------------------

    def loaded(self, base: Alignment, corrected: Corrected | None) -> None:
        """The aligner's alignment and, computed with it in the analysis worker, the same
        with the stored corrections applied: show the corrected one."""
        self.base = base
        if corrected is None:
            self.state.set_alignment(base)
            return
        self._take(corrected, base)

    def applied(self, generation: int, corrected: Corrected) -> bool:
        """Show a worker's result if it answers the newest request (else drop it); tell
        what the corrections made since the last result did. True when shown."""
        if generation != self.generation:
            return False
        self._take(corrected, None)
        self.host.show_alignment()
        for change in self.pending:
            self.host.say(self.describe(change))
        self.pending.clear()
        if self.outside:
            self.outside = False
            self.host.say("Corrections changed by another samestory process: applied")
        return True

    def poll(self) -> None:
        """Pick up corrections another samestory process committed to the same store (the
        `corrections` command, another reader): re-apply when the stored ones differ from
        those the last computation read. Runs on the UI thread; a read only when the store
        changed."""
        from highlights.corrections import list_corrections

        store = self._store
        if store is None or self.base is None or self.pending:
            return  # a computation of this reader's own corrections will read the store anyway
        try:
            version = store.data_version()
            if version == self.version:
                return
            self.version = version
            ids = frozenset(c.id for c in list_corrections(store, self.state.name))
        except Failure:
            return
        if ids != self.seen:
            self.seen = ids
            self.outside = True
            self.generation += 1
            self.host.start_corrections(self.generation)

    def _take(self, corrected: Corrected, base: Alignment | None) -> None:
        if corrected.error is not None:
            self.host.say(corrected.error, warning=True, timeout=6)
            if base is not None:
                self.state.set_alignment(base)
            return
        before = len(self.unplaced)
        self.rules, self.unplaced = corrected.rules, corrected.unplaced
        if self.unplaced and (base is not None or len(self.unplaced) != before):
            self.host.say(
                f"{len(self.unplaced)} correction(s) not placed in these documents (kept; "
                "`samestory corrections list` shows them)",
                warning=True,
                timeout=6,
            )
        self.state.set_alignment(corrected.alignment)

    def describe(self, change: Change) -> str:
        """What a correction did, in the alignment shown now (one line)."""
        a, b = change.a, change.b
        if change.kind == "link":
            return f"Linked {ref_name(a)} ↔ {ref_name(b)} (pinned)"
        if change.kind == "unpin":
            return f"Removed your link {ref_name(a)} ↔ {ref_name(b)}"
        now = self.state.alignment
        extra = ""
        for r, other in ((a, b), (b, a)):
            link = now.best_link(r, other.doc) if now is not None else None
            if link is not None:
                extra += f"; {ref_name(r)} now ↔ {ref_name(link.other(r))}"
        return f"Unlinked {ref_name(a)} ↮ {ref_name(b)}{extra}"

    # -- the keys -----------------------------------------------------------------------------

    def ready(self) -> bool:
        if self.base is None or self.state.alignment is None:
            self.host.say("Still aligning: corrections need the alignment", warning=True)
            return False
        if self.store() is None:
            self.host.say("Corrections are off (no highlight store)", warning=True)
            return False
        return True

    def link(self, a: SentenceRef, b: SentenceRef, note: str = "") -> bool:
        """Pin `a` and `b` together; True when stored (the alignment follows from a worker)."""
        pair = normalized(a, b)
        if pair in self.rules.pins:
            self.host.say(f"{ref_name(a)} and {ref_name(b)} are already linked by you")
            return False
        made = self._write("link", pair, note)
        if made is None:
            return False
        forbids = {p: v for p, v in self.rules.forbids.items() if p != pair}
        self.rules = Constraints({**self.rules.pins, pair: made.id}, forbids)
        self._request(Change("link", a, b))
        return True

    def unlink(self, a: SentenceRef, b: SentenceRef) -> bool:
        """Unlink `a` and `b`: remove the pin when a person made the link, else forbid it.
        True when stored (the alignment follows from a worker)."""
        pair = normalized(a, b)
        pinned = self.rules.pins.get(pair)
        if pinned is not None:
            from highlights.corrections import delete_correction

            try:
                delete_correction(self._must_store(), pinned)
            except Failure as err:
                self.host.say(f"Not saved: {err}", warning=True, timeout=6)
                return False
            pins = {p: v for p, v in self.rules.pins.items() if p != pair}
            self.rules = Constraints(pins, self.rules.forbids)
            self._request(Change("unpin", a, b))
            return True
        if pair in self.rules.forbids:
            self.host.say(f"{ref_name(a)} and {ref_name(b)} are already unlinked by you")
            return False
        made = self._write("unlink", pair, "")
        if made is None:
            return False
        self.rules = Constraints(self.rules.pins, {**self.rules.forbids, pair: made.id})
        self._request(Change("unlink", a, b))
        return True

    def _request(self, change: Change) -> None:
        self.generation += 1
        self.pending.append(change)
        self.host.start_corrections(self.generation)

    def _must_store(self) -> Store:
        store = self.store()
        assert store is not None
        return store

    def _write(
        self, kind: CorrectionKind, pair: tuple[SentenceRef, SentenceRef], note: str
    ) -> Correction | None:
        from highlights.corrections import add_correction

        docs = self.state.documents
        ends = []
        for ref in pair:
            s = docs[ref.doc].sentences[ref.sentence]
            ends.append((docs[ref.doc], s.start, s.end))
        try:
            return add_correction(
                self._must_store(), self.state.name, kind, ends[0], ends[1], note=note
            )
        except Failure as err:
            self.host.say(f"Not saved: {err}", warning=True, timeout=6)
            return None

    # -- what the pickers list --------------------------------------------------------------

    def link_choices(self, ref: SentenceRef) -> list[SentenceRef]:
        """Content sentences of the other documents, the most alike to `ref` first (lexical
        scores of all of them in one vectorised call)."""
        from compare.lexical import LexicalScorer

        docs = self.state.documents
        text = docs[ref.doc].sentences[ref.sentence].text
        out = [
            SentenceRef(d, s.index)
            for d, doc in enumerate(docs)
            if d != ref.doc
            for s in doc.sentences
            if not s.boilerplate
        ]
        others = [docs[r.doc].sentences[r.sentence].text for r in out]
        scores = LexicalScorer().score_pairs([text], others, [(0, j) for j in range(len(out))])
        score = dict(zip(out, scores, strict=True))
        return sorted(out, key=lambda r: (-score[r], r))

    def unlink_choices(self, ref: SentenceRef) -> list[SentenceRef]:
        """The sentences `ref` is linked with now, counting corrections still being applied."""
        al = self.state.alignment
        linked = {lk.other(ref) for lk in al.links_of(ref)} if al is not None else set()
        linked -= {pair_other(p, ref) for p in self.rules.forbids if ref in p}
        linked |= {pair_other(p, ref) for p in self.rules.pins if ref in p}
        return sorted(linked)


def pair_other(pair: tuple[SentenceRef, SentenceRef], ref: SentenceRef) -> SentenceRef:
    return pair[1] if ref == pair[0] else pair[0]


class SentencePicker(KeyQueue, ModalScreen[SentenceRef | None]):
    """Pick one sentence from a list (type to narrow it, enter picks, escape cancels)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Cancel", id="picker-cancel"),
    ]
    DEFAULT_CSS = """
    SentencePicker { align: center middle; }
    SentencePicker > Vertical {
        width: 100; max-width: 100%; height: 80%; border: round $accent; background: $surface;
    }
    SentencePicker Static { padding: 0 1; }
    SentencePicker OptionList { height: 1fr; }
    """

    def __init__(self, title: str, state: ReaderState, choices: Sequence[SentenceRef]) -> None:
        super().__init__()
        self.title_text = title
        self.state = state
        self.choices = list(choices)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text, style="bold"))
            yield Input(placeholder="type to narrow the list")
            yield OptionList(*self._options(""))
            yield Static(Text("enter picks · escape cancels", style="dim"))

    def on_mount(self) -> None:
        self.take_queued_keys(self.query_one(Input))

    def _label(self, ref: SentenceRef) -> str:
        doc = self.state.documents[ref.doc]
        return one_line(f"{ref_name(ref)}  {doc.sentences[ref.sentence].text}")

    def _options(self, query: str) -> list[Option]:
        q = query.casefold()
        return [
            Option(Text(self._label(r)), id=f"{r.doc}:{r.sentence}")
            for r in self.choices
            if not q or q in self._label(r).casefold()
        ]

    def on_input_changed(self, event: Input.Changed) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self._options(event.value))
        if options.option_count:
            options.highlighted = 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            self._pick(options.get_option_at_index(options.highlighted or 0).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._pick(event.option.id)

    def _pick(self, option_id: str | None) -> None:
        if option_id is None:
            return
        doc, sentence = option_id.split(":")
        self.dismiss(SentenceRef(int(doc), int(sentence)))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def key_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def key_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()


class ReaderWithCorrections(Protocol):
    """What the `l`/`L` actions need from the reader screen."""

    state: ReaderState
    corrections: CorrectionsController
    app: Any

    def go_to(self, doc: int, sentence: int, *, row: int | None = None) -> None: ...


def pick_link(
    app: Any, ctl: CorrectionsController, ref: SentenceRef, then: Callable[[], None]
) -> None:
    """Pick a sentence of another column and link `ref` with it (`then` runs once stored)."""

    def done(other: SentenceRef | None) -> None:
        if other is not None and ctl.link(ref, other):
            then()

    title = f"Link {ref_name(ref)} with… (these say the same)"
    app.push_screen(SentencePicker(title, ctl.state, ctl.link_choices(ref)), done)


def start_link(reader: ReaderWithCorrections) -> None:
    """`l`: pick a sentence of another column and link the cursor sentence with it."""
    ctl = reader.corrections
    if not ctl.ready():
        return
    ref = reader.state.ref()
    pick_link(reader.app, ctl, ref, lambda: reader.go_to(ref.doc, ref.sentence))


def start_unlink(reader: ReaderWithCorrections) -> None:
    """`L`: unlink a counterpart of the cursor sentence (asks which when there are several)."""
    ctl = reader.corrections
    if not ctl.ready():
        return
    ref = reader.state.ref()
    choices = ctl.unlink_choices(ref)
    if not choices:
        ctl.host.say("This sentence has no link to undo")
        reader.app.bell()
        return
    if len(choices) == 1:
        if ctl.unlink(ref, choices[0]):
            reader.go_to(ref.doc, ref.sentence)
        return

    def done(other: SentenceRef | None) -> None:
        if other is not None and ctl.unlink(ref, other):
            reader.go_to(ref.doc, ref.sentence)

    title = f"Unlink {ref_name(ref)} from… (these do not say the same)"
    reader.app.push_screen(SentencePicker(title, reader.state, choices), done)
