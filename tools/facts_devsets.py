"""Build the figure and date sentence sets in tests/data/ from public test data.

- tests/data/facts_quantities.json: quantulum3's English test sentences
  (`quantulum3/_lang/en_US/tests/quantities.json`, MIT licence), each with its expected
  quantities (surface, value); read from the installed quantulum3 package. Its unit
  ambiguity tests (`quantities.ambiguity.json`, 20 sentences) follow, all in the tuning half.
- tests/data/facts_recognizers.json: the sentences (six words or more) of Microsoft
  Recognizers-Text's English currency and dimension specs (`Specs/NumberWithUnit/English/
  CurrencyModel.json`, `DimensionModel.json`, MIT licence; mostly 1989 WSJ and Wikipedia
  sentences, lower-cased and tokenised), each with the amounts or measures that spec expects;
  other numbers in them are not annotated, so they measure recall only; read from a fetched
  copy of github:microsoft/Recognizers-Text.
- tests/data/facts_numbers.json: every case of Recognizers-Text's English number, percent,
  number-range, age and temperature specs (`Specs/Number/English/NumberModel.json`,
  `PercentModel.json`, `NumberRangeModel.json`, `Specs/NumberWithUnit/English/AgeModel.json`,
  `TemperatureModel.json`; MIT), phrases and sentences alike, each with the spans the .NET
  implementation finds; cases not supported in .NET and repeated inputs are left out, and
  numbers that are parts of an identifier (an IP address, a date or phone number written with
  separators, "SCP-173", "version two", "nrs. 22") are `ignore` spans, not figures. Split by
  the first byte of the input's SHA-1 (even: dev). Ordinals (OrdinalModel) are not figures
  here: the issue counts an ordinal only when it ranks something a reader compares, and that
  spec marks every "first", "next" and "last".
- tests/data/facts_datesearch.json: the English cases of dateparser's `tests/test_search.py`
  (BSD-3-Clause), each a text with the date substrings `search_dates` must find; read from a
  fetched copy of github:scrapinghub/dateparser (a bare git directory).

Each item gets a `split`: "dev" (even position, used for tuning) or "heldout" (odd position,
only measured). Run:

    python tools/facts_devsets.py [--dateparser-git DIR] [--recognizers-git DIR]
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import subprocess
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEFAULT_DATEPARSER = Path("/work/.mirror/scrapinghub+dateparser/repo")
DEFAULT_RECOGNIZERS = Path("/work/.mirror/microsoft+Recognizers-Text/repo")
RECOGNIZER_SPECS = ("CurrencyModel", "DimensionModel")
NUMBER_SPECS = (
    "Number/English/NumberModel",
    "Number/English/PercentModel",
    "Number/English/NumberRangeModel",
    "NumberWithUnit/English/AgeModel",
    "NumberWithUnit/English/TemperatureModel",
)
_IDENTIFIER = re.compile(
    r"\d+(?:[./:-]\d+){2,}|\+\d[\d/-]*|[A-Z]{2,}-\d+[A-Z]?"
    r"|(?:version|nrs?\.)\s+[\w\s,]*\d*[\w,]*",
    re.I,
)
"""Identifiers whose numbers are not figures: "192.168.1.2", "5/17/2018", "+1-222-2222/2222",
"SCP-173", "version two", "nrs. 22,24,26,31"."""


def _split(i: int) -> str:
    return "dev" if i % 2 == 0 else "heldout"


def quantities() -> list[dict[str, Any]]:
    path = resources.files("quantulum3") / "_lang" / "en_US" / "tests" / "quantities.json"
    items = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for i, item in enumerate(items):
        gold = [{"surface": r["surface"], "value": r["value"]} for r in item["res"]]
        out.append({"text": item["req"], "figures": gold, "split": _split(i)})
    ambiguity = path.parent / "quantities.ambiguity.json"  # after the halves: tuning only
    for item in json.loads(ambiguity.read_text(encoding="utf-8")):
        gold = [{"surface": r["surface"], "value": r["value"]} for r in item["res"]]
        out.append({"text": item["req"], "figures": gold, "split": "dev", "set": "ambiguity"})
    return out


def git_show(git_dir: Path, path: str) -> str:
    """The text of `path` at HEAD of a bare git directory (a fetched repository)."""
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def recognizer_units(git_dir: Path) -> list[dict[str, Any]]:
    """Sentences of the English currency and dimension specs with their expected spans."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for name in RECOGNIZER_SPECS:
        path = f"Specs/NumberWithUnit/English/{name}.json"
        cases = json.loads(git_show(git_dir, path).lstrip("\ufeff"))
        for case in cases:
            text, results = case["Input"], case.get("Results") or []
            if len(text.split()) < 6 or not results or text in seen:
                continue
            seen.add(text)
            gold = []
            for r in results:
                start = text.find(r["Text"], max(0, int(r.get("Start", 0)) - 2))
                start = start if start >= 0 else text.find(r["Text"])
                if start >= 0:
                    gold.append({"surface": r["Text"], "start": start})
            if gold:
                out.append({"text": text, "figures": gold, "spec": name,
                            "split": _split(len(out))})  # fmt: skip
    return out


