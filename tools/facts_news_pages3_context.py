"""Build tests/data/facts_newspages3_pages.json: the whole pages behind the sentences of
tests/data/facts_newspages3.json, so that names can be scored the way the reader finds them,
with the rest of the article around each labelled sentence (a surname alone after the full
name, one company named several ways, a product named by its maker a few lines earlier).

Each page of the labelled set is read again from the same HTML (scrapinghub/
article-extraction-benchmark, commit 4a3bc979, MIT licence; the pages keep their publishers'
copyright and are stored for research, as the sentence sets are) with `readers.read`, as
`samestory PAGE.html` reads it. Stored per page: the document text, its title, date and
outlet, and the spans of its headings and boilerplate, which is what `readers.build_document`
needs to give back the same sentences (`page_document`). No label is added: the labels stay
those of the sentence set, and a page whose labelled sentences are not all found again is an
error. Run:

    python tools/facts_news_pages3_context.py [--benchmark-git DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import readers  # noqa: E402
from tools.facts_news_pages2 import COMMIT, DEFAULT_GIT, PREFIX, _git  # noqa: E402
from tools.facts_news_pages3 import OUT as SENTENCES  # noqa: E402

OUT = ROOT / "tests" / "data" / "facts_newspages3_pages.json"


def normalised(text: str) -> tuple[str, list[int]]:
    """`text` with each run of white space made one space and the ends trimmed (as the
    sentence set stores sentences), and for each of its characters the offset in `text`."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            space = bool(out)
            continue
        if space:
            out.append(" ")
            where.append(i - 1)
            space = False
        out.append(ch)
        where.append(i)
    return "".join(out), where


def page_document(page: dict[str, Any], name: str) -> readers.Document:
    """The stored page as the `Document` `readers.read` made of it."""
    return readers.build_document(
        page["text"],
        name,
        title=page.get("title"),
        outlet=page.get("outlet"),
        date=page.get("date"),
        fmt="html",
        headings=[readers.Span(a, b) for a, b in page["headings"]],
        boilerplate=[readers.Span(a, b) for a, b in page["boilerplate"]],
        guess_headings=False,
    )


def _stored(doc: readers.Document) -> dict[str, Any]:
    return {
        "title": doc.title,
        "outlet": doc.outlet,
        "date": doc.date,
        "text": doc.text,
        "headings": [[s.start, s.end] for s in doc.sentences if s.heading],
        "boilerplate": [[s.start, s.end] for s in doc.boilerplate],
    }


def _same_sentences(a: readers.Document, b: readers.Document) -> bool:
    def key(d: readers.Document) -> list[tuple[int, int, bool, bool]]:
        return [(s.start, s.end, s.boilerplate, s.heading) for s in d.sentences]

    return key(a) == key(b)


def build(git_dir: Path, commit: str = COMMIT) -> dict[str, Any]:
    """Every page of the sentence set, read from `commit` in `git_dir`."""
    items = json.loads(SENTENCES.read_text(encoding="utf-8"))["items"]
    wanted: dict[str, list[str]] = {}
    for it in items:
        wanted.setdefault(it["page"], []).append(it["text"])
    names = _git(git_dir, "ls-tree", "--name-only", f"{commit}:html").decode().split()
    by_page = {PREFIX + n.split(".")[0][:16]: n for n in names}
    pages: dict[str, Any] = {}
    for page, texts in wanted.items():
        html = gzip.decompress(_git(git_dir, "show", f"{commit}:html/{by_page[page]}"))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "page.html"
            path.write_bytes(html)
            doc = readers.read(path)
        stored = _stored(doc)
        if not _same_sentences(doc, page_document(stored, page)):
            raise SystemExit(f"{page}: the stored text does not give back the same sentences")
        found = {normalised(s.text)[0] for s in doc.sentences}
        missing = [t for t in texts if t not in found]
        if missing:
            raise SystemExit(f"{page}: labelled sentence not found again: {missing[0][:60]!r}")
        pages[page] = stored
    return {
        "about": (
            "Whole pages behind the sentences of facts_newspages3.json (scrapinghub/"
            f"article-extraction-benchmark html/*.html.gz, commit {COMMIT[:8]}, MIT licence; "
            "the pages keep their publishers' copyright), read with samestory's readers.read: "
            "document text, title, outlet, date, heading and boilerplate spans. No labels."
        ),
        "pages": pages,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark-git", type=Path, default=DEFAULT_GIT)
    args = parser.parse_args()
    data = build(args.benchmark_git)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(data['pages'])} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
