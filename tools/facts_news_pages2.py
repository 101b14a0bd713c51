"""Build tests/data/facts_newspages2.json: a second set of figures and dates in sentences of
real English news pages, read as samestory reads them, with spans labelled by hand.

Pages: the HTML pages of scrapinghub/article-extraction-benchmark (`html/<sha256>.html.gz`,
commit 4a3bc979, MIT licence; 181 article pages of news sites and blogs), read from a
fetched bare git directory. The pages are taken in the order of their file names (SHA-256
hex, so in no order of site or topic); a page is kept when py3langid reads its candidate
sentences (joined) as English and it has at least one, until `MAX_PAGES` pages are kept.
Candidate sentences are those of `tools.facts_news_pages.page_sentences` (content sentences
of `readers.read`, not boilerplate, not headings, at most 400 characters, holding a digit, a
number word, a month or weekday name or a relative-date word), the first `PER_PAGE` of each
page kept. A page's sentences go to "dev" (looked at) or "heldout" (only measured) by the
SHA-1 of the page name (`tools.facts_devsets.hash_split`). Each item keeps the page's URL
from the benchmark's `ground-truth.json`.

The gold spans (`figure` or `date`, and `ignore` for list markers) are our own reading, added
by hand to the JSON by the same definitions as tests/data/facts_newspages.json; running this
again keeps the spans of every sentence whose page and text are unchanged. Run:

    python tools/facts_news_pages2.py [--benchmark-git DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.semantic.multilingual_languages import classify  # noqa: E402
from tools.facts_devsets import hash_split  # noqa: E402
from tools.facts_news_pages import ABOUT as FIRST_ABOUT  # noqa: E402
from tools.facts_news_pages import PER_PAGE, page_sentences, write_set  # noqa: E402

OUT = ROOT / "tests" / "data" / "facts_newspages2.json"
DEFAULT_GIT = Path("/work/.mirror/scrapinghub+article-extraction-benchmark/repo")
COMMIT = "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010"
MAX_PAGES = 40
PREFIX = "aeb:"
"""Page names: this prefix and the first 16 hex digits of the benchmark's file name."""

ABOUT = (
    "Sentences of real English news pages from scrapinghub/article-extraction-benchmark "
    f"(html/*.html.gz, commit {COMMIT[:8]}, MIT licence; short sentences quoted for research, "
    "the pages keep their publishers' copyright), read with samestory's readers.read: the "
    f"first {MAX_PAGES} pages in file-name order that py3langid reads as English, content "
    "sentences holding a digit, number word, month or weekday name or relative-date word, "
    f"the first {PER_PAGE} of each page. Labels follow the definitions of "
    "facts_newspages.json: " + FIRST_ABOUT.split("Gold spans are ", 1)[1]
)


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def build(git_dir: Path) -> dict[str, Any]:
    return {"about": ABOUT, "items": page_items(git_dir, COMMIT, OUT, set(), MAX_PAGES)}


def page_items(git_dir: Path, commit: str, out: Path, skip: set[str], max_pages: int,
               entities: bool = False) -> list[dict[str, Any]]:  # fmt: skip
    """The candidate sentences of the first `max_pages` English pages of `commit` in
    file-name order, pages named in `skip` left out, each keeping the labels (and, with
    `entities`, the name labels) that `out` gives the same page and text."""
    old: dict[tuple[str, str], dict[str, Any]] = {}
    if out.exists():
        for it in json.loads(out.read_text(encoding="utf-8"))["items"]:
            old[(it["page"], it["text"])] = it
    urls = json.loads(_git(git_dir, "show", f"{commit}:ground-truth.json"))
    names = _git(git_dir, "ls-tree", "--name-only", f"{commit}:html").decode().split()
    items: list[dict[str, Any]] = []
    pages = 0
    for name in sorted(names):
        if pages == max_pages:
            break
        key = name.split(".")[0]
        page = PREFIX + key[:16]
        if page in skip:
            continue
        html = gzip.decompress(_git(git_dir, "show", f"{commit}:html/{name}"))
        date, sentences = page_sentences(html)
        if not sentences or classify(" ".join(sentences)) != "en":
            continue
        pages += 1
        for text in sentences[:PER_PAGE]:
            labels = old.get((page, text), {})
            item = {"page": page, "url": urls.get(key, {}).get("url"), "split": hash_split(page),
                    "date": date, "text": text, "gold": labels.get("gold", [])}  # fmt: skip
            if entities:
                item["entities"] = labels.get("entities", [])
            if labels.get("ignore"):
                item["ignore"] = labels["ignore"]
            items.append(item)
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark-git", type=Path, default=DEFAULT_GIT)
    args = parser.parse_args()
    write_set(build(args.benchmark_git), OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
