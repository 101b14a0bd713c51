"""Precision audit of figures and dates on unlabelled development news, judged by reading.

`collect` runs `facts.facts` (one article a call, with the article's date) on news text that
is allowed for development and lists every figure and date mention: source, article, sentence,
span, kind, normalised key. Sources (all development parts; nothing held out is read):

- `timebank`: the TimeBank `dev` half (even positions of the sorted file names,
  `tools/facts_timebank.py`); `aquaint`: AQUAINT (all `dev`). Their dates are gold
  (TIMEX3), so each date mention also carries its gold role (`date`, `neutral`, `amount`,
  or `none`);
- `conll`: CoNLL-2003 `eng.train` articles (`tools/facts_conll.py`), lightly detokenised
  (" ," -> ",", "( x )" -> "(x)", " 's" -> "'s"), prose sentences only (eight words or more,
  at least 40 % of them lower-case words: results tables and lists are left out), dated by
  the article's dateline ("BRUSSELS 1996-08-22");
- `pages`: English test pages of mozilla/readability (`test/test-pages/`) and
  adbar/trafilatura (`tests/cache/`) that are not in `tools/facts_news_pages.py`'s PAGES
  (those are a labelled benchmark), read by `readers.read` as `samestory PAGE.html` does.

ECB+, the TimeBank held-out half, TempEval-3 platinum, CoNLL `testa`/`testb` and the
scrapinghub article-extraction-benchmark pages are never read here.

`sample` draws a seeded random sample of figure and date mentions, stratified by source,
excluding the mentions of earlier samples, and adds them to tests/data/facts_audit.json
unjudged; judgements ("ok" or an error category) are added there by hand. `score` prints the
precision of each sample per kind and source, for the code that produced each mention list
(`--code DIR` runs the extractor of another checkout, to compare old and new rules on the
same sample). The news text of CoNLL, TimeBank and AQUAINT may not be redistributed, so the
JSON keeps only article names, offsets and the mention's own words for them; page sentences
(short quotes of Apache-2.0 test pages) are kept whole.

    python tools/facts_audit.py collect --out MENTIONS.jsonl [--code DIR] [--max-conll N]
    python tools/facts_audit.py sample --mentions MENTIONS.jsonl --seed 1 --figures 250 --dates 250
    python tools/facts_audit.py score --mentions MENTIONS.jsonl [--mentions OLD.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "tests" / "data" / "facts_audit.json"
READABILITY_GIT = Path("/work/.mirror/mozilla+readability/repo")
TRAFILATURA_GIT = Path("/work/.mirror/adbar+trafilatura/repo")
KINDS = ("figure", "date")
PER_ARTICLE = 3
"""At most this many mentions of one kind from one article in a sample (a long Wikipedia page
would otherwise fill the pages' share)."""
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "was",
        "with",
        "said",
        "by",
        "as",
        "at",
        "from",
        "it",
    ]
)
_DATELINE = re.compile(r"\b(19\d\d-\d\d-\d\d)\b")


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def detokenise(words: list[str]) -> str:
    """CoNLL tokens joined as running text: no space before , . ; : ) 's n't %, none after (."""
    text = " ".join(words)
    text = re.sub(r" (?=[,.;:!?)%]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b)", "", text)
    text = re.sub(r"\( ", "(", text)
    text = re.sub(r'" ([^"]*?) "', r'"\1"', text)
    return text


def _prose(words: list[str]) -> bool:
    lower = sum(w.isalpha() and w.islower() for w in words)
    return len(words) >= 8 and lower >= 0.4 * len(words)


def conll_articles(max_docs: int) -> Iterator[tuple[str, str | None, str]]:
    from tools.facts_conll import load_split

    by_doc: dict[int, list[list[str]]] = defaultdict(list)
    for s in load_split("train"):
        by_doc[s.doc].append(s.words)
    for doc, sents in sorted(by_doc.items())[:max_docs]:
        date = None
        for words in sents[:3]:
            m = _DATELINE.search(" ".join(words))
            if m:
                date = m.group(1)
                break
        lines = [detokenise(w) for w in sents if _prose(w)]
        if lines:
            yield f"conll-train-{doc}", date, "\n".join(lines)


def _english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) > 150 and sum(w in _ENGLISH for w in words) >= 0.12 * len(words)


