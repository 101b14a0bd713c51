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
  (those are a labelled benchmark), read by `readers.read` as `samestory PAGE.html` does;
- `meantime`: the `dev` half of MEANTIME's English Wikinews articles
  (tests/data/facts_meantime.json, `tools/facts_meantime.py`), each read whole with its
  creation date;
- `ecb`: the ECB+ odd-topic articles of tests/data/ecbplus-odd/ whose name
  `tools.facts_devsets.hash_split` puts in `dev` (the split of tests/data/facts_ecbdates.json),
  each read by `readers.read` as `samestory facts FILE` reads it.

ECB+ even topics and the ECB+ held-out half, the MEANTIME held-out half, the TimeBank held-out
half, TempEval-3 platinum, CoNLL `testa`/`testb` and the scrapinghub
article-extraction-benchmark pages are never read here.

`sample` draws a seeded random sample of figure and date mentions, stratified by source,
excluding the mentions of earlier samples, and adds them to tests/data/facts_audit.json
unjudged; judgements ("ok" or an error category) are added there by hand. `score` prints the
precision of each sample per kind and source, for the code that produced each mention list
(`--code DIR` runs the extractor of another checkout, to compare old and new rules on the
same sample). `sample --sources conll,meantime,ecb` shares each kind's quota equally among
the sources named (the third sample: news only). The news text of CoNLL, TimeBank and AQUAINT
may not be redistributed, so the JSON keeps only article names, offsets and the mention's own
words for them; page, MEANTIME (CC BY) and ECB+ (CC BY 3.0) sentences are kept whole.

