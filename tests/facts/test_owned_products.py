"""What a company's possessive owns is its product, not a name: "SpaceX's Starship", "Blue
Origin's Blue Moon", "Logitech's MX Keys keyboard" go from every mention of their page, with
the maker's name before them ("Google Stadia"); executives, listed places, firms named with
a noun of firms, rivals and parents, plurals, a sentence's end and a name that speaks stay.
Sentences are written as web news is."""

from __future__ import annotations

import pytest

from .found import name_kinds


def _names(make_docs, *texts: str) -> dict[str, str]:
    return name_kinds(make_docs, *texts, date="2019-11-20")


def test_products_owned_by_a_company_are_no_names_on_the_page(make_docs) -> None:
    names = _names(
        make_docs,
        "NASA has recruited SpaceX's Starship, Blue Origin's Blue Moon and three other "
        "commercial lunar lander ideas to join its Artemis program. Blue Origin's lander concept "
        "is based on its Blue Moon uncrewed vehicle. SpaceX plans to fly Starship next year.",
    )
    assert "Starship" not in names, names
    assert "Blue Moon" not in names, names
    assert names.get("SpaceX") == "organisation", names
    assert names.get("Blue Origin") == "organisation", names


def test_a_product_goes_with_its_makers_name_before_it(make_docs) -> None:
    names = _names(
        make_docs,
        "Google Stadia launches tomorrow and early reviews are mixed. According to The Verge's "
        "Stadia review, the streaming platform does not run its showcase games in 4K. Not only "
        "is Destiny 2 not true 4K on Stadia, it runs at medium settings. Prior to launch Google "
        "promised players more. Google confirmed this in a statement.",
    )
    assert "Stadia" not in names and "Google Stadia" not in names, names
    assert names.get("Google") == "organisation", names


def test_a_measure_between_owner_and_product(make_docs) -> None:
    names = _names(
        make_docs,
        "I received one for testing alongside the $99 Logitech's MX Keys keyboard. The MX Keys "
        "wireless keyboard is backlit. Logitech said the mouse ships in December.",
    )
    assert "MX Keys" not in names, names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # an executive is a person
        (
            "Apple's Tim Cook said the company would invest. Tim Cook spoke in Austin.",
            "Tim Cook",
            "person",
        ),
        # a firm named with a noun of organisations
        (
            "AMR Corp's American Airlines said it would cut flights. AMR Corp shares fell.",
            "American Airlines",
            "organisation",
        ),
        # a parent or a rival: a noun of a person or a role
        (
            "Google's parent Alphabet reported earnings on Tuesday.",
            "Alphabet",
            "organisation",
        ),
        # a plural between owner and name reads "clients include"
        (
            "The lobbyist Cooke Group's clients Boeing and Lockheed Martin paid fees.",
            "Boeing",
            "organisation",
        ),
        # a sentence's end between the possessive and the name
        (
            "The plane takes the title from rival Boeing's 747. Boeing's upcoming new design "
            "does not compete.",
            "Boeing",
            "organisation",
        ),
        # a name that speaks on its page is a firm
        (
            "Microsoft's LinkedIn expanded its service. LinkedIn said prices would rise.",
            "LinkedIn",
            "organisation",
        ),
    ],
)
def test_names_owned_but_not_products_stay(make_docs, text: str, name: str, kind: str) -> None:
    assert _names(make_docs, text).get(name) == kind
