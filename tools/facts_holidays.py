"""Build facts/data/holidays.json: named holidays and the rule that gives their date in any
year, for reading "Christmas", "last Easter" or "Thanksgiving" as dates.

Names and dates come from the `holidays` package (MIT, vacanza/holidays): the holidays of
English-speaking countries (all their categories, in their own English; the first country to
name a holiday gives its rule, so "Independence Day" is July 4; a day of a state or province
only when Recognizers-Text names it too) and, for Christian and calendar
days English news names too ("Ascension Day", "Whit Monday", "Christmas Eve"), those of
other countries in English that agree on the date. Each name's dates over `YEARS` are turned
into one rule: a fixed day ("12-25"), the n-th (or last) weekday of a month ("Thanksgiving
Day": 4th Thursday of November), or days from Western Easter ("Good Friday": -2); a name
whose dates fit none (lunar or observed days) is left out. Short names come from
Recognizers-Text's English `HolidayNames` (MIT, microsoft/Recognizers-Text
`Patterns/English/English-DateTime.yaml`): an alias there that is the first word of a name
("christmas" for "Christmas Day", "easter" for "Easter Sunday") is kept as that name's alias
when the group names the whole name too, or no other name starts with that word
("juneteenth" for "Juneteenth National Independence Day"); and an alias that spells some of
a name's words, the name itself being in the group, is kept with its spaces ("Martin Luther
King Day" for "Martin Luther King Jr. Day").

Days the `holidays` package does not name come from the periodic holidays of Duckling's
English time rules (BSD licence, github:facebook/duckling `Duckling/Time/EN/Rules.hs`,
`rulePeriodicHolidays`): observances written as a fixed day, the n-th or last weekday of a
month, or days after one ("Black Friday": the day after the fourth Thursday of November,
rule "nth 11 3 4 1"), kept under Duckling's name when no name above squashes to it.

Lunar and Easter-bound days the tables above leave out come from Duckling's computed holidays
(`ruleComputedHolidays` of the same file, days listed in `Duckling/Time/Computed.hs`):
"Eid al-Fitr", "Diwali", "Purim" as "dates" rules listing their days from 1950 to 2050,
"Ramadan", "Passover" as "periods" (each year's first and last day), "Shrove Tuesday" as an
"easter" rule; and the other names Duckling's patterns spell ("mardi gras", "xmas", "mlk day";
`aliases_of`), joined to the day the table already has when the rules agree.

    pip install holidays==0.86 && python tools/facts_holidays.py [--recognizers PATH.yaml]
        [--duckling-rules PATH.hs [--duckling-computed Computed.hs]]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from dateutil.easter import easter

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "facts" / "data" / "holidays.json"
YEARS = range(2000, 2031)
ENGLISH = ("US", "GB", "CA", "AU", "NZ", "IE")
"""Countries whose holiday names are English; the first to name a holiday gives its rule."""
OTHERS = ("DE", "FR", "NL", "BE", "AT", "CH", "SE", "NO", "DK", "FI", "IT", "ES", "PT", "PL")
"""Countries read in English for the days they share: a name is kept when at least two of them
give it and all agree on its rule."""


def _dates(country: str, english: bool) -> tuple[dict[str, set[dt.date]], dict[str, set[dt.date]]]:
    """The holiday names of `country` (every category) -> their dates: nationwide ones, and
    those of at least two of its subdivisions only (a name is in one table or the other)."""
    import holidays

    cls = holidays.country_holidays(country).__class__
    language = cls.default_language if english else "en_US"
    tables: list[dict[str, set[dt.date]]] = [defaultdict(set), defaultdict(set)]
    places: dict[str, set[str]] = defaultdict(set)
    for subdiv in (None, *getattr(cls, "subdivisions", ())):
        try:
            table = holidays.country_holidays(
                country,
                subdiv=subdiv,
                years=YEARS,
                language=language,
                categories=cls.supported_categories,
            )
        except (NotImplementedError, ValueError):
            continue
        for day, names in table.items():
            for name in names.split("; "):
                if "(" not in name and "observed" not in name.lower():
                    tables[subdiv is not None][name.strip()].add(day)
                    places[name.strip()].add(str(subdiv))
    national, regional = tables
    return national, {
        k: v for k, v in regional.items() if k not in national and len(places[k]) >= 2
    }


def rule_of(days: set[dt.date]) -> str | None:
    """The one rule all `days` follow: "fixed 12-25", "nth 11 3 4" (month, weekday 0=Monday,
    n-th; -1 last), "easter -2"; None when they follow none or two fall in one year."""
    if len({d.year for d in days}) != len(days) or len(days) < 5:
        return None
    if len({(d.month, d.day) for d in days}) == 1:
        d = next(iter(days))
        return f"fixed {d.month:02d}-{d.day:02d}"
    offsets = {(d - easter(d.year)).days for d in days}
    if len(offsets) == 1:
        return f"easter {offsets.pop()}"
    if len({(d.month, d.weekday()) for d in days}) == 1:
        d = next(iter(days))
        nth = {(x.day - 1) // 7 + 1 for x in days}
        if len(nth) == 1:
            return f"nth {d.month} {d.weekday()} {nth.pop()}"
        if all((x + dt.timedelta(days=7)).month != x.month for x in days):
            return f"nth {d.month} {d.weekday()} -1"
    return None


def short_names(yaml_text: str) -> list[list[str]]:
    """Recognizers-Text's `HolidayNames` groups: spaceless lower-case aliases of one holiday."""
    block = yaml_text.split("HolidayNames:", 1)[1]
    groups = []
    for line in block.splitlines()[3:]:
        m = re.match(r"\s+\w+:\s*\[(.*)\]", line)
        if m:
            groups.append([a.strip() for a in m.group(1).split(",") if a.strip()])
        elif line.strip() and not line.lstrip().startswith("#"):
            break
    return groups


