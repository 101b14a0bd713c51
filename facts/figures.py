"""Figures: numbers with their unit and counted noun ("12 of 47 counties", "3,200
refugees", "three F-16 fighter jets", "two-day", "$1.2 billion", "-15€", "40%", "500 MW",
"between 20 and 30 people", "second foreign leader to visit"), normalised to a value and a
singular noun so rewrites compare equal.

The patterns here find the forms a reader compares and normalise them (part of a whole, "one
in five", the counted noun, currencies and every Unicode currency sign, ranges, rates such as
"$5 a gallon", unit symbols from facts/data/units.json, temperatures, feet and inches);
figure_phrases reads figures said in words ("hundreds of protesters", "half a million",
"cut in half"), figure_ranges ranges ("10-20 dollars", "5-10%", "between 20 and 30 people"),
written_numbers long numbers in words ("a hundred and twenty protesters"), figure_news_forms
news forms around a number ("fell $2.86 to $77.11", "the 20-yard line", "32- and 64-bit"),
and figure_spans reads spaCy's CARDINAL, MONEY, PERCENT and QUANTITY spans for the numbers
the patterns miss ("2 1/2 inches", "less than 100"); bare_numbers, run by `extract` once the dates are found, adds the
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

from facts.bare_numbers import (
    abbreviated_amounts,
    ages,
    names_or_orders,
)
from facts.candidate import Candidate, Taken
from facts.date_filters import counts_things
from facts.figure_context import refine
from facts.figure_currencies import currency_signs, named_money, sign_pattern
from facts.figure_dimensions import dimensions
from facts.figure_exclusions import (
    in_identifier,
    multiples,
    number_word_compound,
    records,
    scores,
    team_scores,
)
from facts.figure_models import model_counts, model_number
from facts.figure_news_forms import (
    hanging_hyphens,
    ish_numbers,
    not_counted,
)
from facts.figure_phrases import approximate_counts, fractions_of_amounts, word_hyphen_counts
from facts.figure_ranges import counted_ranges, money_and_percent_ranges
from facts.figure_references import (
    place_in_result,
    ranks,
    reference_mark,
    someday,
    stat_after_name,
)
from facts.figure_spans import (
    POINT_DECIMAL,
    from_span,
    ordinal_word,
    small_reference,
    vague_magnitude,
)
from facts.figure_terms import (
    cited_sources,
    in_title,
    names_a_kind,
    period_back,
    point_from_event,
)
from facts.figure_unit_words import glued_power_unit, weighs
from facts.figure_vague import age_decades, counted_one, share_alone, streak, vague_counts
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
    whole_noun,
)
from facts.written_numbers import WRITTEN, written_counts, written_value

_ORD = "|".join(ORDINALS)


_UNIT_HYPHEN = re.compile(
    rf"(?<![\w-])(?P<n>{DIGITS}|(?i:{WORDNUM}))-(?P<u>(?:day|week|month|year|hour|minute|"
    r"second|member|point|party|nation|country|kilometre|kilometer|mile|storey|seat|man|"
    r"person|phase|stage|page)s?)(?:-old)?(?![\w-])"
)
_TITLE_SCALE = "Hundred|Thousand|Million|Billion|Trillion"
"""A scale word capitalised in a headline ("a Net Worth of $17 Million")."""
_CURRENCY_CODES = (
    "USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|INR|RUB|HKD|BRL|KRW|MXN|SGD|NZD|SEK|NOK|DKK|PLN|TRY|"
    "IDR|THB|MYR|VND|NGN|EGP|PKR|SAR|AED|ZAR|ILS|TWD|ARS|KES|UAH|CZK|HUF"
)
"""ISO 4217 codes of the most traded currencies; none is an English word ("ALL", "TOP" are)."""
_CURRENCY_WORDS = (
    "dollars?|euros?|pounds|yen|yuan|renminbi|rupees?|roubles?|rubles?|pesos?|francs?|kyat|"
    "baht|lira|dinars?|riyals?|dirhams?|shekels?|rand"
)
_CURRENCY_SIGNS = "".join(
    ch for ch in map(chr, range(0x24, 0x3000)) if unicodedata.category(ch) == "Sc"
)
"""Every currency sign Unicode knows ("$", "€", "₽", "₩", "₦", "¢"...)."""
_MONEY = re.compile(
    rf"(?<![\w.,])(?P<cur>US\$|{sign_pattern()}|(?:HK|NZ|AU?|CA?|S|R)\$|[{_CURRENCY_SIGNS}]|Rs\.?\s?|(?:{_CURRENCY_CODES})\s?)"
    rf"\s?(?P<n>{SIGN}(?:\d+\s\d+/\d+(?![\d/])|{DIGITS}))(?:\s?(?P<mult>{MULT}|tn|trn|mn|{_TITLE_SCALE})\b|(?P<mult3>[MBTK])(?![\w-]))?"
    rf"|(?<![\w.,])(?P<n2>{SIGN}(?:{DIGITS}))\s?(?P<mult2>{MULT})?\s?"
    rf"(?:(?P<cur2>(?i:{_CURRENCY_WORDS})|{_CURRENCY_CODES})\b|(?P<cur3>[{_CURRENCY_SIGNS}]))"
)
_CURRENCY = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
             "HK$": "HKD", "NZ$": "NZD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "S$": "SGD", "R$": "BRL",
             "dollars": "USD", "euros": "EUR", "pounds": "GBP", "yen": "JPY", "yuan": "CNY",
             "renminbi": "CNY", "RMB": "CNY", "rupees": "INR", "rubles": "RUB", "roubles": "RUB",
             "pesos": "peso", "francs": "franc", "kyat": "MMK", "baht": "THB", "lira": "lira",
             "dinars": "dinar", "riyals": "riyal", "dirhams": "dirham", "shekels": "ILS",
             "rand": "ZAR", "Rs": "INR", "Rs.": "INR"}  # fmt: skip
_CURRENCY.update({w[:-1]: c for w, c in _CURRENCY.items() if w.endswith("s") and w.islower()})
_CURRENCY.update({s: c for s, c in currency_signs().items() if s not in _CURRENCY})
_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<n>{SIGN}(?:(?:\d+\s)?\d+/\d+|{DIGITS}|(?i:{WRITTEN})))"
    r"(?:\s|-)?(?:%|per[ -]?cents?\b|pct\b|(?<=\d)pc\b)",
    re.I,
)
"""A percentage: "40%", "-3.2%", "7 1/2%", "12.5 per cent", "a 30-percent rise", "100
percents", "three hundred and eighty percent", "3 pct", "5pc" (British papers)."""
_PERIOD_COMPARED = re.compile(
    r"\s+(?P<p>year|month|week|quarter|day)[- ](?:to[- ]date\b|(?:on|over)[- ](?P=p)\b)", re.I
)
"""The period a change is measured over ("year to date", "year-on-year", "month over month")."""
_PERCENT_WORD = re.compile(r"%|per ?cent|pct|\dpc", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the|its|their|his|her|our|this|that)\s+$", re.I)
_VERB_AFTER = re.compile(r"\s+[a-z]+(?:ed|ing)\b")
"""After a percentage with no article before it, a word in -ed or -ing goes on with the
sentence ("60 percent responded yes", "10 percent coming from abroad"); after "a 20%"
it is what the share is in ("a 20% operating margin")."""
_PART = re.compile(
    rf"(?<![\w.,-])(?P<n>{NUM})\s+(?:(?:out\s+)?of\s+(?:the\s+|(?P<owner>[A-Z][\w-]*(?:’s|'s|’))\s+)?"
    r"|(?P<ratio>in)\s+)"
    rf"(?P<total>{NUM})(?=\s+[A-Za-z]|\s*[,.;:!?)]|\s*$)"
)
_FRACTION = re.compile(
    r"(?<![\w’'-])(?<!\bthe\s)(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bother\s)(?<!\blast\s)"
    r"(?<!consecutive\s)(?<!straight\s)(?<!successive\s)"
    r"(?<!\btop\s)(?<!bottom\s)(?<!upper\s)(?<!lower\s)(?<!front\s)(?<!\bback\s)"
    rf"(?P<k>(?:(?P<c>{COUNT_WORD})[- ])?(?P<f>{FRACTION}))"
    r"(?:\s+of)?(?:\s+the|\s+(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*(?:’s|'s|’)))?(?=\s+[a-z])",
    re.I,
)
"""A share in words, read as a percentage: "half of the votes", "less than half the nation",
"two-thirds of Kenya's counties", "a quarter of voters" ("the other half", "the first
half", "the top half" of a bun, "half an hour" are not shares of something counted)."""
_OWNER_AFTER = re.compile(r"\s+[a-z][\w-]*(?:’s|'s|’)(?=\s)")
"""Whose the counted things are, after "half of the" ("half of the state's districts")."""
_JOINED_STREAK = re.compile(r"-(?P<w>straight|consecutive|successive)\b(?!-)", re.I)
"""A streak joined to an ordinal: "a third-straight title"."""
_ORDINAL = re.compile(rf"\b(?P<o>(?i:{_ORD})|\d+(?:st|nd|rd|th))(?=\s+[A-Za-z]|[-–,.;:!?)]|\s*$)")
_PLAIN = re.compile(
    rf"(?<![\w.,$£€%/:-])(?:(?P<n>{SIGN}{NUM})|(?<=\b[Aa]\s)(?P<bare>thousand|million|billion|trillion))"
    rf"(?:(?:\s|(?P<attached>(?=(?:bn|mn|m|k|K)\b)))(?P<mult>{MULT}|mn|K)\b"
    rf"(?:\s+and\s+(?P<plus>(?i:{WORDNUM})|\d{{1,2}}(?![\d.,])))?)?"
    r"(?![\w%/-])(?=\s+[A-Za-z(])"
)
"""A number and its counted noun; "a million people", "two hundred and fifty people", "3
hundred and 21 sheep", "3.5m people", "32K records" (a scale letter only before a plural:
"a 10m drop" is ten metres)."""
_ONE_OF = re.compile(r"one\s+of\s", re.I)
"""A part that is "one of" the total: a member of a group, not a share ("one of two people
who caught it"); "one in five", "one out of ten" are shares."""
_SAID_ALONE = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:said|say|says|were|are|have|had)\b")
"""After "one in five" with no counted noun: the clause ends or its verb comes ("one in 10
said")."""
_WON_LOST = re.compile(r"\b(?:won|wins?|winning|lost|loses|losing|dropped)\s+$", re.I)
"""A verb of a record before "four of five" with no counted noun ("have lost four of five")."""
_RANGE = re.compile(rf"(?<![\w.,-])(?P<n>{DIGITS})\s?[–—-]\s?(?P<n2>{DIGITS})(?![\w,])")

