"""Duckling's English time phrases (tests/data/facts_duckling.json, `tools/facts_duckling.py`):
each example is a whole phrase naming a time, so a system finds it when a date it reports
overlaps the phrase; its negative examples name none, so a date found there is false. For the
examples with one calendar value, the value a system gives the phrase is scored at Duckling's
grain (day, week, month, quarter, year). Systems: samestory's facts and spaCy's DATE/TIME spans
with dateparser's values, both anchored on the corpus's reference date (`--only duckling`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facts_bench_values import Valued, ours_valued, spacy_dateparser_valued

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def duckling_cases() -> list[dict[str, Any]]:
    return json.loads((DATA / "facts_duckling.json").read_text(encoding="utf-8"))["items"]


def report_duckling(show_dev: bool) -> None:
    cases = duckling_cases()
    systems: dict[str, Callable[[list[dict[str, Any]]], list[Valued]]] = {
        "samestory facts": ours_valued,
        "spaCy+dateparser": spacy_dateparser_valued,
    }
    print("\n== dates: Duckling's English time phrases (found = a date over the phrase; value at "
          "Duckling's grain; negative phrases name no time)")  # fmt: skip
    print(f"{'system':22} {'split':8} {'found':>6} {'of':>5} {'R':>6} {'right value':>11} "
          f"{'of':>5} {'false on negatives':>18}")  # fmt: skip
    splits = ("dev",) if show_dev else ("dev", "heldout")
    for split in splits:
        part = [c for c in cases if c["split"] == split]
        for name, run in systems.items():
            found = run(part)
            positive = [(c, f) for c, f in zip(part, found, strict=True) if not c["negative"]]
            hits = [(c, f) for c, f in positive if f]
            valued = [(c, f) for c, f in positive if c["value"]]
            right = [(c, f) for c, f in valued if any(v == c["value"] for *_, v in f)]
            false = [c for c, f in zip(part, found, strict=True) if c["negative"] and f]
            print(f"{name:22} {split:8} {len(hits):6} {len(positive):5} "
                  f"{len(hits) / len(positive):6.3f} {len(right):11} {len(valued):5} "
                  f"{len(false):8} of {sum(c['negative'] for c in part):<3}")  # fmt: skip
            if show_dev and name == "samestory facts":
                for c, f in positive:
                    if not f:
                        print(f"  MISS   {c['text']!r}")
                    elif c["value"] and not any(v == c["value"] for *_, v in f):
                        print(f"  VALUE  {c['text']!r} gold {c['value']} ours "
                              f"{[c['text'][a:b] + '=' + str(v) for a, b, v in f]}")  # fmt: skip
                for c in false:
                    print(f"  FP     {c['text']!r}")


def report_duckling_figures(show_dev: bool) -> None:
    """Duckling's amount, distance, quantity, temperature, volume and numeral phrases
    (tests/data/facts_duckling_figures.json): found when a figure overlaps the phrase."""
    from facts_bench_scoring import ours, quantulum_only, spacy_only

    cases = json.loads((DATA / "facts_duckling_figures.json").read_text(encoding="utf-8"))["items"]
    items = [{"text": c["text"], "date": None} for c in cases]
    print("\n== figures: Duckling's number, money and measure phrases (found = a figure over the "
          "phrase)")  # fmt: skip
    print(f"{'system':22} {'split':8} {'found':>6} {'of':>5} {'R':>6}")
    systems = {"samestory facts": ours, "spaCy-only": spacy_only, "quantulum3-only": quantulum_only}
    for name, run in systems.items():
        found = run(items, ("figure",))
        for split in ("dev",) if show_dev else ("dev", "heldout"):
            part = [(c, f) for c, f in zip(cases, found, strict=True)
                    if c["split"] == split and not c["negative"]]  # fmt: skip
            hits = sum(bool(f) for _, f in part)
            print(f"{name:22} {split:8} {hits:6} {len(part):5} {hits / len(part):6.3f}")
            if show_dev and name == "samestory facts":
                for c, f in part:
                    if not f:
                        print(f"  MISS   {c['corpus']:13} {c['text']!r}")
