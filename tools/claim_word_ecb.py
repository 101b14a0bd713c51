"""Measure the aligner's claim-word rule (`compare.aligner.CLAIM_WORD_BELOW`) on ECB+ odd topics.

    python tools/claim_word_ecb.py [--scorer hybrid] [--topics 1,3]

As `tools/time_context_ecb.py` (whose topic reader and link counts it uses): the articles of
each ECB+ odd topic (even topics are held out and never read) are aligned together; a link
between articles of different events is wrong, one between articles of one event is counted
as right. Printed per setting: the rule off, the rule below several score levels (a non-copy
link scoring below the level must share a claim word, `compare.clauses.shares_claim_word`),
for all non-copy links, and each with the time-context check (`compare.time_context`).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.time_context_ecb import ECB, count, topics  # noqa: E402

ALL = 1.01
"""A level above every score: the rule applies to all non-copy links."""
SETTINGS: dict[str, tuple[float | None, bool]] = {
    "off": (None, False),
    "claim word below 0.4": (0.4, False),
    "claim word below 0.5": (0.5, False),
    "claim word below 0.6": (0.6, False),
    "claim word below 0.7": (0.7, False),
    "claim word, all non-copy links": (ALL, False),
    "time context": (None, True),
    "time context + claim word, all": (ALL, True),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scorer", default="hybrid")
    parser.add_argument("--topics", default="")
    parser.add_argument("--settings", default="", help="comma-separated setting numbers")
    args = parser.parse_args(argv)

    import compare.aligner as aligner
    import readers
    from compare.semantic import make_scorer

    gold = json.loads((ECB.parent / "ecbplus-odd-gold.json").read_text(encoding="utf-8"))
    selected = {int(t) for t in args.topics.split(",") if t} or None
    scorer = None if args.scorer == "lexical" else make_scorer(args.scorer)
    names = list(SETTINGS)
    if args.settings:
        names = [names[int(k)] for k in args.settings.split(",")]
    totals = {name: [0, 0, 0, 0] for name in names}
    seconds = dict.fromkeys(names, 0.0)
    for topic, paths in topics(selected).items():
        docs = readers.load(paths).documents
        stories = [gold[Path(d.source).name] for d in docs]
        row = []
        for name in names:
            aligner.CLAIM_WORD_BELOW, aligner.TIME_CONTEXT = SETTINGS[name]
            start = time.process_time()
            al = aligner.align(docs, scorer=scorer, use_cache=False)
            seconds[name] += time.process_time() - start
            got = count(al.links, stories)
            totals[name] = [t + g for t, g in zip(totals[name], got, strict=True)]
            row.append(f"{got[0]}/{got[1]}")
        print(f"topic {topic} ({len(docs)} articles): " + "  ".join(row), flush=True)
    aligner.CLAIM_WORD_BELOW, aligner.TIME_CONTEXT = None, False
    print(
        f"\nECB+ odd topics, scorer {args.scorer}, N-way alignment per topic\n\n"
        "| setting | wrong links (different events) | right links (same event) "
        "| wrong paraphrase-kind | right paraphrase-kind | cpu s |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for name, (w, r, wp, rp) in totals.items():
        print(f"| {name} | {w} | {r} | {wp} | {rp} | {seconds[name]:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
