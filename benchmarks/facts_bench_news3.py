"""The third hand-labelled news-page set in the facts benchmark (tests/data/facts_newspages3.json,
pages of scrapinghub/article-extraction-benchmark, MIT, built by tools/facts_news_pages3.py):
its loader and its report. Figures and dates are scored as the second set's (overlapping
span); people, organisations and places by exact span and type, as CoNLL is scored."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_bench_data import DATA, ENTITY_KINDS, Item, Pred, newspage_items
from facts_bench_scoring import report, report_dates

NAME = "facts_newspages3.json"
TITLE = "news pages 3 (article-extraction-benchmark), hand-labelled"


def newspage3_items() -> list[Item]:
    """The set's sentences as `newspage_items` reads them (figure and date gold, `ignore`
    spans), each with its hand-labelled names as `entities` (start, end, kind) and its
    `page`."""
    items = newspage_items(NAME)
    raw = json.loads((DATA / NAME).read_text(encoding="utf-8"))["items"]
    for item, it in zip(items, raw, strict=True):
        item["entities"] = [(e["start"], e["end"], e["kind"]) for e in it["entities"]]
        item["page"] = it["page"]
    return items


def report_news_pages3(figure_systems: dict[str, Callable[..., list[Pred]]],
                       date_systems: dict[str, Callable[..., list[Pred]]],
                       entity_systems: dict[str, Callable[..., list[Pred]]]) -> None:  # fmt: skip
    """Figures (overlapping span, parts of one expected range not false), dates (relaxed and
    strict, as `report_dates`) and names (exact span and type) of the third set."""
    items = newspage3_items()
    report(f"figures: {TITLE}, parts of one expected range not false", items, figure_systems,
           ("figure",), exact=False, parts=True)  # fmt: skip
    dates = [{**it, "gold": [g for g in it["gold"] if g[2] == "date"]} for it in items]
    report_dates(TITLE, dates, date_systems)
    names = [{**it, "gold": it["entities"], "ignore": []} for it in items]
    report(f"people, organisations, places: {TITLE}", names, entity_systems, ENTITY_KINDS,
           exact=True)  # fmt: skip