The `recall` section of the JSON measures what the extractor misses: `recall-draw` draws a
seeded set of sentences from the named sources (equal shares, mixed) that hold a digit, a
number word, a month or weekday name or a relative-date word, stored unjudged (offsets, and
the sentence for sources that may be kept); every figure and date in them is then marked by
hand as `gold` spans (kind, document offsets, words, and a `form` class such as "written
number" or "relative date") before any extractor output is looked at. `recall-show` prints
the drawn sentences (rebuilt from the sources) for marking; `recall` prints, for each mention
list, recall per kind and form and every gold span no mention of its kind overlaps, and the
mentions inside the drawn sentences that no gold span overlaps (candidate false positives).

    python tools/facts_audit.py collect --out MENTIONS.jsonl [--code DIR] [--max-conll N]
        [--sources conll,meantime,ecb]
    python tools/facts_audit.py sample --mentions MENTIONS.jsonl --seed 1 --figures 250 --dates 250
    python tools/facts_audit.py sample --mentions M.jsonl --name third --seed 3 --figures 150 \
        --dates 150 --sources conll,meantime,ecb
    python tools/facts_audit.py score --mentions MENTIONS.jsonl [--mentions OLD.jsonl]
    python tools/facts_audit.py recall-draw --seed 4 --n 80 --sources conll,meantime,ecb
    python tools/facts_audit.py recall-draw --seed 5 --n 80 --add
    python tools/facts_audit.py recall-show
    python tools/facts_audit.py recall --mentions MENTIONS.jsonl
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


SOURCES = ("timebank", "aquaint", "conll", "pages", "meantime", "ecb")
KEPT_TEXT = frozenset(["pages", "meantime", "ecb"])
"""Sources whose sentences may be kept in the JSON (Apache-2.0 pages, CC BY news)."""
MEANTIME = ROOT / "tests" / "data" / "facts_meantime.json"
ECB_ODD = ROOT / "tests" / "data" / "ecbplus-odd"


def meantime_articles() -> Iterator[tuple[str, str | None, str]]:
    """(name, creation date, whole text) of MEANTIME's dev-half articles."""
    data = json.loads(MEANTIME.read_text(encoding="utf-8"))
    for it in data["items"]:
        if it["split"] == "dev":
            yield f"meantime-{it['doc']}", it["date"], it["text"]


def ecb_files() -> list[Path]:
    """ECB+ odd-topic articles of the dev half (the split of tests/data/facts_ecbdates.json)."""
    from tools.facts_devsets import hash_split

    return [f for f in sorted(ECB_ODD.glob("*.txt")) if hash_split(f.stem) == "dev"]


def documents(sources: tuple[str, ...], max_conll: int) -> Iterator[tuple[str, str, Any, Any]]:
    """(source, article name, Document, TimeBank article or None) of every source named."""
    import readers
    from tools.facts_timebank import load_articles

    for corpus in ("TimeBank", "AQUAINT"):
        if corpus.lower() not in sources:
            continue
        for a in load_articles(corpus=corpus):
            if a.split == "dev":
                doc = readers.build_document(a.text, a.name, date=a.dct, guess_headings=False)
                yield corpus.lower(), a.name, doc, a
    if "conll" in sources:
        for name, date, text in conll_articles(max_conll):
            doc = readers.build_document(text, name, date=date, guess_headings=False)
            yield "conll", name, doc, None
    if "pages" in sources:
        for name, doc in page_documents():
            yield "pages", name, doc, None
    if "meantime" in sources:
        for name, date, text in meantime_articles():
            yield "meantime", name, readers.build_document(text, name, date=date), None
    if "ecb" in sources:
        for file in ecb_files():
            yield "ecb", f"ecb-{file.stem}", readers.read(file), None


def collect(out: Path, max_conll: int, sources: tuple[str, ...] = SOURCES) -> None:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for source, name, doc, article in documents(sources, max_conll):
            for row in _mentions(source, name, doc, article):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
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
    if m["source"] in KEPT_TEXT:
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
        spans, listed = defaultdict(list), {m["source"] for m in mentions}
        for m in mentions:
            spans[m["article"], m["kind"]].append((m["start"], m["end"]))
        for s in audit["samples"]:
            tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
            gone: Counter[str] = Counter()
            for it in s["items"]:
                if it["judgement"] and it["source"] in listed and mention_id(it) not in ids:
                    moved = any(a < it["end"] and it["start"] < b
                                for a, b in spans[it["article"], it["kind"]])  # fmt: skip
                    ok = "ok" if it["judgement"] == "ok" else "wrong"
                    gone[f"{it['kind']} {ok} {'span changed' if moved else 'gone'}"] += 1
                if it["judgement"] is None or mention_id(it) not in ids:
                    continue
                ok = it["judgement"] == "ok"
                for key in ((it["kind"], it["source"]), (it["kind"], "all")):
                    tally[key]["ok" if ok else "wrong"] += 1
            for (kind, source), c in sorted(tally.items()):
                n = c["ok"] + c["wrong"]
                print(f"{p.name} {s['name']} {kind:6} {source:9} P {c['ok'] / n:.3f} "
                      f"({c['ok']}/{n})")  # fmt: skip
            if gone:
                print(f"{p.name} {s['name']} judged mentions not in this list (not scored): "
                      + ", ".join(f"{k} {v}" for k, v in sorted(gone.items())))  # fmt: skip


ABOUT = (
    "Precision audit of samestory's figures and dates on unlabelled development news "
    "(tools/facts_audit.py): random samples of the figure and date mentions facts.facts finds "
    "in the TimeBank dev half, AQUAINT, CoNLL-2003 eng.train prose sentences and the English "
    "readability/trafilatura test pages not in facts_newspages.json (samples 'first', "
    "'second'), and in news only: CoNLL eng.train, the MEANTIME dev half and the ECB+ odd-topic "
    "dev half (sample 'third'). Each mention is judged by "
    "our own reading against the README's definitions: 'ok' when the mention is a figure "
    "(a number a reader compares) or a date (a point or calendar period, absolute or anchored "
    "on the article date), else the error category; 'note' marks a right mention with a wrong "
    "value or span. 'recall': sentences drawn from the same news sources that hold a digit, "
    "number word, month, weekday or relative-date word, every figure and date in them marked "
    "by hand ('gold', with a 'form' class) before the extractor's output was looked at. "
    "CoNLL, TimeBank and AQUAINT text is not "
    "redistributed: those items keep only the article, offsets and the mention's words."
)


_NUMERIC = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|dozen|half|first|second|third|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|today|yesterday|tomorrow|tonight|ago|last|next|earlier|later|"
    r"week|month|year|decade|morning|evening|night|weekend)\b",
    re.IGNORECASE,
)
"""A sentence that may hold a figure or a date: a digit, a number word, a month or weekday
name, or a relative-date word (the recall set is drawn among these)."""


