"""The given-names list: the SSA baby names it adds are real names given often enough, never
English words ("Fox" names an animal too) nor places, and the shipped list holds them."""

from __future__ import annotations

from pathlib import Path

from facts.lexicon import given_names
from tools.facts_given_names import ssa_names, wordnet_words


def test_ssa_names_skip_rare_names_english_words_and_places(tmp_path: Path) -> None:
    csv_path = tmp_path / "usprocessed.csv"
    csv_path.write_text(
        "Name,years.appearing,count.male,count.female,prob.gender\n"
        "Montell,56,791,0,Male\n"
        "Masayoshi,14,133,0,Male\n"
        "Zorbulon,1,6,0,Male\n"
        "Fox,40,900,40,Male\n"
        "Paris,90,300,9000,Female\n"
        "Mary-Kate,5,0,400,Female\n",
        encoding="utf-8",
    )
    dict_dir = tmp_path / "dict"
    dict_dir.mkdir()
    for part, lemmas in (("noun", ["fox", "piper"]), ("verb", ["run"]), ("adj", []), ("adv", [])):
        header = "  1 This software and database is being provided\n"
        body = "".join(f"{w} n 1 1 @ 1 0 00000000\n" for w in lemmas)
        (dict_dir / f"index.{part}").write_text(header + body, encoding="utf-8")
    english = wordnet_words(dict_dir)
    assert english == {"fox", "piper", "run"}
    assert ssa_names(csv_path, english) == {"Montell", "Masayoshi"}


def test_the_shipped_list_holds_names_of_both_sources() -> None:
    names = given_names()
    assert {"Pete", "Wasim", "Montell", "Masayoshi"} <= names
    assert not {"Fox", "Aircraft", "China"} & names
