"""Nothing in the fact extractor's code or data is specific to the bundled corpus.

The people and organisations the seed checklist expects, and the places of it that no general
gazetteer would list, must not appear anywhere under facts/ (code, word lists, the NER
model's files). Country and city names may appear only in places.tsv, the GeoNames/ISO table
built by tools/facts_places.py, which lists every country and large city.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import facts as facts_package

from .gold import gold_files, load_gold

FACTS_DIR = Path(facts_package.__file__).resolve().parent
GENERAL_PLACES = FACTS_DIR / "data" / "places.tsv"


def _seed_names() -> dict[str, set[str]]:
    names: dict[str, set[str]] = {"person": set(), "organisation": set(), "place": set()}
    for path in gold_files():
        for item in load_gold(path)["expected"]:
            kind, _, name = str(item.get("key", "")).partition(":")
            if kind in names:
                names[kind].add(name)
    return names


def _files() -> list[Path]:
    return [p for p in sorted(FACTS_DIR.rglob("*")) if p.is_file() and "__pycache__" not in p.parts]


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="ignore").lower()


def test_the_seed_checklist_has_names_to_look_for() -> None:
    names = _seed_names()
    assert len(names["person"]) >= 5 and len(names["organisation"]) >= 3


def test_no_seed_person_or_organisation_anywhere_in_facts() -> None:
    names = _seed_names()
    wanted = {n for n in names["person"] | names["organisation"] if len(n) >= 4}
    found = []
    for path in _files():
        text = _text(path)
        found += [(path.name, n) for n in wanted if re.search(rf"\b{re.escape(n)}\b", text)]
    assert found == []


def test_seed_places_appear_only_in_the_general_places_table() -> None:
    places = {n for n in _seed_names()["place"] if len(n) >= 4}
    assert places
    found = []
    for path in _files():
        if path == GENERAL_PLACES:
            continue
        text = _text(path)
        found += [(path.name, n) for n in places if re.search(rf"\b{re.escape(n)}\b", text)]
    assert found == []


def test_places_table_is_the_generated_general_one() -> None:
    lines = GENERAL_PLACES.read_text(encoding="utf-8").splitlines()
    assert "GeoNames" in lines[0]
    assert len(lines) > 5000  # every country and large city, not a hand-picked list


def test_news_model_ships_no_training_vocabulary() -> None:
    strings = json.loads((FACTS_DIR / "data" / "ner_news" / "vocab" / "strings.json").read_text())
    assert len(strings) < 5000
    assert {"PER", "ORG", "LOC"} <= set(strings)
