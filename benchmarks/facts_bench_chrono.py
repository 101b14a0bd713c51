"""chrono's English test cases (tests/data/facts_chrono.json, `tools/facts_chrono.py`): each
text has one date, found when a date a system reports overlaps the span the test expects (or,
when the test names none, lies anywhere in the text); a text the tests say has no date makes
any date found there false. For cases with a stated value, the value a system gives the span
is scored at the test's grain (day, month or year) and, where the test states the first day of a
period ("this year", "last week"), as a period of ours that holds it ("within"). Systems: samestory's facts, spaCy's
DATE/TIME spans with dateparser's values, both anchored on the case's reference date, and
dateparser's own search (spans only) (`--only chrono`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facts_bench_scoring import dateparser_only
from facts_bench_values import Valued, ours_valued, spacy_dateparser_valued

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def chrono_cases() -> list[dict[str, Any]]:
    items = json.loads((DATA / "facts_chrono.json").read_text(encoding="utf-8"))["items"]
    return list(items)


def _dateparser_valued(cases: list[dict[str, Any]]) -> list[Valued]:
    preds = dateparser_only([{"text": c["text"], "date": c["date"]} for c in cases], ("date",))
    return [[(p[0], p[1], None) for p in found] for found in preds]


def _contains(value: str | None, gold: str) -> bool:
    """True when `value` is `gold` or a period holding it (a year, month, ISO week, quarter or
    "start/end"): chrono states the first day of "this year", "last week", "in August"."""
    if not value:
        return False
    if value == gold or (gold.startswith(value) and len(value) in (4, 7)):
        return True
    try:
        day = dt.date.fromisoformat(gold) if len(gold) == 10 else None
        if day is None:
            return False
        if "/" in value:
            lo, hi = value.split("/")
            return lo[:10] <= gold <= hi[:10]
        if "-W" in value:
            year, week = value.split("-W")
            return day.isocalendar()[:2] == (int(year), int(week))
        if "-Q" in value:
            year, q = value.split("-Q")
            return day.year == int(year) and (day.month - 1) // 3 + 1 == int(q)
    except ValueError:
        return False
    return False


def _window(case: dict[str, Any]) -> tuple[int, int]:
    if case["span"] is None:
        return 0, len(case["text"])
    start = case["text"].index(case["span"])
    return start, start + len(case["span"])


def report_chrono(show_dev: bool) -> None:
    cases = chrono_cases()
    systems: dict[str, Callable[[list[dict[str, Any]]], list[Valued]]] = {
        "samestory facts": ours_valued,
        "spaCy+dateparser": spacy_dateparser_valued,
        "dateparser-only": _dateparser_valued,
    }
    print("\n== dates: chrono's English test cases (found = a date over the expected span; value "
          "at the test's grain; texts with no date)")  # fmt: skip
    print(f"{'system':22} {'split':8} {'found':>6} {'of':>5} {'R':>6} {'value':>7} {'within':>6} "
          f"{'of':>5} {'false on no-date texts':>22}")  # fmt: skip
    for split in ("dev",) if show_dev else ("dev", "heldout"):
        part = [c for c in cases if c["split"] == split]
        for name, run in systems.items():
            found = run(part)
            hit = []
            for c, f in zip(part, found, strict=True):
                lo, hi = _window(c)
                hit.append([(a, b, v) for a, b, v in f if a < hi and lo < b])
            positive = [(c, h) for c, h in zip(part, hit, strict=True) if not c["negative"]]
            valued = [(c, h) for c, h in positive if c["value"]]
            right = [c for c, h in valued if any(v == c["value"] for *_, v in h)]
            within = [c for c, h in valued if any(_contains(v, c["value"]) for *_, v in h)]
            false = [c for c, f in zip(part, found, strict=True) if c["negative"] and f]
            hits = sum(bool(h) for _, h in positive)
            value_cell = (
                f"{len(right):7} {len(within):6} {len(valued):5}"
                if name != "dateparser-only"
                else f"{'—':>7} {'—':>6} {'':5}"
            )
            print(f"{name:22} {split:8} {hits:6} {len(positive):5} {hits / len(positive):6.3f} "
                  f"{value_cell} {len(false):12} of {sum(c['negative'] for c in part):<3}")  # fmt: skip
            if show_dev and name == "samestory facts":
                for c, h in positive:
                    if not h:
                        print(f"  MISS   {c['span'] or '*'!r:28} | {c['text']!r}")
                    elif c["value"] and not any(_contains(v, c["value"]) for *_, v in h):
                        print(f"  VALUE  {c['text']!r} gold {c['value']} ({c['date']}) ours "
                              f"{[c['text'][a:b] + '=' + str(v) for a, b, v in h]}")  # fmt: skip
                for c, f in zip(part, found, strict=True):
                    if c["negative"] and f:
                        print(f"  FP     {[c['text'][a:b] for a, b, _ in f]} | {c['text']!r}")
