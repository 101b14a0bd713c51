"""Build tests/data/facts_ecbdates.json: a news date set from the time expressions of ECB+ 1.0
(Cybulska and Vossen, LREC 2014; annotation CC BY 3.0), read from a fetched copy of
github:tommasoc80/EventStoryLine (a bare git directory), odd-numbered topics only.

ECB+ marks time expressions as TIME_DATE, TIME_OF_THE_DAY, TIME_DURATION and TIME_REPETITION
markables, completely only in the sentences `ECB+_LREC2014/ECBplus_coreference_sentences.csv`
lists (the annotated sentences); the `ecbplus` articles also carry some markables elsewhere.
Each annotated sentence becomes an item: its text (tokens joined back as
`tools.ecb_extract` joins them, and the split-up times and abbreviations of the `ecbplus`
tokeniser mended: "4 : 59" -> "4:59", "Lohan ’ s" -> "Lohan’s", "p . m" -> "p.m", "12 / 23 / 12" -> "12/23/12",
"6 . 1" -> "6.1"), its document and sentence number, and every time markable in it as a
character span with its ECB+ type (`ecb_start` where ECB+'s span starts earlier: an
opening preposition or article, "on Tuesday", "a 2012", is left out of a date's span as
TimeML leaves it out, so strict matching compares like with like). TIME_DATE and TIME_OF_THE_DAY are dates, except
references with no calendar value ("now", "previously": TimeML's PRESENT_REF and PAST_REF),
which are `neutral` (neither counted nor penalised). A
TIME_DURATION anchored on the article or another time ("the past two weeks", "since
Monday", "two days ago") is `neutral` (neither counted nor penalised); other durations and
repetitions ("90-day", "every year") are `amount` spans (a date found over one is a false
one). Sentences outside that list that hold a TIME_DATE or TIME_OF_THE_DAY markable are
items with `"complete": false` (recall only: their other time expressions may be unmarked);
`"stamp": true` marks a page's own time stamp line ("Published: May 2, 2013 | 5:03pm"),
which readers treat as page furniture, not story text.

Split by a hash of the document name (`tools.facts_devsets.hash_split`): "dev" (looked at)
or "heldout" (only measured). Even-numbered topics are held out for acceptance and never read.
The documents carry no creation date in the XML (some `ecbplus` articles print one in the
text); items have `"date": null`. Run:

    python tools/facts_ecb_dates.py [--ecb-git DIR]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.ecb_extract import _NO_SPACE_AFTER, _NO_SPACE_BEFORE  # noqa: E402
from tools.facts_devsets import git_show, hash_split  # noqa: E402

OUTPUT = ROOT / "tests" / "data" / "facts_ecbdates.json"
DEFAULT_GIT = Path("/work/.mirror/tommasoc80+EventStoryLine/repo")
PREFIX = "ECB+_LREC2014/ECB+/"
SENTENCES = "ECB+_LREC2014/ECBplus_coreference_sentences.csv"
_NAME = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)\.xml$")
DATE_TYPES = frozenset(["TIME_DATE", "TIME_OF_THE_DAY"])
_ANCHORED = re.compile(
    r"\b(past|last|next|coming|previous|recent|since|ago|following|this|these|until|till|"
    r"before|after|earlier|later|from)\b",
    re.IGNORECASE,
)
"""Words that anchor a duration on the article date or another time."""
_REF_ONLY = re.compile(
    r"(now|right now|currently|recently|previously|formerly|lately|once|soon|then|earlier|"
    r"later|at present|at the time|at that time)",
    re.IGNORECASE,
)
"""Time references with no calendar value (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF)."""
_LEADING_WORD = re.compile(r"(?:on|in|at|for|of|to|from|until|till|by|during|a)\s+", re.I)
"""A preposition (or article) opening a markable: ECB+ marks "on Tuesday", TimeML "Tuesday"."""


_STAMP_LEFT = re.compile(
    r"(?:\W|\d|_|first|last|edited|released?|published|updated|posted|time|on|at|"
    r"gmt|utc|[ecmp][sd]?t|ist|cest|[ap]\.?m\b\.?)*",
    re.IGNORECASE,
)
"""What a page's time stamp line holds besides its dates ("Published: ", "Updated ", "|")."""


def is_stamp(text: str, dates: list[tuple[int, int]]) -> bool:
    """Whether a sentence is a page's own time stamp ("Published: May 2, 2013 | 5:03pm"):
    nothing but dated markables and stamp words."""
    rest, pos = [], 0
    for start, end in sorted(dates):
        rest.append(text[pos:start])
        pos = max(pos, end)
    rest.append(text[pos:])
    return bool(dates) and _STAMP_LEFT.fullmatch(" ".join(rest)) is not None


def trimmed_start(surface: str) -> int:
    """How many characters of a date markable's opening preposition to leave out."""
    m = _LEADING_WORD.match(surface)
    return m.end() if m and m.end() < len(surface) else 0


def role(kind: str, surface: str) -> str:
    """ "date", "neutral" (a duration anchored on a time, or a reference with no calendar
    value such as "previously") or "amount" (a plain length of time or a repetition) for an
    ECB+ time markable."""
    if kind in DATE_TYPES:
        return "neutral" if _REF_ONLY.fullmatch(surface.strip(" .,")) else "date"
    if kind == "TIME_DURATION" and _ANCHORED.search(surface):
        return "neutral"
    return "amount"


_CLITICS = frozenset(["s", "t", "re", "ll", "ve", "d", "m"])


