"""Boilerplate marking on the seed corpus, pinned sentence by sentence, and on made-up lines."""

from __future__ import annotations

import pytest

from readers import build_document
from readers.boilerplate import is_boilerplate_line, mark_paragraphs

# Every boilerplate sentence of each seed file, in order (checked by eye once). Everything
# else in the seeds is article text and must stay unmarked.
SEED_BOILERPLATE = {
    "000": [],
    "001": ["Recommended Stories", "list of 3 itemsend of list", "Source: Aljazeera", "Leave a Reply"],
    "002": [
        "11 Comments", "Africa", "A 'sham election' legitimizing visit.",
        "This undermines global democracy efforts.", "ZmeeLove",
        "Cooperation in agriculture and industry benefits both populations.", "Habibi",
        "Strengthening economic ties is always a smart move for national interests.",
        "Michelangelo", "Lukashenko is just propping up another dictator.",
        "Predictable and depressing.", "Noir Black",
        "Disgusting to see any leader support a government that seized power by force.",
        "KittyKat", "More authoritarian regimes ganging up.",
        "This is a dangerous development for freedom.", "dedus mopedus",
        "This is a direct endorsement of a brutal military junta.", "Shameful!", "Loubianka",
        "Good to see countries forging their own paths, despite Western pressure.", "BuggaBoom",
        "Finally, some real diplomacy between nations, not just endless sanctions.", "ytkonos",
    ],
    "003": [
        "Report 501 Views",
        "June 22nd, 2021 • Author: Justice For Myanmar • 4 minute read",
        "Featured image", "June 22, 2021", "View the original.",
    ],
    "004": ["Related Articles", "Please enter your comment!", "Please enter your name here", "Latest Articles"],
}  # fmt: skip
CONTENT_COUNTS = {"000": 15, "001": 20, "002": 22, "003": 34, "004": 13}
"""Article sentences (headings included) per seed."""


def _by_prefix(seed_docs):  # type: ignore[no-untyped-def]
    return {d.source.rsplit("/", 1)[-1][:3]: d for d in seed_docs}


@pytest.mark.parametrize("seed", sorted(SEED_BOILERPLATE))
def test_seed_boilerplate_exactly(seed_docs, seed: str) -> None:  # type: ignore[no-untyped-def]
    doc = _by_prefix(seed_docs)[seed]
    marked = [" ".join(s.text.split()) for s in doc.sentences if s.boilerplate]
    expected = SEED_BOILERPLATE[seed]
    if seed == "002":  # the comment thread runs to the end: check its head and its length
        assert marked[: len(expected)] == expected
        assert len(marked) == 27
        first = next(s.index for s in doc.sentences if s.boilerplate)
        assert all(s.boilerplate for s in doc.sentences[first:])
    else:
        assert marked == expected
    assert len(doc.content_sentences) == CONTENT_COUNTS[seed]
    # Boilerplate spans are whole paragraphs and cover exactly the marked sentences.
    for s in doc.sentences:
        assert s.boilerplate == any(b.contains(s.start) for b in doc.boilerplate)


def test_no_article_sentence_is_marked(seed_docs) -> None:  # type: ignore[no-untyped-def]
    docs = _by_prefix(seed_docs)
    # A sample of real article sentences near the furniture, which must stay content.
    must_stay = {
        "001": ["“This visit marked a historic occasion", "Critics have criticized the absurdity"],
        "002": ["The expansion of ties beyond military cooperation"],
        "003": ["On June 18, 2021, the UN General Assembly", "We #StandWithBelarus."],
        "004": ["The bloc joined a chorus of international outrage"],
    }
    for seed, starts in must_stay.items():
        for start in starts:
            s = next(s for s in docs[seed].sentences if s.text.startswith(start))
            assert not s.boilerplate, s.text


@pytest.mark.parametrize(
    "line",
    [
        "Recommended Stories", "list of 3 itemsend of list", "Leave a Reply",
        "Please enter your comment!", "Related Articles", "View the original.",
        "Source: Aljazeera", "11 Comments", "By Jane Doe", "Share this article",
        "June 22nd, 2021 • Author: Justice For Myanmar • 4 minute read", "Published: 27 Nov 2025",
        "Advertisement", "Subscribe to our newsletter", "5 min read",
    ],
)  # fmt: skip
def test_furniture_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Belarus was the only country that voted against.",
        "By late 2024, census teams could work in only 145 of 330 townships.",
        "Source of the dispute was the 2021 coup, officials said.",
        "Comments by the foreign minister were widely reported on Friday.",
    ],
)
def test_article_lines_are_not_furniture(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_comment_thread_after_header_is_marked_but_not_at_the_top() -> None:
    article = "The junta announced a mass amnesty for thousands of detainees on Thursday."
    flags = mark_paragraphs([article, "2 Comments", "ReaderOne", "What a shame this is."])
    assert flags == [False, True, True, True]
    # A "Comments" line before any article text does not swallow the article.
    assert mark_paragraphs(["Comments", article]) == [True, False]
    doc = build_document(f"{article}\nLeave a Reply\nNice post, thanks for writing it!", "t")
    assert [s.boilerplate for s in doc.sentences] == [False, True, True]
