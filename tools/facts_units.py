"""Build facts/data/units.json, the unit symbols and names the figure extractor reads, from
quantulum3's unit table (MIT licence; `quantulum3/units.json` and its en_US additions, with
SI prefixes expanded by quantulum3's own loader). quantulum3 is read here, at build time only.

Kept:
- symbols ("km", "MWh", "Ma", "psi", "bbl") of two characters or more whose dimension is one
  news reports (length, mass, money, energy, time...): a single letter ("m", "A") is a word or
  an initial more often than a unit, and the extractor's own prefix+SI pattern reads those;
- symbols that read as something else after a number are left out: clock times ("3 pm"),
  prepositions ("2 in" is read as inches only where the extractor sees a measure, "5 at"),
  street and saint abbreviations ("10 St"), all-capital two-letter symbols that are mostly
  initials ("MA", "TV", "MP"), and symbols with dots or operators;
- names of measurement units that have a symbol ("mile", "kilogram", "dollar", "gallon"),
  singular and lower case, so that "one mile" is read as a measure where "one" alone is a
  reference back ("one of them"); names that are more often plain English words ("bit",
  "won", "league", "cup") are left out. Other names need no table: "66 megayears" is a number
  and its counted noun.

    python tools/facts_units.py
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "facts" / "data" / "units.json"

DIMENSIONS = frozenset(
    [
        "acceleration",
        "amount-of-substance",
        "area",
        "currency",
        "current",
        "data-storage",
        "data-transfer-rate",
        "dimensionless",
        "electric-potential",
        "energy",
        "force",
        "frequency",
        "instance-frequency",
        "length",
        "mass",
        "mass-flow",
        "power",
        "pressure",
        "radiation-absorbed-dose",
        "sound-level",
        "speed",
        "temperature",
        "time",
        "volume",
        "volumetric-flow",
    ]
)
"""Dimensions news stories state; others (viscosity, magnetic flux, luminance...) have short
symbols that are far more often words or initials ("St", "Fr", "Ly")."""
NOT_AFTER_A_NUMBER = frozenset(["am", "pm", "in", "at", "st", "rd", "ha", "da"])
"""Lower-cased symbols that after a number are a clock time, a preposition, a street or a
saint; "ha" (hectare) is kept in its exact case."""
WORDS = frozenset(["fur", "pt", "Gal", "ab", "hs", "ua"])
"""Symbols, in their exact case, that are words or abbreviations ("two fur coats", "24 pt"
for points, "Gal" a name)."""


MEASURES = frozenset(
    [
        "area",
        "currency",
        "data-storage",
        "energy",
        "length",
        "mass",
        "power",
        "pressure",
        "speed",
        "temperature",
        "volume",
    ]
)
"""Dimensions whose unit names are kept."""
ENGLISH_WORDS = frozenset(
    [
        "atmosphere",
        "bar",
        "barn",
        "bit",
        "chain",
        "cup",
        "drop",
        "grain",
        "hand",
        "league",
        "line",
        "link",
        "mark",
        "mil",
        "mill",
        "pace",
        "perch",
        "point",
        "pole",
        "quad",
        "quarter",
        "real",
        "rod",
        "second",
        "shake",
        "span",
        "stone",
        "won",
    ]
)
"""Unit names that after "one" are mostly plain English ("one bit", "one real problem")."""


def _dimension(unit: object) -> str:
    return str(getattr(getattr(unit, "entity", None), "name", "")).replace(" ", "-")


def build() -> dict[str, object]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load

        table = load.units("en_US")
    symbols: dict[str, list[str]] = {}
    for symbol, units in sorted(table.symbols.items()):
        unit = sorted(units, key=lambda u: u.name)[0]
        dim = _dimension(unit)
        if len(symbol) < 2 or dim not in DIMENSIONS or dim == "currency":
            continue  # currencies are read by the extractor's money pattern
        if any(ch in symbol for ch in "\".*/ -^'") or any(ch.isdigit() for ch in symbol):
            continue
        if (symbol.lower() in NOT_AFTER_A_NUMBER and symbol != "ha") or symbol in WORDS:
            continue
        if len(symbol) == 2 and symbol.isupper() and dim != "data-storage":
            continue
        symbols[symbol] = [unit.name, dim]
    names: dict[str, str] = {}
    for unit in sorted(table.names.values(), key=lambda u: u.name):
        dim = _dimension(unit)
        if dim not in MEASURES or not unit.symbols:
            continue
        for surface in [unit.name, *unit.surfaces]:
            key = surface.lower()
            if " " in key and dim == "currency":
                continue  # "us dollar", "swiss franc": the money pattern reads currencies
            if key.isascii() and key.replace(" ", "").isalpha() and key not in ENGLISH_WORDS:
                names.setdefault(key, dim)
    return {
        "about": "Unit symbols with their unit name and dimension, and unit names with their "
        "dimension, from quantulum3's units.json "
        "(MIT licence, https://github.com/nielstron/quantulum3), SI prefixes expanded; built "
        "by tools/facts_units.py.",
        "symbols": symbols,
        "names": names,
    }


def main() -> int:
    data = build()
    symbols = data["symbols"]
    assert isinstance(symbols, dict)
    rows = ",\n".join(
        f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in symbols.items()
    )
    names = json.dumps(data["names"], indent=0, sort_keys=True)
    head = f'{{"about": {json.dumps(data["about"])},\n"symbols": {{\n{rows}\n}},\n'
    OUT.write_text(f'{head}"names": {names}}}\n', "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(symbols)} symbols, {len(names)} characters of names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
