"""TimeBank and AQUAINT (TempEval-3 TBAQ-cleaned) news articles as date development sets.

Reads `data/TempEval3/Training/TBAQ-cleaned/{TimeBank,AQUAINT}/*.tml` from a fetched copy of
the public repository qiangning/StructTempRel-EMNLP17 (a bare git directory); the TempEval-3
platinum (test) files are never read. Each article gives its creation date (DCT), the spans of
its dates and, apart, its amounts of time and repetitions (not dates). A date is a point or a
calendar period, absolute or anchored on the article date; `timex_role` sorts the TIMEX3
expressions:

- DATE and TIME are dates (values `*_REF`, "now", "recently", are vague: `neutral`);
- a DURATION whose value is a calendar period ("the fourth quarter" = 1997-Q4, "last year" =
  1997) is a date: the annotator's value says so, whatever the type;
- a DURATION marked as anchored (`temporalFunction="true"`, `anchorTimeID`, `beginPoint` or
  `endPoint`: "the past three months", "the next two weeks", "two years ago") is `neutral`.
  These periods are dates for samestory, but TimeML gives the same marks to some plain lengths
  ("a week", "16-hour") and not to every anchored period, so they are neither counted nor held
  against a system;
- other DURATIONs ("for three hours", "a two-year term") and SETs ("each July") are amounts.

The news text is not committed: `load_articles` rebuilds it from the fetched repository.

TimeBank articles are split by sorted position: even -> "dev" (tuning), odd -> "heldout"
(measured only). AQUAINT (TempEval-3 training data too) is all "dev".
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

ENV_GIT_DIR = "SAMESTORY_TIMEBANK_GIT_DIR"
DEFAULT_GIT_DIR = Path("/work/.mirror/qiangning+StructTempRel-EMNLP17/repo")
FOLDER = "data/TempEval3/Training/TBAQ-cleaned/TimeBank/"
CORPORA = ("TimeBank", "AQUAINT")
DATE_TYPES = frozenset(["DATE", "TIME"])
_CALENDAR_VALUE = re.compile(r"(?:\d{2,4}|XXXX)(?:-[\dA-Z]+)*")
"""A TIMEX3 value naming a calendar period ("1997", "1997-Q4", "1998-W12", "XXXX-10")."""

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Article:
    name: str
    dct: str
    """Document creation time, ISO ("1998-01-08")."""
    text: str
    dates: list[tuple[int, int, str]]
    """(start, end, TIMEX3 value) of each DATE/TIME expression in `text`."""
    split: str
    others: list[tuple[int, int, str]] = field(default_factory=list)
    """(start, end, TIMEX3 type) of each amount of time or repetition in `text`."""
    anchored: list[tuple[int, int, str]] = field(default_factory=list)
    """(start, end, TIMEX3 value) of each DURATION marked as anchored: neither counted nor
    penalised (see the module docstring)."""


def timex_role(kind: str, value: str, attrs: dict[str, str]) -> str:
    """ "date", "neutral" (vague or anchored period) or "amount" for one TIMEX3."""
    if kind in DATE_TYPES:
        return "neutral" if value.endswith("_REF") else "date"
    if kind == "DURATION" and _CALENDAR_VALUE.fullmatch(value):
        return "date"
    anchors = ("anchorTimeID", "beginPoint", "endPoint")
    if kind == "DURATION" and (
        attrs.get("temporalFunction") == "true" or any(a in attrs for a in anchors)
    ):
        return "neutral"
    return "amount"


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True
    ).stdout


def parse_tml(source: str) -> tuple[str, str, list[tuple[int, int, str]]]:
    """(DCT value, body text, DATE/TIME spans) of one TimeML file."""
    dct, body, timexes = parse_tml_all(source)
    return dct, body, [(a, b, value) for a, b, kind, value in timexes if kind in DATE_TYPES]


def parse_tml_all(source: str) -> tuple[str, str, list[tuple[int, int, str, str]]]:
    """(DCT value, body text, (start, end, type, value) of every TIMEX3) of one TimeML file;
    `type` is the TIMEX3 type, or "anchored" for a DURATION `timex_role` calls neutral."""
    dct_m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", source, re.S)
    dct = dct_m.group(1)[:10] if dct_m else ""
    body_m = re.search(r"<TEXT>(.*)</TEXT>", source, re.S)
    body = body_m.group(1) if body_m else ""
    out: list[str] = []
    spans: list[tuple[int, int, str, str]] = []
    pos = 0
    length = 0
    open_timex: tuple[int, str, str] | None = None
    for m in _TAG.finditer(body):
        chunk = unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag, attrs = m.group(1), m.group(2), m.group(3)
        if tag != "TIMEX3":
            continue
        if not closing:
            a = dict(_ATTR.findall(attrs))
            kind, value = a.get("type", ""), a.get("value", "")
            role = timex_role(kind, value, a)
            if kind not in DATE_TYPES and role != "amount":
                kind = "DATE" if role == "date" else "anchored"
            open_timex = (length, kind, value)
        elif open_timex is not None:
            start, kind, value = open_timex
            spans.append((start, length, kind, value))
            open_timex = None
    out.append(unescape(body[pos:]))
    return dct, "".join(out), spans


def load_articles(git_dir: Path | None = None, corpus: str = "TimeBank") -> list[Article]:
    """The articles of one corpus ("TimeBank" or "AQUAINT"), in file-name order."""
    git = git_dir or Path(os.environ.get(ENV_GIT_DIR, DEFAULT_GIT_DIR))
    folder = FOLDER.replace("/TimeBank/", f"/{corpus}/")
    names = sorted(
        n
        for n in _git(git, "ls-tree", "--name-only", f"HEAD:{folder}").split()
        if n.endswith(".tml")
    )
    articles = []
    for i, name in enumerate(names):
        dct, text, timexes = parse_tml_all(_git(git, "show", f"HEAD:{folder}{name}"))
        dates = [(a, b, value) for a, b, kind, value in timexes if kind in DATE_TYPES]
        anchored = [(a, b, value) for a, b, kind, value in timexes if kind == "anchored"]
        others = [
            (a, b, kind) for a, b, kind, _ in timexes if kind not in DATE_TYPES | {"anchored"}
        ]
        split = "dev" if corpus != "TimeBank" or i % 2 == 0 else "heldout"
        articles.append(Article(name, dct, text, dates, split, others, anchored))
    return articles


if __name__ == "__main__":
    for corpus in CORPORA:
        arts = load_articles(corpus=corpus)
        for split in ("dev", "heldout"):
            part = [a for a in arts if a.split == split]
            if part:
                print(corpus, split, len(part), "articles", sum(len(a.dates) for a in part),
                      "dates", sum(len(a.anchored) for a in part), "anchored periods",
                      sum(len(a.others) for a in part), "amounts/sets")  # fmt: skip
