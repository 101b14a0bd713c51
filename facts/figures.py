"""Figures: numbers with their unit and counted noun ("12 of 47 counties", "3,200
refugees", "three F-16 fighter jets", "two-day", "$1.2 billion", "-15€", "40%", "500 MW",
"between 20 and 30 people", "second foreign leader to visit"), normalised to a value and a
singular noun so rewrites compare equal.

The patterns here find the forms a reader compares and normalise them (part of a whole, "one
in five", the counted noun, currencies and every Unicode currency sign, ranges, rates such as
"$5 a gallon", unit symbols from facts/data/units.json, temperatures, feet and inches);
figure_phrases reads figures said in words ("hundreds of protesters", "half a million",
"cut in half"), figure_ranges ranges of money and percentages ("10-20 dollars", "5-10%"),
written_numbers long numbers in words ("a hundred and twenty protesters"), and spaCy's
CARDINAL, MONEY, PERCENT and QUANTITY spans add the numbers the patterns miss ("2 1/2
inches", "less than 100"); bare_numbers, run by `extract` once the dates are found, adds the
numbers with no counted noun ("rose to 45."). Not figures: numbers that name or order
something ("2K12", "9/11", "24/7", a list's "1.", "Ninety Mile Beach", "in ’91", "Seat
14C"), times of day ("2 pm"), "one" and "the two sides" (a reference back; "one mile" is a
measure), "several hundred",
"zero carbon", and ordinals that only place something in an order ("first time", "his first
wife"); an ordinal is a figure when it ranks ("the first country to buy", "second deadliest
season", "one of the first visits")."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from facts.bare_numbers import (
    abbreviated_amounts,
    ages,
    names_or_orders,
    time_of_day,
    vague_or_two,
)
from facts.candidate import Candidate, Taken
from facts.date_filters import counts_things
from facts.figure_dimensions import dimensions
from facts.figure_exclusions import (
    in_identifier,
    multiples,
    not_a_quantity,
    number_word_compound,
    scores,
)
from facts.figure_models import model_counts, model_number
from facts.figure_phrases import approximate_counts, fractions_of_amounts, word_hyphen_counts
from facts.figure_ranges import money_and_percent_ranges
from facts.figure_references import (
    place_in_result,
    ranks,
    reference_mark,
    someday,
    version_after_name,
)
from facts.lexicon import (
    MULTIPLIERS,
    NUMBER_WORDS,
    ORDINALS,
    SEQUENCE_NOUNS,
    UNIT_NAMES,
    UNIT_SYMBOLS,
    singular,
)
from facts.nlp import NUMBER_LABELS, Span
from facts.numbers import (
    COUNT_WORD,
    DIGITS,
    FRACTION,
    FRACTION_WORDS,
    MONEY_SCALE,
    MULT,
    NUM,
    SCALES,
    SIGN,
    STOP,
    TIME_UNITS,
    WORDNUM,
    counted_noun,
    fmt,
    is_plural,
    is_year,
    noun_run,
    parse_number,
)
from facts.written_numbers import FRACTION_IN_WORDS, WRITTEN, written_counts, written_value

_ORD = "|".join(ORDINALS)


_UNIT_HYPHEN = re.compile(
    rf"(?<![\w-])(?P<n>{DIGITS}|(?i:{WORDNUM}))-(?P<u>(?:day|week|month|year|hour|minute|"
    r"second|member|point|party|nation|country|kilometre|kilometer|mile|storey|seat|man|"
    r"person|phase|stage|page)s?)(?:-old)?(?![\w-])"
)
_CURRENCY_CODES = "USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|INR|RUB|HKD"
_CURRENCY_WORDS = (
    "dollars|euros|pounds|yen|yuan|renminbi|rupees|roubles|rubles|pesos|francs|kyat|baht|"
    "lira|dinars|riyals|dirhams|shekels|rand"
)
_CURRENCY_SIGNS = "".join(
    ch for ch in map(chr, range(0x24, 0x3000)) if unicodedata.category(ch) == "Sc"
)
"""Every currency sign Unicode knows ("$", "€", "₽", "₩", "₦", "¢"...)."""
_MONEY = re.compile(
    rf"(?<![\w.,])(?P<cur>US\$|(?:HK|NZ|A|C|S)\$|[{_CURRENCY_SIGNS}]|Rs\.?\s?|(?:{_CURRENCY_CODES})\s?)"
    rf"\s?(?P<n>{SIGN}(?:\d+\s\d+/\d+(?![\d/])|{DIGITS}))(?:\s?(?P<mult>{MULT}|tn|trn|mn)\b|(?P<mult3>[MBTK])(?![\w-]))?"
    rf"|(?<![\w.,])(?P<n2>{SIGN}(?:{DIGITS}))\s?(?P<mult2>{MULT})?\s?"
    rf"(?:(?P<cur2>{_CURRENCY_WORDS}|{_CURRENCY_CODES})\b|(?P<cur3>[{_CURRENCY_SIGNS}]))"
)
_CURRENCY = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
             "HK$": "HKD", "NZ$": "NZD", "A$": "AUD", "C$": "CAD", "S$": "SGD",
             "dollars": "USD", "euros": "EUR", "pounds": "GBP", "yen": "JPY", "yuan": "CNY",
             "renminbi": "CNY", "RMB": "CNY", "rupees": "INR", "rubles": "RUB", "roubles": "RUB",
             "pesos": "peso", "francs": "franc", "kyat": "MMK", "baht": "THB", "lira": "lira",
             "dinars": "dinar", "riyals": "riyal", "dirhams": "dirham", "shekels": "ILS",
             "rand": "ZAR", "Rs": "INR", "Rs.": "INR"}  # fmt: skip
_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<n>{SIGN}(?:(?:\d+\s)?\d+/\d+|{DIGITS}|(?i:{WRITTEN})))"
    r"(?:\s|-)?(?:%|per[ -]?cents?\b|pct\b|(?<=\d)pc\b)",
    re.I,
)
"""A percentage: "40%", "-3.2%", "7 1/2%", "12.5 per cent", "a 30-percent rise", "100
percents", "three hundred and eighty percent", "3 pct", "5pc" (British papers)."""
_PERCENT_WORD = re.compile(r"%|per ?cent|pct|\dpc", re.I)
_PART = re.compile(
    rf"(?<![\w.,-])(?P<n>{NUM})\s+(?:(?:out\s+)?of\s+(?:the\s+|(?P<owner>[A-Z][\w-]*(?:’s|'s|’))\s+)?"
    r"|(?P<ratio>in)\s+)"
    rf"(?P<total>{NUM})(?=\s+[A-Za-z])"
)
_FRACTION = re.compile(
    r"(?<![\w’'-])(?<!\bthe\s)(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bother\s)(?<!\blast\s)"
    rf"(?P<k>(?:(?P<c>{COUNT_WORD})[- ])?(?P<f>{FRACTION}))"
    r"(?:\s+of)?(?:\s+the|\s+(?P<owner>[A-Z][\w-]*(?:’s|'s|’)))?(?=\s+[a-z])",
    re.I,
)
"""A share in words, read as a percentage: "half of the votes", "less than half the nation",
"two-thirds of Kenya's counties", "a quarter of voters" ("the other half", "the first
half", "half an hour" are not shares of something counted)."""
_ORDINAL = re.compile(rf"\b(?P<o>(?i:{_ORD})|\d+(?:st|nd|rd|th))(?=\s+[A-Za-z]|[-–,.;:!?)]|\s*$)")
_PLAIN = re.compile(
    rf"(?<![\w.,$£€%/-])(?:(?P<n>{SIGN}{NUM})|(?<=\b[Aa]\s)(?P<bare>thousand|million|billion|trillion))"
    rf"(?:(?:\s|(?P<attached>(?=(?:bn|mn|m|k|K)\b)))(?P<mult>{MULT}|mn|K)\b"
    rf"(?:\s+and\s+(?P<plus>(?i:{WORDNUM})|\d{{1,2}}(?![\d.,])))?)?"
    r"(?![\w%/-])(?=\s+[A-Za-z(])"
)
"""A number and its counted noun; "a million people", "two hundred and fifty people", "3
hundred and 21 sheep", "3.5m people", "32K records" (a scale letter only before a plural:
"a 10m drop" is ten metres)."""
_BETWEEN = re.compile(
    rf"(?<![\w.,/-])(?:(?P<lead>between|from)\s+)?(?P<c1>\$|€|£)?(?P<n>{SIGN}{NUM})"
    rf"(?:\s?(?P<mult1>{MULT})\b)?(?:\s?(?P<u1>[a-z]{{1,3}})\b)?\s+(?P<to>and|to)\s+"
    rf"(?P<c2>\$|€|£)?(?P<n2>{SIGN}{NUM})(?:\s(?P<mult>{MULT})\b)?(?:\s?(?P=u1)\b)?(?![\w%])",
    re.I,
)
_RANGE = re.compile(rf"(?<![\w.,-])(?P<n>{DIGITS})\s?[–—-]\s?(?P<n2>{DIGITS})(?![\w,])")

