"""MEANTIME (NewsReader, English Wikinews) as a news set for people, organisations, places,
dates and figures: builds tests/data/facts_meantime.json.

Reads `data/meantime_newsreader_english_oct15/intra-doc_annotation/corpus_*/*.xml` (CAT XML,
120 Wikinews articles in four sub-corpora: airbus, apple, gm, stock; CC BY 4.0, Wikinews text
CC BY 2.5) from a fetched copy of the public repository qiangning/StructTempRel-EMNLP17 (a bare
git directory). Each article's tokens are joined back into readable text (title, date line,
then the body; no space before punctuation, after an opening bracket or a currency sign), and
every annotation becomes a character span of that text. MEANTIME annotates the title, the
date line and the first body sentences only: `scored_end` is the end of the last sentence
holding an annotation, and nothing after it is scored.

- entities: ENTITY_MENTION markables of syntactic type NAM or PRE.NAM (proper names, and
  proper names modifying a noun: "US" in "US automaker") that refer to an ENTITY instance of
  type PER, ORG or LOC are people, organisations and places. MEANTIME marks a whole noun
  phrase ("aircraft manufacturer Boeing", "Senator John McCain (R-AZ)", "the Moscone West
  Convention Center in San Francisco"); the name inside it is found by `name_span`: of the
  runs of capitalised words (joined by "of", "and", "&", "de"), the one sharing most words with
  the instance's own name (its TAG_DESCRIPTOR), else the last one before the first comma,
  bracket or preposition after a capitalised word; for a person, leading words not in its own
  name ("Senator") are dropped, and a person mention sharing no word with it ("Prime Minister
  of Canada") is not counted; a sentence's first word is dropped when the article also writes
  it in lower case and the instance's name does not hold it; trailing punctuation inside a
  token ("Inc.,") and a lower-case suffix after a hyphen ("Craiova-based") are left out. A
  single-word name shaped like a nationality adjective ("European", "Canadian", "Japanese")
  is neither counted nor penalised (CoNLL calls them MISC); a name inside a longer one ("US"
  in "US Air Force") neither, as CoNLL marks only the outer one, nor the other capitalised
  runs of a mention ("Alabama" of "Mobile, Alabama"); and neither are the names
  found the same way in every other mention: products, financial indices, mixed instances,
  and mentions of other syntactic types.
- dates: TIMEX3 spans sorted by `tools.facts_timebank.timex_role` as for TimeBank (DATE and
  TIME are dates; a DURATION with a calendar value is a date; a DURATION with an anchor mark
  is neutral; other DURATIONs and SETs are amounts), any `*_REF` value neutral. The article
  date is the TIMEX3 whose functionInDocument is CREATION_TIME; that date line under the
  title is the page's time stamp, not a date the story states, so it is neutral too (as the
  ECB+ time stamp lines are left out of the ECB+ date set), and so is any TIMEX3 filling the
  date line (sentence 1) without the CREATION_TIME mark (two articles).
- figures: VALUE markables (PERCENT, MONEY, QUANTITY); lengths of time and repetitions
  (TIMEX3 DURATION, SET) are neither counted nor penalised as figures.

Split fixed before any scoring: `tools.facts_devsets.hash_split` of the document name
("dev" tunes, "heldout" is only measured). Run:

    python tools/facts_meantime.py [--git-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.facts_devsets import hash_split  # noqa: E402
from tools.facts_timebank import timex_role  # noqa: E402

ENV_GIT_DIR = "SAMESTORY_MEANTIME_GIT_DIR"
DEFAULT_GIT_DIR = Path("/work/.mirror/qiangning+StructTempRel-EMNLP17/repo")
FOLDER = "data/meantime_newsreader_english_oct15/intra-doc_annotation/"
OUT = ROOT / "tests" / "data" / "facts_meantime.json"
KINDS = {"PER": "person", "ORG": "organisation", "LOC": "place"}
NAME_TYPES = ("NAM", "PRE.NAM")
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'", "n't", "'re",
                    "'ve", "'ll", "'d", "'m", "''", "...", "/"}  # fmt: skip
_NO_SPACE_AFTER = {"(", "[", "{", "``", "$", "/", "£", "€", "¥"}
_CUT = {",", "(", "[", ";", ":", "--", "in", "at", "on", "from", "for", "with", "who", "which",
        "that", "to", "by"}  # fmt: skip
_CONNECTORS = {"of", "and", "&", "de", "du", "der", "van", "von", "la", "-"}
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ian)")
_ANNOTATIONS = ("ENTITY_MENTION", "TIMEX3", "VALUE", "EVENT_MENTION", "SIGNAL", "C-SIGNAL")


@dataclass
class Token:
    text: str
    sentence: int
    start: int = 0
    end: int = 0


def _surface(token: str) -> str:
    return {"``": '"', "''": '"'}.get(token, token)


def _joined(prev: Token, tok: Token, next_text: str, quote_open: bool) -> bool:
    """Whether `tok` follows `prev` with no space in between."""
    if tok.text == '"':
        return quote_open  # a closing quote
    if prev.text == '"' and quote_open:
        return True  # after an opening quote
    if tok.text == "-" or prev.text == "-":
        left, right = (prev.text, next_text) if tok.text == "-" else ("", tok.text)
        return (prev.text == "-" and right[:1].isupper()) or (
            tok.text == "-" and left[:1].isupper() and next_text[:1].isupper()
        )  # "Wal-Mart", not "this year - the losses"
    if (
        prev.text != "''"
        and prev.text.endswith(("'", "\u2019"))
        and (
            (tok.text[:1].isupper() and len(prev.text) > 1)
            or tok.text in {"s", "m", "t", "re", "ve", "ll", "d"}
        )
    ):
        return True  # "O'Leary", "I'm"
    return (
        tok.text in _NO_SPACE_BEFORE
        or tok.text == "\u2019"
        or prev.text in _NO_SPACE_AFTER
        or prev.text.endswith("$")
    )


def detokenise(tokens: list[Token]) -> str:
    """Join `tokens` into readable text, setting each token's offsets: the title and the date
    line are paragraphs of their own, body sentences follow one another in a paragraph that
    ends after a sentence with no closing punctuation."""
    out: list[str] = []
    pos = 0
    quote_open = False
    for i, tok in enumerate(tokens):
        text = _surface(tok.text)
        prev = tokens[i - 1] if i else None
        next_text = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if prev is None:
            sep = ""
        elif tok.sentence != prev.sentence:
            quotes = sum(t.text == '"' for t in tokens if t.sentence == tok.sentence)
            if quotes and quotes % 2 == 0:
                quote_open = False  # a sentence with its quotes balanced starts outside one
            closed = prev.sentence >= 1 and prev.text in {".", "!", "?", "''", '"', ")"}
            sep = " " if closed and tok.sentence >= 3 else "\n\n"
        else:
            sep = "" if _joined(prev, tok, next_text, quote_open) else " "
        if tok.text in {'"', "``", "''"}:
            quote_open = tok.text == "``" or (tok.text == '"' and not quote_open)
        out.append(sep)
        pos += len(sep)
        tok.start, tok.end = pos, pos + len(text)
        out.append(text)
        pos += len(text)
    return "".join(out)


def _is_name_word(word: str) -> bool:
    """A capitalised word ("Boeing", "USAF", "R-AZ") or one like "iPhone"."""
    return word[:1].isupper() or (word[:1].islower() and word[1:2].isupper())


def _name_runs(words: list[str], end: int) -> list[tuple[int, int]]:
    """Runs of capitalised words (with digits and "of", "and", "&" inside) before `end`."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < end:
        if not _is_name_word(words[i]) or words[i] in {"The", "A", "An"}:
            i += 1
            continue
        j = i + 1
        while j < end:
            if _is_name_word(words[j]) or words[j][:1].isdigit():
                j += 1
            elif words[j] in _CONNECTORS and j + 1 < end and _is_name_word(words[j + 1]):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _pieces(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def name_span(words: list[str], descriptor: str = "", person: bool = False) -> tuple[int, int]:
    """(first, last + 1) word indices of the proper name inside a mention's words, or (0, 0)
    when it holds none: the run of capitalised words sharing most words with the instance's
    own name (`descriptor`), else the last run before the first comma, bracket or preposition
    after a capitalised word; for a person, leading words not in its own name ("Senator")
    are dropped."""
    first_name = next((i for i, w in enumerate(words) if _is_name_word(w)), None)
    if first_name is None:
        return 0, 0
    own = _pieces(descriptor)
    shared = [(len(own & _pieces(" ".join(words[a:b]))), a, b)
              for a, b in _name_runs(words, len(words))]  # fmt: skip
    best = max(shared, key=lambda run: (run[0], -run[1]), default=(0, 0, 0))
    if best[0]:  # the first of the runs sharing most ("Mobile" of "Mobile, Alabama")
        a, b = best[1], best[2]
    else:
        end = len(words)
        for i in range(first_name + 1, len(words)):
            if words[i] in _CUT:
                end = i
                break
        runs = _name_runs(words, end)
        if not runs:
            return 0, 0
        a, b = runs[-1]
    if person and own & _pieces(" ".join(words[a:b])):
        while a < b - 1 and not own & _pieces(words[a]):
            a += 1
    return a, b


@dataclass
class Mention:
    tag: str
    attrs: dict[str, str]
    tokens: list[Token]


def _children(root: ET.Element, tag: str) -> list[ET.Element]:
    found = root.find(tag)
    return list(found) if found is not None else []


def _parse(source: str) -> tuple[dict[str, str], list[Token], list[Mention], dict[str, Any]]:
    root = ET.fromstring(source)
    tokens = [Token(t.text or "", int(t.get("sentence", "0"))) for t in root.iter("token")]
    by_id = {t.get("t_id"): tok for t, tok in zip(root.iter("token"), tokens, strict=True)}
    mentions = []
    instances: dict[str, Any] = {}
    for m in _children(root, "Markables"):
        anchors = [
            by_id[a.get("t_id")] for a in m.findall("token_anchor") if a.get("t_id") in by_id
        ]
        if m.tag == "ENTITY":
            instances[m.get("m_id", "")] = dict(m.attrib)
        elif anchors:
            mentions.append(Mention(m.tag, dict(m.attrib), anchors))
    refers: dict[str, dict[str, str]] = {}
    for rel in _children(root, "Relations"):
        if rel.tag != "REFERS_TO":
            continue
        targets = [c.get("m_id", "") for c in rel if c.tag == "target"]
        for c in rel:
            if c.tag == "source" and targets and targets[0] in instances:
                refers[c.get("m_id", "")] = instances[targets[0]]
    return dict(root.attrib), tokens, mentions, refers


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span` without trailing punctuation inside a token ("Inc.,") nor a lower-case suffix
    after a hyphen ("Craiova-based")."""
    start, end = span
    while end > start + 1 and text[end - 1] in ",;:":
        end -= 1
    suffix = re.search(r"-[a-z]+$", text[start:end])
    if suffix and suffix.start() > 0:
        end = start + suffix.start()
    return start, end


def _span(tokens: list[Token]) -> tuple[int, int]:
    return min(t.start for t in tokens), max(t.end for t in tokens)


def build_article(source: str, corpus: str) -> dict[str, Any]:
    """One article: text, split, article date, scored region and its gold spans."""
    attrs, tokens, mentions, refers = _parse(source)
    text = detokenise(tokens)
    annotated = [t.sentence for m in mentions if m.tag in _ANNOTATIONS for t in m.tokens]
    last = max(annotated, default=-1)
    scored_end = max((t.end for t in tokens if t.sentence <= last), default=0)
    entities: dict[tuple[int, int], str] = {}
    first_of: dict[int, Token] = {}
    for t in tokens:
        first_of.setdefault(t.sentence, t)
    lower_words = {t.text for t in tokens if t.text.islower()}
    ignore: set[tuple[int, int]] = set()
    dates, figures, dct = [], [], None
    for m in mentions:
        if m.tag == "ENTITY_MENTION":
            instance = refers.get(m.attrs.get("m_id", ""), {})
            kind = KINDS.get(instance.get("ent_type", ""))
            words = [t.text for t in m.tokens]
            instance_words = _pieces(instance.get("TAG_DESCRIPTOR", ""))
            a, b = name_span(words, instance.get("TAG_DESCRIPTOR", ""), kind == "person")
            first = m.tokens[a] if b - a > 1 else None
            if (
                first is first_of[m.tokens[a].sentence]
                and first is not None
                and first.text.lower() in lower_words
                and first.text not in instance_words
            ):
                a += 1  # a sentence's capital on a common word ("Automaker GM")
            if a == b:
                continue
            span = _trim(text, _span(m.tokens[a:b]))
            for c, d in _name_runs(words, len(words)):
                if m.tokens[d - 1].end <= span[0] or m.tokens[c].start >= span[1]:
                    ignore.add(_trim(text, _span(m.tokens[c:d])))  # "Alabama" of "Mobile, Alabama"
            if (
                kind == "person"
                and instance_words
                and not instance_words & _pieces(text[span[0] : span[1]])
            ):
                kind = None  # a title standing for the person ("Prime Minister of Canada")
            counted = kind and m.attrs.get("syntactic_type") in NAME_TYPES
            if counted and b - a == 1 and _DEMONYM.fullmatch(words[a]):
                counted = False
            if counted and span not in entities:
                entities[span] = str(kind)
            else:
                ignore.add(span)
        elif m.tag == "TIMEX3":
            value = m.attrs.get("value", "")
            marks = {k: v for k, v in m.attrs.items() if v and k != "comment"}
            role = (
                "neutral" if value.endswith("_REF") else timex_role(m.attrs["type"], value, marks)
            )
            if m.attrs.get("functionInDocument") == "CREATION_TIME" or _fills_date_line(
                m.tokens, tokens
            ):
                role = "neutral"  # the date line: page furniture, as ECB+ time stamps
            start, end = _span(m.tokens)
            dates.append({"start": start, "end": end, "type": m.attrs["type"], "value": value,
                          "role": role})  # fmt: skip
            if m.attrs.get("functionInDocument") == "CREATION_TIME" and re.match(r"\d{4}-", value):
                dct = value[:10]
        elif m.tag == "VALUE":
            start, end = _span(m.tokens)
            figures.append({"start": start, "end": end, "type": m.attrs.get("type", "")})
    if dct is None:
        dct = _date_line(text, tokens)
    nested = {(a, b) for a, b in entities
              if any(c <= a and b <= d and (a, b) != (c, d) for c, d in entities)}  # fmt: skip
    entities = {
        span: k for span, k in entities.items() if span not in nested
    }  # "US" in "US Air Force"
    ignore |= nested
    ents = [{"start": a, "end": b, "kind": k} for (a, b), k in sorted(entities.items())]
    return {
        "doc": attrs.get("doc_name", ""),
        "corpus": corpus,
        "url": attrs.get("url", ""),
        "split": hash_split(attrs.get("doc_name", "")),
        "date": dct,
        "text": text,
        "scored_end": scored_end,
        "entities": ents,
        "entity_ignore": [{"start": a, "end": b} for a, b in sorted(ignore - entities.keys())],
        "dates": sorted(dates, key=lambda d: d["start"]),
        "figures": sorted(figures, key=lambda d: d["start"]),
    }


def _fills_date_line(marked: list[Token], tokens: list[Token]) -> bool:
    """Whether a markable covers every word of the date line (sentence 1, after the title)."""
    line = {id(t) for t in tokens if t.sentence == 1 and any(c.isalnum() for c in t.text)}
    return bool(line) and line <= {id(t) for t in marked}


def _date_line(text: str, tokens: list[Token]) -> str | None:
    """The article date from its date line (sentence 1) when no markable gives it."""
    from dateparser import parse

    line = [t for t in tokens if t.sentence == 1]
    if not line:
        return None
    found = parse(text[line[0].start : line[-1].end], languages=["en"])
    return found.date().isoformat() if found else None


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True
    ).stdout


def load_articles(git_dir: Path | None = None) -> tuple[str, list[dict[str, Any]]]:
    """(commit, articles) of the fetched repository, in path order."""
    git = git_dir or Path(os.environ.get(ENV_GIT_DIR, DEFAULT_GIT_DIR))
    names = sorted(
        n for n in _git(git, "ls-tree", "-r", "--name-only", "HEAD", FOLDER).split()
        if n.endswith(".xml")
    )  # fmt: skip
    articles = []
    for name in names:
        corpus = name.split("/")[-2].removeprefix("corpus_")
        articles.append(build_article(_git(git, "show", f"HEAD:{name}"), corpus))
    return _git(git, "rev-parse", "HEAD").strip(), articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--git-dir", type=Path, default=None)
    args = parser.parse_args()
    commit, articles = load_articles(args.git_dir)
    data = {
        "source": "github:qiangning/StructTempRel-EMNLP17 " + FOLDER,
        "commit": commit,
        "licence": "MEANTIME: CC BY 4.0 (c) 2015 Fondazione Bruno Kessler, VU University "
        "Amsterdam, Universidad del Pais Vasco; article text: Wikinews, CC BY 2.5",
        "items": articles,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for split in ("dev", "heldout"):
        part = [a for a in articles if a["split"] == split]
        counts = {k: sum(len(a[k]) for a in part) for k in ("entities", "dates", "figures")}
        print(f"{split}: {len(part)} articles, {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