_DATA_SYMBOLS = "|".join(re.escape(u) for u in sorted(UNIT_SYMBOLS, key=len, reverse=True))
_SI_UNIT = (
    r"(?:[kMGTPmµμnc]|da|h)?(?:Wh|W|VA|V|Hz|J|N|Pa|eV|Bq|Gy|Sv|B|bps|bit|t|g|m|L|l|s)"
    rf"(?:\^?[23²³])?(?:/(?:s|h|hr|min|yr|kg|km|m|l)[23²³]?)?|[°º˚][CF]|°|mph|kph|mpg|km/h|N·?m|lb-ft|(?:{_DATA_SYMBOLS})"
)
_SYMBOL_QUANTITY = re.compile(
    rf"(?<![\w.,^–—-])(?<![^A-Za-z]/)(?P<n>{SIGN}(?:{DIGITS}))(?:\s?(?P<mult>{MULT})\s)?\s?"
    rf"(?P<u>{_SI_UNIT})(?![\w^]|/(?!\d))"
)
_RANGE_SCALE = re.compile(r"\s(?P<s>(?i:thousand|million|billion|trillion))\b")
_RANGE_SYMBOL = re.compile(rf"\s?(?P<u>{_SI_UNIT})(?![\w/^])")
"""A number with an SI or common unit symbol ("500 MW", "4km", "3.5 TeV", "40 °C", "66 Ma",
"30 psi", torque in "540 Nm" or "400 lb-ft"): a prefix and a base unit, or a symbol of
facts/data/units.json, read case-sensitively ("MW" is not "mW")."""
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
_COORDINATED = re.compile(rf"\s+(?:and|or)\s+(?:{NUM})(?:\s(?:{MULT})\b)?", re.I)