def write_set(path: Path, source: str, built_by: str, items: list[Any], **extra: Any) -> None:
    """Write a tuning or test set as the benchmarks read it: {"source", "built_by", extra
    keys, "items"}, one space of indent, UTF-8 kept as it is."""
    body = {"source": source, "built_by": built_by, **extra, "items": items}
    path.write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n", "utf-8")


def hash_split(text: str) -> str:
    """ "dev" or "heldout", from the text's SHA-1 (stable across runs and machines)."""
    return "dev" if hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def _dotnet(case: dict[str, Any]) -> bool:
    return "dotnet" not in (case.get("NotSupported") or "").lower()


def recognizer_numbers(git_dir: Path) -> list[dict[str, Any]]:
    """Cases of the English number, percent, range, age and temperature specs with their
    expected spans; the numbers of an identifier are `ignore` spans."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for name in NUMBER_SPECS:
        cases = json.loads(git_show(git_dir, f"Specs/{name}.json").lstrip("\ufeff"))
        for case in cases:
            text = case["Input"]
            if not _dotnet(case) or text in seen or "http" in text or not text.strip():
                continue
            seen.add(text)
            idents = [m.span() for m in _IDENTIFIER.finditer(text)]
            gold, ignore = [], []
            for r in case.get("Results") or []:
                start, end = int(r["Start"]), int(r["End"]) + 1
                if text[start:end].lower() != r["Text"].lower():
                    start = text.lower().find(r["Text"].lower())
                    end = start + len(r["Text"])
                if start < 0:
                    continue
                span = {"start": start, "end": end, "surface": text[start:end],
                        "type": r["TypeName"]}  # fmt: skip
                inside = any(a <= start and end <= b for a, b in idents)
                (ignore if inside else gold).append(span)
            out.append({"text": text, "figures": gold, "ignore": ignore,
                        "spec": name.rsplit("/", 1)[1], "words": len(text.split()),
                        "split": hash_split(text)})  # fmt: skip
    return out


def _english_cases(source: str) -> list[tuple[str, list[str]]]:
    """(text, expected date substrings) of every `param("en", text, [(surface, ...), ...])`."""
    cases: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "param"):
            continue
        args = node.args
        if len(args) < 3 or not isinstance(args[0], ast.Constant) or args[0].value != "en":
            continue
        if not isinstance(args[1], ast.Constant) or not isinstance(args[1].value, str):
            continue
        if not isinstance(args[2], ast.List):
            continue
        surfaces = []
        for elt in args[2].elts:
            if isinstance(elt, ast.Tuple) and isinstance(elt.elts[0], ast.Constant):
                surfaces.append(str(elt.elts[0].value))
        if surfaces and all(s in args[1].value for s in surfaces):
            cases.append((args[1].value, surfaces))
    return cases


def date_search(git_dir: Path) -> list[dict[str, Any]]:
    source = git_show(git_dir, "tests/test_search.py")
    seen: set[str] = set()
    out = []
    for text, surfaces in _english_cases(source):
        if text in seen:
            continue
        seen.add(text)
        out.append({"text": text, "dates": surfaces, "split": _split(len(out))})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dateparser-git", type=Path, default=DEFAULT_DATEPARSER)
    parser.add_argument("--recognizers-git", type=Path, default=DEFAULT_RECOGNIZERS)
    args = parser.parse_args()
    sets = {
        "facts_numbers.json": (
            "Recognizers-Text Specs/Number/English Number, Percent and NumberRange, "
            "Specs/NumberWithUnit/English Age and Temperature (commit 90e968ea; MIT licence, "
            "Copyright (c) Microsoft Corporation)",
            recognizer_numbers(args.recognizers_git),
        ),
        "facts_recognizers.json": (
            "Recognizers-Text Specs/NumberWithUnit/English Currency and Dimension "
            "(MIT licence, Copyright (c) Microsoft Corporation)",
            recognizer_units(args.recognizers_git),
        ),
        "facts_quantities.json": (
            "quantulum3 en_US tests/quantities.json (MIT)",
            quantities(),
        ),
        "facts_datesearch.json": (
            "dateparser tests/test_search.py English cases (BSD-3-Clause)",
            date_search(args.dateparser_git),
        ),
    }
    for name, (source, items) in sets.items():
        write_set(DATA / name, source, "tools/facts_devsets.py", items)
        print(f"{name}: {len(items)} items")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
