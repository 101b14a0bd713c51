"""Build tests/data/facts_chrono.json: the English test cases of chrono, a date parser for
JavaScript (`test/en/*.test.ts` of github:wanasit/chrono, MIT licence, Copyright (c) 2014,
Wanasit Tanakitrungruang), read from a fetched copy (a bare git directory).

Each `testSingleCase` is a text with one date in it: the span chrono's test expects
(`result.text`; when the test names none, anywhere in the text), its reference time, and the calendar value the test states for the start
(`result.start.get("year" | "month" | "day")`, or the date of `toBeDate(new Date(...))`), kept
at the finest of year, month and day that the test gives. A case that states only a clock
time, or that has no reference time, has no value: it is scored as found or not. Each
`testUnexpectedResult` of the casual parser ("1-2", "at 6.5 kilograms", "12.53%") is a text
with no date: any date found there is false. Cases for the British parser (`chrono.en.GB`),
for options such as `forwardDate`, and timezone abbreviations' own tests are left out: their
expectations hold only under those settings.

Each case's `split` comes from a hash of its text (`tools.facts_devsets.hash_split`): "dev"
(tuning) or "heldout" (measured only). Run:

    python tools/facts_chrono.py [--chrono-git DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.facts_devsets import git_show, hash_split, write_set  # noqa: E402

OUTPUT = ROOT / "tests" / "data" / "facts_chrono.json"
DEFAULT_CHRONO = Path("/work/.mirror/wanasit+chrono/repo")
SPEC_DIR = "test/en"
SKIPPED_SPECS = frozenset(["en_performance.test.ts", "en_timezone_exp.test.ts"])
_CASUAL = frozenset(["chrono", "chrono.casual", "chrono.en", "chrono.en.casual", "chrono.strict",
                     "chrono.en.strict"])  # fmt: skip
_CALL = re.compile(r"\b(testSingleCase|testUnexpectedResult)\(\s*(?P<parser>[\w.]+)\s*,\s*")
_LITERAL = re.compile(r"\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'|`([^`$]*)`")
_JOIN = re.compile(r"\s*\+\s*")
_DATE = re.compile(
    r"new Date\(\s*(\d{4})\s*,\s*(\d{1,2})(?P<less>\s*-\s*1)?\s*,\s*(\d{1,2})[^)]*\)"
)
_DATE_STRING = re.compile(r"new Date\(\s*[\"'](\d{4})-(\d{2})-(\d{2})[^\"']*[\"']\s*\)")
_TEXT = re.compile(r"result\.text\)\.toBe\(\s*[\"'`]((?:[^\"'`\\]|\\.)*)[\"'`]\s*\)")
_GET = re.compile(r"result\.start\.get\(\"(year|month|day)\"\)\)\.toBe\((\d+)\)")
_TO_BE_DATE = re.compile(r"expect\(result\.start\)\.toBeDate\(\s*new Date\(\s*(\d{4})\s*,\s*"
                         r"(\d{1,2})\s*,\s*(\d{1,2})")  # fmt: skip


def _string(source: str, at: int) -> tuple[str, int] | None:
    """The string expression at `at` (literals joined by "+") and where it ends."""
    parts = []
    while True:
        m = _LITERAL.match(source, at)
        if not m:
            return None
        raw = next(g for g in m.groups() if g is not None)
        parts.append(bytes(raw, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8"))
        at = m.end()
        join = _JOIN.match(source, at)
        if not join or not _LITERAL.match(source, join.end()):
            return "".join(parts), at
        at = join.end()


def _reference(args: str) -> dt.date | None:
    """The reference date that follows the text in a call, if it is one ("new Date(2012, 7,
    10)": months count from 0)."""
    head = args.lstrip(" ,\n")
    if head.startswith("{"):
        head = head[1:].lstrip()
        if head.startswith("instant:"):
            head = head[len("instant:") :].lstrip()
        else:
            return None
    m = _DATE.match(head)
    if m:
        return dt.date(int(m[1]), int(m[2]) + (0 if m["less"] else 1), int(m[4]))
    m = _DATE_STRING.match(head)
    return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _next_test(args: str) -> int:
    """Where the call's own expectations end: at the next `test(` block, if any."""
    m = re.search(r"\n\s*test\(", args)
    return m.start() if m else len(args)


def _value(body: str) -> str | None:
    """The start's value at the finest of day, month and year the test states."""
    got = {k: int(v) for k, v in _GET.findall(body)}
    if "year" in got and "month" in got and "day" in got:
        return f"{got['year']:04d}-{got['month']:02d}-{got['day']:02d}"
    whole = _TO_BE_DATE.search(body)
    if whole and not got.keys() - {"year", "month", "day"}:
        day = dt.date(int(whole[1]), int(whole[2]) + 1, int(whole[3]))
        if got and any(getattr(day, k) != v for k, v in got.items()):
            return None
        return day.isoformat()
    if "year" in got and "month" in got:
        return f"{got['year']:04d}-{got['month']:02d}"
    if got.keys() == {"year"}:
        return f"{got['year']:04d}"
    return None


def cases_of(name: str, source: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    calls = list(_CALL.finditer(source))
    for n, call in enumerate(calls):
        if call["parser"] not in _CASUAL:
            continue
        text = _string(source, call.end())
        if text is None:
            continue  # a text built in code
        sentence, after = text
        end = calls[n + 1].start() if n + 1 < len(calls) else len(source)
        args = source[after:end]
        reference = _reference(args)
        if call[1] == "testUnexpectedResult":
            if "chrono.strict" in call["parser"] or "forwardDate" in args[:200]:
                continue  # strict misses what the casual parser finds; options change it
            out.append({"text": sentence, "span": None, "date": None, "value": None,
                        "negative": True, "spec": name})  # fmt: skip
            continue
        head = args[: args.find("=>")] if "=>" in args else ""
        if "forwardDate" in head or "timezone" in head:
            continue
        span = _TEXT.search(args[: _next_test(args)])
        if span and span[1] not in sentence:
            continue  # a span the test builds in code
        value = _value(args[: _next_test(args)]) if reference else None
        out.append({"text": sentence, "span": span and span[1], "date": reference and reference.isoformat(),
                    "value": value, "negative": False, "spec": name})  # fmt: skip
    return out


def chrono_items(git_dir: Path) -> list[dict[str, Any]]:
    listing = subprocess.run(
        ["git", "--git-dir", str(git_dir), "ls-tree", "--name-only", f"HEAD:{SPEC_DIR}"],
        check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str | None]] = set()
    for name in sorted(listing):
        if not name.endswith(".test.ts") or name in SKIPPED_SPECS:
            continue
        for case in cases_of(name, git_show(git_dir, f"{SPEC_DIR}/{name}")):
            key = (case["text"], case["date"])
            if key in seen or not case["text"].strip():
                continue
            seen.add(key)
            case["split"] = hash_split(case["text"])
            out.append(case)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chrono-git", type=Path, default=DEFAULT_CHRONO)
    args = parser.parse_args()
    items = chrono_items(args.chrono_git)
    source = "chrono test/en/*.test.ts (MIT licence, Copyright (c) 2014, Wanasit Tanakitrungruang)"
    write_set(OUTPUT, source, "tools/facts_chrono.py", items)
    for split in ("dev", "heldout"):
        part = [it for it in items if it["split"] == split]
        print(f"{split}: {sum(not it['negative'] for it in part)} texts with a date "
              f"({sum(it['value'] is not None for it in part)} with a value), "
              f"{sum(it['negative'] for it in part)} with none")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