_DIGIT = re.compile(r"\d")
_AGO = re.compile(r"\s+(?:ago|away)\b", re.I)
"""After a length of time, a point measured from now ("two decades ago", "100 days away")."""


def _clock_time(raw: str) -> bool:
    """ "2", "10.30", "7:45": a number that can be a time of day before "pm" or "o'clock"."""
    m = re.fullmatch(r"(\d{1,2})(?:[.:][0-5]\d)?", raw)
    return m is not None and 1 <= int(m[1]) <= 12


_CLOCK = frozenset(["am", "pm", "o'clock", "o’clock"])
_RATE = re.compile(r"(?:\s?/\s?|\s+(?:a|an|per|each)\s+|-an?-)(?P<per>[A-Za-z]+)\b(?![/-])")
_PER_WHAT = frozenset(["share", "head", "person", "capita", "unit", "barrel", "gallon"])
"""What a rate is per besides units of measure and time ("50 cents a share")."""


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
        if (noun in TIME_UNITS and _AGO.match(text, end)) or not_counted(text, start, end, noun):
            return  # "two decades ago": a date; "the 20-yard line", "three-on-two", "1991 BC"
        if names_a_kind(text, start, end) or in_title(text, start, end):
            taken.add(offset + start, offset + end)  # "at 1080p" is no time either
            return  # "a 3-pointer", "a 401(k)", "a 4K TV", "Covey’s The 7 Habits"
        if cited_sources(text, start, end):
            return  # "these drugs (38, 39)."
        if point_from_event(text, start, end, noun) or period_back(text, start, noun):
            return  # "Three weeks before he died,", "within 10 years": dates'
        if (fixed := refine(text, start, end, key, label, norm, noun)) is None:
            return  # "the third post in a series", "7 Ways to Keep...": figure_context
        start, end, key, label, norm, noun = fixed
        code = _CURRENCY.get(noun) if noun.islower() and noun != "pound" else None
        if code and key.endswith(
            f" {noun}"
        ):  # "2.5 million dollars" as "$2.5m" (a pound may weigh)
            key, norm, noun = key[: -len(noun)] + code, {**norm, "unit": code}, code
        rate = _RATE.match(text, end)
        symbol = rate is not None and len(rate["per"]) > 1 and rate["per"] in UNIT_SYMBOLS
        per = (rate["per"] if symbol else singular(rate["per"])) if rate else ""  # "$0.03/kWh"
        if (
            rate
            and (symbol or per in UNIT_NAMES or per in TIME_UNITS or per in _PER_WHAT)
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
    records(text, add)
    team_scores(text, add)
    hanging_hyphens(text, add)
    ish_numbers(text, add)
    money_and_percent_ranges(text, add, _CURRENCY_SIGNS, _CURRENCY_WORDS, _CURRENCY)
    multiples(text, add)
    dimensions(text, add)
    model_counts(text, add)
    counted_ranges(text, add, _CURRENCY)
    for m in _MONEY.finditer(text):
        num = parse_number(m.group("n") or m.group("n2"))
        if num is None:
            continue
        mult = (m.group("mult") or m.group("mult2") or m.group("mult3") or "").lower()
        cur = (m.group("cur") or m.group("cur2") or m.group("cur3") or "").strip()
        cur = _CURRENCY.get(cur) or _CURRENCY.get(cur.lower(), cur)
        if m["cur2"] and m["cur2"].lower() == "pounds" and weighs(text, m.start(), m.end()):
            cur = "lb"  # "he weighed 243 pounds", "200 pounds of cocaine": a weight
        value = num * (SCALES.get(mult) or MONEY_SCALE.get(mult, 1))
        add(m.start(), m.end(), f"figure:{fmt(value)} {cur}", m.group(0),
            {"value": value, "unit": cur}, cur, value)  # fmt: skip
    named_money(text, add)  # "50 billion won", "2 million naira"
    for m in _PERCENT.finditer(text) if _PERCENT_WORD.search(text) else ():
        num = parse_number(m.group("n"))
        num = written_value(m["n"]) if num is None and m["n"][-1:].isalpha() else num
        if num is None:
            continue
        of = re.match(r"\s+of(?:\s+the)?(?=\s)", text[m.end() :])
        counted_at = m.end() + (of.end() if of else 0)
        words, end = noun_run(text, counted_at)
        if of and words:
            words, end = whole_noun(text, counted_at, words, end)  # "online information"
        words = [w for w in words if not w[0].isupper()]
        if _PERIOD_COMPARED.match(text, m.end()):
            words = []  # "up 40% year to date", "5% year on year": the period, not a noun
        verb = _VERB_AFTER.match(text, m.end())
        if verb and not of and not _ARTICLE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            words = []  # "60 percent responded yes": a share of something said before
        noun = singular(words[-1]) if words else ""
        add(m.start(), end if words else m.end(), f"figure:{fmt(num)}% {noun}".rstrip(),
            text[m.start() : end if words else m.end()],
            {"value": num, "unit": "%", "noun": noun}, "%" + noun, num)  # fmt: skip
    for m in _SYMBOL_QUANTITY.finditer(text):
        num = parse_number(m.group("n"))
        unit = m.group("u")
        if (
            num is None
            or re.fullmatch(r"[kMGTPc]s", unit)
            or (len(unit) < 2 and unit != "°" and not glued_power_unit(text, m))
        ):
            continue  # "5 B", "7 W.", "3 Ts": a letter, not a unit; "a 60W charger" is one
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
    vague_counts(text, add)
    age_decades(text, add)
    for m in _FRACTION.finditer(text):
        part, count, said = m.group("f").lower().rstrip("s"), (m.group("c") or "").lower(), m[0]
        if part == "half" and count:
            continue  # "one half", "a half": a half of something already named
        if m["f"][-1:] in "sS" and not count:
            continue  # "several quarters of growth": periods, no count of parts
        counted = "-" in m["k"] and NUMBER_WORDS.get(count, 0) >= 2  # "a two-thirds majority"
        named_owner = bool(m["owner"]) and " " in m["owner"].strip()  # "Marin County’s"
        if named_owner or (
            not m["owner"] and share_alone(text, m.start(), m.end("f"), part, count)
        ):
            value = round(NUMBER_WORDS.get(count, 1) * FRACTION_WORDS[part], 1)
            add(m.start(), m.end("f"), f"figure:{fmt(value)}%", text[m.start() : m.end("f")],
                {"value": value, "unit": "%"}, "%", value)  # fmt: skip
            continue  # "just over half were female", "half of Marin County’s sites": a share, the
            # name left to the entities
        if part != "half" and not re.search(r"\sof\b", said, re.I) and not counted:
            continue  # "a third party", "a quarter mile": no share of anything
        if not re.search(r"\s(?:of|the)\b", said, re.I) and not m.group("owner") and not counted:
            continue  # "half day", "half empty": not a share of something counted
        share = NUMBER_WORDS.get(count, 1) * FRACTION_WORDS[part]  # "a third": 1
        if share >= 100:
            continue
        owner = _OWNER_AFTER.match(text, m.end()) if re.search(r"\sthe$", said, re.I) else None
        words, end = noun_run(text, owner.end() if owner else m.end())
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
        if part is None or total is None or _ONE_OF.match(m[0]):
            continue  # "one of two people": the count is the two, told by the plain finder
        words, end = noun_run(text, m.end())
        if not words and not m["ratio"] and part <= total and _WON_LOST.search(text, 0, m.start()):
            add(m.start(), m.end(), f"figure:{fmt(part)}/{fmt(total)}", m[0],
                {"value": part, "total": total}, "/", part / total)  # fmt: skip
            continue  # "have lost four of five despite...": a record, no counted noun
        if not words and m["ratio"] and part < total and _SAID_ALONE.match(text, m.end()):
            if not is_year(m["total"]):  # "roughly one in five.", "one in 10 said"
                add(m.start(), m.end(), f"figure:{fmt(part)}/{fmt(total)}", m[0],
                    {"value": part, "total": total}, "/", part / total)  # fmt: skip
            continue
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
        scale = _RANGE_SCALE.match(text, m.end())
        if scale:  # "350–375 million", "20-30 million people": the scale is both ends'
            lo, hi = lo * SCALES[scale["s"].lower()], hi * SCALES[scale["s"].lower()]
        after = scale.end() if scale else m.end()
        words, end = noun_run(text, after) if not symbol else ([symbol["u"]], symbol.end())
        if not words and names_or_orders(text, m.start(), m.end()):
            continue  # "( 613 ) 235-6745", "Australia 228-9": a number, not a range
        if model_number(text, m.start(), m.end("n"), words):
            continue  # "the 737-800 range": a model and its variant
        noun = singular(words[-1]) if words and not symbol else (symbol["u"] if symbol else "")
        add(m.start(), end if words else after, f"figure:{fmt(lo)}-{fmt(hi)} {noun}".rstrip(),
            text[m.start():end if words else after],
            {"value": [lo, hi], "noun": noun}, noun, lo)  # fmt: skip
    for m in _ORDINAL.finditer(text):
        o = m.group("o").lower()
        rank = ORDINALS.get(o) or int(re.sub(r"\D", "", o))
        place = place_in_result(text, m.start(), m.end())
        if place is not None:  # "finished second", "won first place"
            add(m.start(), place, f"figure:#{rank} place", text[m.start() : place],
                {"value": rank, "ordinal": True, "noun": "place"}, "#place", rank)  # fmt: skip
            continue
        joined = _JOINED_STREAK.match(text, m.end())  # "third-straight"
        words, end = noun_run(text, joined.end() if joined else m.end(), plural_stop=False)
        words = [w for w in words if not w[0].isupper()]
        if joined and words:
            words = [joined["w"], *words]
        if not words or words[0].lower() in _RANK_TITLES | {"one", "ones"}:
            continue  # "first announced" is a verb, "first deputy chair" a title
        noun = singular(words[-1])
        run = streak(text, end, words)
        if run is not None:  # "a seventh straight session", "his fifth win in a row"
            add(m.start(), run, f"figure:#{rank} {noun} streak", text[m.start() : run],
                {"value": rank, "ordinal": True, "noun": noun, "streak": True}, "#" + noun, rank)  # fmt: skip
            continue
        if noun in SEQUENCE_NOUNS or singular(words[0]) in SEQUENCE_NOUNS:
            continue  # "first time", "tenth meeting": a place in a sequence, not a count
        if len(words) > 1 and words[-1].lower() == "back":
            continue  # "his first trip back", "her second game back": the next since a return
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
        stat = bool(m.group("n")) and stat_after_name(text, m.end())
        if m.group("n") and not stat and names_or_orders(text, m.start(), m.end("n")):
            continue  # "Apollo 11 came", "page 5 results"; not "Jordan Munoz 8 saves."
        if POINT_DECIMAL.match(text, m.end()):
            continue  # "five point five": read by the bare-number finder
        mult = (m.group("mult") or "").lower()
        value = num * SCALES.get(mult, 1) + (parse_number(m.group("plus") or "0") or 0)
        if vague_magnitude(text, m.start(), raw):
            continue
        words, end = noun_run(text, m.end())
        if not words:
            # "45 and 50 mg", "three or four people": the number shares the next one's noun
            shared = _COORDINATED.match(text, m.end())
            words = noun_run(text, shared.end())[0] if shared else []
            end = m.end()
        if not words or ordinal_word(words[0]) or (words[0].lower() in _CLOCK and _clock_time(raw)):
            continue  # "at 2 pm", "10 o'clock": a time of day, the date extractor's
        if m["attached"] is not None and m["mult"] in ("m", "k") and not is_plural(words[0]):
            continue  # "a 10m drop", "a 5k run": metres, kilometres
        if words[0].lower() in SCALES and len(words[0]) > 2 and not mult:
            mult = words[0].lower()  # "three million,": a multiplier, not what is counted
            value *= SCALES[mult]
            words = words[1:]
        if m.group("n") and not stat and model_number(text, m.start(), m.end("n"), words):
            continue  # "its 777 airliner", "five new 737 aircraft": a model's name
        noun = counted_noun(words)
        if (
            small_reference(text, m.start(), raw, noun)
            and noun not in TIME_UNITS
            and not mult
            and not (raw.lower() == "one" and counted_one(text, m.start(), m.end(), noun))
        ):
            continue  # "the two sides", "one of the few": not a figure worth comparing
        if value == 0 and not is_plural(words[0]):
            continue  # "zero carbon", "zero tolerance": a name for a goal, not a count
        start = m.start() - 2 if m.group("bare") else m.start()  # "a million people"
        add(start, end, f"figure:{fmt(value)} {noun}".rstrip(), text[start:end],
            {"value": value, "noun": noun, "unit": noun}, noun, value)  # fmt: skip
    for span in spans or ():
        if span.label in NUMBER_LABELS:
            from_span(text, span, add)
    abbreviated_amounts(text, add)
    ages(text, add)
    return out
