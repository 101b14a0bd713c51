"""Precision audit on fresh web news pages: figures, dates and names, judged by reading.

The labelled page sets (tests/data/facts_newspages2.json and facts_newspages3.json) took the
first 80 English pages of scrapinghub/article-extraction-benchmark (MIT) in file-name order,
and their held-out halves are what the README reports. This audit reads the pages after them,
in the same order, by a rule fixed before any of them was read: every page whose file name
sorts after the last page of facts_newspages3.json, kept when py3langid reads its text as
English. Each page is read by `readers.read` as `samestory PAGE.html` does and goes through
`facts.facts` alone, anchored on the page's own date.

`collect` lists every figure, date, person, organisation and place mention outside
boilerplate, with its sentence. `sample` draws a seeded random sample per kind, at most
`PER_PAGE` mentions of a kind per page, into tests/data/facts_audit_pages.json, unjudged; a
judgement ("ok" or a short error class) is then written there by hand, by the conventions of
the labelled page sets (tests/data/SOURCES.md). `show` prints a sample's mentions in their
sentences for judging; `score` prints the precision of each kind on the judged mentions that
a mention list still holds (run `collect --code DIR` on another checkout to compare rules).
Only the mention's sentence is kept (short quotations of MIT-licensed benchmark pages).

    python -m tools.facts_audit_pages collect --out PAGES.jsonl [--code DIR]
    python -m tools.facts_audit_pages sample --mentions PAGES.jsonl --seed 7 --per-kind 60
    python -m tools.facts_audit_pages show --mentions PAGES.jsonl --name fourth
    python -m tools.facts_audit_pages score --mentions PAGES.jsonl [--mentions OLD.jsonl]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "tests" / "data" / "facts_audit_pages.json"
LAST_LABELLED = ROOT / "tests" / "data" / "facts_newspages3.json"
DEFAULT_GIT = Path("/work/.mirror/scrapinghub+article-extraction-benchmark/repo")
COMMIT = "4a3bc979"
KINDS = ("figure", "date", "person", "organisation", "place")
PER_PAGE = 3
REVALUED = "wrong value"
"""A judgement of a date's value only: a date judged so, or judged "ok", and now read with
another value is unjudged."""
ABOUT = (
    "Precision audit of samestory's facts on the article-extraction-benchmark pages after the "
    "labelled page sets (tools/facts_audit_pages.py): seeded samples of figure, date and name "
    "mentions, each judged by reading ('ok' or an error class)."
)


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def fresh_pages(git_dir: Path) -> list[str]:
    """File names of the benchmark's pages that sort after the last labelled page."""
    labelled = json.loads(LAST_LABELLED.read_text(encoding="utf-8"))["items"]
    last = max(it["page"].removeprefix("aeb:") for it in labelled)
    names = _git(git_dir, "ls-tree", "--name-only", f"{COMMIT}:html").decode().split()
    return [n for n in sorted(names) if n.split(".")[0][:16] > last]


def collect(out: Path, git_dir: Path) -> None:
    import readers
    from compare.semantic.multilingual_languages import classify
    from facts import facts

    n = pages = 0
    with out.open("w", encoding="utf-8") as fh:
        for name in fresh_pages(git_dir):
            html = gzip.decompress(_git(git_dir, "show", f"{COMMIT}:html/{name}"))
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "page.html"
                path.write_bytes(html)
                try:
                    doc = readers.read(path)
                except Exception:  # a page the readers refuse is no article
                    continue
            if not doc.text.strip() or classify(doc.text[:5000]) != "en":
                continue
            pages += 1
            page = "aeb:" + name.split(".")[0][:16]
            for f in facts([doc]).facts:
                if f.kind not in KINDS:
                    continue
                for m in f.mentions:
                    s = doc.sentences[m.sentence]
                    if s.boilerplate:
                        continue
                    row = {"page": page, "date": doc.date, "kind": f.kind, "start": m.start,
                           "end": m.end, "text": m.text, "key": f.key,
                           "sentence": " ".join(s.text.split()), "sent_start": s.start}  # fmt: skip
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    n += 1
    print(f"{out}: {n} mentions on {pages} pages", file=sys.stderr)