def _spaced(alias: str, name: str) -> str | None:
    """The words of `name`, some left out, that spell the spaceless `alias` ("Martin Luther King
    Day" for "martinlutherkingday" of "Martin Luther King Jr. Day"); None when none do or only
    one word would be left."""
    words = name.split()
    for size in range(len(words) - 1, 1, -1):
        for keep in itertools.combinations(words, size):
            if re.sub(r"\W", "", "".join(keep).lower()) == alias:
                return " ".join(keep)
    return None


def build(yaml_text: str | None) -> list[dict[str, Any]]:
    groups = short_names(yaml_text) if yaml_text else []
    known = {alias for group in groups for alias in group}
    rules: dict[str, str] = {}
    for country in ENGLISH:
        national, regional = _dates(country, english=True)
        for name, days in sorted(national.items()):
            rule = rule_of(days)
            if rule and name not in rules:
                rules[name] = rule
        for name, days in sorted(regional.items()):  # a state's day, if widely known
            rule = rule_of(days)
            if rule and name not in rules and re.sub(r"\W", "", name.lower()) in known:
                rules[name] = rule
    shared: dict[str, list[str | None]] = defaultdict(list)
    for country in OTHERS:
        for name, days in _dates(country, english=False)[0].items():
            shared[name].append(rule_of(days))
    for name, found in sorted(shared.items()):
        if name not in rules and len(found) >= 2 and len(set(found)) == 1 and found[0]:
            rules[name] = found[0]
    aliases: dict[str, list[str]] = defaultdict(list)
    for group in groups:
        for name in rules:
            first = name.split()[0]
            alone = sum(n.split()[0] == first for n in rules) == 1
            whole = re.sub(r"\W", "", name.lower()) in group
            if (whole or alone) and first.lower() in group and first not in (name, *rules):
                aliases[name].append(first)
            if whole:  # "martinlutherkingday" beside "martinlutherkingjrday": a shorter name
                for alias in group:
                    short = _spaced(alias, name)
                    if short and short not in (name, *rules, *aliases[name]):
                        aliases[name].append(short)
    return [
        {"name": name, "aliases": aliases.get(name, []), "rule": rule}
        for name, rule in sorted(rules.items())
    ]


