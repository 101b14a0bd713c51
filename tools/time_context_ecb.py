"""Measure the aligner's time-context check (`compare.time_context`) on ECB+ odd topics.

    python tools/time_context_ecb.py [--scorer hybrid] [--topics 1,3] [--variants]

ECB+ (tests/data/ecbplus-odd, odd topics only; even topics are held out and never read) has,
per topic, articles about two different events of the same kind (e.g. two earthquakes years
apart). The articles of each topic are aligned together (N-way, as `samestory compare` does);
a link between articles of different events is wrong, a link between articles of one event
is counted as right (ECB+ gives no sentence-level gold). Printed per setting: links across
events, links within events, and, with `--variants`, the same for other settings of the
rule's parameters (slack of deictic years, the open article year); then how many links of the
run without the check the check holds back directly (the rest of the difference is sentences
taking another counterpart).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ECB = ROOT / "tests" / "data" / "ecbplus-odd"


def topics(selected: set[int] | None) -> dict[int, list[Path]]:
    out: dict[int, list[Path]] = defaultdict(list)
    for path in sorted(ECB.glob("*.txt")):
        topic = int(path.name.split("_", 1)[0])
        if topic % 2 == 0:  # even topics are held out
            continue
        if selected is None or topic in selected:
            out[topic].append(path)
    return dict(sorted(out.items()))


def count(links, stories: list[str]) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    """(wrong, right, wrong paraphrase-kind, right paraphrase-kind) links."""
    wrong = right = wrong_p = right_p = 0
    for lk in links:
        same = stories[lk.a.doc] == stories[lk.b.doc]
        para = lk.kind == "paraphrase"
        right += same
        wrong += not same
        right_p += same and para
        wrong_p += (not same) and para
    return wrong, right, wrong_p, right_p


SETTINGS: dict[str, dict[str, object]] = {
    "on (default parameters)": {},
    "slack 0": {"DEICTIC_SLACK": 0},
    "slack 2": {"DEICTIC_SLACK": 2},
    "no open article year": {"OPEN_ARTICLE_YEAR": False},
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scorer", default="hybrid")
    parser.add_argument("--topics", default="")
    parser.add_argument("--variants", action="store_true")
    args = parser.parse_args(argv)

    import compare.aligner as aligner
    import readers
    from compare import time_context
    from compare.semantic import make_scorer

    gold = json.loads((ECB.parent / "ecbplus-odd-gold.json").read_text(encoding="utf-8"))
    selected = {int(t) for t in args.topics.split(",") if t} or None
    scorer = None if args.scorer == "lexical" else make_scorer(args.scorer)
    settings = {"off": None, "on (default parameters)": {}}
    if args.variants:
        settings = {"off": None, **SETTINGS}
    defaults = {name: getattr(time_context, name) for s in SETTINGS.values() for name in s}
    totals = {name: [0, 0, 0, 0] for name in settings}
    seconds = dict.fromkeys(settings, 0.0)
    held = {"wrong": 0, "right": 0}
    for topic, paths in topics(selected).items():
        docs = readers.load(paths).documents
        stories = [gold[Path(d.source).name] for d in docs]
        row = []
        for name, params in settings.items():
            aligner.TIME_CONTEXT = params is not None
            for key, value in defaults.items():
                setattr(time_context, key, (params or {}).get(key, value))
            start = time.process_time()
            al = aligner.align(docs, scorer=scorer, use_cache=False)
            seconds[name] += time.process_time() - start
            got = count(al.links, stories)
            if params is None:  # the links the check itself would hold back
                ctx = [time_context.contexts(d) for d in docs]
                for lk in al.links:
                    a = ctx[lk.a.doc].get(lk.a.sentence, time_context.NO_CONTEXT)
                    b = ctx[lk.b.doc].get(lk.b.sentence, time_context.NO_CONTEXT)
                    if lk.kind == "paraphrase" and not a.meets(b):
                        same = stories[lk.a.doc] == stories[lk.b.doc]
                        held["right" if same else "wrong"] += 1
            totals[name] = [t + g for t, g in zip(totals[name], got, strict=True)]
            row.append(f"{got[0]}/{got[1]}")
        print(f"topic {topic} ({len(docs)} articles): " + "  ".join(row), flush=True)
    aligner.TIME_CONTEXT = False
    print(
        f"\nECB+ odd topics, scorer {args.scorer}, N-way alignment per topic\n\n"
        "| setting | wrong links (different events) | right links (same event) "
        "| wrong paraphrase-kind | right paraphrase-kind | cpu s |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for name, (w, r, wp, rp) in totals.items():
        print(f"| {name} | {w} | {r} | {wp} | {rp} | {seconds[name]:.0f} |")
    print(
        f"\nLinks of the run without the check that the check holds back (default parameters): "
        f"{held['wrong']} between different events, {held['right']} within one event; the "
        "other differences are sentences taking another counterpart once one is held back."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
