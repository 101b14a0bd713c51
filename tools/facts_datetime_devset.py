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
only). Run:

    python tools/facts_datetime_devset.py [--recognizers-git DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.facts_devsets import git_show, hash_split  # noqa: E402

DATA = ROOT / "tests" / "data"
OUTPUT = DATA / "facts_datetimes.json"
DEFAULT_RECOGNIZERS = Path("/work/.mirror/microsoft+Recognizers-Text/repo")
SPEC = "Specs/DateTime/English/DateTimeModel.json"
DATE_TYPES = frozenset(["date", "time", "datetime", "daterange", "timerange", "datetimerange"])
"""Span types that are dates for scoring; "duration" and "set" are kept as not-dates."""
OTHER_TYPES = frozenset(["duration", "set"])


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recognizers-git", type=Path, default=DEFAULT_RECOGNIZERS)
    args = parser.parse_args()
    items = datetime_items(args.recognizers_git)
    body = {
        "source": f"Recognizers-Text {SPEC} (MIT licence, Copyright (c) Microsoft Corporation)",
        "built_by": "tools/facts_datetime_devset.py",
        "items": items,
    }
    OUTPUT.write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n", "utf-8")
    for split in ("dev", "heldout"):
        part = [it for it in items if it["split"] == split]
        n_dates = sum(s["type"] in DATE_TYPES for it in part for s in it["spans"])
        n_other = sum(s["type"] in OTHER_TYPES for it in part for s in it["spans"])
        print(f"{split}: {len(part)} sentences, {n_dates} dates, {n_other} durations/sets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
