"""The clause stage (`compare.clauses`) on real sentences from public data.

Sentences are from WikiSplit's tune split (github:google-research-datasets/wiki-split,
CC BY-SA 4.0; detokenised), see tests/data/SOURCES.md.
"""

from __future__ import annotations

import re

import numpy as np

from compare.clauses import WHOLE, clauses, raise_by_clauses

FEEL = (
    "'Feel This Moment' received generally favorable reviews from music critics, who praised "
    "Aguilera's appearance and the sample used on the song, and some of whom compared the "
    "song's theme to songs by Ludacris, David Guetta, Usher and Kesha."
)
BOOTS = (
    "'These Boots Are Made For Stalking' is the twelfth episode of the seventh season of the "
    "mystery drama series 'Pretty Little Liars', which premiered on the cable network Freeform "
    "on April 25, 2017."
)
BOOTS_HALF = "The episode premiered on the cable network Freeform on April 25, 2017."


def test_a_relative_clause_is_cut_from_its_main_clause() -> None:
    main, relative = clauses(BOOTS)
    assert main.endswith("'Pretty Little Liars'")
    assert relative.startswith("which premiered on the cable network Freeform")


def test_a_list_is_not_cut_into_clauses() -> None:
    # Commas of a list of names open no clause.
    assert all("Ludacris" not in part or "compared" in part for part in clauses(FEEL))
    assert clauses(BOOTS_HALF) == ()


def test_an_inserted_clause_leaves_the_main_clause_whole() -> None:
    text = (
        "The military's control of the nation, where armed groups have waged long conflicts "
        "for independence, has since become a popular protest movement."
    )
    parts = clauses(text)
    assert "The military's control of the nation has since become a popular protest movement." in (
        parts
    )
    assert "where armed groups have waged long conflicts for independence" in parts


def test_a_pair_is_raised_to_its_best_clause_score_and_names_the_parts() -> None:
    texts = [BOOTS_HALF, BOOTS]
    ii, jj = np.array([0]), np.array([1])
    doc_of = np.array([0, 1])

    def score(left, right, pairs):  # type: ignore[no-untyped-def]
        # Word overlap share: a whole long sentence dilutes the half's words.
        out = []
        for a, b in pairs:
            wa, wb = set(left[a].lower().split()), set(right[b].lower().split())
            out.append(len(wa & wb) / len(wa | wb))
        return out

    whole = np.asarray(score(texts, texts, [(0, 1)]))
    raised, left, right = raise_by_clauses(texts, ii, jj, whole, doc_of, score)
    assert raised[0] > whole[0]
    assert left[0] == WHOLE and right[0] == 1  # the half against the "which ..." clause
    # Pairs whose figures disagree are left alone (a clause would lose the figures).
    other = BOOTS_HALF.replace("April 25, 2017", "May 3, 2016")
    texts = [other, BOOTS]
    whole = np.asarray(score(texts, texts, [(0, 1)]))
    raised, left, right = raise_by_clauses(texts, ii, jj, whole, doc_of, score)
    assert raised[0] == whole[0] and right[0] == WHOLE


def test_a_sentence_of_two_claims_takes_one_counterpart_per_claim() -> None:
    """`_assign` with parts: sentence 0 (document 0) states two claims; sentences 1 and 2
    (document 1) each match one of its clauses, sentence 3 matches it whole, less well."""
    from compare.aligner import _assign
    from compare.model import SentenceRef

    refs = [SentenceRef(0, 0), SentenceRef(1, 0), SentenceRef(1, 1), SentenceRef(1, 2)]
    ii, jj = np.array([0, 0, 0]), np.array([1, 2, 3])
    scores = np.array([0.6, 0.5, 0.45])
    parts = (np.array([0, 1, WHOLE]), np.array([WHOLE, WHOLE, WHOLE]))
    got = _assign(ii, jj, scores, refs, 0.24, parts=parts)
    assert sorted((i, j) for i, j, _ in got) == [(0, 1), (0, 2)]
    # Without parts the same scores give one link, to the best pair.
    assert [(i, j) for i, j, _ in _assign(ii, jj, scores, refs, 0.24)] == [(0, 1)]
    # A whole counterpart that outweighs both clause counterparts wins instead of them.
    strong = np.array([0.3, 0.3, 0.95])
    got = _assign(ii, jj, strong, refs, 0.24, parts=parts)
    assert [(i, j) for i, j, _ in got] == [(0, 3)]


def test_the_lexical_scorer_has_no_clause_stage(seed_docs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import compare.aligner
    from compare.aligner import align

    with_stage = align(seed_docs, use_cache=False).links
    monkeypatch.setattr(compare.aligner, "CLAUSES", False)
    assert align(seed_docs, use_cache=False).links == with_stage
    assert not any(lk.partial for lk in with_stage)


CAPITALISED = re.compile(r"\b[A-Z][a-z]+")
NAVY_HALF = "He proceeded to rebuild the United States Navy."
NAVY_LONG = (
    "He was a businessman, who became Assistant and then United States Secretary of the Navy, "
    "and served as the 42nd Governor of New Jersey."
)


def test_parts_sharing_only_names_and_figures_share_no_claim_word() -> None:
    from compare.clauses import shares_claim_word

    assert not shares_claim_word(NAVY_HALF, clauses(NAVY_LONG)[1])
    assert not shares_claim_word(
        "Gresham Middle School was established in the fall of 1971.",
        "Until 1971, Gresham's current building was Central High School",
    )
    # What the two say ("premiered on the cable network") is shared, not only names.
    assert shares_claim_word(BOOTS_HALF, clauses(BOOTS)[1])


def test_a_clause_sharing_only_names_does_not_raise_a_pair() -> None:
    """Two halves of one WikiSplit sentence (two claims on one subject): a scorer that reads
    shared names as similarity would link the half to the "who became ... of the Navy"
    clause; the clause stage does not score that pair of parts."""
    texts = [NAVY_HALF, NAVY_LONG]
    ii, jj, doc_of = np.array([0]), np.array([1]), np.array([0, 1])

    def names(left, right, pairs):  # type: ignore[no-untyped-def]
        out = []
        for a, b in pairs:
            wa, wb = set(CAPITALISED.findall(left[a])), set(CAPITALISED.findall(right[b]))
            # Scaled so that the whole pair stays under `CLAUSE_UNSURE` (no sure counterpart).
            out.append(0.8 * len(wa & wb) / max(len(wa | wb), 1))
        return out

    whole = np.asarray(names(texts, texts, [(0, 1)]))
    assert max(names(texts, [*texts, *clauses(NAVY_LONG)], [(0, 3)])) > whole[0]
    raised, left, right = raise_by_clauses(texts, ii, jj, whole, doc_of, names)
    assert raised[0] == whole[0] and (left[0], right[0]) == (WHOLE, WHOLE)