_DATA_SYMBOLS = "|".join(re.escape(u) for u in sorted(UNIT_SYMBOLS, key=len, reverse=True))
_SI_UNIT = (
    r"(?:[kMGTPmµμnc]|da|h)?(?:Wh|W|VA|V|Hz|J|N|Pa|eV|Bq|Gy|Sv|B|bps|bit|t|g|m|L|l|s)"
    rf"(?:\^?[23²³])?(?:/(?:s|h|hr|min|yr|kg|km|m|l)[23²³]?)?|[°º˚][CF]|°|mph|kph|mpg|km/h|(?:{_DATA_SYMBOLS})"
)
_SYMBOL_QUANTITY = re.compile(
    rf"(?<![\w.,^–—-])(?<![^A-Za-z]/)(?P<n>{SIGN}(?:{DIGITS}))(?:\s?(?P<mult>{MULT})\s)?\s?"
    rf"(?P<u>{_SI_UNIT})(?![\w^]|/(?!\d))"
)
_RANGE_SYMBOL = re.compile(rf"\s?(?P<u>{_SI_UNIT})(?![\w/^])")
"""A number with an SI or common unit symbol ("500 MW", "4km", "3.5 TeV", "40 °C", "66 Ma",
"30 psi"): a prefix and a base unit, or a symbol of facts/data/units.json, read
case-sensitively ("MW" is not "mW")."""
_TEMPERATURE = re.compile(rf"(?<![\w.,/-])(?P<n>{SIGN}\d+(?:\.\d+)?)\s?(?P<u>[CF])(?![\w’'-]|\s?/)")
"""A temperature with a bare scale letter ("highs of 30C", "-10C", "86F"), not a seat or a
flat ("Seat 14C", "Flat 3F": a capitalised word before)."""
_NAME_BEFORE = re.compile(r"\b(?P<w>[A-Z][\w.]*)\s*$")
_FEET_INCHES = re.compile(
    rf"(?<![\w.,/-])(?P<n>{DIGITS})(?P<u>[′']|[″\"]|’’|'')"
    rf"(?:\s?(?P<n2>{DIGITS})(?P<u2>[″\"]|’’|''))?(?![\w'’\"″])"
)
"""Feet and inches written with primes or straight quotes ("5'11\"", "9\" plates", "2½′"),
when the mark does not close a quotation opened before it in the sentence ("English 101\"")."""
_STRAIGHT_QUOTE = re.compile(r"(?<![^\W\d_])'|'(?![^\W\d_])|\"")
"""Straight quote marks that are not apostrophes inside a word ("Hubble's")."""
_MEASURE_WORD = r"\s+(?:in\s+)?(?:thick|long|wide|tall|high|deep|across|diameter|square|by)\b"
_INCH = re.compile(
    rf"(?<![\w.,/-])(?P<n>(?:\d+\s+)?\d+/\d+|{DIGITS})\s?(?:in\b\.?(?=\s*$|[,;:)]|{_MEASURE_WORD})"
    rf"|(?P<m>m)\b(?={_MEASURE_WORD}))"
)
"""Inches written "in" and metres written "m", only where a measure reads so ("2 in.", "2 1/2
in thick", "1.8m tall"), never the preposition ("two in my car") nor millions ("£5m.")."""

