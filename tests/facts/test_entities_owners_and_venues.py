"""Names that web news joins or shapes in ways the NER models misread: an owner, its
possessive and what it owns are two names ("Apple's AirPods"), a venue named by a stadium
noun is a place ("Mohegan Sun Arena"), the model word after a product written "iPad" is no
person ("iPad Pro"), a surname the two models disagree on stays the person's ("Johnson and
Corbyn"), and so does one the sentences go on to call "he" ("Trump ... his call"). Sentences
are written as web news is, about real people, companies and places."""

from __future__ import annotations

import pytest

from facts import facts
from facts.name_shapes import after_a_model_name
from facts.place_nouns import is_place_name

from .found import name_kinds


def _names(make_docs, *texts: str) -> dict[str, str]:
    return name_kinds(make_docs, *texts, date="2019-11-20")


def test_owner_and_what_it_owns_are_two_names(make_docs) -> None:
    names = _names(
        make_docs,
        "Teens love Apple's AirPods, and they're putting them on their holiday wish lists.",
        "Later, in remarks at Vietnam’s Communist Party headquarters, Esper said the U.S. "
        "strongly opposes the seizures.",
    )
    assert names.get("Apple") == "organisation", names
    assert "Apple's AirPods" not in names
    assert names.get("Vietnam") == "place", names
    assert names.get("Communist Party") == "organisation", names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The boy was taken to St. John's Hospital on Tuesday, police in Boston said.",
         "St. John's Hospital", "place"),
        ("Shares of McDonald's Corp rose 2 percent in New York on Tuesday.",
         "McDonald's Corp", "organisation"),
    ],
)  # fmt: skip
def test_a_name_carrying_a_possessive_stays_whole(make_docs, text: str, name: str, kind: str):
    names = _names(make_docs, text)
    assert names.get(name) == kind, names


def test_a_quoted_title_with_a_possessive_names_no_one(make_docs) -> None:
    names = _names(
        make_docs,
        "The former “Dawson’s Creek” star, 42, was voted off the dance competition on Monday "
        "in Los Angeles.",
    )
    assert "Dawson" not in names and "Dawson’s Creek" not in names, names
    assert names.get("Los Angeles") == "place", names


def test_venues_of_a_tour_list_are_places(make_docs) -> None:
    names = _names(
        make_docs,
        "The band's 50th anniversary tour opens next summer.",
        "The tour dates: July 2 – Uncasville, CT @ Mohegan Sun Arena; June 17 – Nashville, "
        "TN @ Bridgestone Arena.",
    )
    assert names.get("Mohegan Sun Arena") == "place", names
    assert names.get("Bridgestone Arena") == "place", names


def test_stadium_nouns_end_place_names_but_events_and_companies_stay() -> None:
    assert is_place_name("Mohegan Sun Arena") and is_place_name("Yankee Stadium")
    assert is_place_name("Shoreline Amphitheatre") and is_place_name("Madison Square Garden")
    assert not is_place_name("Super Bowl") and not is_place_name("Arena Football League")


def test_the_model_word_after_a_product_is_no_person(make_docs) -> None:
    table = facts(
        make_docs(
            "Tim Pro, a reviewer in Chicago, said the new model charges fast. Apple released "
            "the 11-inch iPad Pro and a redesigned 12.9-inch iPad Pro last year.",
            date="2019-11-20",
        )
    )
    people = [f for f in table.facts if f.kind == "person"]
    assert [(f.label, [m.text for m in f.mentions]) for f in people] == [("Tim Pro", ["Tim Pro"])]


@pytest.mark.parametrize(
    ("text", "word", "model"),
    [
        ("Apple released the 11-inch iPad Pro before the end of last year.", "Pro", True),
        ("iPhone 11, iPhone 11 Pro, and iPhone 11 Pro Max are the first devices.", "Pro", True),
        ("Microsoft chief executive Satya Nadella said on Monday.", "Satya", False),
        ("The app is sold by a company in Palo Alto.", "Palo", False),
    ],
)  # fmt: skip
def test_model_names_are_told_by_their_shape(text: str, word: str, model: bool) -> None:
    assert after_a_model_name(text, text.index(word)) is model


def test_a_surname_the_models_disagree_on_stays_the_persons(make_docs) -> None:
    names = _names(
        make_docs,
        "Prime Minister Boris Johnson and Labour Party leader Jeremy Corbyn met in a televised "
        "debate on Tuesday.",
        "In their first TV debate of the election, Johnson and Corbyn attacked each other’s "
        "policies on health care and the economy.",
        "Both Johnson and Corbyn are trying to overcome a mountain of mistrust.",
        "Corbyn, a stolid socialist, is accused by critics of promoting high-tax policies.",
    )
    assert names.get("Jeremy Corbyn") == "person", names
    assert "Corbyn" not in names, names


def test_a_surname_told_of_as_he_is_a_person_and_a_company_told_of_as_it_is_not(
    make_docs,
) -> None:
    names = _names(
        make_docs,
        "Polls show that Trump is almost back to where he was in popularity before the inquiry "
        "began. Once Trump released the transcript of his call with the Ukrainian president, the "
        "case collapsed. The point was again to drive down Trump’s popularity and render him "
        "inert. Schiff never expected that Trump would release the transcript of his own call.",
        "Instagram declined to say how many accounts were affected. Instagram is one of the "
        "only major platforms to hide likes. A spokesperson for Instagram confirmed that the "
        "company notifies people, and Instagram said it would widen the test.",
    )
    assert names.get("Trump") == "person", names
    assert names.get("Instagram") == "organisation", names


def test_a_surname_the_models_read_as_a_company_is_the_person_the_sentences_call_he(
    make_docs,
) -> None:
    names = _names(
        make_docs,
        "Maurice Cheeks was officially introduced as the 21st head coach of the 76ers on Tuesday "
        "in Philadelphia.",
        "Cheeks, who played for the Sixers for 11 seasons, said his first task is defense. "
        "Cheeks said his staff would be named soon. Cheeks will meet his players on Friday.",
    )
    assert names.get("Maurice Cheeks") == "person", names
    assert "Cheeks" not in names, names


def test_two_names_joined_by_and_are_two_where_the_general_model_parts_them(make_docs) -> None:
    table = facts(
        make_docs(
            "Senators Elizabeth Warren and Bernie Sanders lead the polls in Iowa. His comments "
            "create a challenge for Warren and Sanders and an opening for moderates. Police "
            "stopped the car near Seventh Street and Central Avenue.",
            "The official way that Customs and Border Protection measures seizures changed in "
            "Washington.",
            date="2019-11-20",
        )
    )
    mentions = {(m.text, f.kind) for f in table.facts for m in f.mentions}
    assert {("Warren", "person"), ("Sanders", "person")} <= mentions, mentions
    assert {("Seventh Street", "place"), ("Central Avenue", "place")} <= mentions, mentions
    assert ("Customs and Border Protection", "organisation") in mentions, mentions


def test_a_name_before_a_noun_of_a_building_is_the_place(make_docs) -> None:
    names = _names(
        make_docs,
        "The president was taken to Walter Reed hospital on Friday for what aides called a "
        "routine check. Doctors at Walter Reed said he was in good health. Separately, the "
        "suspect was held at Rikers jail.",
    )
    assert names.get("Walter Reed") == "place", names
    assert names.get("Rikers") == "place", names


def test_a_company_before_other_nouns_stays_a_company(make_docs) -> None:
    names = _names(make_docs, "The Boeing factory in Everett was closed on Friday.")
    assert names.get("Boeing") == "organisation", names
