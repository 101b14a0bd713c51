"""The lexical scorer's thresholds from public training data: `python -m tools.lexical_thresholds`.

Derives the link bar of `compare.lexical.LexicalScorer` (`compare.aligner.MIN_SCORE`) by the
rules that chose the hybrid scorer's (`compare.semantic.weights`, `tools.semantic_fit`):

- recall: the score above which `LINK_RECALL` (99 %) of MRPC-train paraphrases lie;
- lookalikes: the best-F1 score separating MRPC-train pairs (all of them: even MRPC's
  non-paraphrases report one event) from each first sentence's nearest other MRPC sentence
  (`tools.semantic_fit.lookalikes`: by cosine, near-duplicates left out), as when a
  sentence's counterpart is missing from the other article;
- loose: the best-F1 score for STS-B train pairs graded 2 or more ("share some details").

The lexical score depends on the texts it is scored among (IDF comes from them), so pairs are
scored as `compare.align` scores two documents: the items are cut, in a fixed random order,
into blocks of `BLOCK` pairs; in each block the first sentences make document A and their
counterparts (and, for MRPC, the lookalikes) document B, and every pair is scored within the
table of that block's texts (equal texts ignoring case and punctuation score 1.0, as a
verbatim link does). Other block sizes and the whole set in one table are printed too.

It also prints what the training data says of `EDITED_RATIO` (a lookalike should practically
never be called "edited": the 99th percentile of the lookalikes' word-sequence similarity,
and the share of MRPC-train paraphrases called edited), and with `--merges` how merges fare
at several `MERGE_GAIN` and `MERGE_FLOOR` values (`tools.semantic_merges`: WikiSplit tune,
MRPC-train lookalikes). `--check 0.38,0.40` measures link bars, for acceptance only, on the long
Darby/YLT pair (`tools.semantic_bible`) and the bundled corpus's gold files. Data:
`tools.semantic_data` (train splits only; test splits are never read).
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from compare.lexical import LexicalScorer, edit_ratio, features, normalize
from compare.semantic.weights import LINK_RECALL
from tools.semantic_data import PairSet, best_f1_threshold, mrpc, stsb

ROOT = Path(__file__).resolve().parent.parent
BLOCK = 20
"""Pairs per block: documents of 20 sentences (40 with the lookalikes), news-article sized."""
EDITED_LOOKALIKE_SHARE = 0.99
"""Share of lookalikes whose word-sequence similarity must stay below `EDITED_RATIO`."""


def block_scores(
    left: Sequence[str], columns: Sequence[Sequence[str]], block: int = BLOCK, seed: int = 0
) -> list[np.ndarray]:
    """Lexical score of `left[i]` against `column[i]` for each of `columns`, every pair scored
    among the texts of its block (see the module docstring); `block` <= 0: one table for all."""
    n = len(left)
    order = np.random.default_rng(seed).permutation(n)
    size = n if block <= 0 else block
    out = [np.zeros(n) for _ in columns]
    scorer = LexicalScorer()
    for start in range(0, n, size):
        idx = order[start : start + size].tolist()
        k = len(idx)
        texts = [left[i] for i in idx] + [col[i] for col in columns for i in idx]
        pairs = [(a, (c + 1) * k + a) for c in range(len(columns)) for a in range(k)]
        scores = scorer.score_pairs(texts, texts, pairs)
        for (a, b), s in zip(pairs, scores, strict=True):
            same = normalize(texts[a]) == normalize(texts[b])
            out[b // k - 1][idx[a]] = 1.0 if same else s
    return out


@dataclass(frozen=True)
class LinkBars:
    """What each rule on training data gives for the link bar."""

    recall: float
    lookalikes: float
    loose: float

    def bracket(self) -> tuple[float, float]:
        values = (self.recall, self.lookalikes, self.loose)
        return min(values), max(values)


def link_bars(
    pairs: np.ndarray, labels: np.ndarray, looks: np.ndarray, sts: np.ndarray, grades: np.ndarray
) -> LinkBars:
    """The three rules (module docstring) on scores of MRPC pairs (`labels` 1 = paraphrase),
    of their lookalikes, and of STS-B pairs with their 0-5 `grades`."""
    recall = float(np.quantile(pairs[labels == 1], 1 - LINK_RECALL))
    scores = np.concatenate([pairs, looks])
    apart = np.concatenate([np.ones(len(pairs)), np.zeros(len(looks))]).astype(np.int64)
    return LinkBars(
        recall=round(recall, 2),
        lookalikes=round(best_f1_threshold(scores, apart), 2),
        loose=round(best_f1_threshold(sts, (grades >= 2).astype(np.int64)), 2),
    )


@dataclass(frozen=True)
class EditedChecks:
    """What MRPC train says of `EDITED_RATIO` (word-sequence similarity, `edit_ratio`)."""

    lookalike_bar: float
    """The similarity `EDITED_LOOKALIKE_SHARE` of the lookalikes stay below."""
    lookalikes_edited: float
    """Share of lookalikes reaching the current `EDITED_RATIO`."""
    paraphrases_edited: float
    """Share of MRPC-train paraphrases reaching it."""


def edited_checks(train: PairSet, looks: PairSet) -> EditedChecks:
    """Word-sequence similarity of MRPC-train paraphrases and lookalikes against `EDITED_RATIO`."""
    from compare.aligner import EDITED_RATIO

    def ratios(d: PairSet) -> np.ndarray:
        return np.array(
            [edit_ratio(features(a), features(b)) for a, b in zip(d.left, d.right, strict=True)]
        )

    look = ratios(looks)
    para = ratios(train)[train.gold == 1]
    return EditedChecks(
        float(np.quantile(look, EDITED_LOOKALIKE_SHARE)),
        float(np.mean(look >= EDITED_RATIO)),
        float(np.mean(para >= EDITED_RATIO)),
    )


def merge_sweep(gains: Sequence[float], floors: Sequence[float]) -> None:
    """`tools.semantic_merges` with the lexical scorer at each `MERGE_GAIN` of `gains` (the
    current `MERGE_FLOOR`), then at each `MERGE_FLOOR` of `floors` (the current gain)."""
    import compare.aligner as aligner
    from tools import semantic_merges as sm

    splits, looks = sm.wikisplit_items(sm.WIKISPLIT), sm.mrpc_lookalikes(sm.MRPC)
    saved = aligner.MERGE_GAIN, aligner.MERGE_LOGIT_GAIN, aligner.MERGE_FLOOR
    settings = [(g, saved[2]) for g in gains] + [(saved[0], f) for f in floors]
    try:
        for gain, floor in settings:
            aligner.MERGE_GAIN, aligner.MERGE_LOGIT_GAIN = gain, 4 * gain
            aligner.MERGE_FLOOR = floor
            print(
                f"  MERGE_GAIN {gain:.2f}, MERGE_FLOOR {floor:.2f}: "
                f"{sm.measure('lexical', splits, looks)}",
                flush=True,
            )
    finally:
        aligner.MERGE_GAIN, aligner.MERGE_LOGIT_GAIN, aligner.MERGE_FLOOR = saved


def acceptance(bars: Sequence[float]) -> None:
    """Long Darby/YLT pair and the bundled gold files at each link bar (measured, not tuned)."""
    import readers
    from compare.aligner import align
    from tools.semantic_bible import build
    from tools.semantic_evaluate import DATA_DIR, gold_pr

    a, b, _ = build(Path(tempfile.mkdtemp(prefix="lexical-bible-")))
    docs = readers.load([a, b]).documents
    sizes = sum(1 for d in docs for s in d.sentences if not s.boilerplate)
    corpus = readers.load([ROOT / "corpus" / "belarus-myanmar"]).documents
    for bar in bars:
        al = align(docs, scorer="lexical", min_score=bar, use_cache=False)
        right = [
            docs[0].sentences[lk.a.sentence].paragraph == docs[1].sentences[lk.b.sentence].paragraph
            for lk in al.links
        ]
        good = [lk for lk, ok in zip(al.links, right, strict=True) if ok]
        covered = len({lk.a for lk in good} | {lk.b for lk in good})
        line = (
            f"  {bar:.2f}: Darby/YLT {len(al.links)} links, precision {np.mean(right):.3f}, "
            f"coverage {covered / sizes:.3f}"
        )
        for path in sorted(DATA_DIR.glob("gold_*.json")):
            pr = gold_pr(path, corpus, None, bar)
            line += f"; {path.stem} P {pr.precision:.2f} R {pr.recall:.2f} ({pr.predicted})"
        print(line, flush=True)


def main(argv: list[str] | None = None) -> int:
    from compare.aligner import EDITED_RATIO, MIN_SCORE
    from tools.semantic_fit import lookalikes

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--merges", action="store_true", help="sweep MERGE_GAIN, MERGE_FLOOR")
    parser.add_argument("--check", default="", help="link bars to measure (acceptance only)")
    args = parser.parse_args(argv)
    train, sts = mrpc("train"), stsb("train")
    looks = lookalikes(train)
    print(f"lexical link bar (current MIN_SCORE {MIN_SCORE}) from public training data:")
    for block in (BLOCK, 10, 40, 0):
        pairs, look = block_scores(train.left, [train.right, looks.right], block)
        (sts_scores,) = block_scores(sts.left, [sts.right], block)
        bars = link_bars(pairs, train.gold, look, sts_scores, sts.gold)
        label = f"blocks of {block} pairs" if block else "one table for the whole set"
        print(
            f"  {label}: {100 * LINK_RECALL:.0f} % of MRPC-train paraphrases above "
            f"{bars.recall:.2f}; MRPC pairs vs lookalikes best F1 at {bars.lookalikes:.2f}; "
            f"STS-B train graded >= 2 best F1 at {bars.loose:.2f}; bracket "
            f"{bars.bracket()[0]:.2f}-{bars.bracket()[1]:.2f}",
            flush=True,
        )
    edited = edited_checks(train, looks)
    print(
        f"EDITED_RATIO {EDITED_RATIO}: {100 * EDITED_LOOKALIKE_SHARE:.0f} % of MRPC-train "
        f"lookalikes have word-sequence similarity below {edited.lookalike_bar:.2f} "
        f"({100 * edited.lookalikes_edited:.1f} % reach {EDITED_RATIO}); "
        f"{100 * edited.paraphrases_edited:.0f} % of MRPC-train paraphrases reach it"
    )
    if args.merges:
        print("merges (lexical scorer):")
        merge_sweep((0.0, 0.02, 0.04, 0.06, 0.08), (0.1, 0.3, 0.38))
    if args.check:
        print("acceptance only (not used to choose):")
        acceptance([float(x) for x in args.check.split(",")])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
