"""Build tests/data/facts_newspages.json: figures and dates in sentences of real English news
pages, read as samestory reads them, with spans labelled by hand.

Pages: mozilla/readability `test/test-pages/<name>/source.html` (commit ab4027a8) and
adbar/trafilatura `tests/cache/<name>` (commit e90b0ef5), both Apache-2.0 repositories, read
from fetched bare git directories. Each page goes through `readers.read` on a temporary file
(as `samestory PAGE.html` does); its content sentences (not boilerplate, not headings) that
hold a digit, a number word, a month or weekday name or a relative-date word are candidates,
the first `PER_PAGE` of each page kept, pages in the order of `PAGES`. A page's sentences go
to "dev" (looked at) or "heldout" (only measured) by the SHA-1 of the page name
(`tools.facts_devsets.hash_split`).

The gold spans (`figure` or `date`) are our own reading, added by hand to the JSON; running
this again keeps the spans (gold and ignore) of every sentence whose page and text are
unchanged. The
labelling rules are in the JSON's "about" and in tests/data/SOURCES.md. Run:

    python tools/facts_news_pages.py [--readability-git DIR] [--trafilatura-git DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import readers  # noqa: E402
from tools.facts_devsets import hash_split  # noqa: E402

OUT = ROOT / "tests" / "data" / "facts_newspages.json"
READABILITY = ("ab4027a8", "test/test-pages/{}/source.html")
TRAFILATURA = ("e90b0ef5", "tests/cache/{}")
PAGES = [
    *(("readability", p) for p in (
        "aclu", "ars-1", "bbc-1", "breitbart", "buzzfeed-1", "citylab-1", "cnn", "engadget",
        "guardian-1", "herald-sun-1", "medicalnewstoday", "msn", "nytimes-1", "nytimes-2",
        "nytimes-3", "nytimes-4", "salon-1", "seattletimes-1", "telegraph", "theverge", "tmz-1", "wapo-1",
        "wapo-2", "yahoo-1", "yahoo-2", "yahoo-3",
    )),
    *(("trafilatura", p) for p in (
        "dw.com.colonial.html", "dw.com.uncork.html", "knowtechie.com.rally.html",
        "kulu-media.com.meta-outage.html",
        "reuters.com.parasite.html", "salon.com.emissions.html", "scmp.com.playbook.html",
        "theguardian.com.academics.html", "threatpost.com.android.html",
        "vancouversun.com.microsoft.html",
        "vice.com.amazon.html",
    )),
]  # fmt: skip
PER_PAGE = 7
MAX_CHARS = 400

_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion dozen "
    "dozens half quarter first second third fourth fifth sixth seventh eighth ninth tenth"
)
_DATE_WORDS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday today yesterday tomorrow tonight ago last next earlier later "
    "week weeks month months year years decade decades century weekend morning afternoon "
    "evening night recently"
)
CANDIDATE = re.compile(
    r"\d|\b(?:" + "|".join(_NUMBER_WORDS.split() + _DATE_WORDS.split()) + r")\b", re.IGNORECASE
)

ABOUT = (
    "Sentences of real English news pages (mozilla/readability test pages, commit ab4027a8, "
    "and adbar/trafilatura tests/cache, commit e90b0ef5; both Apache-2.0 repositories; short "
    "sentences quoted for research), read with samestory's readers.read, content sentences "
    "holding a digit, number word, month or weekday name or relative-date word, the first "
    f"{PER_PAGE} of each page. Split by the SHA-1 of the page name: dev (looked at), heldout "
    "(only measured). Gold spans are our own reading (hand labels, made before running the "
    "extractor), by samestory's README definitions. figure: a number a reader compares, the "
    "shortest natural span (number with its unit or counted noun: '3,200 refugees', "
    "'$1.2 billion', '40 percent', '10 to 20 tanks', 'three men', 'rose to 45'); ordinals only "
    "when they rank something ('second-largest', 'third place'), not 'first time'; not years, "
    "times of day, or numbers inside names and identifiers ('Apollo "
    "11', 'COVID-19', 'Section 8', phone and page numbers, model numbers). date: a point or "
    "calendar period, absolute or anchored on the article date ('May 3', 'Tuesday', 'last "
    "year', 'two days ago', '2019', 'the 1990s', 'this week', '9 p.m.'); not plain lengths "
    "('for three hours', 'a 10-year sentence'), repetitions ('every year'), 'now' or "
    "'recently'. A length with a number ('five-year', '72 hours') and an age ('35-year-old', "
    "'Parata, 75') are figures; a year is a date, never a figure. 'ignore' spans (list "
    "numbers '1. Finland', 'Lesson #1') are neither counted nor penalised."
)


def _git_show(git_dir: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout  # fmt: skip


def page_sentences(html: bytes) -> tuple[str | None, list[str]]:
    """The page's date and its candidate content sentences, read as `samestory PAGE` reads."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_bytes(html)
        doc = readers.read(path)
    out = []
    for s in doc.sentences:
        text = " ".join(s.text.split())
        if s.boilerplate or s.heading or len(text) > MAX_CHARS or not CANDIDATE.search(text):
            continue
        if text not in out:
            out.append(text)
    return doc.date, out


def build(repos: dict[str, Path]) -> dict[str, Any]:
    old: dict[tuple[str, str], dict[str, Any]] = {}
    if OUT.exists():
        for it in json.loads(OUT.read_text(encoding="utf-8"))["items"]:
            old[(it["page"], it["text"])] = it
    items = []
    for repo, name in PAGES:
        commit, pattern = READABILITY if repo == "readability" else TRAFILATURA
        page = f"{repo}:{name}"
        date, sentences = page_sentences(_git_show(repos[repo], commit, pattern.format(name)))
        for text in sentences[:PER_PAGE]:
            labels = old.get((page, text), {})
            item = {"page": page, "split": hash_split(page), "date": date, "text": text,
                    "gold": labels.get("gold", [])}  # fmt: skip
            if labels.get("ignore"):
                item["ignore"] = labels["ignore"]
            items.append(item)
    return {"about": ABOUT, "items": items}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readability-git", type=Path,
                        default=Path("/work/.mirror/mozilla+readability/repo"))  # fmt: skip
    parser.add_argument("--trafilatura-git", type=Path,
                        default=Path("/work/.mirror/adbar+trafilatura/repo"))  # fmt: skip
    args = parser.parse_args()
    data = build({"readability": args.readability_git, "trafilatura": args.trafilatura_git})
    write_set(data, OUT)
    return 0


def write_set(data: dict[str, Any], out: Path) -> None:
    """Write a labelled sentence set and say how large it is."""
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = len(data["items"])
    dev = sum(it["split"] == "dev" for it in data["items"])
    print(f"{out.relative_to(ROOT)}: {n} sentences ({dev} dev), "
          f"{len({it['page'] for it in data['items']})} pages")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
