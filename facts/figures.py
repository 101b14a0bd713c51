"""Figures: numbers with their unit and counted noun ("12 of 47 counties", "3,200
refugees", "three F-16 fighter jets", "two-day", "$1.2 billion", "-15€", "40%", "500 MW",
"between 20 and 30 people", "second foreign leader to visit"), normalised to a value and a
singular noun so rewrites compare equal.

The patterns here find the forms a reader compares and normalise them (part of a whole, the
counted noun, currencies, ranges, unit symbols); spaCy's CARDINAL, MONEY, PERCENT and QUANTITY
spans add the numbers the patterns miss ("2 1/2 inches", "less than 100"). Not figures:
numbers that name or order something ("2K12", "9/11", "24/7", a list's "1.", "Ninety Mile
Beach", "in ’91"), "one" and "the two sides" (a reference back), "several hundred",
"zero carbon", and ordinals that only place something in an order ("first time", "his first
wife"); an ordinal is a figure when it ranks ("the first country to buy", "second deadliest
season", "one of the first visits")."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from facts.candidate import Candidate, Taken
from facts.lexicon import MULTIPLIERS, NUMBER_WORDS, ORDINALS, SEQUENCE_NOUNS, places, singular
from facts.nlp import NUMBER_LABELS, Span

_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_DIGITS = (
    r"(?:\d+\s?)?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d+(?:\.\d+)?[eE][-+]?\d+(?![\w.])|\d+(?:\.\d+)?"
)
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_WORDNUM = rf"(?:{_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_NUM = rf"(?:{_DIGITS}|(?i:{_WORDNUM}))"
_MULT = r"(?:hundred|thousand|million|billion|trillion|lakh|crore|bn|m|k)"
_SCALES = {**MULTIPLIERS, "lakh": 10**5, "crore": 10**7}
"""Multipliers; lakh and crore are the Indian English hundred thousand and ten million."""
_ORD = "|".join(ORDINALS)

_NOUN_WORD = r"[A-Za-z][\w’'-]*"
_STOP_WORDS = (
    "of in on at to for from by with and or but as than that which who is are was were be "
    "been has have had will would can could may might should must do does did the a an this "
    "these those its their his her our into over under about after before since during while "
    "per not no more less ago said says say told reportedly allegedly against among between "
    "via through toward towards upon within without across around behind beyond like near off "
    "out up down because if when where so yet each every it he she they we you i me him them "
    "us there here what whom whose how why then also too very just only even still again now"
)
_STOP = frozenset(_STOP_WORDS.split())
"""Closed-class words that end a counted noun ("two teams of three against one another")."""

_UNIT_HYPHEN = re.compile(
    rf"(?<![\w-])(?P<n>{_DIGITS}|(?i:{_WORDNUM}))-(?P<u>(?:day|week|month|year|hour|minute|"
    r"second|member|point|party|nation|country|kilometre|kilometer|mile|storey|seat|man|"
    r"person|phase|stage|page)s?)(?:-old)?(?![\w-])"
)
_SIGN = r"(?:(?<![\w.,)])[-−])?"
_CURRENCY_CODES = "USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|INR|RUB|HKD"
_CURRENCY_WORDS = (
    "dollars|euros|pounds|yen|yuan|renminbi|rupees|roubles|rubles|pesos|francs|kyat|baht|"
    "lira|dinars|riyals|dirhams|shekels|rand"
)
_MONEY = re.compile(
    rf"(?<![\w.,])(?P<cur>US\$|(?:HK|NZ|A|C|S)\$|\$|€|£|¥|₹|Rs\.?\s?|(?:{_CURRENCY_CODES})\s?)"
    rf"\s?(?P<n>{_SIGN}(?:{_DIGITS}))(?:\s?(?P<mult>{_MULT}|tn|trn)\b|(?P<mult3>[MBT])(?![\w-]))?"
    rf"|(?<![\w.,])(?P<n2>{_SIGN}(?:{_DIGITS}))\s?(?P<mult2>{_MULT})?\s?"
    rf"(?:(?P<cur2>{_CURRENCY_WORDS}|{_CURRENCY_CODES})\b|(?P<cur3>€|£|¥|₹))"
)
_MONEY_SCALE = {"b": 10**9, "t": 10**12, "tn": 10**12, "trn": 10**12}
"""Scales written only after money ("$2.5B", "$1.2T", "£3tn"); "m", "bn", "k" are general."""
_CURRENCY = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
             "HK$": "HKD", "NZ$": "NZD", "A$": "AUD", "C$": "CAD", "S$": "SGD",
             "dollars": "USD", "euros": "EUR", "pounds": "GBP", "yen": "JPY", "yuan": "CNY",
             "renminbi": "CNY", "RMB": "CNY", "rupees": "INR", "rubles": "RUB", "roubles": "RUB",
             "pesos": "peso", "francs": "franc", "kyat": "MMK", "baht": "THB", "lira": "lira",
             "dinars": "dinar", "riyals": "riyal", "dirhams": "dirham", "shekels": "ILS",
             "rand": "ZAR", "Rs": "INR", "Rs.": "INR"}  # fmt: skip
_PERCENT = re.compile(rf"(?<![\w.,])(?P<n>{_NUM})\s?(?:%|per ?cent\b)", re.I)
_PART = re.compile(
    rf"(?<![\w.,-])(?P<n>{_NUM})\s+(?:out\s+)?of\s+(?:the\s+|(?P<owner>[A-Z][\w-]*(?:’s|'s|’))\s+)?"
    rf"(?P<total>{_NUM})(?=\s+[A-Za-z])"
)
_FRACTION_WORDS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_FRACTION = re.compile(
    r"(?<![\w’'-])(?<!\bthe\s)(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bother\s)(?<!\blast\s)"
    r"(?P<k>(?:(?P<c>a|one|two|three|four)[- ])?(?P<f>half|thirds?|quarters?|fifths?|tenths?))"
    r"(?:\s+of)?(?:\s+the|\s+(?P<owner>[A-Z][\w-]*(?:’s|'s|’)))?(?=\s+[a-z])",
    re.I,
)
"""A share in words, read as a percentage: "half of the votes", "less than half the nation",
"two-thirds of Kenya's counties", "a quarter of voters" ("the other half", "the first
half", "half an hour" are not shares of something counted)."""
_ORDINAL = re.compile(rf"\b(?P<o>(?i:{_ORD})|\d+(?:st|nd|rd|th))(?=\s+[A-Za-z])")
_PLAIN = re.compile(
    rf"(?<![\w.,$£€%/-])(?:(?P<n>{_NUM})|(?<=\b[Aa]\s)(?P<bare>thousand|million|billion))"
    rf"(?:\s(?P<mult>{_MULT})\b(?:\s+and\s+(?P<plus>(?i:{_WORDNUM})))?)?"
    r"(?![\w%/-])(?=\s+[A-Za-z(])"
)
"""A number and its counted noun; "a million people", "two hundred and fifty people"."""
_BETWEEN = re.compile(
    rf"(?<![\w.,-])(?:(?P<lead>between|from)\s+)?(?P<c1>\$|€|£)?(?P<n>{_NUM})"
    rf"(?:\s?(?P<mult1>{_MULT})\b)?(?:\s?(?P<u1>[a-z]{{1,3}})\b)?\s+(?P<to>and|to)\s+"
    rf"(?P<c2>\$|€|£)?(?P<n2>{_NUM})(?:\s(?P<mult>{_MULT})\b)?(?:\s?(?P=u1)\b)?(?![\w%])",
    re.I,
)
_RANGE = re.compile(rf"(?<![\w.,-])(?P<n>{_DIGITS})\s?[–—-]\s?(?P<n2>{_DIGITS})(?![\w,])")

_SI_UNIT = (
    r"(?:[kMGTPmµμnc]|da|h)?(?:Wh|W|VA|V|Hz|J|N|Pa|eV|Bq|Gy|Sv|B|bps|bit|t|g|m|L|l|s)"
    r"(?:\^?[23²³])?(?:/(?:s|h|hr|min|yr|kg|km|m|l)[23²³]?)?|°[CF]|mph|kph|mpg|km/h"
)
_SYMBOL_QUANTITY = re.compile(
    rf"(?<![\w.,/^–—-])(?P<n>{_SIGN}(?:{_DIGITS}))(?:\s?(?P<mult>{_MULT})\s)?\s?"
    rf"(?P<u>{_SI_UNIT})(?![\w/^])"
)
_RANGE_SYMBOL = re.compile(rf"\s?(?P<u>{_SI_UNIT})(?![\w/^])")
"""A number with an SI or common unit symbol ("500 MW", "4km", "3.5 TeV", "40 °C"): the
symbol is a prefix and a base unit, read case-sensitively ("MW" is not "mW")."""

_PLURAL_ONLY = frozenset(["people", "police", "men", "women", "children", "troops", "staff"])
_RANK_TITLES = frozenset(["deputy", "vice", "lady", "secretary", "lieutenant", "class", "hand"])
_SMALL_WORDS = frozenset(["one", "a", "an"])
_TIME_UNITS = frozenset(["day", "week", "month", "year", "hour", "minute", "decade", "time"])


def parse_number(text: str) -> float | None:
    """The value of "8,665", "1.5", "2 1/2", "3/4", "twenty-five", "two hundred" (else None)."""
    t = text.lower().replace(",", "").replace("−", "-").strip()
    try:
        return float(t)
    except ValueError:
        pass
    if t and t[-1] in _VULGAR:
        whole = t[:-1].strip()
        base = float(whole) if whole.isdigit() else 0.0
        return base + unicodedata.numeric(t[-1]) if not whole or whole.isdigit() else None
    frac = re.fullmatch(r"(?:(\d+)\s+)?(\d+)/(\d+)", t)
    if frac:
        whole, num, den = frac.groups()
        return (float(whole) if whole else 0.0) + int(num) / int(den) if int(den) else None
    total, current = 0.0, 0.0
    for part in re.split(r"[- ]+", t):
        if part == "and":
            continue
        if part == "hundred":
            current = (current or 1) * 100
        elif part in ("thousand", "million", "billion") and part in MULTIPLIERS:
            total += (current or 1) * MULTIPLIERS[part]
            current = 0.0
        elif part in NUMBER_WORDS:
            current += NUMBER_WORDS[part]
        else:
            return None
    return total + current


def _year(raw: str) -> bool:
    return re.fullmatch(r"1[89]\d\d|20\d\d", raw) is not None


_DEFINITE = re.compile(
    r"(?:\b(?:the|these|those|both|all|its|their|his|her|our|my|your)|[’']s?)\s+$", re.I
)
_VAGUE = re.compile(r"\b(?:several|few|many|some|hundreds|thousands)\s+$", re.I)
_COORDINATED = re.compile(rf"\s+(?:and|or)\s+(?:{_NUM})(?:\s(?:{_MULT})\b)?", re.I)


_RECORD_AFTER = re.compile(
    r"[^,;:.!?—–()]{0,60}?\b(?:to\s+[a-z]+|since|ever|in\s+(?:decades|years|a\s+decade|"
    r"a\s+century|a\s+generation|history|\d+\s+years))\b"
)
_ONE_OF_THE = re.compile(r"\bone\s+of\s+the\s+$", re.I)


def _ranks(text: str, start: int, end: int, words: list[str]) -> bool:
    """An ordinal that ranks something a reader compares: a record ("the second foreign
    leader to visit", "first use of capital punishment in decades", "first visit since"),
    a superlative ("second deadliest season") or "one of the first"."""
    first = words[0].lower()
    if first == "most" or (len(first) > 4 and first.endswith("est")):
        return True
    return bool(_RECORD_AFTER.match(text, end) or _ONE_OF_THE.search(text, 0, start))


def _small(text: str, start: int, raw: str) -> bool:
    """ "one", "a", or "two"/"three" after a determiner ("the two sides", "its three
    members"): a reference to things already named, not a count worth comparing."""
    low = raw.lower()
    if low in _SMALL_WORDS:
        return True
    return low in ("two", "three") and _DEFINITE.search(text, 0, start) is not None


def _vague(text: str, start: int, raw: str) -> bool:
    """ "several hundred", "a few thousand": an order of magnitude, not a value."""
    return raw.lower() in MULTIPLIERS and _VAGUE.search(text, 0, start) is not None


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


_WORD_AT = re.compile(rf"\s+(?P<w>{_NOUN_WORD})")
_AREA = re.compile(rf"\s+(?P<p>sq|square|cubic|cu)\.?\s+(?P<u>{_NOUN_WORD})")
_SCALE = re.compile(r"\s+(?P<s>Celsius|Fahrenheit|centigrade|Kelvin|C|F)\b")


def _modifier(low: str) -> bool:
    """An adverb or participle ("badly", "affected") that may sit before the counted noun."""
    return len(low) > 4 and low.endswith(("ly", "ed"))


def _plural(word: str) -> bool:
    low = word.lower()
    if any(ch.isdigit() for ch in word):
        return False
    return low in _PLURAL_ONLY or singular(low) != low


def _noun_run(text: str, pos: int, plural_stop: bool = True) -> tuple[list[str], int]:
    """Words after `pos` that name what is counted, and the end offset of the run.

    With `plural_stop` (cardinal numbers) the run ends at the first plural noun ("three
    F-16 fighter jets"); without a plural only the first word is the unit ("6.4
    magnitude"). Ordinals (`plural_stop` False) stop at the first adverb or participle.
    """
    area = _AREA.match(text, pos) if plural_stop else None
    if area:
        return [f"{area['p']} {area['u']}"], area.end()  # "116,347 sq mi", "4 square km"
    words: list[str] = []
    ends: list[int] = []
    while len(words) < 4:
        m = _WORD_AT.match(text, pos)
        if m is None:
            break
        w = m.group("w")
        low = w.lower()
        if low in _STOP or low.endswith(("’s", "'s")):
            break
        name = w[0].isupper() and not any(ch.isdigit() for ch in w)
        if name and not words and not (plural_stop and _plural(w) and w not in places()):
            break  # "12 of Kenya's": a name is not a counted noun ("F-16", "Christians" are)
        if _modifier(low) and not plural_stop:
            break
        if low.endswith("-old") and plural_stop:
            return [low.split("-")[0]], m.end()  # "93 year-old": an age in years
        words.append(w)
        ends.append(m.end())
        pos = m.end()
        if plural_stop and _plural(w):
            scale = _SCALE.match(text, m.end()) if low == "degrees" else None
            return ([scale["s"]], scale.end()) if scale else (words, ends[-1])
    if plural_stop:
        for i, w in enumerate(words):
            if not _modifier(w.lower()):
                return words[: i + 1], ends[i]
        return [], pos
    return words, (ends[-1] if ends else pos)


def noun_class(noun: str) -> str:
    """The class a counted noun is compared in (its singular form)."""
    return noun


def find_figures(
    text: str, offset: int, sentence: int, taken: Taken, spans: list[Span] | None = None
) -> list[Candidate]:
    """Figure spans of one sentence (`text` starts at document offset `offset`); `spans` are
    the sentence's NER spans, whose number spans add what the patterns miss."""
    out: list[Candidate] = []

    def add(
        start: int, end: int, key: str, label: str, norm: dict[str, object], noun: str, value: float
    ) -> None:
        a, b = offset + start, offset + end
        if not taken.free(a, b):
            return
        taken.add(a, b)
        c = Candidate("figure", key, label, a, b, sentence, norm, noun_class(noun), value)
        out.append(c)

    for m in _BETWEEN.finditer(text):
        lead, to = (m.group("lead") or "").lower(), m.group("to").lower()
        if (lead == "between") != (to == "and") or (lead == "from" and m.group("u1")):
            continue  # "from 44 mg to 50 mg" is a change: two figures, not one range
        if m.group("u1") and m.group("u1").lower() in _STOP:
            continue
        lo, hi = parse_number(m.group("n")), parse_number(m.group("n2"))
        if lo is None or hi is None or lo >= hi:
            continue
        if _year(m.group("n")) and _year(m.group("n2")) and not m.group("c1"):
            continue  # "1999 to 2004": years, the date extractor's
        mult = (m.group("mult") or m.group("mult1") or "").lower()
        lo, hi = lo * _SCALES.get(mult, 1), hi * _SCALES.get(mult, 1)
        unit = m.group("u1") or ""
        words, end = _noun_run(text, m.end()) if not unit else ([], m.end())
        noun = singular(words[-1]) if words else unit.lower()
        cur = m.group("c1") or m.group("c2")
        if cur and not words:
            noun = _CURRENCY[cur]
        if not lead and not words and not cur and not unit:
            continue  # "5 to 4": a score or a vote, not a range of something
        add(m.start(), end if words else m.end(), f"figure:{_fmt(lo)}-{_fmt(hi)} {noun}".rstrip(),
            text[m.start():end if words else m.end()],
            {"value": [lo, hi], "noun": noun}, noun, lo)  # fmt: skip
    for m in _MONEY.finditer(text):
        num = parse_number(m.group("n") or m.group("n2"))
        if num is None:
            continue
        mult = (m.group("mult") or m.group("mult2") or m.group("mult3") or "").lower()
        cur = (m.group("cur") or m.group("cur2") or m.group("cur3") or "").strip()
        cur = _CURRENCY.get(cur, cur)
        value = num * (_SCALES.get(mult) or _MONEY_SCALE.get(mult, 1))
        add(m.start(), m.end(), f"figure:{_fmt(value)} {cur}", m.group(0),
            {"value": value, "unit": cur}, cur, value)  # fmt: skip
    for m in _PERCENT.finditer(text):
        num = parse_number(m.group("n"))
        if num is None:
            continue
        of = re.match(r"\s+of(?:\s+the)?(?=\s)", text[m.end() :])
        words, end = _noun_run(text, m.end() + (of.end() if of else 0))
        words = [w for w in words if not w[0].isupper()]
        noun = singular(words[-1]) if words else ""
        add(m.start(), end if words else m.end(), f"figure:{_fmt(num)}% {noun}".rstrip(),
            text[m.start() : end if words else m.end()],
            {"value": num, "unit": "%", "noun": noun}, "%" + noun, num)  # fmt: skip
    for m in _SYMBOL_QUANTITY.finditer(text):
        num = parse_number(m.group("n"))
        unit = m.group("u")
        if num is None or len(unit) < 2 or re.fullmatch(r"[kMGTPc]s", unit):
            continue  # "5 B", "7 W.", "3 Ts": a letter, not a unit
        unit = {"°C": "celsius", "°F": "fahrenheit"}.get(unit, unit)
        value = num * _SCALES.get((m.group("mult") or "").lower(), 1)
        add(m.start(), m.end(), f"figure:{_fmt(value)} {unit}", m.group(0),
            {"value": value, "unit": unit}, unit, value)  # fmt: skip
    for m in _FRACTION.finditer(text):
        part, count, said = m.group("f").lower().rstrip("s"), (m.group("c") or "").lower(), m[0]
        if part == "half" and count:
            continue  # "one half", "a half": a half of something already named
        if part != "half" and not re.search(r"\sof\b", said, re.I):
            continue  # "a third party", "a quarter mile": no share of anything
        if not re.search(r"\s(?:of|the)\b", said, re.I) and not m.group("owner"):
            continue  # "half day", "half empty": not a share of something counted
        share = NUMBER_WORDS.get(count, 1) * _FRACTION_WORDS[part]  # "a third": 1
        if share >= 100:
            continue
        words, end = _noun_run(text, m.end())
        words = [w for w in words if not w[0].isupper()]
        if not words or singular(words[-1]) in _TIME_UNITS:
            continue  # "half an hour", "a third of the year": a period, not a share
        noun, value = singular(words[-1]), round(share, 1)
        add(m.start(), end, f"figure:{_fmt(value)}% {noun}", text[m.start() : end],
            {"value": value, "unit": "%", "noun": noun}, "%" + noun, share)  # fmt: skip
    for m in _UNIT_HYPHEN.finditer(text):
        num = parse_number(m.group("n"))
        if num is None:
            continue
        unit = singular(m.group("u"))
        add(m.start(), m.end(), f"figure:{_fmt(num)} {unit}", m.group(0),
            {"value": num, "unit": unit}, unit, num)  # fmt: skip
    for m in _PART.finditer(text):
        part, total = parse_number(m.group("n")), parse_number(m.group("total"))
        if part is None or total is None:
            continue
        words, end = _noun_run(text, m.end())
        if not words:
            continue
        noun = singular(words[-1])
        add(m.start(), end, f"figure:{_fmt(part)}/{_fmt(total)} {noun}",
            f"{_fmt(part)} of {_fmt(total)} {words[-1]}",
            {"value": part, "total": total, "noun": noun}, noun + "/", part / total)  # fmt: skip
    for m in _RANGE.finditer(text):
        lo, hi = parse_number(m.group("n")), parse_number(m.group("n2"))
        if lo is None or hi is None:
            continue
        symbol = _RANGE_SYMBOL.match(text, m.end())
        words, end = _noun_run(text, m.end()) if not symbol else ([symbol["u"]], symbol.end())
        noun = singular(words[-1]) if words and not symbol else (symbol["u"] if symbol else "")
        add(m.start(), end if words else m.end(), f"figure:{_fmt(lo)}-{_fmt(hi)} {noun}".rstrip(),
            text[m.start():end if words else m.end()],
            {"value": [lo, hi], "noun": noun}, noun, lo)  # fmt: skip
    for m in _ORDINAL.finditer(text):
        o = m.group("o").lower()
        rank = ORDINALS.get(o) or int(re.sub(r"\D", "", o))
        words, end = _noun_run(text, m.end(), plural_stop=False)
        words = [w for w in words if not w[0].isupper()]
        if not words or words[0].lower() in _RANK_TITLES | {"one", "ones"}:
            continue  # "first announced" is a verb, "first deputy chair" a title
        noun = singular(words[-1])
        if noun in SEQUENCE_NOUNS or singular(words[0]) in SEQUENCE_NOUNS:
            continue  # "first time", "tenth meeting": a place in a sequence, not a count
        if not _ranks(text, m.start(), end, words):
            continue  # "his first wife", "the first comments": an order, not a record
        add(m.start(), end, f"figure:#{rank} {noun}", text[m.start():end],
            {"value": rank, "ordinal": True, "noun": noun}, "#" + noun, rank)  # fmt: skip
    for m in _PLAIN.finditer(text):
        raw = m.group("n") or m.group("bare")
        num = parse_number(raw) if m.group("n") else MULTIPLIERS[raw]
        if num is None:
            continue
        if _year(raw):
            continue  # a year: the date extractor had its chance
        mult = (m.group("mult") or "").lower()
        value = num * _SCALES.get(mult, 1) + (parse_number(m.group("plus") or "0") or 0)
        if _vague(text, m.start(), raw):
            continue
        words, end = _noun_run(text, m.end())
        if not words:
            # "45 and 50 mg", "three or four people": the number shares the next one's noun
            shared = _COORDINATED.match(text, m.end())
            words = _noun_run(text, shared.end())[0] if shared else []
            end = m.end()
        if not words:
            continue
        if words[0].lower() in _SCALES and len(words[0]) > 2 and not mult:
            mult = words[0].lower()  # "three million,": a multiplier, not what is counted
            value *= _SCALES[mult]
            words = words[1:]
        noun = singular(words[-1]) if words else ""
        if _small(text, m.start(), raw) and noun not in _TIME_UNITS and not mult:
            continue  # "the two sides", "one of the few": not a figure worth comparing
        if value == 0 and not _plural(words[0]):
            continue  # "zero carbon", "zero tolerance": a name for a goal, not a count
        start = m.start() - 2 if m.group("bare") else m.start()  # "a million people"
        add(start, end, f"figure:{_fmt(value)} {noun}".rstrip(), text[start:end],
            {"value": value, "noun": noun, "unit": noun}, noun, value)  # fmt: skip
    for span in spans or ():
        if span.label in NUMBER_LABELS:
            _from_span(text, span, add)
    return out


_LEAD_WORDS = re.compile(
    r"(?:about|around|nearly|almost|some|over|more than|less than|fewer than|up to|at least|"
    r"roughly|approximately|only|just|the|a|an)\s+",
    re.I,
)
_SPAN_NUMBER = re.compile(
    rf"(?P<n>{_SIGN}(?:(?:\d+\s+)?\d+/\d+(?![\d,.])|(?:{_DIGITS})(?:\s+\d+/\d+)?)"
    rf"|(?i:{_WORDNUM})(?:(?:[ -]|(?<=[Hh]undred)\s+and\s+)(?i:{_WORDNUM}))*(?![A-Za-z]))"
    rf"(?:\s?(?P<mult>{_MULT})\b)?"
)
_NAMED = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{3,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{3,}))*\s+[A-Z]")
"""A written number in capitals followed by a capitalised word ("Ninety Mile Beach")."""
_HYPHEN_WORD = re.compile(r"-(?P<w>[A-Za-z]+)\b(?!-)")
_ATTACHED = re.compile(r"[^\W\d_]+\d?")
_ENUMERATOR = re.compile(r"\s*\d{1,3}[.)](?:\s|$)")


