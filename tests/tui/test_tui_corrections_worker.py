"""Corrections are applied in a thread worker: the keys stay live while it runs, the status
notification comes with its result, an older result never replaces a newer one; the detail
view's cursor unlinks (`x`), links (`l`) and goes to (`enter`) the counterpart under it.

Every test picks its sentences from the live alignment of the bundled corpus, so a change of
the scorer moves the sentences, not the behaviour checked."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from tui_helpers import ready, record_notes, screen_text, settled, type_text

import highlights
from compare.corrections import Constraints
from compare.model import Alignment
from compare.model import SentenceRef as R
from highlights.corrections import list_corrections
from tui.screens.corrections import ref_name


def stored() -> list:
    with highlights.open_store() as store:
        return list_corrections(store)


def _single_link(alignment: Alignment) -> tuple[R, R]:
    """A linked pair whose first sentence has no other link."""
    one = next(lk for lk in alignment.links if len(alignment.links_of(lk.a)) == 1)
    return one.a, one.b


def _linked(app: Any, a: R, b: R) -> bool:
    link = app.state.alignment.best_link(a, b.doc)
    return link is not None and link.other(a) == b


def _status(app: Any, doc: int) -> str:
    from tui.columns import PaneStatus

    return app.reader.query_one(f"#status-{doc}", PaneStatus).text.plain


class Gate:
    """Wraps `tui.engine.correct`: notes the thread each call runs on and, while closed,
    holds the call until the test opens it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import tui.engine

        self.threads: list[threading.Thread] = []
        self.open = threading.Event()
        self.open.set()
        self.entered = threading.Event()
        real = tui.engine.correct

        def correct(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.current_thread())
            self.entered.set()
            assert self.open.wait(30), "the test never opened the gate"
            return real(*args, **kwargs)

        monkeypatch.setattr(tui.engine, "correct", correct)