def _glued(prev: str, tok: str, nxt: str) -> bool:
    """Whether `tok` is a separator the ecbplus tokeniser split out of one word: a colon
    or slash between digits, a point between digits or between single letters, a curly
    apostrophe before a clitic ("Lohan ’ s")."""
    if tok in (":", "/") and prev.isdigit() and nxt[:1].isdigit():
        return True
    if tok == "." and prev.isdigit() and nxt.isdigit():
        return True
    if tok == "\u2019" and prev[-1:].isalpha() and nxt.lower() in _CLITICS:
        return True
    return tok == "." and len(prev) == 1 and prev.isalpha() and len(nxt) == 1 and nxt.isalpha()


def join_tokens(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """One sentence's tokens as text, with each token's character span."""
    out = ""
    spans: list[tuple[int, int]] = []
    glue = True
    for i, tok in enumerate(tokens):
        text = {"``": "\u201c", "''": "\u201d"}.get(tok, tok)
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        sep = _glued(prev, tok, nxt)
        if out and not glue and not sep and tok not in _NO_SPACE_BEFORE and tok[:1] != "'":
            out += " "
        spans.append((len(out), len(out) + len(text)))
        out += text
        glue = tok in _NO_SPACE_AFTER or sep
    return out, spans


def _git_lines(git_dir: Path, *args: str) -> list[str]:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], capture_output=True, check=True, text=True
    ).stdout.splitlines()


def annotated_sentences(git_dir: Path) -> dict[str, set[int]]:
    """Document name ("1_10ecbplus") -> its annotated sentence numbers, odd topics only."""
    out: dict[str, set[int]] = {}
    for row in list(csv.reader(io.StringIO(git_show(git_dir, SENTENCES))))[1:]:
        topic, doc, sentence = row[0], row[1], row[2]
        if int(topic) % 2 == 1:
            out.setdefault(f"{topic}_{doc}", set()).add(int(sentence))
    return out


def document_items(xml: str, name: str, annotated: set[int]) -> list[dict[str, Any]]:
    """The items of one document: its annotated sentences, then other sentences with a
    dated markable (recall only)."""
    root = ET.fromstring(xml)
    tokens: dict[str, tuple[int, int]] = {}
    words: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        sentence = int(tok.get("sentence", "0"))
        words.setdefault(sentence, []).append(tok.text or "")
        tokens[tok.get("t_id", "")] = (sentence, len(words[sentence]) - 1)
    marks: dict[int, list[tuple[str, list[int]]]] = {}
    markables = root.find("Markables")
    for mark in markables if markables is not None else []:
        ids = [a.get("t_id", "") for a in mark.iter("token_anchor")]
        if not mark.tag.startswith("TIME_") or not ids:
            continue
        sentence = tokens[ids[0]][0]
        marks.setdefault(sentence, []).append((mark.tag, [tokens[t][1] for t in ids]))
    items = []
    for sentence in sorted(words):
        complete = sentence in annotated
        if not complete and not any(k in DATE_TYPES for k, _ in marks.get(sentence, [])):
            continue
        text, spans = join_tokens(words[sentence])
        gold = []
        for kind, positions in marks.get(sentence, []):
            start, end = spans[min(positions)][0], spans[max(positions)][1]
            kept = role(kind, text[start:end])
            cut = trimmed_start(text[start:end]) if kept == "date" else 0
            gold.append({"start": start + cut, "end": end, "type": kind, "role": kept,
                         "surface": text[start + cut : end], "ecb_start": start})  # fmt: skip
        gold.sort(key=lambda g: (g["start"], g["end"]))
        dated = [(g["ecb_start"], g["end"]) for g in gold if g["type"] in DATE_TYPES]
        items.append({"doc": name, "sentence": sentence, "text": text, "date": None,
                      "complete": complete, "stamp": is_stamp(text, dated), "spans": gold,
                      "split": hash_split(name)})  # fmt: skip
    return items


def ecb_items(git_dir: Path) -> list[dict[str, Any]]:
    annotated = annotated_sentences(git_dir)
    items: list[dict[str, Any]] = []
    paths = _git_lines(git_dir, "ls-tree", "-r", "--name-only", "HEAD", PREFIX)
    found = []
    for path in paths:
        m = _NAME.match(path.rsplit("/", 1)[-1])
        if m and int(m.group(1)) % 2 == 1:  # even topics: held out, never read
            found.append((int(m.group(1)), int(m.group(2)), m.group(3), path))
    for topic, number, kind, path in sorted(found):
        name = f"{topic}_{number}{kind}"
        items.extend(document_items(git_show(git_dir, path), name, annotated.get(name, set())))
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecb-git", type=Path, default=DEFAULT_GIT)
    args = parser.parse_args()
    if not (args.ecb_git / "HEAD").exists():
        print(f"facts_ecb_dates: not a git directory: {args.ecb_git}", file=sys.stderr)
        return 1
    commit = _git_lines(args.ecb_git, "rev-parse", "HEAD")[0]
    items = ecb_items(args.ecb_git)
    head = {"source": f"github:tommasoc80/EventStoryLine {PREFIX} (odd topics)",
            "built_by": "tools/facts_ecb_dates.py", "commit": commit, "licence": "CC BY 3.0"}  # fmt: skip
    lines = [json.dumps(it, ensure_ascii=False) for it in items]  # one item a line
    OUTPUT.write_text(json.dumps(head, ensure_ascii=False)[:-1] + ', "items": [\n'
                      + ",\n".join(lines) + "\n]}\n", encoding="utf-8")  # fmt: skip
    for split in ("dev", "heldout"):
        part = [it for it in items if it["split"] == split]
        done = [it for it in part if it["complete"]]
        dates = sum(s["role"] == "date" for it in done for s in it["spans"])
        print(f"{split}: {len({it['doc'] for it in part})} documents, {len(done)} annotated "
              f"sentences ({dates} dates), {len(part) - len(done)} other sentences")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
