"""compare.diff.word_diff: word-level ops that tile both sentences exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.aligner import align
from compare.diff import tokens, word_diff
from compare.model import SentenceRef


def _check_tiling(a: str, b: str) -> None:
    ops = word_diff(a, b)
    assert "".join(op.a_text for op in ops) == a
    assert "".join(op.b_text for op in ops) == b
    pos_a = pos_b = 0
    for op in ops:
        assert (op.a_start, op.b_start) == (pos_a, pos_b)
        assert a[op.a_start : op.a_end] == op.a_text
        assert b[op.b_start : op.b_end] == op.b_text
        pos_a, pos_b = op.a_end, op.b_end
        if op.tag == "insert":
            assert op.a_text == "" and op.b_text
        if op.tag == "delete":
            assert op.b_text == "" and op.a_text
        if op.tag == "equal":
            ta = [op.a_text[s:e] for s, e in tokens(op.a_text)]
            assert ta == [op.b_text[s:e] for s, e in tokens(op.b_text)]
    assert (pos_a, pos_b) == (len(a), len(b))


WORDS = st.sampled_from(
    [
        "the",
        "junta",
        "deposed",
        "imposed",
        "1999",
        "26",
        "years",
        "ago",
        ",",
        ".",
        "“",
        "8,665",
        "Min",
        "é",
    ]
)
SEPARATORS = st.sampled_from([" ", "  ", "\n", "", " \t"])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, max_size=12))
    seps = draw(st.lists(SEPARATORS, min_size=len(words) + 1, max_size=len(words) + 1))
    return "".join(s + w for s, w in zip(seps, words, strict=False)) + seps[-1]


@settings(max_examples=300, deadline=None)
@given(sentences(), sentences())
def test_ops_reconstruct_both_texts(a: str, b: str) -> None:
    _check_tiling(a, b)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_ops_reconstruct_arbitrary_text(a: str, b: str) -> None:
    _check_tiling(a, b)


def test_spun_copy_words() -> None:
    a = "Since Myanmar’s military deposed the elected government in 1999, it has ruled."
    b = "Since Myanmar’s military imposed the elected government 26 years ago, it has ruled."
    ops = word_diff(a, b)
    changed = [(op.tag, op.a_text, op.b_text) for op in ops if op.tag != "equal"]
    assert changed == [("replace", "deposed", "imposed"), ("replace", "in 1999", "26 years ago")]
    op = next(o for o in ops if o.a_text == "deposed")
    assert a[op.a_start : op.a_end] == "deposed" and b[op.b_start : op.b_end] == "imposed"


def test_insert_and_delete_are_whole_words() -> None:
    ops = word_diff("No topics are off limits.", "No topics are off limits for our cooperation.")
    assert [(op.tag, op.b_text) for op in ops if op.tag != "equal"] == [
        ("insert", "for our cooperation")
    ]
    ops = word_diff("the full state honours", "the state honours")
    assert [(op.tag, op.a_text) for op in ops if op.tag != "equal"] == [("delete", "full")]


def test_numbers_stay_one_token() -> None:
    ops = word_diff("an amnesty for 8,665 detainees", "an amnesty for 8,000 detainees")
    assert [(op.a_text, op.b_text) for op in ops if op.tag != "equal"] == [("8,665", "8,000")]


def test_empty_sides() -> None:
    assert word_diff("", "") == []
    assert [op.tag for op in word_diff("", "new words")] == ["insert"]
    assert [op.tag for op in word_diff("old words", "")] == ["delete"]


def test_alignment_diff_uses_sentence_offsets(seed_docs) -> None:  # type: ignore[no-untyped-def]
    al = align(seed_docs[:2], use_cache=False)
    link = al.best_link(SentenceRef(0, 8), 1)
    assert link is not None
    wd = al.diff(link)
    a = seed_docs[0].sentences[8].text
    b = seed_docs[1].sentences[link.b.sentence].text
    assert "".join(op.a_text for op in wd.ops) == a
    assert "".join(op.b_text for op in wd.ops) == b
    assert any(op.tag == "equal" and "topics" in op.a_text for op in wd.ops)
    assert wd.changed
