"""Build tests/data/facts_newspages3.json: a third set of sentences of real English news pages,
read as samestory reads them, with figures, dates and names labelled by hand.

Pages: the HTML pages of scrapinghub/article-extraction-benchmark (`html/<sha256>.html.gz`,
commit 4a3bc979, MIT licence), read from a fetched bare git directory, by the rule of
`tools/facts_news_pages2.py`: file-name order, a page kept when py3langid reads its candidate
sentences (joined) as English and it has at least one; the pages of facts_newspages2.json are
skipped, and the next `MAX_PAGES` kept. Candidate sentences, `PER_PAGE`, the dev/heldout split
by the SHA-1 of the page name and the page URL are those of the second set.

Each item has the second set's figure and date spans (`gold`, with `ignore` for list markers),
and `entities`: people, organisations and places by CoNLL-2003 conventions (kinds `person`,
`organisation`, `place`; proper names only; nationalities, events, products and works are
MISC and not labelled; titles are not part of a name). All are our own reading, added by hand
to the JSON before samestory's extractor ran on these sentences; running this again keeps the
labels of every sentence whose page and text are unchanged. Run:

    python tools/facts_news_pages3.py [--benchmark-git DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.facts_news_pages import ABOUT as FIRST_ABOUT  # noqa: E402
from tools.facts_news_pages import PER_PAGE, write_set  # noqa: E402
from tools.facts_news_pages2 import COMMIT, DEFAULT_GIT, page_items  # noqa: E402
from tools.facts_news_pages2 import OUT as SECOND_SET  # noqa: E402

OUT = ROOT / "tests" / "data" / "facts_newspages3.json"
MAX_PAGES = 40

ABOUT = (
    "Sentences of real English news pages from scrapinghub/article-extraction-benchmark "
    f"(html/*.html.gz, commit {COMMIT[:8]}, MIT licence; short sentences quoted for research, "
    "the pages keep their publishers' copyright), read with samestory's readers.read: in "
    "file-name order, the pages of facts_newspages2.json skipped, the next "
    f"{MAX_PAGES} pages that py3langid reads as English, content sentences holding a digit, "
    "number word, month or weekday name or relative-date word, the first "
    f"{PER_PAGE} of each page. `entities`: people, organisations and places (kinds person, "
    "organisation, place) by CoNLL-2003 conventions: proper names only, nationalities, "
    "events, products and works are MISC and not labelled, 'U.S.' is a place, a company an "
    "organisation, titles are not part of a person's name. `gold` (figure, date) follows "
    "the definitions of facts_newspages.json: " + FIRST_ABOUT.split("Gold spans are ", 1)[1]
)


def second_set_pages() -> set[str]:
    """The page names of facts_newspages2.json, which this set skips."""
    return {it["page"] for it in json.loads(SECOND_SET.read_text(encoding="utf-8"))["items"]}


def build(git_dir: Path, commit: str = COMMIT, out: Path = OUT) -> dict[str, Any]:
    """The set from the pages of `commit` in `git_dir`, keeping the labels of `out`."""
    items = page_items(git_dir, commit, out, second_set_pages(), MAX_PAGES, entities=True)
    return {"about": ABOUT, "items": items}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark-git", type=Path, default=DEFAULT_GIT)
    args = parser.parse_args()
    write_set(build(args.benchmark_git), OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