_DUCKLING_RULE = re.compile(
    r'\(\s*"([^"]+)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*,\s*(.*?)\)\s*\n(?:\s*--[^\n]*\n)*\s*[,\]]', re.S
)
"""One holiday of Duckling's rule lists: (name, regular expression, day expression); a comment
line may stand between two of them."""


def _block(source: str, rules: str) -> str:
    """The entries of one of Duckling's rule lists ("rulePeriodicHolidays")."""
    start = source.index(f"{rules} ::")
    return source[start : source.index(" :: [Rule]", start + len(rules) + 4)]


def duckling_rules(source: str) -> dict[str, str]:
    """Duckling's periodic English holidays -> rules of `facts.date_holidays` ("fixed 03-08",
    "nth 5 0 -1", "nth 11 3 4 1"); forms it computes otherwise (lunar days) are left out."""
    out: dict[str, str] = {}
    for name, _, expr in _DUCKLING_RULE.findall(_block(source, "rulePeriodicHolidays")):
        e = " ".join(expr.split())
        after = re.fullmatch(r"cycleNthAfter False TG\.Day (\d+) \$ (.*)", e)
        shift, e = (int(after[1]), after[2]) if after else (0, e)
        if m := re.fullmatch(r"monthDay (\d+) (\d+)", e):
            rule = f"fixed {int(m[1]):02d}-{int(m[2]):02d}"
        elif m := re.fullmatch(r"nthDOWOfMonth (\d) (\d) (\d+)", e):
            rule = f"nth {int(m[3])} {int(m[2]) - 1} {int(m[1])}"
        elif m := re.fullmatch(r"predLastOf \(dayOfWeek (\d)\) \(month (\d+)\)", e):
            rule = f"nth {int(m[2])} {int(m[1]) - 1} -1"
        else:
            continue
        if shift and not rule.startswith("nth"):
            continue
        out[name] = f"{rule} {shift}" if shift else rule
    return out


COMPUTED_YEARS = range(1950, 2051)
"""Years whose days a lunar holiday's rule lists ("dates ..."): all Duckling computes."""
_COMPUTED_LIST = re.compile(r"\n(\w+)' = mapMaybe toTimeObjectM\s*\[(.*?)\]", re.S)


def computed_days(source: str) -> dict[str, list[dt.date]]:
    """Duckling's `Duckling/Time/Computed.hs`: each list of days ("chineseNewYear") -> its days
    within `COMPUTED_YEARS`."""
    out: dict[str, list[dt.date]] = {}
    for name, body in _COMPUTED_LIST.findall(source):
        days = [dt.date(int(y), int(m), int(d))
                for y, m, d in re.findall(r"\((\d{4}),\s*(\d+),\s*(\d+)\)", body)]  # fmt: skip
        out[name] = sorted(d for d in days if d.year in COMPUTED_YEARS)
    return out


_SHIFTED = re.compile(r"(?:cycleNthAfter False TG\.Day \(?(-?\d+)\)? )?(\w+)")
_PERIOD = re.compile(r"let start = (.+?) end = (.+?) in interval TTime\.Open start end")


def _days_of(expr: str, lists: dict[str, list[dt.date]]) -> list[dt.date] | None:
    """The days within `COMPUTED_YEARS` of one of Duckling's day expressions: a computed list
    or Western Easter, shifted by a count of days; None for other forms."""
    m = _SHIFTED.fullmatch(expr)
    if not m:
        return None
    shift, base = dt.timedelta(days=int(m[1] or 0)), m[2]
    if base == "easterSunday":
        return [easter(y) + shift for y in COMPUTED_YEARS]
    return [d + shift for d in lists[base]] if lists.get(base) else None


