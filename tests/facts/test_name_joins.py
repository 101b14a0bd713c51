"""Names the NER models cut or join at the wrong place: a span read over a list of names is
cut into its names (`facts.name_joins.split_joined_names`) while one name with commas, "&"
or "and" inside stays whole; a surname cut after its hyphen gets its head back
(`facts.hyphened_names`); a store named with a possessive keeps it ("Lowe's",
`facts.possessive_names`). The spans are those spaCy's models give for these sentences from
web news pages."""

from __future__ import annotations

import pytest

from facts import facts
from facts.name_joins import split_joined_names
from facts.nlp import Span

from .found import name_kinds


def _cut(text: str, name: str, label: str) -> list[str]:
    start = text.index(name)
    span = Span(start, start + len(name), label)
    return [text[p.start : p.end] for p in split_joined_names(text, span)]


@pytest.mark.parametrize(
    ("text", "name", "label", "names"),
    [
        ("Follow us on Facebook, Twitter and Instagram for more.",
         "Facebook, Twitter and Instagram", "organisation", ["Facebook", "Twitter", "Instagram"]),
        ("NASA has recruited SpaceX's Starship, Blue Origin's Blue Moon and three other landers.",
         "Starship, Blue Origin", "organisation", ["Starship", "Blue Origin"]),
        ("Her tweets named Mueller, Stormy, Cohen and others.", "Stormy, Cohen", "place",
         ["Stormy", "Cohen"]),
        ("She has written for The New York Times and The Atlantic.",
         "New York Times and The Atlantic", "organisation", ["New York Times", "The Atlantic"]),
        ("The crash happened near 17th Street and Gladstone Avenue on Monday.",
         "Street and Gladstone Avenue", "place", ["Street", "Gladstone Avenue"]),
    ],
)  # fmt: skip
def test_a_list_read_as_one_name_is_cut(text: str, name: str, label: str, names) -> None:
    assert _cut(text, name, label) == names


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The band plays Raleigh, NC on June 3.", "Raleigh, NC", "place"),
        ("The crew flew out of Washington, D.C. on Friday.", "Washington, D.C.", "place"),
        ("Sen. Ted Cruz, R-Texas, said the system had failed.", "Ted Cruz, R", "person"),
        ("He is a vice president at Boeing Defense, Space, and Security in Arlington.",
         "Boeing Defense, Space", "organisation"),
        ("The book came out from Farrar, Straus and Giroux, Inc. in May.",
         "Farrar, Straus and Giroux, Inc.", "organisation"),
        ("She bought the book at Barnes and Noble.", "Barnes and Noble", "organisation"),
        ("The Department of Health and Human Services said so.",
         "Department of Health and Human Services", "organisation"),
        ("He bought a stake in Merrill Lynch, Pierce, Fenner & Smith.",
         "Merrill Lynch, Pierce, Fenner & Smith", "organisation"),
        ("The show was 80 Day Obsession and A Little More Obsessed.",
         "Day Obsession and A Little More Obsessed", "organisation"),
    ],
)  # fmt: skip
def test_one_name_stays_whole(text: str, name: str, label: str) -> None:
    assert _cut(text, name, label) == [name]


def test_the_names_of_a_list_are_facts_of_their_own(make_docs) -> None:
    names = name_kinds(
        make_docs,
        "NASA has recruited SpaceX's Starship, Blue Origin's Blue Moon and three other "
        "commercial lunar lander ideas to join its Artemis moon program. Sen. Ted Cruz, "
        "R-Texas, said the prison system had failed.",
        date="2019-11-20",
    )
    assert names.get("Blue Origin") == "organisation", names
    assert not any("," in name for name in names), names
    assert names.get("Ted Cruz") == "person" and names.get("Texas") == "place", names


def test_a_surname_cut_after_its_hyphen_is_given_back_its_head(make_docs) -> None:
    table = facts(
        make_docs(
            "Dr. Patrick Soon-Shiong bought the Los Angeles Times in 2018. Soon-Shiong said he "
            "would invest in the newsroom. Pro-Trump rallies drew crowds in Ohio.",
            date="2019-11-20",
        )
    )
    people = {m.text: f.label for f in table.facts if f.kind == "person" for m in f.mentions}
    assert people.get("Soon-Shiong") == "Patrick Soon-Shiong", people
    assert "Shiong" not in people and "Pro-Trump" not in people, people


def test_a_store_named_with_a_possessive_keeps_it(make_docs) -> None:
    names = name_kinds(
        make_docs,
        "Lowe's reports earnings Wednesday. Shares of Lowe's rose 2% on Tuesday. Macy's said "
        "holiday sales fell. Donald Trump spoke on Monday; Trump's policy on tariffs changed.",
        date="2019-11-19",
    )
    assert names.get("Lowe's") == "organisation", names
    assert names.get("Macy's") == "organisation", names
    assert "Lowe" not in names and "Macy" not in names, names
    assert names.get("Donald Trump") == "person" and "Trump's" not in names, names


def test_a_listed_place_written_with_a_possessive_stays_the_place(make_docs) -> None:
    names = name_kinds(
        make_docs, "Peru's and Chile's economies grew faster than expected.", date=None
    )
    assert names == {"Peru": "place", "Chile": "place"}, names
