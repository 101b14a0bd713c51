"""The state of a party tag is a place ("Rep. José Serrano (D-NY)"); a word that opens a
longer name read as a person, where the models read that word as a company or a place, is no
alias of that name ("Google" of "Google Stadia"), while a surname written first stays one
("Wang" of "Wang Donghai"); a place no list knows that its page tells of as a company is one
("a Netflix documentary", "owned by Alibaba"); a company's name and a common word is its
product ("Apple Watch"), a firm's fuller name is not ("Apple Computer"); a credit's role glued
to a name by "_", and the word of a review's heading, are no part of a person's name; a
possessive determiner ("My") or a tournament's group ("Group D") is no name, and a sentence's
stop is no part of one ("the BBC."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from facts import facts
from facts.entities import clean
from facts.nlp import Span


def _mentions(make_docs, text: str) -> dict[str, set[str]]:
    """Kind -> the texts of its mentions, of one page."""
    out: dict[str, set[str]] = {}
    for f in facts(make_docs(text, date="2019-11-20")).facts:
        if f.kind in ("person", "organisation", "place"):
            out.setdefault(f.kind, set()).update(m.text for m in f.mentions)
    return out


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Rep. José Serrano (D-NY) said the bill would pass.", "NY"),
        ("Rep. Adam Schiff (D-Calif.) led the hearing.", "Calif."),
        ("Rep. Devin Nunes, R-Calif., objected to the hearing.", "Calif."),
        ("Sen. Angus King (I-Maine) spoke first.", "Maine"),
    ],
)
def test_the_state_of_a_party_tag_is_a_place(make_docs, text: str, state: str) -> None:
    found = _mentions(make_docs, text)
    assert state in found.get("place", set()), found
    assert state not in found.get("organisation", set()) | found.get("person", set())


def test_a_party_tag_without_a_state_names_no_place(make_docs) -> None:
    found = _mentions(make_docs, "The candidate (R-Hawkeye) spoke first in Des Moines.")
    assert found.get("place") == {"Des Moines"}, found


def test_a_company_opening_a_name_read_as_a_person_is_no_alias_of_it(make_docs) -> None:
    text = (
        "Google Stadia launches tomorrow and early reviews are somewhat mixed. Prior to launch "
        "Google promised players would be able to stream in 4K. Destiny 2 is not the only game "
        "missing the quality Google promised, a Stadia review says. That said, Google promised "
        "more, and they are not delivering yet. Google confirmed this in a statement."
    )
    found = _mentions(make_docs, text)
    assert "Google" in found.get("organisation", set()), found
    assert "Google" not in found.get("person", set())


def test_a_surname_written_first_stays_an_alias(make_docs) -> None:
    text = (
        "Police detained dissident Wang Donghai on Friday. Xiao said Wang's arrest was part of a "
        "campaign. Wang, 45, was sentenced last month. Police beat Wang and his colleague."
    )
    found = _mentions(make_docs, text)
    assert {"Wang Donghai", "Wang"} <= found.get("person", set()), found


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("He was watching the third season of The Crown on Netflix. A Netflix documentary "
         "followed.", "Netflix"),
        ("It is the retail site owned by Alibaba.", "Alibaba"),
        ("One user on Weibo wrote that the video was fake in a viral Weibo post.", "Weibo"),
    ],
)  # fmt: skip
def test_a_place_no_list_knows_told_of_as_a_company_is_one(make_docs, text, company) -> None:
    found = _mentions(make_docs, text)
    assert company in found.get("organisation", set()), found
    assert company not in found.get("place", set())


def test_a_listed_or_placed_place_stays_a_place(make_docs) -> None:
    found = _mentions(make_docs, "Kenya shares fell. The mine is owned by Peru.")
    assert found.get("place") == {"Kenya", "Peru"}, found


@pytest.mark.parametrize(
    "text",
    [
        "UK shares fell on Monday as the pound slid.",
        "U.K. shares fell on Monday as the pound slid.",
    ],
)
def test_the_uk_by_its_reserved_code_stays_a_place(make_docs, text: str) -> None:
    """The code ISO 3166-1 reserves for the United Kingdom ("UK") and its dotted form ("U.K.")
    name a listed place, which a company's noun after it does not make a company."""
    found = _mentions(make_docs, text)
    assert found.get("place") == {text.split()[0]}, found


def test_a_companys_name_and_a_common_word_is_its_product(make_docs) -> None:
    text = (
        "Apple said the Apple Watch sold well. Apple also cut the price of the Apple Watch "
        "this week."
    )
    found = _mentions(make_docs, text)
    assert found.get("organisation") == {"Apple"}, found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Alibaba said Alibaba Group would list shares. Alibaba rose.", "Alibaba Group"),
        ("Apple Computer said Apple would sell music. The Apple Computer report came out.",
         "Apple Computer"),
        ("The UN said the UN General Assembly would vote on Friday. The UN chief spoke.",
         "UN General Assembly"),
    ],
)  # fmt: skip
def test_a_firms_name_after_its_short_name_stays(make_docs, text: str, firm: str) -> None:
    assert firm in _mentions(make_docs, text).get("organisation", set())


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Art Director_Park Dong Woo", "Park Dong Woo"),  # the role glued inside the span
        ("Sang Hee", "Kim Sang Hee"),  # the surname glued to the role before the span
        ("Hye Jin", "Jeong Hye Jin"),
    ],
)
def test_a_role_glued_to_a_name_by_an_underscore_is_no_part_of_it(span: str, name: str) -> None:
    text = "Prop Design_Kim Sang Hee, Art Director_Park Dong Woo, Choreographer_Jeong Hye Jin"
    at = text.index(span)
    hit = clean(text, Span(at, at + len(span), "person"))
    assert hit is not None and hit.name == name


def test_the_word_of_a_review_heading_is_no_part_of_a_persons_name() -> None:
    text = "Wacaco Nanopresso Review [Video]"
    hit = clean(text, Span(0, len("Wacaco Nanopresso Review"), "person"))
    assert hit is not None and hit.name == "Wacaco Nanopresso"
    text = "Audio-Technica ATH-G1WL Review: My new go-to headset"
    at = text.index("Review")
    assert clean(text, Span(at, at + len("Review"), "person")) is None
    # near form: an organisation named so keeps the word
    text = "Harvard Business Review said so."
    hit = clean(text, Span(0, len("Harvard Business Review"), "organisation"))
    assert hit is not None and hit.name == "Harvard Business Review"


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("DEAR ABBY: My husband of more than 20 years just bought tickets to India.", "My",
         "India"),
        ("Switzerland beat Gibraltar 6-0 to win Group D. The day before, Portugal won.",
         "Group D.", "Portugal"),
        ("Raab told the BBC. The minister left for Paris.", "BBC.", "BBC"),
    ],
)  # fmt: skip
def test_determiners_groups_and_a_sentence_s_stop_are_no_names(
    make_docs, text: str, absent: str, present: str
) -> None:
    found = set().union(*_mentions(make_docs, text).values())
    assert absent not in found and present in found, found


def test_a_product_is_one_in_every_article_of_the_corpus(make_docs) -> None:
    docs = make_docs(
        "Apple said on Tuesday it would cut the price of the Apple Watch by 30% ahead of the "
        "holidays.",
        "Apple Inc. lowered the price of its Apple Watch by 25% on Tuesday.",
    )
    names = {m.text for f in facts(docs).facts if f.kind == "organisation" for m in f.mentions}
    assert "Apple Watch" not in names and "Apple Inc." in names, names
