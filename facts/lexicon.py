"""General English and geographic word data the extractor reads, loaded from facts/data/.

- english.json: number words, ordinals, multipliers, months, weekdays, titles folded off
  people's names, irregular plurals;
- units.json: unit symbols ("km", "MWh", "Ma") with their unit name and dimension, and
  names of measurement units ("mile", "dollar") (quantulum3's unit table, built by
  tools/facts_units.py);
- places.tsv: country, capital, US state and city names with their canonical name (GeoNames
  and ISO 3166, built by tools/facts_places.py);
- celestial_bodies.txt: names of planets, moons and stars (WordNet 3.1, built by
  tools/facts_celestial.py);
- common_words.txt: words WordNet 3.1 writes only in lower case ("hostility", "beyond"),
  built by tools/facts_common_words.py.

Nothing here is specific to any corpus.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def read_data(name: str) -> str:
    """The text of `facts/data/NAME` (read through the package, as installed)."""
    return (resources.files("facts") / "data" / name).read_text(encoding="utf-8")


def word_list(name: str) -> frozenset[str]:
    """The words of `facts/data/NAME`, one a line; blank lines and "#" comments left out."""
    lines = (line.strip() for line in read_data(name).splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@cache
def _english() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_data("english.json"))
    return data


_EN = _english()
NUMBER_WORDS: dict[str, int] = _EN["number_words"]
ORDINALS: dict[str, int] = _EN["ordinals"]
MULTIPLIERS: dict[str, int] = _EN["multipliers"]
MONTHS: dict[str, int] = {m: i + 1 for i, m in enumerate(_EN["months"])}
WEEKDAYS: dict[str, int] = {d: i for i, d in enumerate(_EN["weekdays"])}
TITLES: frozenset[str] = frozenset(_EN["titles"])
IRREGULAR_PLURALS: dict[str, str] = _EN["irregular_plurals"]
SEQUENCE_NOUNS: frozenset[str] = frozenset(_EN["sequence_nouns"])
"""Nouns an ordinal only places in a sequence ("first time", "tenth meeting")."""
LEGAL_FORMS: frozenset[str] = frozenset(_EN["legal_forms"])
"""Words after an organisation's name that do not make it another organisation."""
FUNCTION_WORDS: frozenset[str] = frozenset(_EN["function_words"])
"""Articles, pronouns, prepositions, auxiliaries: not what a sentence is about."""
SPEECH_VERBS: frozenset[str] = frozenset(_EN["speech_verbs"])
"""Verbs of saying ("said", "told"): every reported sentence has one."""
KINSHIP_NOUNS: frozenset[str] = frozenset(_EN["kinship_nouns"])
"""Nouns of family ties: a given name right after one is a person's ("his wife, Kimberly")."""
STAT_NOUNS: frozenset[str] = frozenset(_EN["stat_nouns"])
"""What a player's line in a sports round-up counts ("Grace Hanks 1 goal", "5 saves")."""
EVENT_NOUNS: frozenset[str] = frozenset(_EN["event_nouns"])
"""Last words of the names of events and indices ("American Music Awards", "Davis Cup",
"Consumer Price Index"): CoNLL's MISC, no person, organisation or place."""
RESULT_VERBS: frozenset[str] = frozenset(_EN["result_verbs"])
"""Verbs of a sports result ("defeated", "edged", "d."): the places they join are teams."""
TEAM_ROLES: frozenset[str] = frozenset(_EN["team_roles"])
"""Roles and parts of a team after its name ("Oklahoma City coach", "Ottawa fans")."""
LIFT_VERBS: frozenset[str] = frozenset(_EN["lift_verbs"])
"""Verbs of a player carrying a team ("to lift Florida", "to lead St. Louis past Tampa Bay")."""
GAME_WORDS: frozenset[str] = frozenset(_EN["game_words"])
"""Words of a game after a side's name ("Oklahoma City couldn't score again")."""
COMPARATIVES: frozenset[str] = frozenset(_EN["comparatives"])
"""Comparatives of degree after a figure ("30% lower"): how it compares, never what it counts."""
COMPANY_ENDINGS: frozenset[str] = frozenset(_EN["company_endings"])
"""Last words of firms' and bodies' names WordNet gives no organisation sense ("Group", "Assembly")."""
COMPANY_NOUNS: frozenset[str] = frozenset(_EN["company_nouns"])
"""Nouns of a company's business after its name ("Alibaba shares", "a Weibo post")."""
BUSINESS_ROLES: frozenset[str] = frozenset(_EN["business_roles"])
"""Roles held at a company, before a person's name ("Jefferies analyst Jonathan Matuszewski")."""
MAKER_VERBS: frozenset[str] = frozenset(_EN["maker_verbs"])
"""Verbs of owning or making before "by" and a company ("owned by Alibaba")."""
DATED_EVENTS: frozenset[str] = frozenset(_EN["dated_events"])
"""Plural nouns of events a year before them names ("2016 elections"), never what it counts."""
COUNT_ADDERS: frozenset[str] = frozenset(_EN["count_adders"])
"""Words between a number and what it counts that add to a count ("three other people")."""