_RANK_TITLES = frozenset(["deputy", "vice", "lady", "secretary", "lieutenant", "class", "hand"])
_SMALL_WORDS = frozenset(["one", "a", "an"])


_DEFINITE = re.compile(
    r"(?:\b(?:the|these|those|both|its|their|his|her|our|my|your)|[’']s?)\s+$", re.I
)
_VAGUE = re.compile(r"\b(?:several|few|many|some|hundreds|thousands)\s+$", re.I)
_COORDINATED = re.compile(rf"\s+(?:and|or)\s+(?:{NUM})(?:\s(?:{MULT})\b)?", re.I)


def _small(text: str, start: int, raw: str, noun: str) -> bool:
    """ "one", "a", or "two"/"three" after a determiner ("the two sides", "its three
    members"): a reference to things already named, not a count worth comparing; "one mile",
    "one dollar" are measures."""
    low = raw.lower()
    if low in _SMALL_WORDS:
        return noun not in UNIT_NAMES or low != "one"
    return low in ("two", "three") and _DEFINITE.search(text, 0, start) is not None


_DIGIT = re.compile(r"\d")
_AGO = re.compile(r"\s+ago\b", re.I)
_CLOCK_READING = re.compile(r":[0-5]\d(?!\d)")
_NUMBER_CHAIN = re.compile(r"[-–]\d")