def page_names() -> list[tuple[str, Path, str]]:
    """(source name, git dir, path) of each readability and trafilatura page not labelled."""
    from tools.facts_news_pages import PAGES

    labelled = {f"{repo}:{name}" for repo, name in PAGES}
    out = []
    for repo, git, folder, file in (
        ("readability", READABILITY_GIT, "test/test-pages/", "/source.html"),
        ("trafilatura", TRAFILATURA_GIT, "tests/cache/", ""),
    ):
        names = _git(git, "ls-tree", "--name-only", "-z", f"HEAD:{folder}").decode().split("\0")
        for name in sorted(n for n in names if n):
            if f"{repo}:{name}" not in labelled:
                out.append((f"{repo}:{name}", git, f"{folder}{name}{file}"))
    return out


def page_documents() -> Iterator[Any]:
    import readers

    for name, git, path in page_names():
        try:
            html = _git(git, "show", f"HEAD:{path}")
        except subprocess.CalledProcessError:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            file = Path(tmp) / "page.html"
            file.write_bytes(html)
            try:
                doc = readers.read(file)
            except Exception:
                continue
        if _english(doc.text):
            yield name, doc


def _gold_role(article: Any, start: int, end: int) -> str:
    for role, spans in (("date", article.dates), ("neutral", article.anchored),
                        ("amount", article.others)):  # fmt: skip
        if any(a < end and start < b for a, b, _ in spans):
            return role
    return "none"


def _mentions(source: str, name: str, doc: Any, article: Any = None) -> Iterator[dict[str, Any]]:
    from facts import facts

    table = facts([doc])
    for f in table.facts:
        if f.kind not in KINDS:
            continue
        for m in f.mentions:
            s = doc.sentences[m.sentence]
            row = {"source": source, "article": name, "date": doc.date, "kind": f.kind,
                   "start": m.start, "end": m.end, "text": m.text, "key": f.key,
                   "sentence": s.text, "sent_start": s.start}  # fmt: skip
            if article is not None and f.kind == "date":
                row["gold"] = _gold_role(article, m.start, m.end)
            yield row


def collect(out: Path, max_conll: int) -> None:
    import readers
    from tools.facts_timebank import load_articles

    n = 0
    with out.open("w", encoding="utf-8") as fh:

        def write(rows: Iterator[dict[str, Any]]) -> None:
            nonlocal n
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1

        for corpus in ("TimeBank", "AQUAINT"):
            for a in load_articles(corpus=corpus):
                if a.split != "dev":
                    continue
                doc = readers.build_document(a.text, a.name, date=a.dct, guess_headings=False)
                write(_mentions(corpus.lower(), a.name, doc, a))
        for name, date, text in conll_articles(max_conll):
            doc = readers.build_document(text, name, date=date, guess_headings=False)
            write(_mentions("conll", name, doc))
        for name, doc in page_documents():
            write(_mentions("pages", name, doc))
    print(f"{out}: {n} mentions", file=sys.stderr)


