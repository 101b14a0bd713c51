"""Hostile metadata and store faults in the reader: nothing raw reaches the terminal, `x`
takes only the active set's highlight, and a failing or changed store is told, not fatal."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from tui_helpers import ready, record_notes, screen_text

import highlights
import readers
from facts.model import Fact, FactTable, Mention
from highlights.store import Store

RAW = ("\x1b", "\x07", "\x9b", "\x9d", "\x85")
"""ESC, BEL, CSI (C1), OSC (C1), NEL (C1): none may be painted raw."""
EVIL = "\x1b]52;c;ZXZpbA==\x07 \x9b31mred\x9d0;title\x07 \x1b[2J"


def no_raw(text: str) -> None:
    for ch in RAW:
        assert ch not in text, repr(ch)


@pytest.fixture
def evil_corpus(tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "story"
    folder.mkdir()
    body = (
        "The minister said the plan would cost 5 million dollars in 2024. "
        "Officials in the capital agreed with the plan on Monday.\n\n"
        "A reporter quoted \x9b31m a source \x9d saying it was late.\n"
    )
    (folder / "a.md").write_text(f"---\ntitle: T{EVIL}\nauthor: A{EVIL}\n---\n\n{body}")
    (folder / f"b{EVIL[:5]}.txt").write_text(body.replace("Monday", "Tuesday"))
    (folder / "corpus.toml").write_text(
        'name = "N\\u001b[31m\\u009b\\u0007"\n[files."a.md"]\noutlet = "O\\u001b]52;c;x\\u0007"\n'
    )
    corpus = readers.load([folder])
    # Whatever the readers already clean, the reader itself must cope with raw metadata.
    docs = [
        replace(d, title=f"T{EVIL}", outlet=f"O{EVIL}", author=f"A{EVIL}", date=f"D{EVIL}")
        for d in corpus.documents
    ]
    corpus.documents = docs
    corpus.name = f"N{EVIL}"
    return corpus


def evil_facts(docs: list) -> FactTable:  # type: ignore[type-arg]
    doc = docs[0]
    start = doc.text.index("quoted")
    mention = Mention(0, start, start + 6, "quoted", doc.sentence_at(start).index)
    quote = Fact("quote", "quote:x", f"“{EVIL}”", (mention, replace(mention, doc=1)))
    return FactTable([quote], [], len(docs))


async def test_hostile_metadata_never_reaches_the_terminal_raw(make_app, evil_corpus) -> None:
    app = make_app(evil_corpus, aligner=fixed_alignment_of, fact_finder=evil_facts)
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        main = screen_text(app)
        no_raw(main)
        assert "␛" in main  # shown visibly, not dropped
        await pilot.press("f")  # quotes in the sidebar
        no_raw(screen_text(app))
        await pilot.press("escape", "o")  # overview
        no_raw(screen_text(app))
        await pilot.press("escape", "enter")  # detail
        no_raw(screen_text(app))
        await pilot.press("escape")
        with highlights.open_store() as store:
            store.create_set(f"S{EVIL}", color="#E0A458", corpus=app.state.name)
        app.highlighter.reload()
        await pilot.press("s")  # sets screen with an imported-looking set name
        text = screen_text(app)
        no_raw(text)
        assert "S␛" in text
        no_raw(str(app.format_title(app.title, app.sub_title)))


def fixed_alignment_of(docs):  # type: ignore[no-untyped-def]
    """A one-link alignment of the two hostile documents."""
    from compare.groups import passage_groups, similarity_matrix, unique_sentences
    from compare.model import Alignment, Link, SentenceRef

    links = [Link(SentenceRef(0, 0), SentenceRef(1, 0), 0.9, "edited")]
    return Alignment(
        documents=list(docs),
        links=links,
        groups=passage_groups(links),
        similarity=similarity_matrix(docs, links),
        unique=unique_sentences(docs, links),
    )


async def test_c1_controls_in_article_text_are_visible(make_app, tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Before \x9b31m CSI and \x9d0;t\x07 OSC and \x85 NEL end.\n")
    (tmp_path / "b.txt").write_text("Another text about nothing much at all here.\n")
    app = make_app(readers.load([tmp_path]), use_highlights=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        text = screen_text(app)
        no_raw(text)
        assert "31m CSI" in text


def store_items() -> list:  # type: ignore[type-arg]
    with highlights.open_store() as store:
        return store.highlights_for(None)


async def test_x_removes_only_the_active_sets_highlight(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        doc = app.state.documents[0]
        s = doc.sentences[app.state.cursors[0]]
        with highlights.open_store() as store:
            first = store.create_set("First", color="#E0A458", corpus=app.state.name)
            second = store.create_set("Second", color="#56B4E9", corpus=app.state.name)
            store.add(first.id, doc, s.start, s.end)
            store.add(second.id, doc, s.start, s.end)
        app.highlighter.reload()
        app.highlighter.set_active(second.id)
        await pilot.press("x")
        assert [h.set_id for h in store_items()] == [first.id]
        await pilot.press("x")  # the active set has nothing left here: nothing removed
        assert [h.set_id for h in store_items()] == [first.id]


async def test_h_with_a_full_disk_tells_and_keeps_running(make_app, monkeypatch) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("h")  # creates the set while the disk still has room
        assert len(store_items()) == 1
        notes = record_notes(app)

        def full(self, items, *, skip_existing=False):  # type: ignore[no-untyped-def]
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(Store, "insert", full)
        await pilot.press("j", "h", "H")
        await pilot.pause()
        assert app.is_running and len(store_items()) == 1
        assert any("disk is full" in n for n in notes), notes


async def test_x_and_h_after_another_process_deleted_highlight_and_set(
    make_app, monkeypatch
) -> None:
    from tui.highlighting import HighlightController

    # The keys come before the store poll notices the other process (as on a busy machine).
    monkeypatch.setattr(HighlightController, "poll", lambda self: None)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("h")
        (item,) = store_items()
        notes = record_notes(app)
        with highlights.open_store() as other:  # another samestory process
            other.remove(item.id)
        await pilot.press("x")  # before the poll noticed
        await pilot.pause()
        assert app.is_running and app.state.highlight_marks[0] == []
        assert any("Could not remove" in n for n in notes), notes
        with highlights.open_store() as other:
            other.delete_set(item.set_id)
        await pilot.press("h")
        await pilot.pause()
        assert app.is_running
        assert any("Could not highlight" in n for n in notes), notes
        assert app.highlighter.active_set() is None  # refreshed: the deleted set is gone
        await pilot.press("h")  # and highlighting works again, into a new set
        assert len(store_items()) == 1
