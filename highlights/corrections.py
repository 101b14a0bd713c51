"""Corrections a person made to an alignment, kept in the highlight store per corpus.

A correction says of two sentences in two documents "these say the same" (`link`) or "these
do not" (`unlink`). Each end is anchored like a highlight: a W3C TextQuoteSelector (`exact`,
`prefix`, `suffix`), a TextPositionSelector (`start`, `end`) and the document's content hash,
so a correction survives edits of its documents. Every change is committed at once in the
store's SQLite file (same guarantees as highlights: WAL, `synchronous=FULL`, immediate
transactions serialising two writers).

`resolve_corrections` re-anchors the ends in the open documents; a correction with an end that
cannot be placed surely (an orphan, or a low-confidence `check` placement) is returned as
`UnplacedCorrection` with the reason: kept and listed, never applied to a guess.
`constraints` turns the placed ones into sentence pins/forbids for `compare.corrections`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any, Literal

from compare.corrections import Constraints, apply
from compare.model import Alignment, SentenceRef
from compare.scoring import Scorer
from highlights.anchoring import anchor
from highlights.errors import BadInputError, UnknownSetError
from highlights.model import QUOTE_CONTEXT, Anchored, AnchorStatus, Highlight
from highlights.resolve import DocumentIndex
from highlights.store import STORE_FILE, Store, new_id, normalize_source, now
from readers.document import Document

CorrectionKind = Literal["link", "unlink"]
CORRECTION_KINDS: tuple[CorrectionKind, ...] = ("link", "unlink")
_END_FIELDS = ("doc_id", "doc_hash", "doc_source", "start", "end", "exact", "prefix", "suffix")
_COLUMNS = ", ".join(
    ["id", "corpus", "kind", "note", "created", "updated"]
    + [f"{side}_{f}" for side in "ab" for f in _END_FIELDS]
)
_INSERT = "{verb} INTO corrections (" + _COLUMNS + ") VALUES (" + ", ".join("?" * 22) + ")"


@dataclass(frozen=True, slots=True)
class End:
    """One end of a correction: a sentence span of one document, with its selectors."""

    doc_id: str
    doc_hash: str
    doc_source: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Correction:
    """ "These say the same" (`link`) or "these do not" (`unlink`), made by a person."""

    id: str
    corpus: str
    kind: CorrectionKind
    a: End
    b: End
    note: str = ""
    created: str = ""
    updated: str = ""


@dataclass(frozen=True, slots=True)
class PlacedEnd:
    doc_index: int
    """Index into the documents given to `resolve_corrections`."""
    start: int
    end: int
    status: AnchorStatus


@dataclass(frozen=True, slots=True)
class PlacedCorrection:
    correction: Correction
    a: PlacedEnd
    b: PlacedEnd


@dataclass(frozen=True, slots=True)
class UnplacedCorrection:
    """A correction not applied now (kept and listed): `reason` says which end and why."""

    correction: Correction
    reason: str


def make_end(document: Document, start: int, end: int) -> End:
    """The anchored end for `document.text[start:end]`."""
    if not 0 <= start < end <= len(document.text):
        raise BadInputError("corrections", f"bad span {start}..{end} for {document.source}")
    text = document.text
    return End(
        document.id,
        document.hash,
        normalize_source(document.source),
        start,
        end,
        text[start:end],
        text[max(0, start - QUOTE_CONTEXT) : start],
        text[end : end + QUOTE_CONTEXT],
    )


def add_correction(
    store: Store,
    corpus: str,
    kind: CorrectionKind,
    a: tuple[Document, int, int],
    b: tuple[Document, int, int],
    *,
    note: str = "",
) -> Correction:
    """Record a link or unlink between two spans (committed at once).

    An earlier correction of the same two spans (either order) is replaced: linking a pair
    one unlinked before turns the unlink into a link.
    """
    if kind not in CORRECTION_KINDS:
        raise BadInputError("corrections", f"unknown correction kind {kind!r} (link or unlink)")
    end_a, end_b = make_end(*a), make_end(*b)
    if end_a.doc_hash == end_b.doc_hash and end_a.doc_source == end_b.doc_source:
        raise BadInputError("corrections", "both ends are in the same document")
    stamp = now()
    made = Correction(new_id(), corpus, kind, end_a, end_b, note, stamp, stamp)
    with store._write() as conn:
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM corrections WHERE corpus = ?", (corpus,)
        ).fetchall():
            old = _correction(row)
            if {_key(old.a), _key(old.b)} == {_key(end_a), _key(end_b)}:
                conn.execute("DELETE FROM corrections WHERE id = ?", (old.id,))
        conn.execute(_INSERT.format(verb="INSERT"), _row(made))
    return made


def insert_corrections(store: Store, items: Sequence[Correction]) -> int:
    """Store ready-made corrections (import) in one transaction; known ids are skipped."""
    added = 0
    with store._write() as conn:
        for c in items:
            added += conn.execute(_INSERT.format(verb="INSERT OR IGNORE"), _row(c)).rowcount
    return added


def list_corrections(store: Store, corpus: str | None = None) -> list[Correction]:
    """Corrections (of one corpus, or all), oldest first."""
    if corpus is None:
        rows = store._query(f"SELECT {_COLUMNS} FROM corrections ORDER BY created, id")
    else:
        rows = store._query(
            f"SELECT {_COLUMNS} FROM corrections WHERE corpus = ? ORDER BY created, id", (corpus,)
        )
    return [_correction(r) for r in rows]


def find_correction(store: Store, key: str, corpus: str | None = None) -> Correction:
    """The correction with this id or id prefix (6+ characters)."""
    found = [
        c
        for c in list_corrections(store, corpus)
        if c.id == key or (len(key) >= 6 and c.id.startswith(key.lower()))
    ]
    if len(found) != 1:
        what = "no" if not found else "more than one"
        raise UnknownSetError("corrections", f"{what} correction with id {key!r}")
    return found[0]


def delete_correction(store: Store, correction_id: str) -> None:
    with store._write() as conn:
        cur = conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
        if cur.rowcount == 0:
            raise UnknownSetError("corrections", f"no correction with id {correction_id!r}")


def resolve_corrections(
    corrections: Sequence[Correction], documents: Sequence[Document]
) -> tuple[list[PlacedCorrection], list[UnplacedCorrection]]:
    """Anchor both ends of each correction in `documents` (see the module docstring)."""
    lookup = DocumentIndex(documents)
    placed: list[PlacedCorrection] = []
    unplaced: list[UnplacedCorrection] = []
    for c in corrections:
        ends: list[PlacedEnd] = []
        for name, end in (("first", c.a), ("second", c.b)):
            h = _as_highlight(c, end)
            index = lookup.find(h)
            if index is None:
                unplaced.append(UnplacedCorrection(c, f"{name} end: its document is not open"))
                break
            where = anchor(h, documents[index])
            if not isinstance(where, Anchored):
                why = where.reason.removeprefix("not placed: ")
                unplaced.append(UnplacedCorrection(c, f"{name} end: {why}"))
                break
            if where.status == "check":
                unplaced.append(
                    UnplacedCorrection(c, f"{name} end: moved? check (an unsure match)")
                )
                break
            ends.append(PlacedEnd(index, where.start, where.end, where.status))
        else:
            if ends[0].doc_index == ends[1].doc_index:
                unplaced.append(UnplacedCorrection(c, "both ends fall in one document"))
            else:
                placed.append(PlacedCorrection(c, ends[0], ends[1]))
    return placed, unplaced


def constraints(
    placed: Sequence[PlacedCorrection], documents: Sequence[Document]
) -> tuple[Constraints, list[UnplacedCorrection]]:
    """Sentence pins (links) and forbids (unlinks) for `compare.corrections.apply`.

    Each end is the sentence holding its span's start; the later correction of a pair wins.
    """
    pins: dict[tuple[SentenceRef, SentenceRef], str] = {}
    forbids: dict[tuple[SentenceRef, SentenceRef], str] = {}
    skipped: list[UnplacedCorrection] = []
    for p in placed:
        refs = []
        for end in (p.a, p.b):
            sentence = documents[end.doc_index].sentence_at(end.start)
            if sentence is None:
                break
            refs.append(SentenceRef(end.doc_index, sentence.index))
        if len(refs) != 2:
            skipped.append(UnplacedCorrection(p.correction, "an end is outside every sentence"))
            continue
        pair = (min(refs), max(refs))
        pins.pop(pair, None)
        forbids.pop(pair, None)
        (pins if p.correction.kind == "link" else forbids)[pair] = p.correction.id
    return Constraints(pins=pins, forbids=forbids), skipped


def _as_highlight(c: Correction, end: End) -> Highlight:
    return Highlight(
        c.id, "", end.doc_id, end.doc_hash, end.doc_source, end.start, end.end, end.exact,
        end.prefix, end.suffix,
    )  # fmt: skip


def _key(end: End) -> tuple[str, str, int, int]:
    return (end.doc_hash, end.doc_source, end.start, end.end)


def _row(c: Correction) -> tuple[Any, ...]:
    return (c.id, c.corpus, c.kind, c.note, c.created, c.updated, *astuple(c.a), *astuple(c.b))


def _correction(row: Sequence[Any] | sqlite3.Row) -> Correction:
    cid, corpus, kind, note, created, updated, *rest = row
    a = _end(rest[:8])
    b = _end(rest[8:])
    return Correction(str(cid), str(corpus), kind, a, b, str(note), str(created), str(updated))


def _end(values: Sequence[Any]) -> End:
    doc_id, doc_hash, src, start, end, exact, prefix, suffix = values
    return End(
        str(doc_id), str(doc_hash), str(src), int(start), int(end), str(exact), str(prefix),
        str(suffix),
    )  # fmt: skip


def apply_corrections(
    alignment: Alignment,
    corrections: Sequence[Correction],
    *,
    scorer: Scorer | None = None,
) -> tuple[Alignment, list[UnplacedCorrection]]:
    """`alignment` with the corrections that can be placed applied, and those that cannot."""
    applied, _, unplaced = apply_with_rules(alignment, corrections, scorer=scorer)
    return applied, unplaced


def apply_with_rules(
    alignment: Alignment,
    corrections: Sequence[Correction],
    *,
    scorer: Scorer | None = None,
) -> tuple[Alignment, Constraints, list[UnplacedCorrection]]:
    """`apply_corrections`, also giving the sentence pairs the placed corrections pin and
    forbid (the reader keeps them to act on the next key)."""
    docs = alignment.documents
    placed, unplaced = resolve_corrections(corrections, docs)
    rules, skipped = constraints(placed, docs)
    return apply(alignment, rules, scorer=scorer), rules, unplaced + skipped


def apply_stored(
    alignment: Alignment,
    corpus: str,
    *,
    scorer: Scorer | None = None,
    data_dir: Path | str | None = None,
) -> tuple[Alignment, list[UnplacedCorrection]]:
    """Apply the corpus' corrections from the store in `data_dir` (default data dir).

    No store file yet means no corrections (nothing is created).
    """
    if data_dir is None:
        from readers.locations import data_dir as default_dir

        data_dir = default_dir()
    path = Path(data_dir) / STORE_FILE
    if not path.exists():
        return alignment, []
    with Store(path) as store:
        items = list_corrections(store, corpus)
    if not items:
        return alignment, []
    return apply_corrections(alignment, items, scorer=scorer)
