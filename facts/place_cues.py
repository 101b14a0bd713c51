"""One-word places that no list knows, kept only when their page places them.

The NER models read many one-word names as places that are none: products ("MacBook",
"AirPower"), sites ("Wikipedia", "Weibo"), a genus ("Yersinia"), words opening a sentence
("Unsurprisingly"). A one-word place that GeoNames (`facts/data/places.tsv`), the US state
lists and the list of planets, moons and stars do not hold stays a place on its page only
when both models read it as a place in one of its mentions there, or when words around one of
its mentions place it: a locative preposition before it ("in Qinghai", "to Mars"), a known
place or state after a comma ("Uncasville, CT"), a noun of an area, a street or a landform
after it ("Qinghai province", "Anaqizli mount"), also at the end of a list of names ("Cass and
Van Buren counties"), or a dateline's shape (a town in capitals opening a line before a comma
or a date). Otherwise none of its mentions on that page is a place.

The other way round, a city of the list whose name has two words or more is a place in every
mention when the same words place one of them, however the models typed it ("in Banda Aceh",
"off Banda Aceh" where both models read a person), and a listed place of one word that the
models read as a person is the place where "in", "at" or "near" comes right before it ("an
office in Denver"; "Denver said" stays the person): `placed_cities`.

A planet, moon or star of one word (`facts/data/celestial_bodies.txt`, WordNet 3.1) is a place
in every mention of its page when the page writes "the" right before it ("to the Moon", then
"a Moon landing") or puts something on it or sends something to it ("boots on Mars"; not "a
letter to Venus Williams"), however the models typed it: `celestial`. A venue listed in a tour's dates
("Xfinity Center, Mansfield, MA", "Cincinnati, OH @ Riverbend Music Center") is a place in
every mention of its page: `venues`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from facts.entities import EntityHit, canonical_place, undotted
from facts.lexicon import celestial_bodies, places, singular, us_state, us_states_ap
from facts.place_nouns import place_nouns

_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|across|outside|inside|throughout|around|toward|towards|"
    r"via|within|off)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_IN_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|throughout|across|into)\s+$", re.IGNORECASE
)
"""A preposition of place before a one-word name: the mention is the place ("an office in
Denver"), however the models typed it; not "to" or "from" ("passed to Jordan")."""
_AREA_NOUNS = frozenset(
    ["province", "county", "state", "region", "district", "prefecture", "oblast", "territory",
     "municipality", "governorate", "canton", "island", "islands", "city", "town", "village",
     "area", "border", "coast", "peninsula", "valley", "basin"]
)  # fmt: skip
"""Lower-case nouns of an area after a place's name ("Qinghai province"): general English."""
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|—|–|-\s|\d)")
"""What follows a dateline's town in capitals: a comma, a bracket, a dash or the date."""
_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]+)\b")
_NAME = r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}"
_LIST_THEN_NOUN = re.compile(rf"(?:\s*,\s*(?:and\s+)?{_NAME}|\s+and\s+{_NAME})+\s+(?P<w>[a-z]+)\b")
"""More names of a list, then the lower-case noun they share ("Cass, Kalamazoo and Van Buren
counties")."""
_PLACE_AFTER_COMMA = re.compile(r",\s*(?P<p>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")

Hit = tuple[int, int, int, EntityHit]


def listed(name: str) -> bool:
    """A place GeoNames, the US state lists or the list of planets and moons holds, also
    written as a dotted abbreviation of a listed code ("U.K.", "U.S.")."""
    name = undotted(name)
    return name in places() or name in celestial_bodies() or us_state(name) is not None


def placed(text: str, start: int, end: int) -> bool:
    """True when the words around text[start:end] make it a place."""
    line_start = text.rfind("\n", 0, start) + 1
    if (
        text[start:end].isupper()
        and not text[line_start:start].strip()
        and _DATELINE_AFTER.match(text, end)
    ):
        return True  # "HERZLIYA, Israel 1996-08-30": a dateline's town
    if _LOCATIVE_BEFORE.search(text, max(0, start - 16), start):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is not None and (after["w"] in _AREA_NOUNS or after["w"] in place_nouns()):
        return True
    shared = _LIST_THEN_NOUN.match(text, end)
    if shared is not None and singular(shared["w"]) in _AREA_NOUNS:
        return True  # "Berrien, Calhoun and Van Buren counties"
    comma = _PLACE_AFTER_COMMA.match(text, end)
    if comma is None:
        return False
    words = comma["p"], comma["p"].split()[0]  # "Holmdel, NJ June 30": the state, then a date
    return any(listed(w) or listed(w.rstrip(".")) for w in words)