def _clock_time(raw: str) -> bool:
    """ "2", "10.30", "7:45": a number that can be a time of day before "pm" or "o'clock"."""
    m = re.fullmatch(r"(\d{1,2})(?:[.:][0-5]\d)?", raw)
    return m is not None and 1 <= int(m[1]) <= 12


_CLOCK = frozenset(["am", "pm", "o'clock", "o’clock"])
_RATE = re.compile(r"(?:\s?/\s?|\s+(?:a|an|per|each)\s+|-an?-)(?P<per>[A-Za-z]+)\b(?![/-])")
_PER_WHAT = frozenset(["share", "head", "person", "capita", "unit", "barrel", "gallon"])
"""What a rate is per besides units of measure and time ("50 cents a share")."""


def _vague(text: str, start: int, raw: str) -> bool:
    """ "several hundred", "a few thousand": an order of magnitude, not a value."""
    return raw.lower() in MULTIPLIERS and _VAGUE.search(text, 0, start) is not None


def find_figures(
    text: str, offset: int, sentence: int, taken: Taken, spans: list[Span] | None = None
) -> list[Candidate]:
    """Figure spans of one sentence (`text` starts at document offset `offset`); `spans` are
    the sentence's NER spans, whose number spans add what the patterns miss."""
    out: list[Candidate] = []

    def add(
        start: int,
        end: int,
        key: str,
        label: str,
        norm: dict[str, object],
        noun: str,
        value: float | None,
    ) -> None:
        if in_identifier(text, start) or number_word_compound(text, start, end):
            return  # "SS-100-202", "a one-two punch", "zero-hours contracts"
        if reference_mark(text, start, end) or someday(text, start, end):
            return  # "[23]", "#1", "pp. 188–203", "0.17.0", "One day, he said"
        if noun in TIME_UNITS and _AGO.match(text, end):
            return  # "more than two decades ago": a date, the date extractor's
        rate = _RATE.match(text, end)
        per = singular(rate["per"]) if rate else ""
        if (
            rate
            and (per in UNIT_NAMES or per in TIME_UNITS or per in _PER_WHAT)
            and taken.free(offset + end, offset + rate.end())  # "a year" may be a date's
        ):
            if label == text[start:end]:
                label = text[start : rate.end()]
            end, key, norm = rate.end(), f"{key}/{per}", {**norm, "per": per}
        a, b = offset + start, offset + end
        if not taken.free(a, b):
            return
        taken.add(a, b)
        c = Candidate("figure", key, label, a, b, sentence, norm, noun, value)
        out.append(c)

    scores(text, add)
    money_and_percent_ranges(text, add, _CURRENCY_SIGNS, _CURRENCY_WORDS, _CURRENCY)
    multiples(text, add)
    dimensions(text, add)
    model_counts(text, add)
    for m in _BETWEEN.finditer(text):
        lead, to = (m.group("lead") or "").lower(), m.group("to").lower()
        if (lead == "between") != (to == "and") or (lead == "from" and m.group("u1")):
            continue  # "from 44 mg to 50 mg" is a change: two figures, not one range
        if m.group("u1") and m.group("u1").lower() in STOP:
            continue
        lo, hi = parse_number(m.group("n")), parse_number(m.group("n2"))
        if lo is None or hi is None or lo >= hi:
            continue
        if is_year(m.group("n")) and is_year(m.group("n2")) and not m.group("c1"):
            continue  # "1999 to 2004": years, the date extractor's
        mult = (m.group("mult") or m.group("mult1") or "").lower()
        lo, hi = lo * SCALES.get(mult, 1), hi * SCALES.get(mult, 1)
        unit = m.group("u1") or ""
        words, end = noun_run(text, m.end()) if not unit else ([], m.end())
        noun = singular(words[-1]) if words else unit.lower()
        noun = _CURRENCY.get(words[-1].lower(), noun) if words else noun  # "10 to 20 dollars"
        cur = m.group("c1") or m.group("c2")
        if cur and not words:
            noun = _CURRENCY[cur]
        if not lead and not words and not cur and not unit:
            continue  # "5 to 4": a score or a vote, not a range of something
        add(m.start(), end if words else m.end(), f"figure:{fmt(lo)}-{fmt(hi)} {noun}".rstrip(),
            text[m.start():end if words else m.end()],
            {"value": [lo, hi], "noun": noun}, noun, lo)  # fmt: skip
    for m in _MONEY.finditer(text):
        num = parse_number(m.group("n") or m.group("n2"))
        if num is None:
            continue
        mult = (m.group("mult") or m.group("mult2") or m.group("mult3") or "").lower()
        cur = (m.group("cur") or m.group("cur2") or m.group("cur3") or "").strip()
        cur = _CURRENCY.get(cur, cur)
        value = num * (SCALES.get(mult) or MONEY_SCALE.get(mult, 1))
        add(m.start(), m.end(), f"figure:{fmt(value)} {cur}", m.group(0),
            {"value": value, "unit": cur}, cur, value)  # fmt: skip
    for m in _PERCENT.finditer(text) if _PERCENT_WORD.search(text) else ():
        num = parse_number(m.group("n"))
        num = written_value(m["n"]) if num is None and m["n"][-1:].isalpha() else num
        if num is None:
            continue
        of = re.match(r"\s+of(?:\s+the)?(?=\s)", text[m.end() :])
        words, end = noun_run(text, m.end() + (of.end() if of else 0))
        words = [w for w in words if not w[0].isupper()]
        noun = singular(words[-1]) if words else ""
        add(m.start(), end if words else m.end(), f"figure:{fmt(num)}% {noun}".rstrip(),
            text[m.start() : end if words else m.end()],
            {"value": num, "unit": "%", "noun": noun}, "%" + noun, num)  # fmt: skip
    for m in _SYMBOL_QUANTITY.finditer(text):
        num = parse_number(m.group("n"))
        unit = m.group("u")
        if num is None or (len(unit) < 2 and unit != "°") or re.fullmatch(r"[kMGTPc]s", unit):
            continue  # "5 B", "7 W.", "3 Ts": a letter, not a unit
        if unit in ("am", "pm") and _clock_time(m.group("n")):
            continue  # "2 pm": a time of day, not picometres ("500 pm" is)
        unit = {"C": "celsius", "F": "fahrenheit", "°": "degree"}.get(
            unit.lstrip("°º˚") or unit, unit
        )
        value = num * SCALES.get((m.group("mult") or "").lower(), 1)
        add(m.start(), m.end(), f"figure:{fmt(value)} {unit}", m.group(0),
            {"value": value, "unit": unit}, unit, value)  # fmt: skip
    units_marks = ""  # the marks read as feet or inches so far, not quotation marks
    digits = _DIGIT.search(text) is not None
    for m in _FEET_INCHES.finditer(text) if digits else ():
        num, marks = parse_number(m["n"]), "".join(_STRAIGHT_QUOTE.findall(text, 0, m.start()))
        mark = m["u"][0]
        if num is None or (mark in "'\"" and (marks.count(mark) - units_marks.count(mark)) % 2):
            continue  # 'he said "we need 20"': the mark closes a quotation
        units_marks += m["u"] + (m["u2"] or "")
        unit = "inch" if m["u"] in ("″", '"', "’’", "''") else "foot"
        value = num + ((parse_number(m["n2"]) or 0) / 12 if m["n2"] else 0)
        add(m.start(), m.end(), f"figure:{fmt(value)} {unit}", m.group(0),
            {"value": value, "unit": unit}, unit, value)  # fmt: skip
    for m in _TEMPERATURE.finditer(text) if digits else ():
        before = _NAME_BEFORE.search(text, 0, m.start())
        num = parse_number(m.group("n"))
        if num is None or (before and before["w"].lower() not in STOP):
            continue
        unit = "celsius" if m["u"] == "C" else "fahrenheit"
        add(m.start(), m.end(), f"figure:{fmt(num)} {unit}", m.group(0),
            {"value": num, "unit": unit}, unit, num)  # fmt: skip
    for m in _INCH.finditer(text) if digits else ():
        num = parse_number(m.group("n"))
        unit = "m" if m["m"] else "inch"
        if num is not None:
            add(m.start(), m.end(), f"figure:{fmt(num)} {unit}", m.group(0),
                {"value": num, "unit": unit}, unit, num)  # fmt: skip
    approximate_counts(text, add)
    for m in _FRACTION.finditer(text):
        part, count, said = m.group("f").lower().rstrip("s"), (m.group("c") or "").lower(), m[0]
        if part == "half" and count:
            continue  # "one half", "a half": a half of something already named
        counted = "-" in m["k"] and NUMBER_WORDS.get(count, 0) >= 2  # "a two-thirds majority"
        if part != "half" and not re.search(r"\sof\b", said, re.I) and not counted:
            continue  # "a third party", "a quarter mile": no share of anything
        if not re.search(r"\s(?:of|the)\b", said, re.I) and not m.group("owner") and not counted:
            continue  # "half day", "half empty": not a share of something counted
        share = NUMBER_WORDS.get(count, 1) * FRACTION_WORDS[part]  # "a third": 1
        if share >= 100:
            continue
        words, end = noun_run(text, m.end())
        words = [w for w in words if not w[0].isupper()]
        if not words or singular(words[-1]) in TIME_UNITS:
            continue  # "half an hour", "a third of the year": a period, not a share
        noun, value = singular(words[-1]), round(share, 1)
        add(m.start(), end, f"figure:{fmt(value)}% {noun}", text[m.start() : end],
            {"value": value, "unit": "%", "noun": noun}, "%" + noun, share)  # fmt: skip
    fractions_of_amounts(text, add)
    word_hyphen_counts(text, add)
    for m in _UNIT_HYPHEN.finditer(text):
        num = parse_number(m.group("n"))
        if num is None:
            continue
        unit = singular(m.group("u"))
        add(m.start(), m.end(), f"figure:{fmt(num)} {unit}", m.group(0),
            {"value": num, "unit": unit}, unit, num)  # fmt: skip
    for m in _PART.finditer(text):
        part, total = parse_number(m.group("n")), parse_number(m.group("total"))
        if part is None or total is None:
            continue
        words, end = noun_run(text, m.end())
        if not words:
            continue
        noun = singular(words[-1])
        if m["ratio"] and (part >= total or is_year(m["total"]) or noun in TIME_UNITS):
            continue  # "won 3 in 2020", "2 in 3 minutes": not one in so many of something
        add(m.start(), end, f"figure:{fmt(part)}/{fmt(total)} {noun}",
            f"{fmt(part)} of {fmt(total)} {words[-1]}",
            {"value": part, "total": total, "noun": noun}, noun + "/", part / total)  # fmt: skip
    for m in _RANGE.finditer(text):
        lo, hi = parse_number(m.group("n")), parse_number(m.group("n2"))
        if lo is None or hi is None:
            continue
        symbol = _RANGE_SYMBOL.match(text, m.end())
        words, end = noun_run(text, m.end()) if not symbol else ([symbol["u"]], symbol.end())
        if not words and names_or_orders(text, m.start(), m.end()):
            continue  # "( 613 ) 235-6745", "Australia 228-9": a number, not a range
        if model_number(text, m.start(), m.end("n"), words):
            continue  # "the 737-800 range": a model and its variant
        noun = singular(words[-1]) if words and not symbol else (symbol["u"] if symbol else "")
        add(m.start(), end if words else m.end(), f"figure:{fmt(lo)}-{fmt(hi)} {noun}".rstrip(),
            text[m.start():end if words else m.end()],
            {"value": [lo, hi], "noun": noun}, noun, lo)  # fmt: skip
    for m in _ORDINAL.finditer(text):
        o = m.group("o").lower()
        rank = ORDINALS.get(o) or int(re.sub(r"\D", "", o))
        place = place_in_result(text, m.start(), m.end())
        if place is not None:  # "finished second", "won first place"
            add(m.start(), place, f"figure:#{rank} place", text[m.start() : place],
                {"value": rank, "ordinal": True, "noun": "place"}, "#place", rank)  # fmt: skip
            continue
        words, end = noun_run(text, m.end(), plural_stop=False)
        words = [w for w in words if not w[0].isupper()]
        if not words or words[0].lower() in _RANK_TITLES | {"one", "ones"}:
            continue  # "first announced" is a verb, "first deputy chair" a title
        noun = singular(words[-1])
        if noun in SEQUENCE_NOUNS or singular(words[0]) in SEQUENCE_NOUNS:
            continue  # "first time", "tenth meeting": a place in a sequence, not a count
        if not ranks(text, m.start(), end, words):
            continue  # "his first wife", "the first comments": an order, not a record
        add(m.start(), end, f"figure:#{rank} {noun}", text[m.start():end],
            {"value": rank, "ordinal": True, "noun": noun}, "#" + noun, rank)  # fmt: skip
    written_counts(text, add)
    for m in _PLAIN.finditer(text):
        raw = m.group("n") or m.group("bare")
        num = parse_number(raw) if m.group("n") else MULTIPLIERS[raw]
        if num is None:
            continue
        if is_year(raw) and not counts_things(
            text, m.start(), m.end("n") if m.group("n") else m.end()
        ):
            continue  # a year: the date extractor had its chance
        if m.group("n") and names_or_orders(text, m.start(), m.end("n")):
            continue  # "Apollo 11 came", "page 5 results"
        if _POINT_DECIMAL.match(text, m.end()):
            continue  # "five point five": read by the bare-number finder
        mult = (m.group("mult") or "").lower()
        value = num * SCALES.get(mult, 1) + (parse_number(m.group("plus") or "0") or 0)
        if _vague(text, m.start(), raw):
            continue
        words, end = noun_run(text, m.end())
        if not words:
            # "45 and 50 mg", "three or four people": the number shares the next one's noun
            shared = _COORDINATED.match(text, m.end())
            words = noun_run(text, shared.end())[0] if shared else []
            end = m.end()
        if (
            not words
            or _ordinal_word(words[0])
            or (words[0].lower() in _CLOCK and _clock_time(raw))
        ):
            continue  # "at 2 pm", "10 o'clock": a time of day, the date extractor's
        if m["attached"] is not None and m["mult"] in ("m", "k") and not is_plural(words[0]):
            continue  # "a 10m drop", "a 5k run": metres, kilometres
        if words[0].lower() in SCALES and len(words[0]) > 2 and not mult:
            mult = words[0].lower()  # "three million,": a multiplier, not what is counted
            value *= SCALES[mult]
            words = words[1:]
        if m.group("n") and model_number(text, m.start(), m.end("n"), words):
            continue  # "its 777 airliner", "five new 737 aircraft": a model's name
        noun = counted_noun(words)
        if _small(text, m.start(), raw, noun) and noun not in TIME_UNITS and not mult:
            continue  # "the two sides", "one of the few": not a figure worth comparing
        if value == 0 and not is_plural(words[0]):
            continue  # "zero carbon", "zero tolerance": a name for a goal, not a count
        start = m.start() - 2 if m.group("bare") else m.start()  # "a million people"
        add(start, end, f"figure:{fmt(value)} {noun}".rstrip(), text[start:end],
            {"value": value, "noun": noun, "unit": noun}, noun, value)  # fmt: skip
    for span in spans or ():
        if span.label in NUMBER_LABELS:
            _from_span(text, span, add)
    abbreviated_amounts(text, add)
    ages(text, add)
    return out


