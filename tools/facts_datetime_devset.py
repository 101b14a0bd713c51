"""Build tests/data/facts_datetimes.json: a date and time sentence set from Microsoft
Recognizers-Text's English DateTime model spec (`Specs/DateTime/English/DateTimeModel.json`,
MIT licence, Copyright (c) Microsoft Corporation), read from a fetched copy of
github:microsoft/Recognizers-Text (a bare git directory).

Each spec case is a sentence with its reference date-time (`Context.ReferenceDateTime`, kept as
the item's `date`, its day only) and the spans the reference (.NET) implementation finds, each
with its TIMEX values (a past and a future reading where the spec gives both) and its type:
date, time, datetime, daterange, timerange, datetimerange (points and stretches on the
calendar or clock: what a reader compares), duration and set ("for three hours", "every
Monday": not dates). Cases the .NET implementation does not support (`NotSupported` or
`NotSupportedByDesign` naming dotnet) are left out, as are spans whose offsets do not match the
sentence; cases with no span stay (a date found there is a false one).

Each item's `split` comes from a hash of its sentence (`tools.facts_devsets.hash_split`): "dev" (tuning) or "heldout" (measured
only).

It also builds tests/data/facts_datetime_extractors.json, a tuning set only: the cases of the
spec's English extractor files (`DateExtractor.json`, `TimePeriodExtractor.json`, ...: one
extractor's spans each, so only recall is scored), leaving out every sentence of the model
spec and every case that shares a span's words with a `heldout` span of the model spec, so the
held-out half stays unseen; and tests/data/facts_datetime_parsers.json, the same for the
parser specs (`DateParser.json`, ...), whose spans carry TIMEX values: a tuning set for date
values. Run:

    python tools/facts_datetime_devset.py [--recognizers-git DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.facts_devsets import DEFAULT_RECOGNIZERS, git_show, hash_split, write_set  # noqa: E402

DATA = ROOT / "tests" / "data"
OUTPUT = DATA / "facts_datetimes.json"
SPEC = "Specs/DateTime/English/DateTimeModel.json"
DATE_TYPES = frozenset(["date", "time", "datetime", "daterange", "timerange", "datetimerange"])
"""Span types that are dates for scoring; "duration" and "set" are kept as not-dates."""
OTHER_TYPES = frozenset(["duration", "set"])
EXTRACTORS_OUTPUT = DATA / "facts_datetime_extractors.json"
EXTRACTOR_SPECS = ("DateExtractor", "DatePeriodExtractor", "DateTimeExtractor",
                   "DateTimePeriodExtractor", "TimeExtractor", "TimePeriodExtractor",
                   "HolidayExtractor", "MergedExtractor")  # fmt: skip


def _supported(case: dict[str, Any]) -> bool:
    flags = f"{case.get('NotSupported', '')},{case.get('NotSupportedByDesign', '')}"
    return "dotnet" not in flags.lower()


def datetime_items(git_dir: Path) -> list[dict[str, Any]]:
    source = git_show(git_dir, SPEC)
    cases = json.loads(source.lstrip("\ufeff"))
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for case in cases:
        text = case["Input"]
        if text in seen or not _supported(case):
            continue
        seen.add(text)
        spans = []
        for r in case.get("Results") or []:
            kind = str(r.get("TypeName", "")).removeprefix("datetimeV2.")
            start, end = int(r["Start"]), int(r["End"]) + 1
            if kind not in DATE_TYPES | OTHER_TYPES:
                continue
            if text[start:end].lower() != r["Text"].lower():
                continue
            values = (r.get("Resolution") or {}).get("values") or []
            timex = list(dict.fromkeys(str(v.get("timex", "")) for v in values))
            spans.append({"start": start, "end": end, "type": kind, "surface": text[start:end],
                          "timex": timex})  # fmt: skip
        ref = (case.get("Context") or {}).get("ReferenceDateTime", "")
        out.append({"text": text, "date": ref[:10] or None, "spans": spans,
                    "split": hash_split(text)})  # fmt: skip
    return out


PARSERS_OUTPUT = DATA / "facts_datetime_parsers.json"
PARSER_SPECS = ("DateParser", "DatePeriodParser", "TimeParser", "DateTimeParser",
                "HolidayParser", "MergedParser", "TimePeriodParser", "DateTimePeriodParser")  # fmt: skip


def _unseen_cases(
    git_dir: Path, specs: tuple[str, ...], model_items: list[dict[str, Any]]
) -> Iterator[tuple[str, dict[str, Any], list[tuple[dict[str, Any], int, int]]]]:
    """(spec, case, [(result, start, end)]) of each English DateTime spec file named in `specs`
    whose sentence is not in the model spec nor seen before, none of its spans having the words
    of a held-out model span; a result whose offsets do not give its text is left out."""
    seen = {it["text"].lower() for it in model_items}
    held = {s["surface"].lower() for it in model_items if it["split"] == "heldout"
            for s in it["spans"]}  # fmt: skip
    for name in specs:
        source = git_show(git_dir, f"Specs/DateTime/English/{name}.json")
        for case in json.loads(source.lstrip("\ufeff")):
            text = case["Input"]
            results = case.get("Results") or []
            if text.lower() in seen or not _supported(case):
                continue
            if any(str(r["Text"]).lower() in held for r in results):
                continue
            seen.add(text.lower())
            located = [(r, int(r["Start"]), int(r["Start"]) + int(r["Length"])) for r in results]
            yield name, case, [(r, a, b) for r, a, b in located
                               if text[a:b].lower() == str(r["Text"]).lower()]  # fmt: skip


def extractor_items(git_dir: Path, model_items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cases of the extractor specs not in the model spec, none sharing a span's words with a
    held-out model span; every item is "dev"."""
    return [{"text": case["Input"], "spec": name,
             "spans": [{"start": a, "end": b, "type": str(r["Type"]), "surface": str(r["Text"])}
                       for r, a, b in results], "split": "dev"}
            for name, case, results in _unseen_cases(git_dir, EXTRACTOR_SPECS, model_items)]  # fmt: skip