def _spellings(pattern: str) -> list[str]:
    """Every text Duckling's regular expression matches, when it is made of letters, groups,
    alternatives, optional parts and spaces ("(xmas|christmas)( day)?" -> "xmas", "xmas day",
    "christmas", "christmas day"); a top-level alternative of other forms, or of over 64
    texts, gives none."""
    import re._constants as sre
    import re._parser as sre_parse

    class Unspellable(Exception):
        pass

    def spell(items: Any) -> list[str]:
        outs = [""]
        for op, av in items:
            if op is sre.LITERAL:
                parts = [chr(av)]
            elif op is sre.SUBPATTERN:
                parts = spell(av[3])
            elif op is sre.BRANCH:
                parts = [t for branch in av[1] for t in spell(branch)]
            elif op is sre.MAX_REPEAT and av[:2] == (0, 1):
                parts = [*spell(av[2]), ""]
            elif (
                op is sre.MAX_REPEAT
                and av[0] == 1
                and list(av[2]) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]
            ):
                parts = [" "]
            elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
                parts = [chr(v) for _, v in av]
            else:
                raise Unspellable
            outs = [o + p for o in outs for p in parts]
            if len(outs) > 64:
                raise Unspellable
        return outs

    try:
        parsed = list(sre_parse.parse(pattern.replace("\\\\", "\\").lower()))
    except re.error:
        return []
    branches = parsed[0][1][1] if len(parsed) == 1 and parsed[0][0] is sre.BRANCH else [parsed]
    out = []
    for branch in branches:  # one alternative that cannot be spelled leaves the others
        try:
            out += spell(branch)
        except Unspellable:
            continue
    return out


def aliases_of(name: str, pattern: str) -> list[str]:
    """Other names of a holiday that Duckling's pattern spells ("xmas" for Christmas, "mlk day"
    for Martin Luther King's Day, "mardi gras" for Shrove Tuesday). Left out: the name itself
    and spellings that differ from a kept one only by apostrophes, hyphens or a final stop;
    misspellings the pattern tolerates (a word within two edits of a word of the name:
    "black fridday");
    those that open with "the" ("the night journey": words of other stories too); and one-word
    spellings that are a word of the name ("columbus" of Columbus Day), a common word
    ("carnival" for Ash Wednesday), a given name or a place."""
    from rapidfuzz.distance import Levenshtein

    from facts.lexicon import common_words, given_names, places

    seen = {_loose(name)}
    out = []
    name_words = set(re.split(r"[\s-]+", name.lower().replace("'", "")))
    for text in _spellings(pattern):
        text = " ".join(text.split()).strip(" .,")
        if not text or _loose(text) in seen or text.startswith("the "):
            continue
        if re.search(r"'(?![a-z])|(?<![a-z])'", text):
            continue  # "fool's' day": an apostrophe made optional twice
        words = [w for w in re.split(r"[\s-]+", text.replace("'", "")) if w not in name_words]
        if any(Levenshtein.distance(w, n) <= 2 for w in words for n in name_words):
            continue  # "black fridday", "channukkah": a misspelling the pattern tolerates
        if " " not in text and (
            text in name_words
            or text in common_words()
            or text.title() in given_names()
            or text.title() in places()
            or not text.isalpha()
        ):
            continue
        seen.add(_loose(text))
        out.append(text)
    return out


def _loose(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower().replace("saint", "st"))