_LEAD_WORDS = re.compile(
    r"(?:about|around|nearly|almost|some|over|more than|less than|fewer than|up to|at least|"
    r"roughly|approximately|only|just|the|a|an)\s+",
    re.I,
)
_SPAN_NUMBER = re.compile(
    rf"(?P<n>{SIGN}(?:(?:\d+\s+)?\d+/\d+(?![\d,.])|\d{{1,3}}(?:[ \u202f\u00a0]\d{{3}})+(?![\d,])"
    rf"|(?:{DIGITS})(?:\s+\d+/\d+)?)"
    rf"|(?i:{WORDNUM})(?:(?:[ -]|(?<=[Hh]undred)\s+and\s+)(?i:{WORDNUM}))*(?![A-Za-z]))"
    rf"(?:\s?(?P<mult>{MULT})\b)?"
)
_SPAN_UPPER = re.compile(rf"(?:to|and|[–—-])\s*(?P<n>{DIGITS})", re.I)
"""The upper end of a range inside a number span ("5 to 11")."""
_FRACTION_SPAN = re.compile(rf"(?i:{FRACTION_IN_WORDS})")
_POINT_DECIMAL = re.compile(rf"\s+point\s+(?i:{WORDNUM})\b", re.I)
_HYPHEN_WORD = re.compile(r"-(?P<w>[A-Za-z]+)\b(?!-)")


