"""The aligner's rules against links between different events, off against on, in one run:
the time-context check (`compare.time_context`, flag `compare.aligner.TIME_CONTEXT`) and the
claim-word rule (`compare.clauses.lacks_claim_word`, flag `compare.aligner.CLAIM_WORD_BELOW`,
measured for all non-copy links).

    python benchmarks/bench_time_context.py [--ecb] [--no-long]

1. the bundled corpus's hand-made gold (tests/data/gold_*.json): links, precision, recall;
2. the bundled corpus's links between sentences about different years (a demonstration, not
   tuned on): 2:8 (talks in 2025) ~ 3:21 (a 2014 visit), 1:9 (Friday, a 2025 article) ~ 3:21,
   and every other link the check changes there;
3. the long real rewritten pair (Darby vs YLT, Matthew-Acts, `tools/semantic_bible.py`):
   precision and coverage (the goal: >= 0.95 / >= 0.80), and the check's own cost there;
4. with `--ecb`: ECB+ odd topics (`tools/claim_word_ecb.py`, hybrid and lexical): links
   across two events of one kind (wrong) and within one event, for more settings.

All with the default scorer (hybrid) unless said.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BUNDLED_PAIRS = [((2, 8), (3, 21)), ((1, 9), (3, 21)), ((2, 8), (3, 30))]
SETTINGS: dict[str, tuple[bool, float | None]] = {
    "off": (False, None),
    "time context": (True, None),
    "claim word": (False, 1.01),
}
"""(`TIME_CONTEXT`, `CLAIM_WORD_BELOW`) per setting; 1.01: every non-copy link."""


def _flagged(setting: str):  # type: ignore[no-untyped-def]
    import compare.aligner

    compare.aligner.TIME_CONTEXT, compare.aligner.CLAIM_WORD_BELOW = SETTINGS[setting]
    return compare.aligner


def gold_and_bundled() -> None:
    import readers
    from compare.semantic import make_scorer
    from tools.semantic_evaluate import DATA_DIR, gold_pr

    docs = readers.load([ROOT / "corpus" / "belarus-myanmar"]).documents
    scorer = make_scorer("hybrid")
    print("| gold | setting | links | precision | recall (required) |")
    print("| --- | --- | --- | --- | --- |")
    for path in sorted(DATA_DIR.glob("gold_*.json")):
        for setting in SETTINGS:
            _flagged(setting)
            pr = gold_pr(path, docs, scorer, None)
            print(
                f"| {path.stem} | {setting} | {pr.predicted} | "
                f"{pr.precision:.2f} | {pr.recall:.2f} |"
            )
    print(f"\n| bundled link (and every link that differs) | {' | '.join(SETTINGS)} | texts |")
    print("| --- |" + " --- |" * (len(SETTINGS) + 1))
    found = {}
    for setting in SETTINGS:
        al = _flagged(setting).align(docs, scorer=scorer, use_cache=False)
        found[setting] = {
            ((lk.a.doc, lk.a.sentence), (lk.b.doc, lk.b.sentence)): lk for lk in al.links
        }
    every = sorted(set().union(*found.values()))
    changed = [p for p in every if any(p not in links for links in found.values())]
    for pair in [*BUNDLED_PAIRS, *(p for p in changed if p not in BUNDLED_PAIRS)]:
        cells = [f"{found[s][pair].score:.2f}" if pair in found[s] else "no link" for s in found]
        (da, sa), (db, sb) = pair
        texts = [docs[d].sentences[s].text[:60] for d, s in pair]
        print(f"| {da}:{sa} ~ {db}:{sb} | {' | '.join(cells)} | {texts[0]!r} ~ {texts[1]!r} |")
    _flagged("off")


def long_pair() -> None:
    import readers
    from compare import time_context
    from compare.model import SentenceRef
    from compare.semantic import make_scorer
    from tools.semantic_bible import build

    a, b, _ = build(Path(tempfile.mkdtemp(prefix="bench-bible-")))
    docs = readers.load([a, b]).documents
    sizes = [sum(1 for s in d.sentences if not s.boilerplate) for d in docs]
    scorer = make_scorer("hybrid")
    print(f"\nLong pair: Darby vs YLT, Matthew-Acts ({sizes} sentences), hybrid\n")
    print("| setting | links | precision | coverage | s |")
    print("| --- | --- | --- | --- | --- |")
    for setting in SETTINGS:
        start = time.perf_counter()
        al = _flagged(setting).align(docs, scorer=scorer, use_cache=False)
        dt = time.perf_counter() - start
        right = [
            docs[0].sentences[lk.a.sentence].paragraph == docs[1].sentences[lk.b.sentence].paragraph
            for lk in al.links
        ]
        good = [lk for lk, ok in zip(al.links, right, strict=True) if ok]
        covered = len({lk.a for lk in good} | {lk.b for lk in good}) / sum(sizes)
        print(
            f"| {setting} | {len(al.links)} | "
            f"{np.mean(right) if right else 0:.3f} | {covered:.3f} | {dt:.1f} |"
        )
    _flagged("off")
    # The time-context check's own cost: contexts of both books and a verdict for 30 candidates a sentence.
    refs = [SentenceRef(d, s.index) for d, doc in enumerate(docs) for s in doc.sentences]
    texts = [docs[r.doc].sentences[r.sentence].text for r in refs]
    rng = np.random.default_rng(0)
    first = np.flatnonzero([r.doc == 0 for r in refs])
    second = np.flatnonzero([r.doc == 1 for r in refs])
    ii = np.repeat(first, 30)
    jj = rng.choice(second, size=len(ii))
    start = time.perf_counter()
    held = time_context.held_back(docs, refs, texts, ii, jj, lambda x, y: False)
    dt = time.perf_counter() - start
    print(
        f"\nCost of the check on the long pair: {1000 * dt:.0f} ms for {len(ii):,} candidate "
        f"pairs ({int(held.sum())} held back)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecb", action="store_true", help="also measure on ECB+ odd topics")
    parser.add_argument("--no-long", action="store_true", help="skip the long pair")
    args = parser.parse_args()
    gold_and_bundled()
    if not args.no_long:
        long_pair()
    if args.ecb:
        from tools import claim_word_ecb

        for scorer in ("hybrid", "lexical"):
            claim_word_ecb.main(["--scorer", scorer])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
