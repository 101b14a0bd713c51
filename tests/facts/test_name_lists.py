"""Names listed together share a kind: a company the models read as a person is an
organisation where it stands in a list of three or more names with an organisation, or after
"companies such as", in every mention of its page; people, titled people, surnames of the
corpus' people and listed places stay as they are. Sentences are written as web news is."""

from __future__ import annotations

import pytest

from .found import name_kinds


def _names(make_docs, *texts: str) -> dict[str, str]:
    return name_kinds(make_docs, *texts, date="2019-11-20")


def test_companies_in_a_list_with_a_company_are_organisations(make_docs) -> None:
    names = _names(
        make_docs,
        "Blue Origin has formed a national team that includes Draper, Lockheed Martin, and "
        "Northrop Grumman to build a lunar lander. Follow us on Facebook, Twitter and Instagram.",
    )
    for name in ("Lockheed Martin", "Northrop Grumman", "Twitter", "Instagram"):
        assert names.get(name) == "organisation", names


def test_companies_after_such_as_are_organisations_on_the_whole_page(make_docs) -> None:
    names = _names(
        make_docs,
        "Public companies such as Gannett and McClatchy have cut newsroom jobs. The new Gannett "
        "said it would close printing plants. Gannett owns USA Today.",
    )
    assert names.get("Gannett") == "organisation", names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a person opened by a given name stays a person
        ("The board thanked Microsoft, Sarah Johnson and Apple for their support.",
         "Sarah Johnson", "person"),
        # the surname of a person the page names in full
        ("Warren Buffett spoke on Saturday. Investors cheered Buffett, Apple and Berkshire "
         "Hathaway.", "Warren Buffett", "person"),
        # two names joined by "and" may be two clauses
        ("In Pittsburgh, Sean Berry tied a career high with six RBI and Donne Wall fired a "
         "seven-hitter for his first shutout.", "Donne Wall", "person"),
        # a listed place stays a place
        ("Exports from Google, Peru and Chile rose.", "Peru", "place"),
    ],
)  # fmt: skip
def test_people_and_places_stay(make_docs, text: str, name: str, kind: str) -> None:
    names = _names(make_docs, text)
    assert names.get(name) == kind, names
    assert "Buffett" not in names, names
