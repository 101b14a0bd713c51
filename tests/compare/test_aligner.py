"""compare.align on the seed corpus and on documents made in the tests."""

from __future__ import annotations

import random
import time

import pytest
from compare_helpers import make_doc

import compare
from compare.aligner import MIN_SCORE, align, similarity
from compare.model import LINK_KINDS, SentenceRef


@pytest.fixture(scope="module")
def seed_alignment(seed_docs):  # type: ignore[no-untyped-def]
    return align(seed_docs, use_cache=False)


def test_public_api_is_lazy_exported() -> None:
    assert compare.align is align
    assert compare.similarity is similarity


def test_links_are_well_formed(seed_alignment, seed_docs) -> None:  # type: ignore[no-untyped-def]
    al = seed_alignment
    assert len(al.links) >= 20
    for lk in al.links:
        assert lk.a.doc < lk.b.doc
        assert 0.0 <= lk.score <= 1.0
        assert lk.score >= MIN_SCORE
        assert lk.kind in LINK_KINDS
        for ref in (lk.a, lk.b):
            assert not seed_docs[ref.doc].sentences[ref.sentence].boilerplate


def test_boilerplate_and_comments_never_linked(seed_alignment, seed_docs) -> None:  # type: ignore[no-untyped-def]
    al = seed_alignment
    for lk in al.links:
        for ref in (lk.a, lk.b):
            assert not seed_docs[ref.doc].sentences[ref.sentence].boilerplate
    comments = [s for s in seed_docs[2].sentences if s.index >= 22]
    assert comments and all(s.boilerplate for s in comments)
    assert all(SentenceRef(2, s.index) not in al.unique for s in comments)
    assert all(not al.links_of(SentenceRef(2, s.index)) for s in comments)


def test_amnesty_sentence_has_no_counterpart_in_001(seed_alignment, seed_docs) -> None:  # type: ignore[no-untyped-def]
    amnesty = next(s for s in seed_docs[0].sentences if "8,665" in s.text)
    ref = SentenceRef(0, amnesty.index)
    assert seed_alignment.best_link(ref, 1) is None
    pair = align(seed_docs[:2], use_cache=False)
    assert pair.links_of(ref) == []
    assert ref in pair.unique


def test_groups_are_transitive_clusters(seed_alignment) -> None:  # type: ignore[no-untyped-def]
    al = seed_alignment
    seen: set[SentenceRef] = set()
    for group in al.groups:
        assert group == sorted(group)
        assert len(group) >= 2
        assert not seen & set(group)
        seen |= set(group)
    for lk in al.links:
        # A loose link that would chain two passages is left out of the groups.
        if al.group_of(lk.a) is not None and al.group_of(lk.b) is not None:
            assert al.group_of(lk.a) == al.group_of(lk.b) or lk.kind == "paraphrase"
        assert lk.b in al.counterparts(lk.a)
    # Some passage is told by at least three of the five articles.
    assert max(len({r.doc for r in g}) for g in al.groups) >= 3


def test_similarity_matrix_and_containment(seed_alignment) -> None:  # type: ignore[no-untyped-def]
    sim = seed_alignment.similarity
    assert len(sim) == 5 and all(len(row) == 5 for row in sim)
    for i in range(5):
        assert sim[i][i] == 1.0
        for j in range(5):
            assert 0.0 <= sim[i][j] <= 1.0
    # 000 and 001 are rewrites of one report: they share more than 000 shares with 004.
    assert sim[0][1] > 0.5 and sim[0][1] > sim[0][4]
    assert seed_alignment.containment(0, 1) == sim[0][1]


def test_unique_sentences_are_content_without_links(seed_alignment, seed_docs) -> None:  # type: ignore[no-untyped-def]
    al = seed_alignment
    for ref in al.unique:
        assert not seed_docs[ref.doc].sentences[ref.sentence].boilerplate
        assert al.links_of(ref) == []
        assert al.is_unique(ref)


