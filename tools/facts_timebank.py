"""TimeBank (TempEval-3 TBAQ-cleaned) news articles as a date development set.

Reads `data/TempEval3/Training/TBAQ-cleaned/TimeBank/*.tml` from a fetched copy of the public
repository qiangning/StructTempRel-EMNLP17 (a bare git directory); the TempEval-3 platinum
(test) files are never read. Each article gives its creation date (DCT) and the spans of its
TIMEX3 expressions of type DATE and TIME (points in time; DURATION and SET are not dates).
The news text is not committed: `load_articles` rebuilds it from the fetched repository.

Articles are split by sorted position: even -> "dev" (tuning), odd -> "heldout" (measured only).
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

ENV_GIT_DIR = "SAMESTORY_TIMEBANK_GIT_DIR"
DEFAULT_GIT_DIR = Path("/work/.mirror/qiangning+StructTempRel-EMNLP17/repo")
FOLDER = "data/TempEval3/Training/TBAQ-cleaned/TimeBank/"
DATE_TYPES = frozenset(["DATE", "TIME"])

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


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True
    ).stdout


def parse_tml(source: str) -> tuple[str, str, list[tuple[int, int, str]]]:
    """(DCT value, body text, DATE/TIME spans) of one TimeML file."""
    dct_m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", source, re.S)
    dct = dct_m.group(1)[:10] if dct_m else ""
    body_m = re.search(r"<TEXT>(.*)</TEXT>", source, re.S)
    body = body_m.group(1) if body_m else ""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
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
            open_timex = (length, a.get("type", ""), a.get("value", ""))
        elif open_timex is not None:
            start, kind, value = open_timex
            if kind in DATE_TYPES:
                spans.append((start, length, value))
            open_timex = None
    out.append(unescape(body[pos:]))
    return dct, "".join(out), spans


def load_articles(git_dir: Path | None = None) -> list[Article]:
    git = git_dir or Path(os.environ.get(ENV_GIT_DIR, DEFAULT_GIT_DIR))
    names = sorted(
        n
        for n in _git(git, "ls-tree", "--name-only", f"HEAD:{FOLDER}").split()
        if n.endswith(".tml")
    )
    articles = []
    for i, name in enumerate(names):
        dct, text, spans = parse_tml(_git(git, "show", f"HEAD:{FOLDER}{name}"))
        articles.append(Article(name, dct, text, spans, "dev" if i % 2 == 0 else "heldout"))
    return articles


if __name__ == "__main__":
    arts = load_articles()
    for split in ("dev", "heldout"):
        part = [a for a in arts if a.split == split]
        print(split, len(part), "articles", sum(len(a.dates) for a in part), "dates")