def parser_items(git_dir: Path, model_items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cases of the parser specs (each span with its TIMEX value, on the case's reference date)
    not in the model spec, none sharing a span's words with a held-out model span; all "dev"."""
    out: list[dict[str, Any]] = []
    for name, case, results in _unseen_cases(git_dir, PARSER_SPECS, model_items):
        text = case["Input"]
        spans = []
        for r, start, end in results:
            timex = str((r.get("Value") or {}).get("Timex", ""))
            spans.append({"start": start, "end": end, "type": str(r["Type"]),
                          "surface": text[start:end], "timex": [timex] if timex else []})  # fmt: skip
        ref = (case.get("Context") or {}).get("ReferenceDateTime", "")
        out.append({"text": text, "date": ref[:10] or None, "spec": name, "spans": spans,
                    "split": "dev"})  # fmt: skip
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recognizers-git", type=Path, default=DEFAULT_RECOGNIZERS)
    args = parser.parse_args()
    items = datetime_items(args.recognizers_git)
    built_by = "tools/facts_datetime_devset.py"
    licence = "MIT licence, Copyright (c) Microsoft Corporation"
    write_set(OUTPUT, f"Recognizers-Text {SPEC} ({licence})", built_by, items)
    for split in ("dev", "heldout"):
        part = [it for it in items if it["split"] == split]
        n_dates = sum(s["type"] in DATE_TYPES for it in part for s in it["spans"])
        n_other = sum(s["type"] in OTHER_TYPES for it in part for s in it["spans"])
        print(f"{split}: {len(part)} sentences, {n_dates} dates, {n_other} durations/sets")
    extra = extractor_items(args.recognizers_git, items)
    write_set(EXTRACTORS_OUTPUT, "Recognizers-Text Specs/DateTime/English/*Extractor.json "
              f"({licence}), cases not in the model spec", built_by, extra)  # fmt: skip
    n_dates = sum(s["type"] in DATE_TYPES for it in extra for s in it["spans"])
    print(f"extractor specs (dev): {len(extra)} sentences, {n_dates} dates")
    valued = parser_items(args.recognizers_git, items)
    write_set(PARSERS_OUTPUT, "Recognizers-Text Specs/DateTime/English/*Parser.json "
              f"({licence}), cases not in the model spec", built_by, valued)  # fmt: skip
    print(f"parser specs (dev): {len(valued)} sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
