"""How often the provenance lineage calls two reports of *different* events "the same report"
(one copied from the other), on the ECB+ odd topics (tests/data/ecbplus-odd, dev part only),
next to the baseline "any shared statement means one copied the other".

ECB+ gives each article its event (topic + ecb/ecbplus: two similar events per topic), not who
copied whom, so this measures one error only: a copy claimed between reports of different
events. Pairs are taken within each topic (the hard case: same kind of event).

    python tools/provenance_lineage_ecb.py [TOPIC ...]   # default: every odd topic present
"""

from __future__ import annotations

import glob
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "ecbplus-odd"
GOLD = ROOT / "tests" / "data" / "ecbplus-odd-gold.json"


def main(topics: list[str]) -> int:
    import readers
    from compare.aligner import align
    from provenance.lineage import lineage

    gold = json.loads(GOLD.read_text("utf-8"))
    if not topics:
        topics = sorted({name.split("_", 1)[0] for name in gold}, key=int)
    counts: Counter[tuple[str, str]] = Counter()
    for topic in topics:
        files = sorted(glob.glob(str(DATA / f"{topic}_*.txt")))
        docs = [readers.read(f) for f in files]
        lin = lineage(align(docs))
        for rel in lin.relations:
            event_a = gold[Path(files[rel.a]).name]
            event_b = gold[Path(files[rel.b]).name]
            key = "same event" if event_a == event_b else "different events"
            counts[key, "pairs"] += 1
            counts[key, rel.strength] += 1
            counts[key, "baseline: same report"] += bool(rel.shared)
    for key in ("different events", "same event"):
        pairs = counts[key, "pairs"]
        print(f"{key}: {pairs} pairs")
        for what in ("same report", "same story", "unrelated", "baseline: same report"):
            n = counts[key, what]
            print(f"  {what:<22} {n:5d}  {n / max(pairs, 1):6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
