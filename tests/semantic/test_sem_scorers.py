"""SemanticScorer/HybridScorer behind the compare.scoring.Scorer contract, and make_scorer."""

from __future__ import annotations

import pytest

from compare.scoring import Scorer

pytestmark = pytest.mark.usefixtures("needs_extra")

PAIRS = [
    (
        "Lukashenko was received late Thursday with full state honours at a military airport in "
        "the capital, where Prime Minister Nyo Saw and senior junta officials welcomed him.",
        "Premier Nyo Saw, Prime Minister, and other top military officials from Myanmar's military "
        "government welcomed Lukashenko on Thursday night with full state honors and cultural "
        "performers.",
    ),
    (
        "Armed resistance movements and ethnic organisations control large parts of the country, "
        "with recent assessments suggesting the military holds less than half of Myanmar's "
        "territory.",
        "In late 2024, census workers for the military government were only able to count the "
        "population in 145 of Myanmar's 330 townships, which suggests that the military now "
        "controls less than half the nation.",
    ),
    (
        "Belarus will deploy an observation team to monitor the December elections.",
        "Belarus has also indicated its intention to send election observers to monitor the "
        "process.",
    ),
]


def test_scorers_follow_the_contract(hybrid, semantic) -> None:  # type: ignore[no-untyped-def]
    for scorer, name in ((hybrid, "hybrid"), (semantic, "semantic")):
        assert isinstance(scorer, Scorer)
        assert scorer.name == name
        assert 0 < scorer.min_score < 1
        left = [a for a, _ in PAIRS]
        right = [b for _, b in PAIRS]
        pairs = [(i, j) for i in range(3) for j in range(3)]
        scores = scorer.score_pairs(left, right, pairs)
        assert len(scores) == 9 and all(0.0 <= s <= 1.0 for s in scores)
        assert scorer.score_pairs(left, right, []) == []
        # Symmetric in meaning; the same sequence on both sides works (the aligner does that).
        swapped = scorer.score_pairs(right, left, [(j, i) for i, j in pairs])
        assert swapped == pytest.approx(scores, abs=0.05)
        both = left + right
        same = scorer.score_pairs(both, both, [(i, j + 3) for i, j in pairs])
        assert same == pytest.approx(scores, abs=0.05)


def test_hybrid_links_the_paraphrases_lexical_scores_low(hybrid) -> None:  # type: ignore[no-untyped-def]
    from compare.aligner import MIN_SCORE
    from compare.lexical import LexicalScorer
    from compare.semantic import make_scorer

    hybrid = make_scorer("hybrid")  # a fresh one: no reference set from earlier tests

    texts = [t for pair in PAIRS for t in pair]
    same = [(0, 1), (2, 3), (4, 5)]
    different = [(0, 3), (0, 5), (2, 5), (2, 1), (4, 1), (4, 3)]
    lexical = LexicalScorer().score_pairs(texts, texts, same)
    scores = hybrid.score_pairs(texts, texts, same + different)
    assert min(scores[:3]) >= hybrid.min_score
    assert max(scores[3:]) < hybrid.min_score / 2
    # The lexical scorer leaves at least one of these below its own threshold margin.
    assert min(lexical) < MIN_SCORE + 0.15


def test_make_scorer_names_and_defaults(hybrid) -> None:  # type: ignore[no-untyped-def]
    from compare.semantic import default_scorer_name, make_scorer

    assert make_scorer("lexical") is None
    assert default_scorer_name() == "hybrid"
    assert make_scorer(None).name == "hybrid"  # type: ignore[union-attr]
    assert make_scorer("hybrid").cache is hybrid.cache  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="unknown scorer"):
        make_scorer("fancy")


def test_align_with_hybrid_scorer(seed_docs, hybrid) -> None:  # type: ignore[no-untyped-def]
    from compare.aligner import align
    from compare.model import SentenceRef

    hybrid.prepare(seed_docs)
    al = align(seed_docs[:3], scorer=hybrid)
    assert al.min_score == hybrid.min_score
    pairs = {(lk.a, lk.b) for lk in al.links}
    # "received with full state honours" ~ "welcomed ... with full state honors"
    assert (SentenceRef(0, 2), SentenceRef(1, 5)) in pairs
    assert (SentenceRef(0, 2), SentenceRef(2, 3)) in pairs
    # "the military holds less than half" ~ "the military now controls less than half the nation"
    assert (SentenceRef(0, 11), SentenceRef(1, 18)) in pairs
    assert all(0.0 <= lk.score <= 1.0 for lk in al.links)


def test_a_lone_pair_is_scored_on_a_sane_scale() -> None:
    """Out of context (no reference set) the margin falls back to a prior background."""
    from compare.semantic import make_scorer

    scorer = make_scorer("hybrid")
    assert scorer is not None
    same = scorer.score_pairs(
        ["Belarus will send observers to the election."],
        ["Belarus plans to send an observation team."],
        [(0, 0)],
    )[0]
    other = scorer.score_pairs(
        ["Belarus will send observers to the election."],
        ["The price of rice rose sharply in Yangon."],
        [(0, 0)],
    )[0]
    assert scorer.min_score < same < 0.95
    assert other < 0.05


def test_version_fingerprints_weights_and_model_file(seed_docs, hybrid, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Refitted weights or another model file give another alignment cache entry."""
    import shutil

    from compare.aligner import align
    from compare.semantic import make_scorer
    from readers.locations import cache_dir

    assert hybrid.version == make_scorer("hybrid", load=False).version  # type: ignore[union-attr]
    assert hybrid.version != make_scorer("semantic", load=False).version  # type: ignore[union-attr]

    refit = make_scorer("hybrid")
    assert refit is not None
    refit.weights = {**refit.weights, "bias": refit.weights["bias"] + 0.5}
    assert refit.name == hybrid.name and refit.version != hybrid.version

    entries = cache_dir() / "alignments"
    align(seed_docs[:2], scorer=hybrid)
    align(seed_docs[:2], scorer=refit)
    assert len(list(entries.glob("*.json"))) == 2

    # A model directory: copied files are the same bytes; changing the model file changes it.
    files = hybrid.cache.encoder.files
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    shutil.copy(files.model, model_dir / "model.onnx")
    shutil.copy(files.tokenizer, model_dir / "tokenizer.json")
    custom = make_scorer("hybrid", model_path=model_dir, load=False)
    assert custom is not None and custom.version != hybrid.version
    with open(model_dir / "model.onnx", "ab") as fh:
        fh.write(b"\0")
    changed = make_scorer("hybrid", model_path=model_dir, load=False)
    assert changed is not None and changed.version != custom.version