def duckling_computed(rules_source: str, computed_source: str) -> dict[str, tuple[str, list[str]]]:
    """Duckling's computed English holidays -> (rule, plain aliases). Days
    (`ruleComputedHolidays`: "Eid al-Fitr", "Diwali", "Purim", "Shrove Tuesday"): "easter N"
    for days counted from Western Easter, else "dates" and every day within `COMPUTED_YEARS`,
    shifted by the rule's count of days. Periods (`ruleComputedHolidays'`: "Ramadan",
    "Hanukkah", "Passover", "Lent"): "periods" and each first and last day ("2024-03-11/
    2024-04-09"), the last being the first end day on or after the start within 60 days.
    Other forms are left out."""
    lists = computed_days(computed_source)
    days_block = _block(rules_source, "ruleComputedHolidays")
    out: dict[str, tuple[str, list[str]]] = {}
    for name, pattern, expr in _DUCKLING_RULE.findall(days_block):
        e = " ".join(expr.split())
        shifted = _SHIFTED.fullmatch(e)
        if shifted and shifted[2] == "easterSunday":
            rule = f"easter {int(shifted[1] or 0)}"
        elif days := _days_of(e, lists):
            rule = "dates " + " ".join(d.isoformat() for d in days)
        else:
            continue
        out[name] = (rule, aliases_of(name, pattern))
    for name, pattern, expr in _DUCKLING_RULE.findall(
        _block(rules_source, "ruleComputedHolidays'")
    ):
        period = _PERIOD.fullmatch(" ".join(expr.split()))
        firsts = _days_of(period[1], lists) if period else None
        lasts = _days_of(period[2], lists) if period else None
        if not firsts or not lasts:
            continue
        spans = []
        for first in firsts:
            last = min((d for d in lasts if 0 <= (d - first).days <= 60), default=None)
            if last:
                spans.append(f"{first.isoformat()}/{last.isoformat()}")
        out[name] = ("periods " + " ".join(spans), aliases_of(name, pattern))
    return out


def duckling_patterns(source: str) -> dict[str, str]:
    """Duckling's periodic English holidays -> the regular expression that names each."""
    block = _block(source, "rulePeriodicHolidays")
    return {name: pattern for name, pattern, _ in _DUCKLING_RULE.findall(block)}


def add_duckling(table: list[dict[str, Any]], entries: list[tuple[str, str, list[str]]]) -> None:
    """Add Duckling's holidays (name, rule, aliases) to `table`: a name no entry has yet comes
    in with its aliases; the aliases of a name an entry already has, with the same rule ("xmas"
    of Christmas), join that entry, and so does a new name one of whose aliases it has
    ("Pentecost", "whit sunday"). An alias some entry already has is not repeated."""
    owner: dict[str, dict[str, Any]] = {}
    for entry in table:
        for n in (entry["name"], *entry["aliases"]):
            owner.setdefault(_loose(n), entry)
    for name, rule, aliases in entries:
        entry = owner.get(_loose(name))
        known = next((owner[_loose(a)] for a in aliases if _loose(a) in owner), None)
        if entry is None and known is not None:
            if known["rule"] != rule:
                continue  # another day under a name the table gives a different day
            entry = known  # "Pentecost", an alias "whit sunday": one more name of Whit Sunday
            aliases = [name, *aliases]
        elif entry is None:
            entry = {"name": name, "aliases": [], "rule": rule}
            table.append(entry)
            owner[_loose(name)] = entry
        elif entry["rule"] != rule:
            continue
        for alias in aliases:
            if _loose(alias) not in owner:
                entry["aliases"].append(alias)
                owner[_loose(alias)] = entry


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--recognizers",
        help="Recognizers-Text Patterns/English/English-DateTime.yaml (for short names)",
    )
    parser.add_argument(
        "--duckling-rules", help="Duckling's Duckling/Time/EN/Rules.hs (for observances)"
    )
    parser.add_argument(
        "--duckling-computed",
        help="Duckling's Duckling/Time/Computed.hs (with --duckling-rules: lunar holidays)",
    )
    args = parser.parse_args()
    yaml_text = Path(args.recognizers).read_text(encoding="utf-8") if args.recognizers else None
    table = build(yaml_text)
    if args.duckling_rules:
        source = Path(args.duckling_rules).read_text("utf-8")
        patterns = duckling_patterns(source)
        entries = [(name, rule, aliases_of(name, patterns.get(name, "")))
                   for name, rule in duckling_rules(source).items()]  # fmt: skip
        if args.duckling_computed:
            computed = duckling_computed(source, Path(args.duckling_computed).read_text("utf-8"))
            entries += [(name, rule, aliases) for name, (rule, aliases) in computed.items()]
        add_duckling(table, entries)
        table.sort(key=lambda e: str(e["name"]))
    OUT.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(table)} holidays -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
