"""Build tests/data/facts_duckling.json: the English time phrases of Facebook's Duckling test
corpus (`Duckling/Time/EN/Corpus.hs` of github:facebook/duckling, BSD licence, Copyright (c)
2016-present, Facebook, Inc.), read from a fetched copy (a bare git directory).

Each example is a whole phrase that names a time ("the day after tomorrow", "last week of
september", "thanksgiving 2014"), with the value Duckling gives it on the corpus's reference
time (Tuesday 12 February 2013, 04:30): a point at its grain (day, week, month, quarter or
year; a time of day keeps its day) or an interval (no single value: its phrase is scored as
found or not). The corpus's negative examples ("laughing out loud", "at 650-650-6500", "Rat
6") are phrases that name no time: any date found in one is false. Latent examples ("7",
"May", "morning" alone) are left out: the corpus itself marks them as times only when asked.

It also builds tests/data/facts_duckling_figures.json from the amount-of-money, distance,
quantity, temperature, volume and numeral corpora of the same repository: each example phrase
that names a number ("$20", "3 km", "thirty seven celsius", "two pounds of meat"; not "a
couple"), and their negative phrases ("exactly dollars"), found or not as a whole.

Each phrase's `split` comes from a hash of its text (`tools.facts_devsets.hash_split`): "dev"
(tuning) or "heldout" (measured only). Run:

    python tools/facts_duckling.py [--duckling-git DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.facts_devsets import git_show, hash_split, write_set  # noqa: E402

OUTPUT = ROOT / "tests" / "data" / "facts_duckling.json"
DEFAULT_DUCKLING = Path("/work/.mirror/facebook+duckling/repo")
SPEC = "Duckling/Time/EN/Corpus.hs"
REFERENCE = "2013-02-12"
_EXAMPLES = re.compile(r"examples\s*\((?P<head>[^\[]*?)\)\s*\[(?P<body>.*?)\]", re.S)
_POINT = re.compile(r"^(datetime|datetimeHoliday)\s*\((\d+),\s*(\d+),\s*(\d+),[^)]*\)\s*(\w+)")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_NEGATIVE = re.compile(r"negativeCorpus\s*=.*?examples\s*=\s*\[(?P<body>.*?)\]", re.S)


def _value(year: int, month: int, day: int, grain: str) -> str | None:
    """TIMEX3's value of a Duckling point at its grain ("2013-W07", "2013-Q1", "2013-02")."""
    date = dt.date(year, month, day)
    if grain in ("Second", "Minute", "Hour", "Day"):
        return date.isoformat()
    if grain == "Week":
        iso = date.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if grain == "Month":
        return f"{year:04d}-{month:02d}"
    if grain == "Quarter":
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if grain == "Year":
        return f"{year:04d}"
    return None


def duckling_items(git_dir: Path) -> list[dict[str, Any]]:
    source = git_show(git_dir, SPEC)
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    parts = [source[source.index("\ndefaultCorpus ::") : source.index("\nnegativeCorpus ::")],
             source[source.index("\nallExamples ::") :]]  # fmt: skip
    for part in parts:
        for m in _EXAMPLES.finditer(part):
            head = " ".join(m["head"].split())
            point = _POINT.match(head)
            value = None
            if point:
                y, mo, d = int(point[2]), int(point[3]), int(point[4])
                value = _value(y, mo, d, point[5])
            for text in _STRING.findall(m["body"]):
                text = text.replace('\\"', '"')
                if not text.strip() or text in seen:
                    continue
                seen.add(text)
                out.append({"text": text, "date": REFERENCE, "value": value,
                            "interval": point is None, "negative": False,
                            "split": hash_split(text)})  # fmt: skip
    negative = _NEGATIVE.search(source)
    for text in _STRING.findall(negative["body"] if negative else ""):
        if text not in seen:
            seen.add(text)
            out.append({"text": text, "date": REFERENCE, "value": None, "interval": False,
                        "negative": True, "split": hash_split(text)})  # fmt: skip
    return out


FIGURES_OUTPUT = ROOT / "tests" / "data" / "facts_duckling_figures.json"
FIGURE_SPECS = ("AmountOfMoney", "Distance", "Quantity", "Temperature", "Volume", "Numeral")
_WORDS = re.compile(r"[a-z]+")


def _names_a_number(text: str) -> bool:
    """A digit or a number word ("five", "dozen"); not "a couple", "few", "single", "nil",
    which count nothing a reader compares."""
    from facts.lexicon import MULTIPLIERS, NUMBER_WORDS

    words = set(_WORDS.findall(text.lower()))
    return any(c.isdigit() for c in text) or bool(words & (set(NUMBER_WORDS) | set(MULTIPLIERS)))


def duckling_figures(git_dir: Path) -> list[dict[str, Any]]:
    """The phrases of Duckling's English amount, distance, quantity, temperature, volume and
    numeral corpora that name a number, and their negative phrases (none)."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for name in FIGURE_SPECS:
        source = git_show(git_dir, f"Duckling/{name}/EN/Corpus.hs")
        body = (
            source[source.index("\nallExamples ::") :] if "\nallExamples ::" in source else source
        )
        negative = _NEGATIVE.search(source)
        negatives = set(_STRING.findall(negative["body"])) if negative else set()
        for m in _EXAMPLES.finditer(body):
            for text in _STRING.findall(m["body"]):
                if text in seen or text in negatives or not _names_a_number(text):
                    continue
                seen.add(text)
                out.append({"text": text, "corpus": name, "negative": False,
                            "split": hash_split(text)})  # fmt: skip
        for text in sorted(negatives - seen):
            seen.add(text)
            out.append({"text": text, "corpus": name, "negative": True,
                        "split": hash_split(text)})  # fmt: skip
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duckling-git", type=Path, default=DEFAULT_DUCKLING)
    args = parser.parse_args()
    items = duckling_items(args.duckling_git)
    licence = "BSD licence, Copyright (c) 2016-present, Facebook, Inc."
    write_set(OUTPUT, f"Duckling {SPEC} ({licence})", "tools/facts_duckling.py", items,
              reference=REFERENCE)  # fmt: skip
    for split in ("dev", "heldout"):
        part = [it for it in items if it["split"] == split]
        print(f"{split}: {sum(not it['negative'] for it in part)} time phrases "
              f"({sum(it['value'] is not None for it in part)} with a value), "
              f"{sum(it['negative'] for it in part)} negative")  # fmt: skip
    figures = duckling_figures(args.duckling_git)
    write_set(FIGURES_OUTPUT, "Duckling Duckling/{AmountOfMoney,Distance,Quantity,Temperature,"
              f"Volume,Numeral}}/EN/Corpus.hs ({licence})", "tools/facts_duckling.py", figures)  # fmt: skip
    for split in ("dev", "heldout"):
        part = [it for it in figures if it["split"] == split]
        print(f"{split}: {sum(not it['negative'] for it in part)} figure phrases, "
              f"{sum(it['negative'] for it in part)} negative")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
