"""Figures: numbers with their unit and counted noun ("145 of 330 townships", "8,665
detainees", "three Su-30SME fighter jets", "two-day", "$1.2 billion", "40%", "second foreign
leader"), normalised to a value and a singular noun so rewrites compare equal."""

from __future__ import annotations

import re

from facts.candidate import Candidate, Taken
from facts.gazetteer import MULTIPLIERS, NOUN_SYNONYMS, NUMBER_WORDS, ORDINALS, singular

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_WORDNUM = rf"(?:{_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_NUM = rf"(?:{_DIGITS}|(?i:{_WORDNUM}))"
_MULT = r"(?:hundred|thousand|million|billion|trillion|bn|m|k)"
_ORD = "|".join(ORDINALS)

_NOUN_WORD = r"[A-Za-z][\w’'-]*"
_STOP = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "than",
        "that",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "should",
        "must",
        "do",
        "does",
        "did",
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "into",
        "over",
        "under",
        "about",
        "after",
        "before",
        "since",
        "during",
        "while",
        "per",
        "not",
        "no",
        "more",
        "less",
        "ago",
        "said",
        "says",
        "say",
        "told",
        "reportedly",
        "allegedly",
    ]
)

_UNIT_HYPHEN = re.compile(
    rf"(?<![\w-])(?P<n>{_DIGITS}|(?i:{_WORDNUM}))-(?P<u>(?:day|week|month|year|hour|minute|"
    r"second|member|point|party|nation|country|kilometre|kilometer|mile|storey|seat|man|"
    r"person|phase|stage|page)s?)(?:-old)?(?![\w-])"
)
_MONEY = re.compile(
    rf"(?P<cur>US\$|\$|€|£|¥)\s?(?P<n>{_DIGITS})(?:\s?(?P<mult>{_MULT})\b)?"
    rf"|(?<![\w.,])(?P<n2>{_DIGITS})\s?(?P<mult2>{_MULT})?\s(?P<cur2>dollars|euros|pounds|yuan|"
    r"roubles|rubles|kyat|baht)\b"
)
_PERCENT = re.compile(rf"(?<![\w.,])(?P<n>{_NUM})\s?(?:%|per ?cent\b)", re.I)
_PART = re.compile(
    rf"(?<![\w.,-])(?P<n>{_NUM})\s+(?:out\s+)?of\s+(?:the\s+|(?P<owner>[A-Z][\w-]*(?:’s|'s|’))\s+)?"
    rf"(?P<total>{_NUM})(?=\s+[A-Za-z])"
)
_ORDINAL = re.compile(rf"\b(?P<o>(?i:{_ORD})|\d+(?:st|nd|rd|th))(?=\s+[A-Za-z])")
_PLAIN = re.compile(
    rf"(?<![\w.,$£€%-])(?P<n>{_NUM})(?:\s(?P<mult>{_MULT})\b)?(?![\w%-])(?=\s+[A-Za-z(])"
)
_RANGE = re.compile(rf"(?<![\w.,-])(?P<n>{_DIGITS})\s?[–—-]\s?(?P<n2>{_DIGITS})(?![\w,])")

_PLURAL_ONLY = frozenset(["people", "police", "men", "women", "children", "troops", "staff"])
_RANK_TITLES = frozenset(["deputy", "vice", "lady", "secretary", "lieutenant", "class", "hand"])
_SMALL_WORDS = frozenset(["one", "two", "a", "an"])
_TIME_UNITS = frozenset(["day", "week", "month", "year", "hour", "minute", "decade", "time"])


def parse_number(text: str) -> float | None:
    t = text.lower().replace(",", "").strip()
    try:
        return float(t)
    except ValueError:
        pass
    total = 0.0
    for part in re.split(r"[- ]", t):
        if part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        elif part:
            return None
    return total


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


_WORD_AT = re.compile(rf"\s+(?P<w>{_NOUN_WORD})")


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
    Su-30SME fighter jets"); without a plural only the first word is the unit ("6.4
    magnitude"). Ordinals (`plural_stop` False) stop at the first adverb or participle.
    """
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
        if w[0].isupper() and not any(ch.isdigit() for ch in w) and not words:
            break  # "145 of Myanmar": a name is not a counted noun (model names "Su-30SME" are)
        if _modifier(low) and not plural_stop:
            break
        words.append(w)
        ends.append(m.end())
        pos = m.end()
        if plural_stop and _plural(w):
            return words, ends[-1]
    if plural_stop:
        for i, w in enumerate(words):
            if not _modifier(w.lower()):
                return words[: i + 1], ends[i]
        return [], pos
    return words, (ends[-1] if ends else pos)


def noun_class(noun: str) -> str:
    return NOUN_SYNONYMS.get(noun, noun)


def find_figures(text: str, offset: int, sentence: int, taken: Taken) -> list[Candidate]:
    """Figure spans of one sentence (`text` starts at document offset `offset`)."""
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

    for m in _MONEY.finditer(text):
        num = parse_number(m.group("n") or m.group("n2"))
        if num is None:
            continue
        mult = (m.group("mult") or m.group("mult2") or "").lower()
        cur = m.group("cur") or m.group("cur2") or ""
        cur = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "dollars": "USD",
               "euros": "EUR", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB",
               "kyat": "MMK", "baht": "THB", "yuan": "CNY"}.get(cur, cur)  # fmt: skip
        value = num * MULTIPLIERS.get(mult, 1)
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
        words, end = _noun_run(text, m.end())
        noun = singular(words[-1]) if words else ""
        add(m.start(), end if words else m.end(), f"figure:{_fmt(lo)}-{_fmt(hi)} {noun}".rstrip(),
            text[m.start():end if words else m.end()],
            {"value": [lo, hi], "noun": noun}, noun, lo)  # fmt: skip
    for m in _ORDINAL.finditer(text):
        o = m.group("o").lower()
        rank = ORDINALS.get(o) or int(re.sub(r"\D", "", o))
        words, end = _noun_run(text, m.end(), plural_stop=False)
        words = [w for w in words if not w[0].isupper()]
        if not words or words[0].lower() in _RANK_TITLES:
            continue  # "first announced" is a verb, "first deputy chair" a title
        noun = singular(words[-1])
        add(m.start(), end, f"figure:#{rank} {noun}", text[m.start():end],
            {"value": rank, "ordinal": True, "noun": noun}, "#" + noun, rank)  # fmt: skip
    for m in _PLAIN.finditer(text):
        raw = m.group("n")
        num = parse_number(raw)
        if num is None:
            continue
        if re.fullmatch(r"1[89]\d\d|20\d\d", raw):
            continue  # a year: the date extractor had its chance
        mult = (m.group("mult") or "").lower()
        value = num * MULTIPLIERS.get(mult, 1)
        words, end = _noun_run(text, m.end())
        if not words:
            continue
        noun = singular(words[-1])
        if raw.lower() in _SMALL_WORDS and noun not in _TIME_UNITS:
            continue  # "the two sides", "one of the few": not a figure worth comparing
        add(m.start(), end, f"figure:{_fmt(value)} {noun}", text[m.start():end],
            {"value": value, "noun": noun, "unit": noun}, noun, value)  # fmt: skip
    return out