def test_order_free_matching() -> None:
    sents = [
        "The central bank raised interest rates by half a point on Tuesday.",
        "Inflation reached 7.5 percent in March, the highest level in four decades.",
        "Officials said further increases were likely before the end of the year.",
        "Markets in Asia fell sharply after the announcement.",
        "The governor will testify before parliament next week.",
    ]
    a = make_doc(sents, "a.txt")
    b = make_doc(list(reversed(sents)), "b.txt")
    al = align([a, b], use_cache=False)
    pairs = {(lk.a.sentence, lk.b.sentence) for lk in al.links}
    assert pairs == {(k, 4 - k) for k in range(5)}
    assert all(lk.kind == "verbatim" and lk.score == 1.0 for lk in al.links)


def test_kinds_verbatim_edited_paraphrase() -> None:
    a = make_doc(
        [
            "Lukashenko arrived in Myanmar on Thursday for a two-day state visit.",
            "The junta announced a mass amnesty for 8,665 detainees on Thursday.",
            "Armed groups control large parts of the country, and the military holds less than half of its territory.",
        ],
        "a.txt",
    )
    b = make_doc(
        [
            "LUKASHENKO ARRIVED IN MYANMAR ON THURSDAY FOR A TWO-DAY STATE VISIT!",
            "On Thursday the junta announced a mass amnesty for 8,665 prisoners.",
            "The military now controls less than half of the territory, with armed groups holding large parts of the country.",
        ],
        "b.txt",
    )
    al = align([a, b], use_cache=False)
    kinds = {lk.a.sentence: lk.kind for lk in al.links}
    assert kinds == {0: "verbatim", 1: "edited", 2: "paraphrase"}


def test_two_to_one_merge_of_adjacent_sentences() -> None:
    a = make_doc(
        [
            "The minister said the country would build three new power plants, and that the first one would open in the northern province of Kastel by 2027.",
            "Opposition parties called the plan unrealistic.",
        ],
        "a.txt",
    )
    b = make_doc(
        [
            "Opposition parties have called the plan unrealistic.",
            "The country will build three new power plants, the minister said.",
            "The first one will open in the northern province of Kastel by 2027.",
        ],
        "b.txt",
    )
    al = align([a, b], use_cache=False)
    merged = sorted((lk.a.sentence, lk.b.sentence) for lk in al.links if lk.merged)
    assert merged == [(0, 1), (0, 2)]
    assert al.counterparts(SentenceRef(0, 0)) == [SentenceRef(1, 1), SentenceRef(1, 2)]
    assert {(lk.a.sentence, lk.b.sentence) for lk in al.links if not lk.merged} == {(1, 0)}


def test_unrelated_documents_have_no_links() -> None:
    a = make_doc(["The harvest festival drew thousands of visitors to the valley."], "a.txt")
    b = make_doc(["A new compiler release improves start-up time for large programs."], "b.txt")
    al = align([a, b], use_cache=False)
    assert al.links == [] and len(al.unique) == 2
    assert al.similarity == [[1.0, 0.0], [0.0, 1.0]]


def test_min_score_is_settable(seed_docs) -> None:  # type: ignore[no-untyped-def]
    loose = align(seed_docs[:3], min_score=0.25, use_cache=False)
    strict = align(seed_docs[:3], min_score=0.6, use_cache=False)
    assert len(strict.links) < len(loose.links)
    assert all(lk.score >= 0.6 for lk in strict.links)
    with pytest.raises(ValueError):
        align(seed_docs[:2], min_score=1.5)


def test_similarity_function() -> None:
    a = "Lukashenko was received with full state honours at a military airport."
    assert similarity(a, a) == 1.0
    assert similarity(a, a.upper().replace(".", "!")) == 1.0
    close = similarity(a, "Lukashenko was welcomed with full state honors at the military airport.")
    far = similarity(a, "Census teams could work in only 145 of 330 townships.")
    assert close > 0.6 > 0.25 > far
    assert (
        abs(
            similarity("one two three", "three two one four")
            - similarity("three two one four", "one two three")
        )
        < 1e-9
    )
    assert similarity("", "") == 0.0


