"""Numbers in English text, the shared ground of the figure finders: digits ("8,665", "2½",
"1.5e-3", "5.5x10^-3"), number words ("twenty-five", "two hundred"), scales ("million",
"bn", "lakh"), fractions in words, and the counted noun after a number ("three F-16 fighter
jets" counts jets)."""

from __future__ import annotations

import re
import unicodedata

from facts.lexicon import (
    COMPARATIVES,
    COUNT_ADDERS,
    MULTIPLIERS,
    NUMBER_WORDS,
    ORDINALS,
    UNIT_NAMES,
    places,
    singular,
    word_list,
)

VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
DIGITS = (
    r"(?:\d+\s?)?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3},\d{1,2}(?=\s?(?:million|billion|trillion|bn|mn|m)\b)|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"
    r"|\d+(?:\.\d+)?[eE][-+]?\d+(?![\w.])|\d+(?:\.\d+)?\s?[x×]\s?10(?:\^[-−]?\d+|[-−]\d+"
    r"|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?![\w.])|\d+\^[-−]?\d+(?![\w.])|\d+(?:\.\d+)?"
    r"|(?<![\w.,])\.\d+(?!\w|\.\d)"
)
"""Digits: "8,665", "1.234.567", "2½", "1.5e-3", "5.5x10^-3", ".25" and, before a scale
word, a decimal comma ("€2,5 million")."""
_TIMES_TEN = re.compile(r"(\d+(?:\.\d+)?)\s?[x×]\s?10\^?([-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
"""Scientific notation written with "x 10": "5.5x10^-3", "3 × 10⁸", "5.5x10-3"."""
NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
"""Any one number word, longest first ("seventeen" before "seven")."""
WORDNUM = rf"(?:{NUMBER_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
NUM = rf"(?:{DIGITS}|(?i:{WORDNUM}))"
MULT = r"(?:hundred|thousand|million|billion|trillion|lakh|crore|bn|mln|bln|m|k)"
SCALES = {**MULTIPLIERS, "lakh": 10**5, "crore": 10**7, "dozen": 12, "mln": 10**6, "bln": 10**9}
"""Multipliers; lakh and crore are the Indian English hundred thousand and ten million."""

_NOUN_WORD = r"[A-Za-z][\w’'-]*"
_STOP_WORDS = (
    "of in on at to for from by with and or but as than that which who is are was were be "
    "been has have had will would can could may might should must do does did the a an this "
    "these those its their his her our into over under about after before since during while "
    "per not no more less ago said says say told reportedly allegedly against among between "
    "via through toward towards upon within without across around behind beyond like near off "
    "out up down because if when where so yet each every it he she they we you i me him them "
    "us there here what whom whose how why then also too very just only even still again now "
    "according worldwide nationwide overall apiece respectively altogether along alongside above "
    "below beneath beside besides underneath inside outside onto amid amidst despite unlike "
    "including excluding except throughout until unless although though whereas whether versus "
    "ahead apart"
)
STOP = frozenset(_STOP_WORDS.split())
"""Closed-class words that end a counted noun ("two teams of three against one another")."""

SIGN = r"(?:(?<![\w.,)])[-−]|\b(?i:minus|negative)\s+)?"
"""A sign before a number: "-15", "−5", "minus 20"."""

MONEY_SCALE = {"b": 10**9, "t": 10**12, "tn": 10**12, "trn": 10**12}
"""Scales written only after money ("$2.5B", "$1.2T", "£3tn"); "m", "bn", "k" are general."""

FRACTION_WORDS = {
    "half": 50.0,
    "quarter": 25.0,
    **{o: 100 / n for o, n in ORDINALS.items() if 3 <= n <= 10 or n == 100},
}
"""A fraction's denominator in words and its share in percent ("a fifth" 20, "three-eighths")."""
FRACTION = "half|(?:" + "|".join(w for w in FRACTION_WORDS if w != "half") + ")s?"
COUNT_WORD = "an?|one|two|three|four|five|six|seven|eight|nine"
"""How many of a fraction ("a third", "two-thirds", "nine-tenths")."""

_PLURAL_ONLY = frozenset(["people", "police", "men", "women", "children", "troops", "staff"])

TIME_UNITS = frozenset(["day", "week", "month", "year", "hour", "minute", "decade", "time"])


def parse_number(text: str) -> float | None:
    """The value of "8,665", "1.5", "2 1/2", "3/4", "twenty-five", "two hundred" (else None)."""
    t = re.sub(r"(?<=\d)[ \u202f\u00a0](?=\d{3}\b)", "", text.lower())
    if re.fullmatch(r"[-−]?\d{1,3},\d{1,2}", t.strip()):
        t = t.replace(",", ".")  # "2,5 million": a decimal comma
    elif re.fullmatch(r"[-−]?\d{1,3}(?:\.\d{3}){2,}", t.strip()):
        t = t.replace(".", "")  # "1.234.567": thousands set apart by points
    t = t.replace(",", "").replace("−", "-").strip()
    signed = re.match(r"(?:minus|negative)\s+|-\s*(?=[a-z])", t)
    if signed:
        value = parse_number(t[signed.end() :])
        return -value if value is not None else None
    try:
        return float(t)
    except ValueError:
        pass
    sci = _TIMES_TEN.fullmatch(t)
    if sci:
        power = sci[2].translate(str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789"))
        return float(sci[1]) * 10 ** int(power)
    exp = re.fullmatch(r"(\d+)\^(-?\d+)", t)
    if exp and abs(int(exp[2])) < 100:
        return float(int(exp[1]) ** int(exp[2])) if int(exp[2]) >= 0 else int(exp[1]) ** int(exp[2])
    if t and t[-1] in VULGAR:
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
        if part in ("hundred", "dozen", "dozens"):
            current = (current or 1) * (100 if part == "hundred" else 12)
        elif part in MULTIPLIERS and part not in ("hundred", "m", "k", "bn", "mn"):
            total += (current or 1) * MULTIPLIERS[part]
            current = 0.0
        elif part in NUMBER_WORDS:
            current += NUMBER_WORDS[part]
        else:
            return None
    return total + current


_SIGN_BEFORE = re.compile(r"\b(?i:minus|negative)\s+$")


def sign_before(text: str, start: int) -> int | None:
    """The start of "minus " or "negative " right before `start` ("negative seven"), else
    None."""
    m = _SIGN_BEFORE.search(text, max(0, start - 12), start)
    return m.start() if m else None


YEAR = r"(?:1[89]\d\d|20\d\d)"
"""A year as news writes one, 1800 to 2099."""


def is_year(raw: str) -> bool:
    return re.fullmatch(YEAR, raw) is not None


def fmt(value: float) -> str:
    """A value as keys write it: whole numbers without a point, six significant digits
    below 100,000, cents kept above ("100000.5", not "1e+06")."""
    if value == int(value):
        return str(int(value))
    return f"{value:g}" if abs(value) < 1e5 else f"{round(value, 2):.15g}"


_WORD_AT = re.compile(rf"\s+(?P<w>{_NOUN_WORD})")
_QUOTED_WORD_AT = re.compile(r"\s+[“\"](?P<w>[A-Za-z][\w-]*)[”\"](?!\w)")
"""A word in scare quotes ("two “deliveries” of payloads", "three "suspicious" packages"): it
is read as if unquoted."""
_PEOPLE_BEFORE_NOUN = re.compile(r"\s+(?:[a-z]+(?:-[a-z]+)*\s+)?(?P<p>[a-z]+s)\b(?!\s+(?:of|to)\b)")
"""A lower-case plural right after a capitalised word, at most one word between: the
capitalised word describes what is counted ("12 Iraqi soldiers", "four Turkish diplomats",
"three Chinese state firms")."""
_AREA = re.compile(
    rf"\s+(?:(?P<p>sq|square|cubic|cu)\.?\s+(?P<u>{_NOUN_WORD})|(?P<pp>percentage)\s+(?P<pu>points?)\b)"
)
"""An area or a volume ("sq mi", "square km") or a percentage point: a unit of two words."""
_REPEATED_IN_DIGITS = re.compile(r"\s\(\d+\)(?=\s)")
_SCALE = re.compile(r"\s+(?P<s>Celsius|Fahrenheit|centigrade|Kelvin|C|F)\b")


def is_modifier(low: str) -> bool:
    """An adverb or participle ("badly", "affected") that may sit before the counted noun."""
    return len(low) > 4 and low.endswith(("ly", "ed"))


def is_plural(word: str) -> bool:
    low = word.lower()
    if any(ch.isdigit() for ch in word):
        return False
    return low in _PLURAL_ONLY or singular(low) != low


def counted_noun(words: list[str]) -> str:
    """The singular counted noun of a noun run, keeping a unit named in several words whole
    ("300 light years" counts light years, not years)."""
    if not words:
        return ""
    last = singular(words[-1])
    for n in (3, 2):
        if len(words) >= n:
            phrase = " ".join(w.lower() for w in words[-n:-1]) + " " + last
            if phrase in UNIT_NAMES:
                return phrase
    return last


def _describes_plural(text: str, pos: int) -> bool:
    """True when a lower-case plural noun follows `pos` (at most one word between)."""
    m = _PEOPLE_BEFORE_NOUN.match(text, pos)
    return bool(m and m["p"] not in STOP and is_plural(m["p"]))


def noun_run(text: str, pos: int, plural_stop: bool = True) -> tuple[list[str], int]:
    """Words after `pos` that name what is counted, and the end offset of the run.

    With `plural_stop` (cardinal numbers) the run ends at the first plural noun ("three
    F-16 fighter jets"); without a plural only the first word is the unit ("6.4
    magnitude"). Ordinals (`plural_stop` False) stop at the first adverb or participle.
    """
    area = _AREA.match(text, pos) if plural_stop else None
    if area and area["pp"]:
        return ["percentage point"], area.end()  # "0.5 percentage point(s)"
    if area:
        return [f"{area['p']} {area['u']}"], area.end()  # "116,347 sq mi", "4 square km"
    words: list[str] = []
    ends: list[int] = []
    added = False  # a word that adds to the count was passed over
    repeat = _REPEATED_IN_DIGITS.match(text, pos)  # "four (4) size options": said again
    at = repeat.end() if repeat else pos  # where the next word is read; `pos` stays at the
    # end of the last word kept
    while len(words) < 4:
        m = _WORD_AT.match(text, at) or _QUOTED_WORD_AT.match(text, at)
        if m is None:
            break
        w = m.group("w")
        low = w.lower()
        at = m.end()
        if plural_stop and low in COUNT_ADDERS:
            added = True
            continue  # "three other people", "two more years": counted are people, years
        if added and low == "time":
            break  # "one more time": an idiom, no count
        if low in STOP or low.endswith(("’s", "'s")) or (low in NUMBER_WORDS and low not in SCALES):
            break  # "thirty five.": a number, not what is counted
        if low in COMPARATIVES and plural_stop and _describes_plural(text, m.end()):
            continue  # "24 older adults": adults are counted
        if low in COMPARATIVES:
            break  # "30% larger display", "30% lower than": how it compares, not what
        name = w[0].isupper() and not any(ch.isdigit() for ch in w)
        if (
            name
            and not words
            and not (plural_stop and is_plural(w) and w not in places())
            and not (plural_stop and w.isalpha() and _describes_plural(text, m.end()))
        ):
            break  # "12 of Kenya's": a name is not a counted noun ("F-16", "Christians" are)
        if is_modifier(low) and not plural_stop:
            break
        if low.endswith("-old") and plural_stop:
            return [low.split("-")[0]], m.end()  # "93 year-old": an age in years
        words.append(w)
        ends.append(m.end())
        pos = m.end()
        if plural_stop and is_plural(w):
            scale = _SCALE.match(text, m.end()) if low == "degrees" else None
            return ([scale["s"]], scale.end()) if scale else (words, ends[-1])
    if plural_stop:
        for i, w in enumerate(words):
            if not is_modifier(w.lower()):
                return words[: i + 1], ends[i]
        return [], pos
    return words, (ends[-1] if ends else pos)


def whole_noun(text: str, pos: int, words: list[str], end: int) -> tuple[list[str], int]:
    """The noun run `words` (ending at `end`, read from `pos` by `noun_run`) carried on to the
    last noun of its phrase when it stopped on a word that qualifies the next ("75% of the
    online information" counts information, not "online"): only over lower-case words that
    are no plural, verb in -s or -ed, nor irregular past ("40% of the vote went" stays vote)."""
    if is_plural(words[-1]) or not all(w.islower() and w.isalpha() for w in words):
        return words, end
    whole, _ = noun_run(text, pos, plural_stop=False)
    if whole[: len(words)] != words:
        return words, end
    for w in whole[len(words) :]:
        if not (w.islower() and w.isalpha()) or w.endswith(("s", "ed")):
            break
        if w in word_list("irregular_past.txt"):
            break
        at = text.find(w, end)
        if at < 0:
            break
        words, end = [*words, w], at + len(w)
    return words, end
