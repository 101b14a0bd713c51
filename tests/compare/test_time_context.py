"""Time context of sentences (`compare.time_context`) and the aligner's check built on it:
links between sentences about different years are held back when `TIME_CONTEXT` is on."""

from __future__ import annotations

import pytest

import compare.aligner as aligner
from compare import time_context as tc
from readers import build_document

OLD_VISIT = (
    "Belarus and Myanmar: a decade of military ties\n\n"
    "In 2014, General Hlaing visited Minsk, meeting President Lukashenko and touring arms "
    "factories. Lukashenko told Hlaing he was impressed with his approach and pledged that "
    "Belarus is ready to export tractors to Myanmar.\n\n"
    "Air defence was also discussed at length by the delegations."
)
NEW_VISIT = (
    "Lukashenko ends state visit to Myanmar\n\n"
    "The visit was the first by a Belarusian head of state.\n\n"
    "Belarus is ready to export tractors to Myanmar, Lukashenko pledged on Friday, telling "
    "Hlaing he was impressed with his approach."
)


@pytest.fixture
def flag():  # type: ignore[no-untyped-def]
    before = aligner.TIME_CONTEXT
    yield
    aligner.TIME_CONTEXT = before


def _links(docs, on: bool):  # type: ignore[no-untyped-def]
    aligner.TIME_CONTEXT = on
    al = aligner.align(docs, scorer="lexical", use_cache=False)
    return {(lk.a.doc, lk.a.sentence, lk.b.doc, lk.b.sentence): lk for lk in al.links}


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("In 2014, Senior General Min Aung Hlaing visited Belarus.", {2014}),
        ("Talks were held in Minsk in March and June 2025.", {2025}),
        ("A roadmap for cooperation for 2026-2028 was signed.", {2026, 2027, 2028}),
        ("The 2011-12 budget was cut.", {2011, 2012}),
        ("The vote took place on December 15, 2013, in Ashgabat.", {2013}),
        ("About 2000 people marched at 1300 GMT.", set()),
        ("Sales rose to $2015 million and 2,014 units.", set()),
    ],
)
def test_stated_years(text: str, years: set[int]) -> None:
    assert tc.stated_years(text) == years


@pytest.mark.parametrize(
    ("text", "deictic"),
    [
        ("He met the minister on Friday.", True),
        ("The plan was announced last week.", True),
        ("Elections are due in December.", True),
        ("He was born on March 3, 1950.", False),
        ("The army controls less than half the nation.", False),
    ],
)
def test_deictic_expressions(text: str, deictic: bool) -> None:
    assert tc.is_deictic(text) is deictic


def test_contexts_inherit_within_a_paragraph_and_date_deictic_sentences() -> None:
    old = build_document(OLD_VISIT, "old.txt", date="2021-06-22")
    new = build_document(NEW_VISIT, "new.txt", date="2025-11-28")
    old_ctx, new_ctx = tc.contexts(old), tc.contexts(new)
    texts = {s.index: s.text for s in old.sentences}
    told = next(i for i, t in texts.items() if t.startswith("Lukashenko told"))
    air = next(i for i, t in texts.items() if t.startswith("Air defence"))
    assert old_ctx[told].years == {2014}  # inherited from the sentence before it
    assert not old_ctx[air]  # another paragraph: nothing inherited
    friday = next(s.index for s in new.sentences if "on Friday" in s.text)
    assert new_ctx[friday].meets(tc.Context(frozenset({2025})))
    assert not new_ctx[friday].meets(old_ctx[told])


def test_an_undated_article_is_of_its_latest_past_year_or_later() -> None:
    doc = build_document(
        "Census workers counted 145 townships in late 2024.\n\n"
        "A roadmap for 2026-2028 was signed by 2030.\n\n"
        "The leaders met on Friday.",
        "undated.txt",
    )
    ctx = tc.contexts(doc)
    friday = doc.sentences[-1].index
    assert ctx[friday].meets(tc.Context(frozenset({2025})))
    assert not ctx[friday].meets(tc.Context(frozenset({2014})))


def test_since_reaches_the_article_time() -> None:
    ctx = tc.sentence_context(
        "He has ruled since the country became independent in 1994.", tc.NO_CONTEXT
    )
    assert ctx.meets(tc.Context(frozenset({2025})))
    assert not ctx.meets(tc.Context(frozenset({1990})))


def test_aligner_holds_back_a_link_between_different_years(flag: None) -> None:
    docs = [
        build_document(OLD_VISIT, "old.txt", date="2021-06-22"),
        build_document(NEW_VISIT, "new.txt", date="2025-11-28"),
    ]
    off, on = _links(docs, False), _links(docs, True)
    told = [k for k, lk in off.items() if "told" in docs[0].sentences[k[1]].text]
    assert told and all(off[k].kind == "paraphrase" for k in told)
    assert not set(told) & set(on)


def test_aligner_keeps_copies_and_undated_pairs(flag: None) -> None:
    copy = OLD_VISIT.replace("In 2014,", "In 2015,")  # an edited copy: a conflict, still a link
    undated = NEW_VISIT.replace(" on Friday", "")  # no time context: nothing to check
    for other in (copy, undated):
        docs = [
            build_document(OLD_VISIT, "old.txt", date="2021-06-22"),
            build_document(other, "other.txt", date="2025-11-28"),
        ]
        off, on = _links(docs, False), _links(docs, True)
        assert off and set(on) == set(off)
