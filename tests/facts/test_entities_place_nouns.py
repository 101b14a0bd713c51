"""Streets, roads, rivers and hills the NER models type as people or organisations are places
when their last word is a street-type or landform noun (facts/place_nouns.py); organisations
and people whose names end otherwise, or in a noun left out of the list, keep their kind."""

from __future__ import annotations

import zipfile

import pytest

from facts import facts
from facts.entities import clean
from facts.nlp import Span
from facts.place_nouns import is_place_name, place_nouns


def _hit(text: str, name: str, kind: str):  # type: ignore[no-untyped-def]
    start = text.index(name)
    return clean(text, Span(start, start + len(name), kind))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Traffic backed up on Maple Boulevard after the crash.", "Maple Boulevard", "person"),
        ("The parade turned into Linden Avenue at noon.", "Linden Avenue", "organisation"),
        (
            "A sinkhole closed Harbour Coast Highway overnight.",
            "Harbour Coast Highway",
            "organisation",
        ),
        ("Shops on Market Plaza North reopened on Friday.", "Market Plaza North", "organisation"),
        ("Firefighters reached Cedar Hill before dawn.", "Cedar Hill", "person"),
        ("The ferry sank in the Ostrava River last spring.", "Ostrava River", "person"),
        ("Climbers were stranded on Mount Kelso Mountain.", "Mount Kelso Mountain", "organisation"),
        ("Snow fell across the Blue Ridge Mountains.", "Blue Ridge Mountains", "organisation"),
        ("Tourists crowded Granite Falls again.", "Granite Falls", "organisation"),
        ("He was arrested walking down Pitkin Ave on Monday.", "Pitkin Ave", "organisation"),
        ("Traffic stopped on Lakeshore Blvd. after the crash.", "Lakeshore Blvd", "person"),
        ("The truck overturned on Route 9 Hwy near the bridge.", "Route 9 Hwy", "organisation"),
    ],
)
def test_street_and_landform_names_become_places(text: str, name: str, kind: str) -> None:
    hit = _hit(text, name, kind)
    assert hit is not None and hit.kind == "place" and hit.name == name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Supreme Court ruled on Tuesday.", "Supreme Court", "organisation"),
        ("Deutsche Bank cut its forecast.", "Deutsche Bank", "organisation"),
        ("Lincoln Center announced its season.", "Lincoln Center", "organisation"),
        ("Manchester United won the cup.", "Manchester United", "organisation"),
        ("Nottingham Forest lost at home.", "Nottingham Forest", "organisation"),
        ("Leaders met at the Earth Summit.", "Earth Summit", "organisation"),
        ("Singer Faith Hill toured Europe.", "Faith Hill", "person"),
        ("The actor Nathan Lane won a prize.", "Nathan Lane", "person"),
        ("Doctors said Maria Gonzalez was recovering.", "Maria Gonzalez", "person"),
    ],
)
def test_organisations_and_people_keep_their_kind(text: str, name: str, kind: str) -> None:
    hit = _hit(text, name, kind)
    assert hit is not None and hit.kind == kind and hit.name == name


def test_the_rule_needs_two_capitalised_words_and_the_noun_last() -> None:
    assert is_place_name("Richmond Hill", person=True)  # a given name that is also a place
    assert not is_place_name("River")
    assert not is_place_name("river Thames")
    assert not is_place_name("Hudson river")
    assert not is_place_name("River Plate Bank")
    assert not is_place_name("Arab Spring")
    assert is_place_name("Palm Springs")
    assert not is_place_name("Kings West")  # a direction after no street noun


def test_the_list_has_its_sources_nouns_and_not_the_exclusions() -> None:
    nouns = place_nouns()
    for word in ("boulevard", "avenue", "highway", "street", "river", "strait", "mountain"):
        assert word in nouns
    for word in ("center", "court", "club", "station", "union", "bank", "way", "point"):
        assert word not in nouns
    for word in ("ave", "blvd", "hwy", "pkwy"):  # standard abbreviations of kept types
        assert word in nouns
    for word in ("st", "dr", "ct", "ctr", "cvs", "byu", "via"):  # titles, states, words, names
        assert word not in nouns


def test_a_street_in_an_article_is_a_place_and_a_court_an_organisation(make_docs) -> None:
    table = facts(
        make_docs(
            "Police closed Elmwood Boulevard after a water main burst near Gilford Creek, "
            "and the Supreme Court postponed its hearing."
        )
    )
    kinds = {f.label: f.kind for f in table.facts}
    assert kinds.get("Elmwood Boulevard") == "place"
    assert kinds.get("Gilford Creek") == "place"
    assert kinds.get("Supreme Court") == "organisation"


def test_the_tool_reads_the_street_types_from_the_wheel_without_importing_it(tmp_path) -> None:
    from tools.facts_place_nouns import main, place_nouns, usps_abbreviations, usps_street_types

    wheel = tmp_path / "usaddress_scourgify-0.7.1-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(
            "scourgify/address_constants.py",
            "from package_not_installed import Config\n"
            "LONGHAND_STREET_TYPES = {'AVE': 'AVENUE', 'PARK': 'PARKS', 'CTR': 'CENTER',\n"
            "    'FLS': 'FALLS', 'X': 'STATE ROUTE'}\n",
        )
    assert usps_street_types(wheel) == {"avenue", "parks", "center", "falls"}
    assert place_nouns({"avenue", "center", "falls", "banks", "rivers"}) == [
        "avenue",
        "falls",
        "river",
        "rivers",
    ]
    assert usps_abbreviations(wheel, {"avenue", "falls"}) == {"ave", "fls"}  # "ctr": left out
    assert main([str(wheel)]) == 2  # no WordNet folder: usage, exit status 2


def test_a_house_number_makes_a_given_name_and_a_street_word_a_street() -> None:
    """ "Nathan Lane" may be the actor; after a house number it is the street."""
    street = _hit("He lives at 2134 Nathan Lane, police said.", "Nathan Lane", "person")
    assert street is not None and street.kind == "place"
    actor = _hit("Neighbours said Nathan Lane was home by 9.", "Nathan Lane", "person")
    assert actor is not None and actor.kind == "person"