_UNITS: dict[str, Any] = json.loads(read_data("units.json"))
UNIT_SYMBOLS: dict[str, str] = {s: v[0] for s, v in _UNITS["symbols"].items()}
"""Unit symbol (exact case) to unit name: "MWh" -> "megawatt hour"."""
UNIT_NAMES: dict[str, str] = _UNITS["names"]
"""Name of a measurement unit (singular, lower case) to its dimension: "mile" -> "length"."""


@dataclass(frozen=True)
class Place:
    name: str
    canonical: str
    kind: str
    population: int


@cache
def places() -> dict[str, Place]:
    """Place names (as written, e.g. "Kampala", "Republic of Korea") to their entry."""
    out: dict[str, Place] = {}
    for line in read_data("places.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        name, canonical, kind, population = line.split("\t")
        out[name] = Place(name, canonical, kind, int(population))
    return out


def _pairs(name: str) -> dict[str, str]:
    """The two-column rows of a tab-separated data file, "#" lines left out."""
    rows = (line.split("\t") for line in read_data(name).splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


@cache
def us_state_codes() -> dict[str, str]:
    """US state postal codes to the state's name ("NJ" -> "New Jersey"), from
    facts/data/us_states.tsv (GeoNames)."""
    return _pairs("us_states.tsv")


@cache
def us_states_ap() -> dict[str, str]:
    """Associated Press abbreviations of the US states to the state's name ("Ore." ->
    "Oregon"), from facts/data/us_states_ap.tsv (the `us` package's records)."""
    return _pairs("us_states_ap.tsv")


@cache
def _us_state_names() -> frozenset[str]:
    return frozenset(us_state_codes().values())


def us_state(word: str) -> str | None:
    """The US state an AP abbreviation ("Ore."), a postal code ("OR") or the state's own name
    writes ("Oregon"), or None."""
    return (
        us_states_ap().get(word)
        or us_state_codes().get(word)
        or (word if word in _us_state_names() else None)
    )


@cache
def celestial_bodies() -> frozenset[str]:
    """One-word names of planets, moons and stars ("Moon", "Mars", "Sirius"), from
    `facts/data/celestial_bodies.txt` (WordNet 3.1, built by tools/facts_celestial.py)."""
    return word_list("celestial_bodies.txt")


@cache
def places_folded() -> dict[str, Place]:
    """The same table keyed by case-folded name ("BRUSSELS" and "Brussels" both find it)."""
    out: dict[str, Place] = {}
    for name, place in places().items():
        key = name.casefold()
        if key not in out or place.population > out[key].population:
            out[key] = place
    return out


@cache
def given_names() -> frozenset[str]:
    """Given names of many countries in Latin script ("Pete", "Wasim", "Hendrik"), from
    `facts/data/given_names.txt` (Faker's person providers, built by
    tools/facts_given_names.py)."""
    return word_list("given_names.txt")


@cache
def org_nouns() -> frozenset[str]:
    """Common nouns one of whose senses is an organisation ("airline", "magazine", "band"),
    from `facts/data/org_nouns.txt` (WordNet 3.1, built by tools/facts_org_nouns.py)."""
    return word_list("org_nouns.txt")


@cache
def org_nouns_people() -> frozenset[str]:
    """The nouns of `org_nouns` that also name a person ("host", "publisher"), from
    `facts/data/org_nouns_people.txt` (WordNet 3.1, built by tools/facts_org_nouns.py)."""
    return word_list("org_nouns_people.txt")


@cache
def person_nouns() -> frozenset[str]:
    """Nouns whose first sense names a person or a role ("rival", "parent", "client"), from
    `facts/data/person_nouns.txt` (WordNet 3.1, built by tools/facts_person_nouns.py)."""
    return word_list("person_nouns.txt")


@cache
def common_words() -> frozenset[str]:
    """Words WordNet 3.1 writes only in lower case, never as a proper name ("hostility",
    "unfortunately"; not "smith" nor "turkey"), from `facts/data/common_words.txt`."""
    return word_list("common_words.txt")


_INFLECTIONS = (("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""),
                ("s", ""), ("d", ""))  # fmt: skip


def is_common_word(word: str) -> bool:
    """True when `word` or its base form ("Having", "Closed", "Policies") is a word WordNet
    writes only in lower case (`lexicon.common_words`)."""
    low = word.lower()
    words = common_words()
    if low in words:
        return True
    return any(
        low.endswith(end) and len(low) - len(end) >= 3 and low[: -len(end)] + base in words
        for end, base in _INFLECTIONS
    )


@cache
def _stop_words_of_europe() -> frozenset[str]:
    import importlib

    words: set[str] = set()
    for lang in ("en", "de", "fr", "es", "it", "nl", "pt"):
        words |= importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
    return frozenset(words)


def is_person_opening(word: str) -> bool:
    """True when `word` is a given name that is no function word of English, German, French,
    Spanish, Italian, Dutch or Portuguese (spaCy's stop-word lists): "Tom", not "Der" of "Der
    Spiegel" nor "Van" of "Van Morrison Ltd"."""
    return word in given_names() and word.lower() not in _stop_words_of_europe()


def is_title(word: str) -> bool:
    """A title or honorific folded off a name ("President", "Lt.", "Sen.")."""
    return word.casefold().rstrip(".") in TITLES


def singular(word: str) -> str:
    """Naive English singular of a noun ("counties" -> "county"), lower case."""
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w