def unplaced(texts: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the one-word places that no list knows and that their page does not
    place (`texts[doc]` is each page's text; hit offsets are into it)."""
    mentions: dict[tuple[int, str], list[Hit]] = defaultdict(list)
    for hit in hits:
        di, _, _, h = hit
        if h.kind == "place" and " " not in h.name and not h.by_cue and not listed(h.name):
            mentions[di, h.name].append(hit)
    dropped = {
        key
        for key, found in mentions.items()
        if not any(h.agreed or placed(texts[di], a, b) for di, a, b, h in found)
    }
    return [x for x in hits if not (x[3].kind == "place" and (x[0], x[3].name) in dropped)]


def placed_cities(texts: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits with every person or organisation named like a listed city of two words or
    more made a place, when the words around one of its mentions in the corpus place it, and
    each one-word person named like a listed place made one where a preposition of place
    comes right before it ("in Denver")."""
    cities: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, _, h) in enumerate(hits):
        if h.kind in ("person", "organisation", "single") and " " in h.name:
            place = places().get(h.name)
            if place is not None and place.kind == "city":
                cities[h.name].append(i)
    out = list(hits)
    for i, (di, a, _, h) in enumerate(hits):
        if (
            h.kind == "single"
            and h.name in places()
            and _IN_BEFORE.search(texts[di], max(0, a - 40), a)
        ):
            out[i] = _as_place(hits[i])
    for positions in cities.values():
        if any(placed(texts[hits[i][0]], hits[i][1], hits[i][2]) for i in positions):
            for i in positions:
                out[i] = _as_place(hits[i])
    return out


_ADMIN_NOUNS = frozenset(
    ["county", "counties", "province", "provinces", "prefecture", "prefectures", "district",
     "districts", "region", "regions", "municipality", "municipalities", "governorate",
     "governorates", "oblast", "oblasts", "canton", "cantons", "parish", "parishes"]
)  # fmt: skip
"""Nouns of an administrative area that name the area before them ("Van Buren counties");
not "state" or "states", a verb too ("Biden states that")."""


def areas_named_before(texts: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits with a person or an organisation made a place where a noun of an
    administrative area comes right after it or after the list it ends or opens ("Barry,
    Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties")."""
    out = list(hits)
    for i, (di, _, b, h) in enumerate(hits):
        if h.kind not in ("person", "organisation", "single"):
            continue
        after = [_WORD_AFTER.match(texts[di], b), _LIST_THEN_NOUN.match(texts[di], b)]
        if any(m is not None and m["w"] in _ADMIN_NOUNS for m in after):
            out[i] = _as_place(hits[i])
    return out


def _as_place(hit: Hit) -> Hit:
    """The hit made a place under its place's one name."""
    di, a, b, h = hit
    return di, a, b, replace(h, kind="place", name=canonical_place(h.name))


def celestial(texts: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits with every one-word name of a planet, moon or star made a place on its page
    when the page writes "the" right before the name or places something on it
    (`a_body_on_the_page`: "returning humans to the Moon" makes "a Moon landing" the place
    too; "Moon Jae-in", and "Moon" on a page that never writes "the Moon", keep the models'
    reading)."""
    out = list(hits)
    written: dict[tuple[int, str], bool] = {}
    for i, (di, _, _, h) in enumerate(hits):
        if h.kind in ("person", "organisation", "single"):
            if (di, h.name) not in written:
                written[di, h.name] = a_body_on_the_page(texts[di], h.name)
            if written[di, h.name]:
                out[i] = _as_place(hits[i])
    return out


@cache
def _the_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\bthe\s+{re.escape(name)}\b(?![-’']\w)", re.IGNORECASE)


def a_body_on_the_page(text: str, name: str) -> bool:
    """True when `name` is a planet, moon or star that `text` writes after "the" ("the
    Moon") or after a word that places something on it or sends it there, with no capitalised
    word after ("boots on Mars", "cities on Earth", "a mission to Europa"; not "a letter to
    Venus Williams"): no person's alias there."""
    return name in celestial_bodies() and (
        _the_before(text, name) or _placed_on(name).search(text) is not None
    )


@cache
def _placed_on(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:on|to|from|around|orbiting|of)\s+{re.escape(name)}\b(?![-’']\w)(?!\s+[A-Z])"
    )


def _the_before(text: str, name: str) -> bool:
    """True when `text` writes "the" right before `name` with the name's own capitals."""
    return any(m.group()[-len(name) :] == name for m in _the_pattern(name).finditer(text))


_VENUE_WORDS = frozenset(["center", "centre", "pavilion", "theatre", "theater", "hall", "forum"])
"""Last words of venues' names besides `place_nouns` ("Xfinity Center", "PNC Music Pavilion");
they end organisations' names as often, so they make a place only with a listing's cue."""
_TOWN_AND_STATE_AFTER = re.compile(
    r",\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s*(?P<st>[A-Z][A-Za-z.]{1,13})(?![\w])"
)
_AT_SIGN_BEFORE = re.compile(r"@\s+$")
_VENUE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:hospital|airport|stadium|arena|prison|jail|penitentiary|ballpark|racecourse|"
    r"racetrack|speedway)s?\b"
)
"""A lower-case noun of a building or ground after a name: the name is the place's ("Walter
Reed hospital", "Kennedy airport", "Rikers jail"; CoNLL-2003 tags such names places)."""


def venues(texts: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits with every name of a venue made a place on its page where one of its
    mentions is listed as a tour's dates list a venue: its town and state after it ("Xfinity
    Center, Mansfield, MA"), or "@" before it ("Cincinnati, OH @ Riverbend Music Center"); or
    where a noun of a building or ground follows one ("Walter Reed hospital")."""

    def listed_venue(di: int, a: int, b: int) -> bool:
        text = texts[di]
        after = _TOWN_AND_STATE_AFTER.match(text, b)
        if after is not None and _state(after["st"]):
            return True
        return bool(_AT_SIGN_BEFORE.search(text, max(0, a - 4), a))

    named: set[tuple[int, str]] = set()
    for di, a, b, h in hits:
        last = h.name.split()[-1].lower()
        if h.kind in ("person", "organisation", "single") and (
            ((last in _VENUE_WORDS or last in place_nouns()) and listed_venue(di, a, b))
            or _VENUE_NOUN_AFTER.match(texts[di], b)
        ):
            named.add((di, h.name))
    return [
        (di, a, b, replace(h, kind="place")) if (di, h.name) in named else (di, a, b, h)
        for di, a, b, h in hits
    ]


def _state(word: str) -> bool:
    """A US state, also an AP abbreviation written without its stop ("Calif")."""
    return us_state(word) is not None or word.rstrip(".") + "." in us_states_ap()
