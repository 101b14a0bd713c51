"""Data of the facts benchmark: the annotated sets `bench_facts.py` scores, each read into
scoring items (text, article date, gold character spans, split)."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tools.facts_conll import load_split  # noqa: E402
from tools.facts_timebank import load_articles  # noqa: E402

DATA = ROOT / "tests" / "data"
CONLL_KINDS = {"PER": "person", "ORG": "organisation", "LOC": "place"}
ENTITY_KINDS = ("person", "organisation", "place")
NOT_DATES = ("duration", "set")
Item = dict[str, Any]
"""A scoring unit: {"text", "date", "gold": [(start, end, kind)], "ignore": [(start, end)]}."""
Pred = list[tuple[int, int, str]]


# --- data -------------------------------------------------------------------------------


def conll_items(max_docs: int) -> list[Item]:
    """CoNLL dev articles: sentences joined by newlines, gold PER/ORG/LOC character spans."""
    by_doc: dict[int, list[Any]] = defaultdict(list)
    for s in load_split("dev"):
        by_doc[s.doc].append(s)
    items = []
    for _doc, sents in sorted(by_doc.items())[:max_docs]:
        text, gold, ignore, pos = [], [], [], 0
        for s in sents:
            for a, b, lab in s.char_spans():
                if lab in CONLL_KINDS:
                    gold.append((pos + a, pos + b, CONLL_KINDS[lab]))
                else:
                    ignore.append((pos + a, pos + b))
            text.append(s.text)
            pos += len(s.text) + 1
        items.append({"text": "\n".join(text), "date": None, "gold": gold, "ignore": ignore,
                      "sentences": len(sents), "split": "dev"})  # fmt: skip
    return items


def _locate(text: str, surfaces: Iterable[str], kind: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for s in surfaces:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
        if i >= 0:
            out.append((i, i + len(s), kind))
            pos = i + len(s)
    return out


def _has_number(surface: str) -> bool:
    """A digit or a number word: quantulum3 also expects bare units ("A kibibyte" = 1 KiB,
    "a gross"), which are not figures; they are neither counted nor held against a system."""
    from facts.lexicon import MULTIPLIERS, NUMBER_WORDS

    words = set(surface.lower().replace("-", " ").split())
    number_words = NUMBER_WORDS.keys() | MULTIPLIERS.keys()
    return any(ch.isnumeric() for ch in surface) or bool(words & number_words)


def quantity_items(numbers_only: bool = True) -> list[Item]:
    data = json.loads((DATA / "facts_quantities.json").read_text(encoding="utf-8"))
    items = []
    for it in data["items"]:
        spans = _locate(it["text"], [g["surface"] for g in it["figures"]], "figure")
        keep = [not numbers_only or _has_number(it["text"][g[0] : g[1]]) for g in spans]
        items.append({"text": it["text"], "date": None, "split": it["split"],
                      "gold": [g for g, k in zip(spans, keep, strict=True) if k],
                      "ignore": [g[:2] for g, k in zip(spans, keep, strict=True) if not k]})  # fmt: skip
    return items


def recognizer_items() -> list[Item]:
    data = json.loads((DATA / "facts_recognizers.json").read_text(encoding="utf-8"))
    items = []
    for it in data["items"]:
        spans = [(g["start"], g["start"] + len(g["surface"]), "figure") for g in it["figures"]]
        keep = [_has_number(g["surface"]) for g in it["figures"]]
        items.append({"text": it["text"], "date": None, "split": it["split"],
                      "gold": [g for g, k in zip(spans, keep, strict=True) if k],
                      "ignore": [g[:2] for g, k in zip(spans, keep, strict=True) if not k]})  # fmt: skip
    return items


def number_items(specs: tuple[str, ...], min_words: int = 0) -> list[Item]:
    """Recognizers-Text number cases of `specs` with at least `min_words` words; spans
    without a number (a bare "fahrenheit") are neither counted nor penalised."""
    data = json.loads((DATA / "facts_numbers.json").read_text(encoding="utf-8"))
    items = []
    for it in data["items"]:
        if it["spec"] not in specs or it["words"] < min_words:
            continue
        keep = [_has_number(g["surface"]) for g in it["figures"]]
        spans = [(g["start"], g["end"], "figure") for g in it["figures"]]
        ignore = [(g["start"], g["end"]) for g in it["ignore"]]
        items.append({"text": it["text"], "date": None, "split": it["split"],
                      "gold": [g for g, k in zip(spans, keep, strict=True) if k],
                      "ignore": ignore + [g[:2] for g, k in zip(spans, keep, strict=True)
                                          if not k]})  # fmt: skip
    return items


def date_items() -> list[Item]:
    items = []
    for corpus in ("TimeBank", "AQUAINT"):
        for a in load_articles(corpus=corpus):
            gold = [(s, e, "date") for s, e, v in a.dates if not v.endswith("_REF")]
            ignore = [(s, e) for s, e, v in a.dates if v.endswith("_REF")]
            ignore += [(s, e) for s, e, _ in a.anchored]
            items.append({"text": a.text, "date": a.dct, "gold": gold, "ignore": ignore,
                          "split": a.split, "set": corpus.lower(),
                          "amounts": [(s, e) for s, e, _ in a.others]})  # fmt: skip
    data = json.loads((DATA / "facts_datesearch.json").read_text(encoding="utf-8"))
    for it in data["items"]:
        items.append({"text": it["text"], "date": None, "split": it["split"], "ignore": [],
                      "set": "dateparser", "gold": _locate(it["text"], it["dates"], "date")})  # fmt: skip
    data = json.loads((DATA / "facts_datetimes.json").read_text(encoding="utf-8"))
    for it in data["items"]:
        spans = [(s["start"], s["end"], s["type"]) for s in it["spans"]]
        items.append({"text": it["text"], "date": it["date"], "split": it["split"], "ignore": [],
                      "set": "recognizers", "amounts": [s[:2] for s in spans if s[2] in NOT_DATES],
                      "gold": [(a, b, "date") for a, b, k in spans if k not in NOT_DATES]})  # fmt: skip
    return items


def extractor_date_items() -> list[Item]:
    """Recognizers-Text's DateTime extractor spec cases (tests/data/facts_datetime_extractors
    .json, all `dev`): each names only its extractor's spans, so only recall is scored;
    durations and sets are left out."""
    data = json.loads((DATA / "facts_datetime_extractors.json").read_text(encoding="utf-8"))
    return [{"text": it["text"], "date": None, "split": it["split"], "ignore": [],
             "gold": [(s["start"], s["end"], "date") for s in it["spans"]
                      if s["type"] not in NOT_DATES]}
            for it in data["items"]]  # fmt: skip


def ecb_date_items() -> list[Item]:
    """ECB+ odd-topic sentences (tests/data/facts_ecbdates.json, `tools/facts_ecb_dates.py`):
    TIME_DATE and TIME_OF_THE_DAY markables are dates, anchored durations and references with
    no calendar value ("previously") are neither counted nor penalised, plain lengths and
    repetitions are amounts; `complete` marks the sentences ECB+ annotated in full."""
    data = json.loads((DATA / "facts_ecbdates.json").read_text(encoding="utf-8"))
    items = []
    for it in data["items"]:
        spans = {role: [(s["start"], s["end"]) for s in it["spans"] if s["role"] == role]
                 for role in ("date", "neutral", "amount")}  # fmt: skip
        items.append({"text": it["text"], "date": None, "split": it["split"], "set": "ecb+",
                      "complete": it["complete"], "stamp": it["stamp"],
                      "gold": [(a, b, "date") for a, b in spans["date"]],
                      "ignore": spans["neutral"], "amounts": spans["amount"]})  # fmt: skip
    return items


def newspage_items(name: str = "facts_newspages.json") -> list[Item]:
    """Sentences of real English news pages read by `readers.read`
    (tests/data/facts_newspages.json, `tools/facts_news_pages.py`, or another file `name` of
    the same schema), figures and dates labelled by hand by the README's definitions; each
    sentence anchored on its page's date; `ignore` spans (list numbers, "#1") neither counted
    nor penalised."""
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    return [{"text": it["text"], "date": it["date"], "split": it["split"], "set": "newspages",
             "gold": [(g["start"], g["end"], g["kind"]) for g in it["gold"]],
             "ignore": [(g["start"], g["end"]) for g in it.get("ignore", [])]}
            for it in data["items"]]  # fmt: skip


# --- systems ----------------------------------------------------------------------------


def meantime_items() -> list[Item]:
    """MEANTIME's English Wikinews articles (tests/data/facts_meantime.json, CC BY 4.0, built
    by tools/facts_meantime.py), each read whole and anchored on its creation date; only the
    title, date line and first sentences MEANTIME annotated (`scored_end`) are scored."""
    data = json.loads((DATA / "facts_meantime.json").read_text(encoding="utf-8"))
    items = []
    for it in data["items"]:
        spans = {role: [(d["start"], d["end"]) for d in it["dates"] if d["role"] == role]
                 for role in ("date", "neutral", "amount")}  # fmt: skip
        lengths = [(d["start"], d["end"]) for d in it["dates"] if d["type"] in ("DURATION", "SET")]
        items.append({"text": it["text"], "date": it["date"], "split": it["split"],
                      "scored_end": it["scored_end"],
                      "entities": [(e["start"], e["end"], e["kind"]) for e in it["entities"]],
                      "entity_ignore": [(e["start"], e["end"]) for e in it["entity_ignore"]],
                      "figures": [(f["start"], f["end"], "figure") for f in it["figures"]],
                      "lengths": lengths, "dates": [(a, b, "date") for a, b in spans["date"]],
                      "neutral": spans["neutral"], "amounts": spans["amount"]})  # fmt: skip
    return items
