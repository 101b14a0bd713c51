"""Corrections keys on the seed corpus: `l` pins a link, `L` unlinks (or removes a pin)."""

from __future__ import annotations

import pytest
from tui_helpers import ready, record_notes, settled, type_text

import highlights
from compare.model import SentenceRef as R
from highlights.corrections import list_corrections


def stored() -> list:
    with highlights.open_store() as store:
        return list_corrections(store)


def _partner(app, ref: R, doc: int) -> R | None:  # type: ignore[no-untyped-def]
    link = app.state.alignment.best_link(ref, doc)
    return link.other(ref) if link else None


@pytest.fixture(scope="module")
def hybrid_alignment(seed_docs):  # type: ignore[no-untyped-def]
    semantic = pytest.importorskip("compare.semantic")
    import compare

    try:
        scorer = semantic.make_scorer("hybrid", load=False, documents=list(seed_docs))
    except semantic.SemanticUnavailable:
        pytest.skip("hybrid scorer not installed")
    return compare.align(seed_docs, scorer=scorer)


async def _link_by_hand(pilot, app, ref: R, other: R) -> None:  # type: ignore[no-untyped-def]
    app.reader.go_to(ref.doc, ref.sentence)
    await pilot.press("l")
    await pilot.pause()
    await type_text(pilot, app.state.documents[other.doc].sentences[other.sentence].text[:40])
    await pilot.press("enter")
    await settled(pilot)


def _partners(app, ref: R) -> set[R]:  # type: ignore[no-untyped-def]
    return {lk.other(ref) for lk in app.state.alignment.links_of(ref)}


async def test_townships_pair_stays_linked_when_the_other_counterpart_is_unlinked(
    make_app, hybrid_alignment
) -> None:  # type: ignore[no-untyped-def]
    """000's "145 of 330 townships" and 001's "145 of Myanmar's 330 townships, which suggests
    that the military now controls less than half the nation" under the hybrid scorer: the
    aligner links them by a clause (compare.clauses), and 001's sentence also takes 000's
    "less than half of Myanmar's territory" sentence through its other clause. `L` on 001's
    sentence, picking that other counterpart, unlinks it; the assignment re-runs, the
    townships pair stays linked, and both survive a restart."""
    docs = hybrid_alignment.documents
    (ours,) = [s.index for s in docs[0].sentences if "145 of 330 townships" in s.text]
    (theirs,) = [s.index for s in docs[1].sentences if "145 of Myanmar’s 330 townships" in s.text]
    a, b = R(0, ours), R(1, theirs)
    linked = {lk.other(b) for lk in hybrid_alignment.links_of(b)}
    assert a in linked, "the hybrid scorer no longer links the townships pair"
    (other,) = [r for r in linked if r.doc == 0 and r != a]
    app = make_app(aligner=lambda _docs: hybrid_alignment)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert {a, other} <= _partners(app, b)
        assert a not in app.state.alignment.unique
        app.reader.go_to(b.doc, b.sentence)
        await pilot.pause()
        await pilot.press("L")  # two counterparts: the picker asks which
        await pilot.pause()
        await type_text(pilot, docs[0].sentences[other.sentence].text[:40])
        await pilot.press("enter")
        await settled(pilot)
        assert [c.kind for c in stored()] == ["unlink"]
        assert other not in _partners(app, b)
        assert a in _partners(app, b) and b in _partners(app, a)
        assert app.state.alignment.group_of(a) == app.state.alignment.group_of(b)
        assert app.state.sentence_kind[0][a.sentence] not in (None, "unique")
    app2 = make_app(aligner=lambda _docs: hybrid_alignment)  # kept across a restart
    async with app2.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert other not in _partners(app2, b) and a in _partners(app2, b)


async def test_L_unlinks_and_l_on_the_same_pair_undoes_it(make_app, seed_alignment) -> None:  # type: ignore[no-untyped-def]
    one = next(lk for lk in seed_alignment.links if len(seed_alignment.links_of(lk.a)) == 1)
    a, b = one.a, one.b
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        app.reader.go_to(a.doc, a.sentence)
        await pilot.press("L")
        await settled(pilot)
        assert _partner(app, a, b.doc) != b
        assert [c.kind for c in stored()] == ["unlink"]
        await _link_by_hand(pilot, app, a, b)
        link = app.state.alignment.best_link(a, b.doc)
        assert link is not None and link.other(a) == b and link.pinned
        assert link.score == one.score and link.kind == one.kind  # the score is kept
        assert [c.kind for c in stored()] == ["link"]
        app.reader.go_to(a.doc, a.sentence)
        await pilot.press("L")  # removes the link made by hand: the aligner's own is back
        await settled(pilot)
        assert stored() == []
        back = app.state.alignment.best_link(a, b.doc)
        assert back is not None and back.other(a) == b and not back.pinned


async def test_l_pins_a_link_and_L_removes_it(make_app, seed_alignment) -> None:  # type: ignore[no-untyped-def]
    lonely = next(r for r in seed_alignment.unique if r.doc == 0)
    target = next(r for r in seed_alignment.unique if r.doc == 3)
    docs = seed_alignment.documents
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        unique_before = len(app.state.alignment.unique)
        app.reader.go_to(lonely.doc, lonely.sentence)
        await pilot.press("l")
        await pilot.pause()
        await type_text(pilot, docs[3].sentences[target.sentence].text[:50])
        await pilot.press("enter")
        await settled(pilot)
        link = app.state.alignment.best_link(lonely, 3)
        assert link is not None and link.other(lonely) == target and link.pinned
        assert lonely not in app.state.alignment.unique
        assert len(app.state.alignment.unique) == unique_before - 2
        assert target in app.state.alignment.counterparts(lonely)
        assert [c.kind for c in stored()] == ["link"]
        app.reader.go_to(lonely.doc, lonely.sentence)
        await pilot.press("L")
        await settled(pilot)
        assert stored() == []
        assert lonely in app.state.alignment.unique
        assert len(app.state.alignment.unique) == unique_before


async def test_escape_in_the_picker_changes_nothing(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        links = list(app.state.alignment.links)
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.state.alignment.links == links and stored() == []


async def test_a_correction_made_by_another_process_is_picked_up(make_app, seed_alignment) -> None:  # type: ignore[no-untyped-def]
    """A link stored through another connection (the `corrections` command, a second reader)
    is applied at the next poll of the store, with a notification saying where it came from."""
    from highlights.corrections import add_correction

    lonely = next(r for r in seed_alignment.unique if r.doc == 0)
    target = next(r for r in seed_alignment.unique if r.doc == 3)
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        docs = app.state.documents
        ends = [(docs[r.doc], docs[r.doc].sentences[r.sentence]) for r in (lonely, target)]
        notes = record_notes(app)
        app.reader.corrections.poll()  # notes the store's version: nothing to apply
        await settled(pilot)
        assert lonely in app.state.alignment.unique
        with highlights.open_store() as other:
            add_correction(other, app.state.name, "link", *[(d, s.start, s.end) for d, s in ends])
        app.reader.corrections.poll()
        await settled(pilot)
        link = app.state.alignment.best_link(lonely, 3)
        assert link is not None and link.other(lonely) == target and link.pinned
        assert any("another samestory process" in n for n in notes), notes