def _not_a_quantity(text: str, start: int, m: re.Match[str], has_unit: bool) -> bool:
    """Numbers that name or order something rather than count it: "2K12", "5G", "9/11",
    "24/7", a list's "1." or "2)"."""
    attached = _ATTACHED.match(text, m.end())
    if attached and not m.group("mult"):
        letters = attached.group(0)
        if letters[-1].isdigit() or not letters.islower():
            return True  # "2K12", "5G", "3D": a name
    if not text[:start].strip() and _ENUMERATOR.match(text, start):
        return True
    if re.fullmatch(r"\d\d", m.group("n")) and text[start - 1 : start] in ("’", "'"):
        return True  # "in ’91": a year
    if _NAMED.match(text, m.start()) and text[:start].strip():
        return True  # "the Nine Network", "Ninety Mile Beach": a number in a name
    frac = re.fullmatch(r"(\d+)/(\d+)", m.group("n"))
    if frac and not 0 < int(frac[1]) < int(frac[2]):
        return True  # "24/7", "9/11"
    return bool(frac and not has_unit and int(frac[2]) > 10)


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
    if _year(raw) and end == m.end():
        return  # a bare year
    value = num * _SCALES.get((m.group("mult") or "").lower(), 1)
    rest = text[m.end() : end].strip().lstrip("-")
    hyphen = _HYPHEN_WORD.match(text, end) if not rest else None
    if hyphen and not raw[-1:].isdigit():
        return  # "a two-state solution": a compound the unit patterns did not read
    if hyphen:
        rest, end = hyphen["w"], hyphen.end()  # "68-ounce cans"
    words: list[str] = []
    if rest:
        unit = singular(rest.split()[-1].strip(".,"))
    else:
        words, noun_end = _noun_run(text, end)
        if words:
            end, unit = noun_end, singular(words[-1])
        else:
            unit = ""
    if _not_a_quantity(text, start, m, bool(rest or words)) or _vague(text, start, raw):
        return
    if not rest and (
        (_small(text, start, raw) and unit not in _TIME_UNITS)
        or (value == 0 and not (words and _plural(words[0])))
    ):
        return
    add(start, end, f"figure:{_fmt(value)} {unit}".rstrip(), text[start:end],
        {"value": value, "unit": unit}, unit, value)  # fmt: skip