async def test_unlink_runs_in_a_worker_and_is_told_when_done(
    make_app, seed_alignment, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    a, b = _single_link(seed_alignment)
    gate = Gate(monkeypatch)
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        notes = record_notes(app)
        app.reader.go_to(a.doc, a.sentence)
        await pilot.pause()
        gate.open.clear()
        await pilot.press("L")
        await pilot.pause()
        assert [c.kind for c in stored()] == ["unlink"]  # committed at once
        assert await asyncio.to_thread(gate.entered.wait, 30)
        # the worker is held: the alignment shown is the old one, nothing is told yet, and
        # the keys still work
        assert _linked(app, a, b)
        assert not any("Unlinked" in n for n in notes)
        cursor = app.state.cursors[a.doc]
        await pilot.press("j" if app.state.step(a.doc, cursor, 1) is not None else "k")
        await pilot.pause()
        assert app.state.cursors[a.doc] != cursor
        gate.open.set()
        await settled(pilot)
        assert not _linked(app, a, b)
        assert any(n.startswith(f"Unlinked {ref_name(a)} ↮ {ref_name(b)}") for n in notes), notes
        assert gate.threads and all(t is not threading.main_thread() for t in gate.threads)


async def test_an_older_result_never_replaces_a_newer_one(
    make_app, seed_alignment, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Unlink then link the same pair at once: the first request's result arrives (held
    until the second is made) and is dropped; the second's is shown; a stale result posted
    afterwards changes nothing."""
    from tui.engine import Corrected
    from tui.messages import CorrectionsApplied

    a, b = _single_link(seed_alignment)
    gate = Gate(monkeypatch)
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        notes = record_notes(app)
        ctl = app.reader.corrections
        gate.open.clear()
        assert ctl.unlink(a, b)
        assert await asyncio.to_thread(gate.entered.wait, 30)
        assert ctl.link(a, b)  # made while the unlink is still being applied
        assert ctl.generation == 2
        gate.open.set()
        await settled(pilot)
        link = app.state.alignment.best_link(a, b.doc)
        assert link is not None and link.other(a) == b and link.pinned
        assert [c.kind for c in stored()] == ["link"]
        assert any(n.startswith("Unlinked") for n in notes)
        assert f"Linked {ref_name(a)} ↔ {ref_name(b)} (pinned)" in notes
        assert len(gate.threads) >= 1
        stale = Corrected(ctl.base, Constraints(), [])  # what generation 1 could have said
        app.reader.post_message(CorrectionsApplied(1, stale, 0.0))
        await pilot.pause()
        assert app.state.alignment.best_link(a, b.doc).pinned
        app.reader.post_message(CorrectionsApplied(2, stale, 0.0))  # the newest: shown
        await pilot.pause()
        assert not app.state.alignment.best_link(a, b.doc).pinned


def _group_with_two_links(alignment: Alignment) -> R:
    for link in alignment.links:
        for ref in (link.a, link.b):
            if len({lk.other(ref) for lk in alignment.links_of(ref)}) >= 2:
                return ref
    pytest.skip("no sentence with two direct links in this alignment")


async def test_detail_cursor_unlinks_links_and_goes_to_a_counterpart(
    make_app, seed_alignment
) -> None:  # type: ignore[no-untyped-def]
    from tui.screens.detail import DetailScreen

    ref = _group_with_two_links(seed_alignment)
    members = seed_alignment.counterparts(ref)
    direct = {lk.other(ref) for lk in seed_alignment.links_of(ref)}
    target_index = max(i for i, m in enumerate(members) if m in direct)
    assert target_index > 0 or len(members) == 1
    target = members[target_index]
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        notes = record_notes(app)
        unique_before = set(app.state.alignment.unique)
        app.reader.go_to(ref.doc, ref.sentence)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        assert detail.members == members and detail.current == members[0]
        assert detail.query_one("#counterpart-0").has_class("-cursor")
        await pilot.press(*["j"] * target_index)
        assert detail.current == target
        assert detail.query_one(f"#counterpart-{target_index}").has_class("-cursor")
        assert not detail.query_one("#counterpart-0").has_class("-cursor")
        await pilot.press("k", "down")  # up and down again: the same row
        assert detail.current == target
        await pilot.click("#counterpart-0")  # a click moves the cursor too
        assert detail.current == members[0]
        await pilot.click(f"#counterpart-{target_index}")
        assert detail.current == target
        await pilot.press("x")  # the counterpart under the cursor, no picker
        assert app.screen is detail
        await settled(pilot)
        assert not _linked(app, ref, target)
        (made,) = stored()
        assert made.kind == "unlink"
        ends = {made.a.exact, made.b.exact}
        docs = app.state.documents
        assert ends == {
            docs[ref.doc].sentences[ref.sentence].text,
            docs[target.doc].sentences[target.sentence].text,
        }
        assert any(n.startswith(f"Unlinked {ref_name(ref)} ↮ {ref_name(target)}") for n in notes)
        assert detail.members == app.state.alignment.counterparts(ref)  # redrawn
        now = app.state.alignment
        for r in (ref, target):  # the marks in the columns follow the new links
            links = now.links_of(r)
            assert app.state.sentence_kind[r.doc][r.sentence] == (
                links[0].kind if links else "unique"
            )
            assert (r in now.unique) == (not links) and (not links or r not in unique_before)
        # `l` links it back from the detail view (it was forbidden: now pinned)
        await pilot.press("l")
        await pilot.pause()
        await type_text(pilot, docs[target.doc].sentences[target.sentence].text[:50])
        await pilot.press("enter")
        await settled(pilot)
        assert app.screen is detail
        link = app.state.alignment.best_link(ref, target.doc)
        assert link is not None and link.other(ref) == target and link.pinned
        assert [c.kind for c in stored()] == ["link"]
        assert "linked by hand" in screen_text(app)
        assert app.state.alignment.group_of(ref) == app.state.alignment.group_of(target)
        if set(app.pane(target.doc).linked) == {target.sentence}:  # its column shows the pin
            assert "pin" in _status(app, target.doc)
        assert detail.current == target  # the cursor stayed on it through the redraw
        await pilot.press("enter")  # goes to the counterpart in the reader
        await pilot.pause()
        assert app.screen is app.reader
        assert (app.state.focused, app.state.cursors[target.doc]) == (target.doc, target.sentence)


async def test_detail_x_on_a_member_without_a_direct_link_changes_nothing(
    make_app, seed_alignment
) -> None:  # type: ignore[no-untyped-def]
    from tui.screens.detail import DetailScreen

    found = [
        (ref, m)
        for lk in seed_alignment.links
        for ref in (lk.a, lk.b)
        for m in seed_alignment.counterparts(ref)
        if m not in {x.other(ref) for x in seed_alignment.links_of(ref)}
    ]
    if not found:
        pytest.skip("every group member is linked directly in this alignment")
    ref, member = found[0]
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        notes = record_notes(app)
        links = list(app.state.alignment.links)
        app.reader.go_to(ref.doc, ref.sentence)
        await pilot.press("enter")
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        await pilot.press(*["j"] * detail.members.index(member), "x")
        await settled(pilot)
        assert stored() == [] and app.state.alignment.links == links
        assert any("through another sentence" in n for n in notes)


async def test_help_lists_the_detail_view_keys(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(use_highlights=False)
    async with app.run_test(size=(140, 60)) as pilot:
        await ready(pilot)
        groups = {g.title: g for g in app.key_groups()}
        detail = groups["Detail view (enter)"]
        ids = {e.binding_id: e.keys for e in detail.entries}
        assert ids["detail-unlink"] == ("x", "L")
        assert set(ids) >= {"detail-next", "detail-previous", "detail-go", "detail-link"}


def test_link_choices_put_the_most_alike_sentences_first(make_app, seed_alignment) -> None:  # type: ignore[no-untyped-def]
    """The `l` picker lists the aligner's surest counterparts among its first few rows, and
    no sentence of the sentence's own document."""
    best = sorted(seed_alignment.links, key=lambda lk: -lk.score)[:3]
    app = make_app()
    ctl = app.reader.corrections
    for link in best:
        choices = ctl.link_choices(link.a)
        assert link.b in choices[:3], (link, choices[:3])
        assert link.a.doc not in {c.doc for c in choices}