FACTS = [
    "The finance committee approved a budget of 12 million dollars for new roads on Monday.",
    "Flooding along the river forced nearly 3,000 families to leave their homes overnight.",
    "The striking dock workers rejected the latest wage offer from the port authority.",
    "Scientists announced the discovery of a comet that will pass close to Earth in 2031.",
    "A fire at the textile factory injured 14 workers, according to the local hospital.",
    "The national football team appointed a Brazilian coach after months of searching.",
    "Prices of rice and cooking oil have doubled since the start of the year.",
    "The mayor promised free public transport for students from September.",
]
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "nu",
    "pe",
    "ra",
    "si",
    "to",
    "vu",
    "ze",
    "bi",
    "do",
    "fa",
    "gu",
    "he",
    "jo",
]


def _twenty_documents() -> list:  # type: ignore[type-arg]
    rng = random.Random(7)
    docs = []
    for d in range(20):
        sents = rng.sample(FACTS, 5)
        for _ in range(4):
            words = ["".join(rng.choices(SYLLABLES, k=4)) for _ in range(7)]
            sents.append(f"Notes {' '.join(words)}.")
        rng.shuffle(sents)
        docs.append(make_doc(sents, f"doc{d}.txt"))
    return docs


def test_twenty_documents() -> None:
    docs = _twenty_documents()
    start = time.perf_counter()
    al = align(docs, use_cache=False)
    elapsed = time.perf_counter() - start
    assert elapsed < 10
    assert len(al.similarity) == 20
    fact_groups = [g for g in al.groups if docs[g[0].doc].sentences[g[0].sentence].text in FACTS]
    # Every planted fact appears in several documents and forms one group across all of them.
    for group in fact_groups:
        texts = {docs[r.doc].sentences[r.sentence].text for r in group}
        assert len(texts) == 1
    assert len(fact_groups) == 8
    assert max(len(g) for g in fact_groups) >= 10
    # The filler sentences are unique to their document.
    assert len(al.unique) == 20 * 4


class _WordJaccardScorer:
    """A stand-in for another scorer (e.g. the semantic one): plain word Jaccard."""

    name = "test-jaccard"
    min_score = 0.5

    def __init__(self) -> None:
        self.calls: list[int] = []

    def score_pairs(self, left, right, pairs):  # type: ignore[no-untyped-def]
        self.calls.append(len(pairs))
        out = []
        for i, j in pairs:
            a, b = set(left[i].lower().split()), set(right[j].lower().split())
            out.append(len(a & b) / len(a | b) if a | b else 0.0)
        return out


def test_custom_scorer_behind_the_interface() -> None:
    from compare.scoring import Scorer

    scorer = _WordJaccardScorer()
    assert isinstance(scorer, Scorer)
    a = make_doc(["red green blue yellow", "one two three four", "cat dog bird fish"], "a.txt")
    b = make_doc(["one two three five", "red green blue yellow", "sun moon star sky"], "b.txt")
    al = align([a, b], scorer=scorer, use_cache=False)
    assert al.min_score == 0.5  # the scorer's own suggested threshold
    assert {(lk.a.sentence, lk.b.sentence) for lk in al.links} == {(0, 1), (1, 0)}
    assert scorer.calls and all(n > 0 for n in scorer.calls)


def test_degenerate_inputs() -> None:
    one = make_doc(["Only one document here."], "a.txt")
    assert align([one], use_cache=False).links == []
    assert align([one], use_cache=False).similarity == [[1.0]]
    assert align([], use_cache=False).links == []
    boiler = make_doc(["Leave a Reply", "Share this"], "b.txt", boilerplate=[0, 1])
    al = align([one, boiler], use_cache=False)
    assert al.links == [] and al.similarity == [[1.0, 0.0], [0.0, 1.0]]
    assert al.unique == [SentenceRef(0, 0)]


def test_identical_documents_link_everything_verbatim(seed_docs) -> None:  # type: ignore[no-untyped-def]
    doc = seed_docs[0]
    al = align([doc, doc], use_cache=False)
    content = [s.index for s in doc.sentences if not s.boilerplate]
    assert sorted((lk.a.sentence, lk.b.sentence) for lk in al.links) == [(i, i) for i in content]
    assert {lk.kind for lk in al.links} == {"verbatim"}
    assert al.similarity == [[1.0, 1.0], [1.0, 1.0]]