def load_mentions(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def mention_id(m: dict[str, Any]) -> str:
    return f"{m['page']}|{m['start']}|{m['end']}|{m['kind']}"


def _load_audit() -> dict[str, Any]:
    if AUDIT.exists():
        return json.loads(AUDIT.read_text(encoding="utf-8"))
    return {"about": ABOUT, "samples": []}


def sample(path: Path, seed: int, per_kind: int, name: str) -> None:
    """Add sample `name`: `per_kind` mentions of each kind, at most PER_PAGE of a kind per
    page, none of an earlier sample."""
    audit = _load_audit()
    seen = {mention_id(it) for s in audit["samples"] if s["name"] != name for it in s["items"]}
    pool = {mention_id(m): m for m in load_mentions(path)}
    rng = random.Random(seed)
    items = []
    for kind in KINDS:
        cands = sorted((i for i, m in pool.items() if m["kind"] == kind and i not in seen))
        rng.shuffle(cands)
        per_page: Counter[str] = Counter()
        left = per_kind
        for i in cands:
            m = pool[i]
            if left and per_page[m["page"]] < PER_PAGE:
                per_page[m["page"]] += 1
                left -= 1
                keep = ("page", "kind", "start", "end", "text", "key", "sentence", "sent_start")
                items.append({**{k: m[k] for k in keep}, "judgement": None})
    audit["samples"] = [s for s in audit["samples"] if s["name"] != name]
    audit["samples"].append({"name": name, "seed": seed, "items": items})
    AUDIT.write_text(json.dumps(audit, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {len(items)} mentions", file=sys.stderr)


def show(name: str, kinds: tuple[str, ...]) -> None:
    """Print a sample's mentions in their sentences, the mention in [[ ]], for judging."""
    for s in _load_audit()["samples"]:
        if s["name"] != name:
            continue
        for i, it in enumerate(s["items"]):
            if it["kind"] not in kinds:
                continue
            a, b = it["start"] - it["sent_start"], it["end"] - it["sent_start"]
            sent = it["sentence"]
            ctx = f"{sent[max(0, a - 160) : a]}[[{sent[a:b]}]]{sent[b : b + 100]}"
            print(f"{i} {it['kind']} {it['page']} {it['key']} {it['judgement']} :: {ctx}")


def score(paths: list[Path]) -> None:
    """Precision per sample and kind of the judged mentions each list still holds; a date
    judged right or of a wrong value and now read with another value is left out, unjudged."""
    audit = _load_audit()
    for p in paths:
        keys = {mention_id(m): m["key"] for m in load_mentions(p)}
        for s in audit["samples"]:
            tally: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
            for it in s["items"]:
                if it["judgement"] is None:
                    continue
                verdict = "ok" if it["judgement"] == "ok" else "wrong"
                key = keys.get(mention_id(it))
                valued = verdict == "ok" or it["judgement"].startswith(REVALUED)
                if key is not None and key != it["key"] and it["kind"] == "date" and valued:
                    tally[it["kind"]]["revalued"] += 1  # its value, judged, now read otherwise
                    continue
                held = "" if key is not None else " gone"
                tally[it["kind"]][verdict + held] += 1
            for kind, c in tally.items():
                n = c["ok"] + c["wrong"]
                if n or c["ok gone"] or c["wrong gone"]:
                    prec = f"{c['ok'] / n:.3f}" if n else "-"
                    print(f"{p.name} {s['name']} {kind:12} P {prec} ({c['ok']}/{n}); "
                          f"no longer found: {c['ok gone']} right, {c['wrong gone']} wrong"
                          + (f"; {c['revalued']} read with another value, unjudged"
                             if c["revalued"] else ""))  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--git-dir", type=Path, default=DEFAULT_GIT)
    c.add_argument("--code", type=Path, default=None, help="run another checkout's extractor")
    s = sub.add_parser("sample")
    s.add_argument("--mentions", type=Path, required=True)
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--per-kind", type=int, default=60)
    s.add_argument("--name", default="fourth")
    w = sub.add_parser("show")
    w.add_argument("--name", default="fourth")
    w.add_argument("--kinds", default=",".join(KINDS))
    r = sub.add_parser("score")
    r.add_argument("--mentions", type=Path, action="append", required=True)
    args = parser.parse_args()
    if args.cmd == "collect":
        if args.code is not None:  # this script, reading another checkout's packages
            cmd = [sys.executable, str(Path(__file__).resolve()), "collect",
                   "--out", str(args.out.resolve()), "--git-dir", str(args.git_dir)]  # fmt: skip
            env = {**os.environ, "PYTHONPATH": str(args.code.resolve())}
            return subprocess.run(cmd, cwd=args.code, env=env, check=False).returncode
        collect(args.out, args.git_dir)
    elif args.cmd == "sample":
        sample(args.mentions, args.seed, args.per_kind, args.name)
    elif args.cmd == "show":
        show(args.name, tuple(args.kinds.split(",")))
    else:
        score(args.mentions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
