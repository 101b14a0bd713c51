"""News dates from ECB+ (tests/data/facts_ecbdates.json, the `dev` half of the odd topics,
CC BY 3.0): the dates ECB+ marks in a sentence are found, and its lengths of time and game
scores are not dates; and how tools/facts_ecb_dates.py turns ECB+ tokens and markables into
that set (joined tokens, roles of time markables, time stamp lines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facts import facts
from tools.facts_devsets import hash_split
from tools.facts_ecb_dates import document_items, is_stamp, join_tokens, role

DATA = Path(__file__).resolve().parent.parent / "data" / "facts_ecbdates.json"


def _gold(doc: str, sentence: int) -> tuple[str, list[str]]:
    """The sentence's text and its gold date surfaces."""
    items = json.loads(DATA.read_text(encoding="utf-8"))["items"]
    item = next(it for it in items if it["doc"] == doc and it["sentence"] == sentence)
    assert item["split"] == "dev" and item["complete"]
    return item["text"], [s["surface"] for s in item["spans"] if s["role"] == "date"]


@pytest.mark.parametrize(
    ("doc", "sentence", "text"),
    [
        (
            "1_1ecbplus",
            4,
            "A spokesperson for The Los Angeles Superior Court confirmed to Access that a judge "
            "signed an order yesterday allowing the transfer to Cliffside, where she will "
            "continue with her 90-day court-mandated rehab.",
        ),
        (
            "1_15ecb",
            1,
            "Yesterday, on Friday, Reid apparently felt she needed to be checked in without "
            "really saying why she was going in.",
        ),
        (
            "3_5ecb",
            0,
            "A judge in Fulton County, Ga., sentenced Brian Nichols Saturday to multiple life "
            "prison sentences for his deadly 2005 rampage at Fulton Courthouse.",
        ),
        (
            "5_14ecb",
            0,
            "The Philadelphia 76ers fired Coach Maurice Cheeks Saturday morning after a "
            "disappointing 9-14 start to the 2008-09 season.",
        ),
        (
            "27_6ecb",
            1,
            "In record time, Microsoft released today an “out of band” patch for a significant "
            "security flaw in Internet Explorer that burst onto the scene 8 days ago.",
        ),
        (
            "31_12ecb",
            5,
            "That basket broke the mark of 2,290 that point guard Phil Ford set from 1974 to 1978.",
        ),
        (
            "33_4ecb",
            0,
            "Emotional testimony and at times lies are what jurors heard Tuesday in the trial of "
            "Jermayne Timmons, the teen accused of shooting and killing 10-year-old Kathina "
            "Thomas last May in Albany.",
        ),
    ],
)
def test_dates_of_ecb_news_sentences(make_docs, doc: str, sentence: int, text: str) -> None:
    gold_text, dates = _gold(doc, sentence)
    assert gold_text == text
    found = sorted(
        (m.start, m.end)
        for f in facts(make_docs(text)).facts
        if f.kind == "date"
        for m in f.mentions
    )
    starts = {text.find(d): d for d in dates}
    for d in dates:  # every gold date is met by a mention (relaxed match)
        a = text.find(d)
        assert any(s < a + len(d) and a < e for s, e in found), (d, found)
    for s, e in found:  # nothing else: no length of time, no score, no figure
        assert any(s < a + len(d) and a < e for a, d in starts.items()), text[s:e]


def test_ecbplus_tokens_are_joined_back() -> None:
    tokens = ["Lohan", "’", "s", "First", "Published", ":", "June", "13", ",", "2013", "4",
              ":", "59", "p", ".", "m", ".", "(", "6", ".", "1", ")", "``", "Hi", "''"]  # fmt: skip
    text, spans = join_tokens(tokens)
    assert text == "Lohan’s First Published: June 13, 2013 4:59 p.m. (6.1) “Hi”"
    assert [text[a:b] for a, b in spans] == [t.replace("``", "“").replace("''", "”")
                                             for t in tokens]  # fmt: skip


def test_roles_of_time_markables() -> None:
    assert role("TIME_DATE", "last week") == "date"
    assert role("TIME_OF_THE_DAY", "Friday night") == "date"
    assert role("TIME_DATE", "previously") == "neutral"
    assert role("TIME_DURATION", "since 1999") == "neutral"
    assert role("TIME_DURATION", "90-day") == "amount"
    assert role("TIME_REPETITION", "every year") == "amount"


def test_time_stamp_lines() -> None:
    stamp = "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM"
    assert is_stamp(stamp, [(11, len(stamp))])
    story = "Jackson is due in court Feb. 17."
    assert not is_stamp(story, [(24, 31)])


def test_document_items_keep_annotated_and_dated_sentences() -> None:
    xml = (
        '<Document doc_name="9_1ecbplus.xml">'
        '<token t_id="1" sentence="0">http</token>'
        '<token t_id="2" sentence="1">He</token><token t_id="3" sentence="1">left</token>'
        '<token t_id="4" sentence="1">on</token><token t_id="5" sentence="1">Friday</token>'
        '<token t_id="6" sentence="1">for</token><token t_id="7" sentence="1">two</token>'
        '<token t_id="8" sentence="1">days</token><token t_id="9" sentence="1">.</token>'
        '<token t_id="10" sentence="2">It</token><token t_id="11" sentence="2">rained</token>'
        '<token t_id="12" sentence="2">today</token>'
        '<token t_id="13" sentence="3">Nothing</token>'
        '<Markables><TIME_DATE m_id="1"><token_anchor t_id="4"/><token_anchor t_id="5"/>'
        '</TIME_DATE><TIME_DURATION m_id="2"><token_anchor t_id="7"/><token_anchor t_id="8"/>'
        '</TIME_DURATION><TIME_DATE m_id="3"><token_anchor t_id="12"/></TIME_DATE>'
        '<TIME_DATE m_id="4" TAG_DESCRIPTOR="t_friday"/></Markables></Document>'
    )
    items = document_items(xml, "9_1ecbplus", {1})
    assert [(it["sentence"], it["complete"]) for it in items] == [(1, True), (2, False)]
    first = items[0]
    assert first["text"] == "He left on Friday for two days."
    assert [(s["surface"], s["role"]) for s in first["spans"]] == [
        ("Friday", "date"),
        ("two days", "amount"),
    ]
    assert first["split"] == hash_split("9_1ecbplus")


def test_the_set_holds_odd_topics_only() -> None:
    items = json.loads(DATA.read_text(encoding="utf-8"))["items"]
    assert items and all(int(it["doc"].split("_")[0]) % 2 == 1 for it in items)
    assert all(it["split"] == hash_split(it["doc"]) for it in items)