def load_mentions(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def mention_id(m: dict[str, Any]) -> str:
    return f"{m['article']}|{m['start']}|{m['end']}|{m['kind']}"


def _load_audit() -> dict[str, Any]:
    if AUDIT.exists():
        return json.loads(AUDIT.read_text(encoding="utf-8"))
    return {"about": ABOUT, "samples": []}


def _public(m: dict[str, Any]) -> dict[str, Any]:
    """The mention as stored: page sentences whole, other sources by offsets only."""
    row = {k: m[k] for k in ("source", "article", "kind", "start", "end", "text", "key")}
    if m["source"] == "pages":
        row["sentence"] = m["sentence"]
    if "gold" in m:
        row["gold"] = m["gold"]
    return row


def sample(paths: list[Path], seed: int, quota: dict[str, dict[str, int]], name: str) -> None:
    """Add a sample `name` drawn from the union of the mention lists `paths`, stratified by
    kind and source (`quota[kind][source]`), at most PER_ARTICLE mentions of a kind per
    article, leaving out mentions of earlier samples."""
    audit = _load_audit()
    seen = {mention_id(it) for s in audit["samples"] for it in s["items"]}
    pool: dict[str, dict[str, Any]] = {}
    for p in paths:
        for m in load_mentions(p):
            pool.setdefault(mention_id(m), m)
    rng = random.Random(seed)
    items = []
    for kind, per_source in quota.items():
        for source, n in per_source.items():
            cands = sorted((m for i, m in pool.items() if i not in seen and m["kind"] == kind
                            and m["source"] == source), key=mention_id)  # fmt: skip
            rng.shuffle(cands)
            per_article: Counter[str] = Counter()
            for m in cands:
                if per_article[m["article"]] < PER_ARTICLE and n > 0:
                    per_article[m["article"]] += 1
                    n -= 1
                    items.append({**_public(m), "judgement": None})
    audit["samples"] = [s for s in audit["samples"] if s["name"] != name]
    audit["samples"].append({"name": name, "seed": seed, "drawn_from": [p.name for p in paths],
                             "items": items})  # fmt: skip
    AUDIT.write_text(json.dumps(audit, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {len(items)} mentions", file=sys.stderr)


def show(paths: list[Path], name: str) -> None:
    """Print a sample's mentions in their sentences, the mention in [[ ]], for judging."""
    audit = _load_audit()
    pool = {mention_id(m): m for p in paths for m in load_mentions(p)}
    for s in audit["samples"]:
        if s["name"] != name:
            continue
        for i, it in enumerate(s["items"]):
            m = pool.get(mention_id(it))
            if m is None:
                print(i, "MISSING", it["text"])
                continue
            a, b = m["start"] - m["sent_start"], m["end"] - m["sent_start"]
            sent = m["sentence"].replace("\n", " ")
            ctx = f"{sent[max(0, a - 160) : a]}[[{sent[a:b]}]]{sent[b : b + 100]}"
            gold = f" gold={m['gold']}" if "gold" in m else ""
            print(f"{i} {it['kind']} {m['source']} {m['key']} ({m['date']}){gold} :: {ctx}")


def score(paths: list[Path]) -> None:
    """Precision of each judged sample on the mentions each list in `paths` holds."""
    audit = _load_audit()
    for p in paths:
        mentions = load_mentions(p)
        ids = {mention_id(m) for m in mentions}
        for source in ("timebank", "aquaint"):
            roles = Counter(m["gold"] for m in mentions if m["source"] == source and "gold" in m)
            judged = roles["date"] + roles["none"] + roles["amount"]
            if judged:
                print(f"{p.name} every date mention, TIMEX3 gold {source:9} P "
                      f"{roles['date'] / judged:.3f} ({roles['date']}/{judged}; "
                      f"{roles['neutral']} over a vague or anchored span not counted)")  # fmt: skip
        for s in audit["samples"]:
            tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
            for it in s["items"]:
                if it["judgement"] is None or mention_id(it) not in ids:
                    continue
                ok = it["judgement"] == "ok"
                for key in ((it["kind"], it["source"]), (it["kind"], "all")):
                    tally[key]["ok" if ok else "wrong"] += 1
            for (kind, source), c in sorted(tally.items()):
                n = c["ok"] + c["wrong"]
                print(f"{p.name} {s['name']} {kind:6} {source:9} P {c['ok'] / n:.3f} "
                      f"({c['ok']}/{n})")  # fmt: skip


ABOUT = (
    "Precision audit of samestory's figures and dates on unlabelled development news "
    "(tools/facts_audit.py): random samples of the figure and date mentions facts.facts finds "
    "in the TimeBank dev half, AQUAINT, CoNLL-2003 eng.train prose sentences and the English "
    "readability/trafilatura test pages not in facts_newspages.json. Each mention is judged by "
    "our own reading against the README's definitions: 'ok' when the mention is a figure "
    "(a number a reader compares) or a date (a point or calendar period, absolute or anchored "
    "on the article date), else the error category. CoNLL, TimeBank and AQUAINT text is not "
    "redistributed: those items keep only the article, offsets and the mention's words."
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--code", type=Path, help="checkout whose facts package to run")
    c.add_argument("--max-conll", type=int, default=400)
    for name in ("sample", "show", "score"):
        p = sub.add_parser(name)
        p.add_argument("--mentions", type=Path, action="append", required=True)
        p.add_argument("--name", default="first")
        p.add_argument("--seed", type=int, default=1)
        p.add_argument("--figures", type=int, default=250)
        p.add_argument("--dates", type=int, default=250)
    args = parser.parse_args()
    if args.cmd == "collect":
        sys.path.insert(0, str(args.code or ROOT))
        if args.code:
            sys.path.insert(1, str(ROOT))
        collect(args.out, args.max_conll)
    elif args.cmd == "sample":
        f, d = args.figures, args.dates
        quota = {"figure": {"pages": f * 2 // 5, "conll": f // 5, "timebank": f // 5,
                            "aquaint": f - f * 2 // 5 - 2 * (f // 5)},
                 "date": {"pages": d // 2, "conll": d - d // 2}}  # fmt: skip
        sample(args.mentions, args.seed, quota, args.name)
    elif args.cmd == "show":
        show(args.mentions, args.name)
    else:
        score(args.mentions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
