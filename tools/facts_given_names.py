"""Build facts/data/given_names.txt: given (first) names of many countries, in Latin script,
from the person providers of the Faker package (MIT licence; only the name lists are taken).

A name goes in when it is one Latin-script word of two letters or more, capitalised, and not a
country's name in facts/data/places.tsv, from the `first_names*` lists of every locale of `faker.providers.person` (romanised lists included
where a locale has them: ja_JP, zh_CN, ko_KR...). The fact extractor reads it to tell a
person's name ("Pete Sampras") from a company's ("Lockheed Martin") when its two NER models
disagree (`facts.entities`).

    pip install faker==40.63.0 && python tools/facts_given_names.py
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "facts" / "data" / "given_names.txt"


def _latin_word(name: str) -> bool:
    if len(name) < 2 or not name[0].isupper() or not name.isalpha():
        return False
    return all("LATIN" in unicodedata.name(c, "") for c in name)


def _countries() -> set[str]:
    """Country names of facts/data/places.tsv: "China" or "Jordan" as the first word of a
    name says nothing of a person ("China Airlines")."""
    from facts.lexicon import places

    return {name for name, place in places().items() if place.kind == "country"}


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
    names = build()
    header = (
        "# Given names in Latin script, one a line, from the person providers of Faker "
        "(MIT licence), built by tools/facts_given_names.py\n"
    )
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
