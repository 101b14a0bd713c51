"""Conflicts and merges across the articles of real multi-article news: ECB+ odd-topic stories
(tests/data/ecbplus-odd, CC BY 3.0), split by a hash of the story id into dev and held-out
halves (tools/facts_conflicts_ecb.py), with our own labels in tests/data/facts_conflicts_ecb.json.

For each half it prints the conflicts flagged, how many our labels call real (precision), how
many are not labelled yet, and, on the dev stories whose merges were judged, the wrong merges
(two surfaces made one fact that are two things) and the missed merges (one thing left as two
facts). The same numbers are measured in the same run for the code at earlier git revisions
(default 23fff5f; `--previous` may be given several times, and may name a folder holding the
engine packages instead of a revision), exported to a temporary folder and run the same way:
every story's articles read with `readers.read` and lined up by `facts.facts`, as `samestory
facts` does. For each earlier code it also says how many of the conflicts it found that our
labels call real this code still finds.

    python benchmarks/bench_conflicts.py [--previous REV|DIR ...] [--split dev|heldout|both]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.facts_conflicts_ecb import (  # noqa: E402
    LABELS,
    conflict_key,
    load_labels,
    score,
    story_files,
    story_split,
)

_RUNNER = """
import json, sys
import readers
from facts import facts
stories = json.load(sys.stdin)
out = {}
for story, paths in stories.items():
    docs = [readers.read(p) for p in paths]
    table = facts(docs)
    names = [p.rsplit("/", 1)[-1] for p in paths]
    def statement(f):
        m = f.mentions[0]
        return {"file": names[m.doc], "text": f.label,
                "sentence": docs[m.doc].sentences[m.sentence].text}
    out[story] = {
        "conflicts": [{"kind": c.kind, "a": statement(c.facts[0]), "b": statement(c.facts[1])}
                      for c in table.conflicts],
        "groups": [sorted({m.text for m in f.mentions}) for f in table.facts
                   if f.kind != "quote"],
    }
print(json.dumps(out))
"""


def run(code_dir: Path, stories: dict[str, list[Path]]) -> dict[str, Any]:
    """Conflicts and fact groups of every story, by the code in `code_dir`."""
    env = {**os.environ, "PYTHONPATH": str(code_dir)}
    proc = subprocess.run(
        [sys.executable, "-c", _RUNNER],
        input=json.dumps({s: [str(p) for p in files] for s, files in stories.items()}),
        capture_output=True,
        text=True,
        check=True,
        cwd=code_dir,
        env=env,
    )
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def export(rev: str) -> Path:
    """The engine packages at git revision `rev`, in a temporary folder (`rev` itself when it
    is a folder)."""
    if Path(rev).is_dir():
        return Path(rev)
    folder = Path(tempfile.mkdtemp(prefix="conflicts-prev-"))
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "facts", "readers", "compare"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def merge_errors(dump: dict[str, Any], merges: dict[str, Any]) -> tuple[int, int, int, int]:
    """(wrong merges, pairs judged apart, missed merges, pairs judged together) over the
    stories in `dump`."""

    def together(story: str, a: str, b: str) -> bool:
        return any(a in g and b in g for g in dump[story]["groups"])

    apart = [m for m in merges.get("apart", []) if m["story"] in dump]
    joined = [m for m in merges.get("together", []) if m["story"] in dump]
    wrong = sum(together(m["story"], m["a"], m["b"]) for m in apart)
    missed = sum(not together(m["story"], m["a"], m["b"]) for m in joined)
    return wrong, len(apart), missed, len(joined)


def _line(name: str, dump: dict[str, Any], labels: dict[Any, str], merges: dict[str, Any]) -> str:
    s = score({k: {"conflicts": v["conflicts"]} for k, v in dump.items()}, labels)
    judged = s["real"] + s["false"]
    precision = f"{s['real'] / judged:.2f}" if judged else "n/a"
    kinds: dict[str, int] = {}
    for v in dump.values():
        for c in v["conflicts"]:
            kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    wrong, apart, missed, joined = merge_errors(dump, merges)
    merge_text = f"wrong merges {wrong}/{apart}, missed merges {missed}/{joined}" if apart else ""
    return (
        f"  {name:<22} flagged {s['flagged']:4d} {kinds}  real {s['real']:3d}  "
        f"false {s['false']:3d}  unlabelled {s['unlabelled']:3d}  precision {precision}  "
        f"{merge_text}"
    )


def real_found(dump: dict[str, Any], labels: dict[Any, str]) -> set[Any]:
    """The conflicts of `dump` our labels call real."""
    return {
        key
        for story, table in dump.items()
        for c in table["conflicts"]
        if labels.get(key := conflict_key(story, c)) == "real"
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--previous",
        action="append",
        help="git revision (or folder of engine packages) to compare with; default 23fff5f",
    )
    parser.add_argument("--split", choices=["dev", "heldout", "both"], default="both")
    args = parser.parse_args(argv)
    stories = story_files()
    labels = load_labels()
    merges = json.loads(LABELS.read_text("utf-8")).get("merges", {}) if LABELS.exists() else {}
    revisions = args.previous or ["23fff5f"]
    previous = {rev: export(rev) for rev in revisions}
    splits = ["dev", "heldout"] if args.split == "both" else [args.split]
    for split in splits:
        chosen = {s: f for s, f in stories.items() if story_split(s) == split}
        n_articles = sum(len(f) for f in chosen.values())
        print(f"ECB+ odd topics, {split} half: {len(chosen)} stories, {n_articles} articles")
        current = run(ROOT, chosen)
        print(_line("samestory facts", current, labels, merges))
        found = real_found(current, labels)
        for rev, folder in previous.items():
            dump = run(folder, chosen)
            before = real_found(dump, labels)
            print(_line(f"previous ({rev})", dump, labels, merges))
            print(
                f"    real ones it found that this code keeps: {len(before & found)} of {len(before)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
