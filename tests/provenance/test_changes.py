"""Each kind of change on a small hand-made pair of documents, in both directions, and nothing
for verbatim copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.changes import pair_changes
from tests.provenance.helpers import CONTEXT, analyse, article

CASES = {
    "figure": (
        "The fire destroyed 120 homes in the northern district of the city.",
        "The fire destroyed 150 homes in the northern district of the city.",
        ("changed", "changed"),
        ("120 homes", "150 homes"),
    ),
    "date": (
        "The old bridge was opened on March 3, 2021, after two years of work.",
        "The old bridge was opened on March 5, 2021, after two years of work.",
        ("changed", "changed"),
        ("March 3, 2021", "March 5, 2021"),
    ),
    "name": (
        "Mayor Anna Keller announced the decision at the town hall meeting.",
        "Mayor Maria Berg announced the decision at the town hall meeting.",
        ("changed", "changed"),
        ("Anna Keller", "Maria Berg"),
    ),
    "attribution": (
        "The shipyard will close next year with the loss of 300 jobs, according to the "
        "regional newspaper.",
        "The shipyard will close next year with the loss of 300 jobs.",
        ("dropped", "added"),
        ("according to the regional newspaper", None),
    ),
    "quote-paraphrase": (
        'The minister said: "We will rebuild every school in the valley before winter."',
        "The minister said the government will rebuild every school in the valley before winter.",
        ("paraphrased", "quoted"),
        ("We will rebuild every school in the valley before winter.", None),
    ),
    "quote": (
        '"We will rebuild every school in the valley before winter," the minister said.',
        '"We shall rebuild each school in the valley before winter," the minister said.',
        ("reworded", "reworded"),
        (
            "We will rebuild every school in the valley before winter,",
            "We shall rebuild each school in the valley before winter,",
        ),
    ),
    "hedging": (
        "The new parking policy reduced traffic in the old town centre by a third.",
        "The new parking policy probably reduced traffic in the old town centre by a third.",
        ("added", "dropped"),
        (None, "probably"),
    ),
    "intensity": (
        "Opposition parties in the capital criticised the parliamentary election held on Sunday.",
        "Opposition parties in the capital denounced the parliamentary election held on Sunday "
        "as a sham.",
        ("stronger", "weaker"),
        ("criticised", "denounced"),
    ),
}


def _kind(name: str) -> str:
    return "attribution" if name == "quote-paraphrase" else name


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("backwards", [False, True], ids=["forward", "backward"])
def test_each_kind_both_directions(tmp_path: Path, name: str, backwards: bool) -> None:
    first, second, actions, words = CASES[name]
    if backwards:
        first, second = second, first
        words = (words[1], words[0])
    alignment, table, _prov = analyse(tmp_path, article(first), article(second))
    changes = pair_changes(alignment, table, 0, 1)
    assert [(c.kind, c.action) for c in changes] == [(_kind(name), actions[backwards])]
    change = changes[0]
    # The changed statement is the second sentence of each document, in both.
    assert change.before.doc == 0 and change.after.doc == 1
    assert change.before.sentences == (1,) and change.after.sentences == (1,)
    for side, expected in ((change.before, words[0]), (change.after, words[1])):
        text = alignment.documents[side.doc].text
        assert [text[s:e] for s, e in side.spans] == list(side.words)
        if expected is not None:
            assert expected in side.words
    assert change.description.startswith(
        "quote turned"
        if change.action == "paraphrased"
        else "paraphrase turned"
        if change.action == "quoted"
        else change.kind
    )


@pytest.mark.parametrize("name", list(CASES))
def test_verbatim_copies_report_nothing(tmp_path: Path, name: str) -> None:
    text = article(CASES[name][0])
    alignment, table, prov = analyse(tmp_path, text, text)
    assert len(alignment.links) == 4
    assert pair_changes(alignment, table, 0, 1) == []
    assert all(p.changes == [] and p.only == [] and p.dropped == [] for p in prov.per_doc)
    assert not any(prov.pairs.values())


MOVABLE = (
    "Residents will be asked to comment on the design at three public meetings in May.",
    "The regional government has promised to pay for half of the cycling bridge.",
)


@pytest.mark.parametrize("backwards", [False, True], ids=["forward", "backward"])
def test_order_moved(tmp_path: Path, backwards: bool) -> None:
    in_order = " ".join((*CONTEXT, *MOVABLE)) + "\n"
    moved = " ".join((MOVABLE[1], *CONTEXT, MOVABLE[0])) + "\n"
    texts = (moved, in_order) if backwards else (in_order, moved)
    alignment, table, _prov = analyse(tmp_path, *texts)
    changes = pair_changes(alignment, table, 0, 1)
    assert [(c.kind, c.action) for c in changes] == [("order", "moved")]
    moved_ref = (0,) if not backwards else (4,)
    assert changes[0].after.sentences == moved_ref
    assert ("earlier" in changes[0].description) is (not backwards)


@pytest.mark.parametrize("backwards", [False, True], ids=["forward", "backward"])
def test_credit_line(tmp_path: Path, backwards: bool) -> None:
    plain = " ".join(CONTEXT) + "\n"
    credited = plain + "\nSource: Harbour Daily News\n"
    texts = (credited, plain) if backwards else (plain, credited)
    alignment, table, prov = analyse(tmp_path, *texts)
    changes = pair_changes(alignment, table, 0, 1)
    assert [(c.kind, c.action) for c in changes] == [
        ("credit", "dropped" if backwards else "added")
    ]
    side = changes[0].before if backwards else changes[0].after
    assert side.words == ("Source: Harbour Daily News",)
    credited_doc = 0 if backwards else 1
    assert prov.per_doc[credited_doc].credits[0][1] == "Harbour Daily News"


@pytest.mark.parametrize("backwards", [False, True], ids=["forward", "backward"])
def test_intensity_between_unaligned_sentences(tmp_path: Path, backwards: bool) -> None:
    mild = "Observers have widely criticised the December election as neither credible nor fair."
    strong = "Rights groups called the December election a sham designed to keep the army in power."
    texts = (
        article("", extra=(strong,)) if backwards else article("", extra=(mild,)),
        article("", extra=(mild,)) if backwards else article("", extra=(strong,)),
    )
    alignment, table, _prov = analyse(tmp_path, *texts)
    assert all(3 not in (lk.a.sentence, lk.b.sentence) for lk in alignment.links)  # unaligned
    changes = [c for c in pair_changes(alignment, table, 0, 1) if c.kind == "intensity"]
    assert [(c.action, c.aligned) for c in changes] == [
        ("weaker" if backwards else "stronger", False)
    ]
    assert "sham" in (changes[0].before if backwards else changes[0].after).words[-1]


def test_unrelated_judgements_are_not_paired(tmp_path: Path) -> None:
    one = "Observers have widely criticised the planned election as badly organised."
    other = "Fishermen denounced the new quotas as a fraud against coastal villages."
    alignment, table, _prov = analyse(
        tmp_path, article("", extra=(one,)), article("", extra=(other,))
    )
    assert pair_changes(alignment, table, 0, 1) == []


@pytest.mark.parametrize("backwards", [False, True], ids=["forward", "backward"])
def test_unaligned_rewording_in_a_rewrite(tmp_path: Path, backwards: bool) -> None:
    """Below the aligner's threshold (raised here to 0.6), a rewrite's most similar sentence to
    one of its source's is still reported as that statement reworded (not aligned), with its
    own changes."""
    old = "The militia now holds more than half of the northern province, recent estimates suggest."
    new = "In 2024 surveyors estimated that the militia controls more than half of the province."
    first, second = (new, old) if backwards else (old, new)
    alignment, table, _prov = analyse(
        tmp_path, article("", extra=(first,)), article("", extra=(second,)), min_score=0.6
    )
    assert all(3 not in (lk.a.sentence, lk.b.sentence) for lk in alignment.links)
    changes = pair_changes(alignment, table, 0, 1)
    assert changes and all(not c.aligned for c in changes)
    assert (changes[0].kind, changes[0].action) == ("statement", "reworded")
    assert all(c.before.sentences == (3,) and c.after.sentences == (3,) for c in changes)
    dates = [c.action for c in changes if c.kind == "date"]
    assert dates == (["dropped"] if backwards else ["added"])


def test_sentence_changes_between_any_two_sentences(tmp_path: Path) -> None:
    from compare.model import SentenceRef
    from provenance.changes import sentence_changes

    first, second, _actions, _words = CASES["figure"]
    alignment, table, _prov = analyse(tmp_path, article(first), article(second))
    a, b = SentenceRef(0, 1), SentenceRef(1, 1)
    assert [(c.kind, c.action) for c in sentence_changes(alignment, table, a, b)] == [
        ("figure", "changed")
    ]
    assert sentence_changes(alignment, table, SentenceRef(0, 0), SentenceRef(1, 0)) == []


@pytest.mark.parametrize("backwards", [False, True], ids=["forward", "backward"])
def test_participle_after_a_determiner_is_not_attribution(tmp_path: Path, backwards: bool) -> None:
    plain = "The harbour levy will pay for the cost of the ferry terminal next year."
    adjective = "The harbour levy will pay for the added cost of the ferry terminal next year."
    texts = (
        (article(adjective), article(plain)) if backwards else (article(plain), article(adjective))
    )
    alignment, table, _prov = analyse(tmp_path, *texts)
    assert len(alignment.links) == 4
    assert pair_changes(alignment, table, 0, 1) == []