def _ordinal_word(word: str) -> bool:
    """ "fifth", "twenty-fifth", "hundredth", "thirds": an ordinal, or the denominator of a
    fraction in words, which the bare-number finder reads ("two thirds"); not "month"."""
    low = word.lower().split("-")[-1]
    low = low[:-1] if low.endswith("ths") or low == "thirds" else low
    return low in ORDINALS or (low.endswith("th") and low[:-2] in MULTIPLIERS)


def _from_span(text: str, span: Span, add: Any) -> None:
    """A figure from a spaCy number span the patterns missed: its first number is the value
    and the rest of the span (or the counted noun after it) the unit."""
    start, end = span.start, span.end
    lead = _LEAD_WORDS.match(text, start, end)
    if lead:
        start = lead.end()
    m = _SPAN_NUMBER.match(text, start, end)
    if m is None:
        return
    raw = m.group("n")
    num = parse_number(raw)
    if num is None:
        return
    if is_year(raw) and end == m.end():
        return  # a bare year
    if end == m.end() and time_of_day(text, m.start(), m.end()):
        return  # "at 10.30": a time of day
    if _CLOCK_READING.match(text, m.end()) or _NUMBER_CHAIN.match(text, end):
        return  # "at 19:56": a clock reading; "the 737-800 range": a chain the patterns read
    if _POINT_DECIMAL.match(text, end):
        return  # "minus five point five": a number in words the bare-number finder reads
    if _FRACTION_SPAN.fullmatch(text, start, end):
        return  # "two thirds": a fraction in words, read by the bare-number finder
    if _ordinal_word(text[start:end].split()[-1]):
        return  # "twenty-fifth", "two hundredth": an ordinal, figures only when it ranks
    value = num * SCALES.get((m.group("mult") or "").lower(), 1)
    rest = text[m.end() : end].strip().lstrip("-")
    if text[m.end() : end].strip().lower() in STOP:
        return  # "3 hundred and": a span cut short, read whole by the bare-number finder
    upper = _SPAN_UPPER.fullmatch(rest)
    top = upper["n"] if upper else ""
    hi = parse_number(top) if top else None
    if hi is not None and hi > value and not (is_year(raw) and is_year(top)):
        add(start, end, f"figure:{fmt(value)}-{fmt(hi)}", text[start:end],
            {"value": [value, hi], "noun": ""}, "", value)  # fmt: skip
        return  # "aged 5 to 11": a range
    hyphen = _HYPHEN_WORD.match(text, end) if not rest else None
    if hyphen and not raw[-1:].isdigit():
        return  # "a two-state solution": a compound the unit patterns did not read
    if hyphen:
        rest, end = hyphen["w"], hyphen.end()  # "68-ounce cans"
    words: list[str] = []
    if rest:
        unit = singular(rest.split()[-1].strip(".,"))
    else:
        words, noun_end = noun_run(text, end)
        if words and _ordinal_word(words[0]):
            return  # "two hundredth", "one hundred twenty fifth": an ordinal or a fraction
        if words:
            end, unit = noun_end, counted_noun(words)
        else:
            unit = ""
    if not_a_quantity(text, start, m, bool(rest) or unit in UNIT_NAMES) or _vague(text, start, raw):
        return
    if not rest and version_after_name(text, start, words):
        return  # "the Python 3 porting effort": a version
    if not rest and (model_number(text, start, m.end(), words) or vague_or_two(text, start)):
        return  # "Boeing's 787", "iPhone 4 owners", "an app or two"
    if not words and re.fullmatch(r"[\d,\s]*", rest) and names_or_orders(text, start, end):
        return  # "Apollo 11", "page 5", "( 613 ) 235-6745"
    if not rest and (
        (_small(text, start, raw, unit) and unit not in TIME_UNITS)
        or (value == 0 and not (words and is_plural(words[0])))
    ):
        return
    add(start, end, f"figure:{fmt(value)} {unit}".rstrip(), text[start:end],
        {"value": value, "unit": unit}, unit, value)  # fmt: skip