def _recall_sentences(sources: tuple[str, ...], max_conll: int) -> Iterator[dict[str, Any]]:
    for source, name, doc, _ in documents(sources, max_conll):
        for s in doc.sentences:
            if _NUMERIC.search(s.text) and len(s.text.split()) >= 5:
                yield {"source": source, "article": name, "start": s.start,
                       "end": s.start + len(s.text), "sentence": s.text}  # fmt: skip


def draw(seed: int, n: int, sources: tuple[str, ...], max_conll: int, add: bool = False) -> None:
    """Store a seeded draw of `n` candidate sentences, equal shares per source, unjudged;
    with `add`, append them to the recall set, leaving out sentences already in it."""
    audit = _load_audit()
    rec = audit.get("recall") if add else None
    have = {(it["article"], it["start"]) for it in rec["items"]} if rec else set()
    rng = random.Random(seed)
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _recall_sentences(sources, max_conll):
        if (row["article"], row["start"]) not in have:
            by_source[row["source"]].append(row)
    items = []
    for source, k in _even(n, sources).items():
        for row in rng.sample(by_source[source], k):
            if source not in KEPT_TEXT:
                row = {k: v for k, v in row.items() if k != "sentence"}
            items.append({**row, "gold": None})
    rng.shuffle(items)
    if rec:
        rec["draws"].append({"seed": seed, "n": n})
        rec["items"].extend(items)
    else:
        audit["recall"] = {"draws": [{"seed": seed, "n": n}], "sources": list(sources),
                           "max_conll": max_conll, "items": items}  # fmt: skip
    AUDIT.write_text(json.dumps(audit, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"recall: {len(audit['recall']['items'])} sentences", file=sys.stderr)


def show_sentences(max_conll: int) -> None:
    """Print the recall set's sentences (rebuilt from their sources), numbered, for marking."""
    rec = _load_audit()["recall"]
    wanted = {(it["article"], it["start"]) for it in rec["items"]}
    texts = {(r["article"], r["start"]): r["sentence"]
             for r in _recall_sentences(tuple(rec["sources"]), rec["max_conll"])
             if (r["article"], r["start"]) in wanted}  # fmt: skip
    for i, it in enumerate(rec["items"]):
        text = texts.get((it["article"], it["start"]), "MISSING")
        print(f"{i} {it['source']} {it['article']} @{it['start']}: {' '.join(text.split())}")


def recall(paths: list[Path]) -> None:
    """Recall per kind and form of the hand-marked spans, the misses, and the mentions inside
    the drawn sentences that no gold span of their kind overlaps."""
    items = [it for it in _load_audit()["recall"]["items"] if it["gold"] is not None]
    for p in paths:
        by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for m in load_mentions(p):
            by_article[m["article"]].append(m)
        found: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        misses, extras = [], []
        for it in items:
            inside = [m for m in by_article[it["article"]]
                      if it["start"] <= m["start"] < it["end"]]  # fmt: skip
            for g in it["gold"]:
                hit = any(m["kind"] == g["kind"] and m["start"] < g["end"] and g["start"] < m["end"]
                          for m in inside)  # fmt: skip
                for key in ((g["kind"], "all"), (g["kind"], g.get("form", "?"))):
                    found[key]["hit" if hit else "miss"] += 1
                if not hit:
                    misses.append(f"{g['kind']:6} {g.get('form', '?'):22} {g['text']!r} "
                                  f"({it['article']})")  # fmt: skip
            for m in inside:
                if not any(g["kind"] == m["kind"] and m["start"] < g["end"] and g["start"] < m["end"]
                           for g in it["gold"]):  # fmt: skip
                    extras.append(f"{m['kind']:6} {m['text']!r} = {m['key']} ({it['article']})")
        print(f"{p.name}: {len(items)} sentences")
        for kind in KINDS:
            n = sum(m["kind"] == kind for it in items for m in by_article[it["article"]]
                    if it["start"] <= m["start"] < it["end"])  # fmt: skip
            wrong = sum(line.startswith(kind) for line in extras)
            print(f"  {kind:6} precision {(n - wrong) / max(n, 1):.3f} ({n - wrong}/{n} mentions)")
        for (kind, form), c in sorted(found.items()):
            n = c["hit"] + c["miss"]
            print(f"  {kind:6} {form:22} R {c['hit'] / n:.3f} ({c['hit']}/{n})")
        print("  missed:", *sorted(misses), sep="\n    ")
        print("  found outside the marked spans:", *sorted(extras), sep="\n    ")


def _sources(value: str) -> tuple[str, ...]:
    names = tuple(v for v in value.split(",") if v)
    unknown = sorted(set(names) - set(SOURCES))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown source {unknown[0]!r}: use {','.join(SOURCES)}")
    return names


def _even(total: int, sources: tuple[str, ...]) -> dict[str, int]:
    """`total` shared among `sources`, the first ones taking the remainder."""
    q, r = divmod(total, len(sources))
    return {src: q + (i < r) for i, src in enumerate(sources)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--code", type=Path, help="checkout whose facts package to run")
    c.add_argument("--max-conll", type=int, default=400)
    c.add_argument("--sources", type=_sources, default=SOURCES)
    for name in ("sample", "show", "score"):
        p = sub.add_parser(name)
        p.add_argument("--mentions", type=Path, action="append", required=True)
        p.add_argument("--name", default="first")
        p.add_argument("--seed", type=int, default=1)
        p.add_argument("--figures", type=int, default=250)
        p.add_argument("--dates", type=int, default=250)
        p.add_argument("--sources", type=_sources, help="share quotas equally among these")
    d = sub.add_parser("recall-draw")
    d.add_argument("--seed", type=int, default=4)
    d.add_argument("--n", type=int, default=80)
    d.add_argument("--sources", type=_sources, default=("conll", "meantime", "ecb"))
    d.add_argument("--max-conll", type=int, default=946)
    d.add_argument("--add", action="store_true", help="append to the recall set")
    r = sub.add_parser("recall-show")
    r.add_argument("--max-conll", type=int, default=946)
    r = sub.add_parser("recall")
    r.add_argument("--mentions", type=Path, action="append", required=True)
    args = parser.parse_args()
    sys.path.insert(0, str(args.code or ROOT) if args.cmd == "collect" else str(ROOT))
    if args.cmd == "collect":
        if args.code:
            sys.path.insert(1, str(ROOT))
        collect(args.out, args.max_conll, args.sources)
    elif args.cmd == "sample":
        f, d = args.figures, args.dates
        if args.sources:
            quota = {"figure": _even(f, args.sources), "date": _even(d, args.sources)}
        else:
            quota = {"figure": {"pages": f * 2 // 5, "conll": f // 5, "timebank": f // 5,
                                "aquaint": f - f * 2 // 5 - 2 * (f // 5)},
                     "date": {"pages": d // 2, "conll": d - d // 2}}  # fmt: skip
        sample(args.mentions, args.seed, quota, args.name)
    elif args.cmd == "show":
        show(args.mentions, args.name)
    elif args.cmd == "score":
        score(args.mentions)
    elif args.cmd == "recall-draw":
        draw(args.seed, args.n, args.sources, args.max_conll, args.add)
    elif args.cmd == "recall-show":
        show_sentences(args.max_conll)
    else:
        recall(args.mentions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
