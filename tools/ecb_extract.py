"""Rebuild the ECB+ development folder: the odd-numbered topics of ECB+ 1.0 as plain text.

    python tools/ecb_extract.py GIT_DIR [OUT]      # OUT defaults to tests/data/ecbplus-odd

GIT_DIR is a bare clone of github.com/tommasoc80/EventStoryLine (CC BY 3.0 annotation; the
texts are news found through Google Search, see its README). Every document of an odd topic
(`ECB+_LREC2014/ECB+/<topic>/<topic>_<n>ecb.xml` or `...ecbplus.xml`) becomes
`OUT/<topic>_<n>ecb[plus].txt`: its tokens joined back into sentences (one paragraph per
sentence), without the page address the ecbplus files keep as sentence 0. `OUT-gold.json`
maps each file name to its story: topic + "ecb" or "ecbplus" (the two events of a topic).
Even-numbered topics are held out for acceptance and are never read.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PREFIX = "ECB+_LREC2014/ECB+/"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "ecbplus-odd"
_NAME = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)\.xml$")
_NO_SPACE_BEFORE = {"-", ".", ",", ";", ":", "!", "?", ")", "]", "}", "''", "'s", "n't", "%", "'"}
_NO_SPACE_AFTER = {"-", "(", "[", "{", "``", "$", "#"}


def detokenize(tokens: list[str]) -> str:
    """Tokens of one sentence as ordinary text ("U.S. -based" stays as written)."""
    out = ""
    glue = True
    for tok in tokens:
        if tok == "``":
            tok_text = "\u201c"
        elif tok == "''":
            tok_text = "\u201d"
        else:
            tok_text = tok
        if out and not glue and tok not in _NO_SPACE_BEFORE and not tok.startswith("'"):
            out += " "
        out += tok_text
        glue = tok in _NO_SPACE_AFTER
    return out


def document_text(xml: bytes, plus: bool) -> str:
    sentences: dict[int, list[str]] = {}
    for token in ET.fromstring(xml).iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    if plus:
        sentences.pop(0, None)  # the page address
    return "\n\n".join(detokenize(toks) for _, toks in sorted(sentences.items())) + "\n"


def gold_file(folder: Path) -> Path:
    """The gold labels of a folder made by `extract` (beside it, so it is not a document)."""
    return folder.with_name(folder.name + "-gold.json")


def _git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], capture_output=True, check=True
    ).stdout


def extract(git_dir: str, out: Path) -> dict[str, str]:
    names = _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", PREFIX).decode().splitlines()
    out.mkdir(parents=True, exist_ok=True)
    gold: dict[str, str] = {}
    for path in sorted(names):
        m = _NAME.match(path.rsplit("/", 1)[-1])
        if not m or int(m.group(1)) % 2 == 0:  # even topics: held out, never read
            continue
        topic, _, kind = m.groups()
        text = document_text(_git(git_dir, "show", f"HEAD:{path}"), kind == "ecbplus")
        name = path.rsplit("/", 1)[-1].replace(".xml", ".txt")
        (out / name).write_text(text, encoding="utf-8")
        gold[name] = f"{topic}{kind}"
    gold_file(out).write_text(json.dumps(gold, indent=0, sort_keys=True) + "\n")
    return gold


def main() -> None:
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    out = Path(sys.argv[2]) if len(sys.argv) == 3 else DEFAULT_OUT
    gold = extract(sys.argv[1], out)
    print(f"{len(gold)} documents, {len(set(gold.values()))} stories -> {out}")


if __name__ == "__main__":
    main()
