"""Conflicts and merged facts across the articles of each ECB+ odd-topic story.

Every story of `tests/data/ecbplus-odd-gold.json` (topic + ecb/ecbplus) with two or more
articles is read with `readers.read` and its articles go through `facts.facts` together, as
`samestory facts` and the reader do. The tool dumps every conflict flagged (kind, the two
statements with their sentences) and every fact merged across articles (with its surface
forms), plus likely missed merges (two facts of one kind in different articles whose keys
read as one: the same figure value with different nouns, a name that is the end of another).

Stories are split by the SHA-1 of the story id (`tools.facts_devsets.hash_split`) into a dev
and a held-out half; the held-out half is only scored by benchmarks/bench_conflicts.py.

    python tools/facts_conflicts_ecb.py [--split dev|heldout] [--out FILE] [STORY ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "ecbplus-odd"
GOLD = ROOT / "tests" / "data" / "ecbplus-odd-gold.json"
LABELS = ROOT / "tests" / "data" / "facts_conflicts_ecb.json"


def story_files() -> dict[str, list[Path]]:
    """Story id -> its article files (sorted by name), stories of two or more articles."""
    gold = json.loads(GOLD.read_text("utf-8"))
    out: dict[str, list[Path]] = defaultdict(list)
    for name, story in sorted(gold.items()):
        out[story].append(DATA / name)
    return {s: files for s, files in sorted(out.items()) if len(files) >= 2}


def story_split(story: str) -> str:
    """ "dev" or "heldout" for a story id."""
    sys.path.insert(0, str(ROOT))
    from tools.facts_devsets import hash_split

    return hash_split(story)


def _statement(docs: list[Any], names: list[str], fact: Any) -> dict[str, Any]:
    m = fact.mentions[0]
    sent = docs[m.doc].sentences[m.sentence].text
    return {"file": names[m.doc], "text": fact.label, "key": fact.key, "sentence": sent}


def dump_table(docs: list[Any], names: list[str], table: Any) -> dict[str, Any]:
    """Conflicts, merged groups and likely missed merges of one story's fact table."""
    conflicts = [
        {
            "kind": c.kind,
            "subject": c.subject,
            "a": _statement(docs, names, c.facts[0]),
            "b": _statement(docs, names, c.facts[1]),
        }
        for c in table.conflicts
    ]
    merged = []
    for f in table.facts:
        if len(f.docs) < 2:
            continue
        surfaces = sorted({m.text for m in f.mentions})
        merged.append({"kind": f.kind, "key": f.key, "docs": len(f.docs), "surfaces": surfaces})
    return {"conflicts": conflicts, "merged": merged, "missed": missed_merges(table)}


def _value(f: Any) -> Any:
    return f.normalized.get("value") if isinstance(f.normalized, dict) else None


def missed_merges(table: Any) -> list[dict[str, Any]]:
    """Pairs of facts of one kind, in disjoint articles, that likely state one thing: the same
    figure value with decimals ("6.4 earthquake", "6.4 magnitude"), or a name whose words end
    another's."""
    out: list[dict[str, Any]] = []
    facts = [f for f in table.facts if f.kind != "quote"]
    for i, a in enumerate(facts):
        for b in facts[i + 1 :]:
            if a.kind != b.kind or set(a.docs) & set(b.docs):
                continue
            if a.kind == "figure":
                va, vb = _value(a), _value(b)
                # A value with decimals ("6.4") rarely repeats by chance within one story.
                same = isinstance(va, float) and va == vb and not va.is_integer()
            elif a.kind in ("person", "organisation", "place"):
                wa, wb = a.label.lower().split(), b.label.lower().split()
                short, long_ = sorted((wa, wb), key=len)
                same = bool(short) and len(short) < len(long_) and long_[-len(short) :] == short
            else:
                continue
            if same:
                out.append({"kind": a.kind, "a": a.label, "b": b.label})
    return out


def conflict_key(story: str, conflict: dict[str, Any]) -> tuple[Any, ...]:
    """A conflict's identity for its label: story, kind and the two statements."""
    sides = frozenset(
        (conflict[s]["file"], conflict[s]["text"], conflict[s]["sentence"]) for s in ("a", "b")
    )
    return (story, conflict["kind"], sides)


def load_labels() -> dict[tuple[Any, ...], str]:
    """Our labels ("real" or "false") by conflict identity."""
    if not LABELS.exists():
        return {}
    data = json.loads(LABELS.read_text("utf-8"))
    return {conflict_key(c["story"], c): c["label"] for c in data["conflicts"]}


def score(dump: dict[str, Any], labels: dict[tuple[Any, ...], str]) -> dict[str, int]:
    """Conflicts flagged, judged real, judged false and not labelled yet."""
    out = {"flagged": 0, "real": 0, "false": 0, "unlabelled": 0}
    for story, table in dump.items():
        for c in table["conflicts"]:
            out["flagged"] += 1
            out[labels.get(conflict_key(story, c), "unlabelled")] += 1
    return out


def run_story(files: list[Path]) -> dict[str, Any]:
    import readers
    from facts import facts

    docs = [readers.read(str(f)) for f in files]
    return dump_table(docs, [f.name for f in files], facts(docs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "heldout"], default="dev")
    parser.add_argument("--out", help="write the JSON dump here (default: stdout)")
    parser.add_argument("stories", nargs="*")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    stories = story_files()
    chosen = args.stories or [s for s in stories if story_split(s) == args.split]
    out = {s: run_story(stories[s]) for s in chosen}
    print(score(out, load_labels()), file=sys.stderr)
    text = json.dumps(out, ensure_ascii=False, indent=1)
    if args.out:
        Path(args.out).write_text(text + "\n", "utf-8")
    else:
        sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
