"""Names as web news pages write them: towns with their state ("Bristow, VA"), words in
capitals that are no names, spans read as people that name no one, and a surname the models
read as a company where the person is named in full."""

from __future__ import annotations

import pytest

import readers
from facts import facts
from facts.entities import EntityHit, _common_in_capitals, _no_person, _quoted_title
from facts.name_votes import organisations_by_first_word, teams_and_families


def _names(text: str) -> set[tuple[str, str]]:
    doc = readers.build_document(text, "page")
    return {
        (f.kind, f.key.split(":", 1)[1])
        for f in facts([doc]).facts
        if f.kind in ("person", "organisation", "place")
    }


def test_town_and_state_code_are_two_places() -> None:
    names = _names(
        "The tour plays Bristow, VA on June 26 and Mansfield, MA on July 3. "
        "Tickets went on sale on Friday."
    )
    assert {("place", "bristow"), ("place", "virginia")} <= names
    assert {("place", "mansfield"), ("place", "massachusetts")} <= names
    assert ("place", "vatican") not in names and ("place", "morocco") not in names


def test_state_codes_before_a_date_dotted_or_in_ap_style_are_states() -> None:
    names = _names(
        "COLUMBIA, S.C. (AP) — Fans cheered. The tour plays Charlotte, NC June 19 and Raleigh, "
        "NC June 20. The firm moved from Portland, Ore., to Salem, Mass., last year."
    )
    for state in ("south carolina", "north carolina", "oregon", "massachusetts"):
        assert ("place", state) in names, state
    for country in ("seychelles", "new caledonia"):  # ISO codes SC and NC
        assert ("place", country) not in names, country
    assert ("place", "charlotte") in names and ("place", "salem") in names


def test_a_lawmakers_title_party_and_state_leave_the_person() -> None:
    names = _names(
        "Sen. Ben Sasse, R-Neb., said the guards must stand trial. Sen. Ted Cruz, R-Texas, "
        "agreed, and Cruz wrote to the bureau. Rep. Anna Eshoo (D-Calif.) did not. "
        "The ambassador flew from Sierra Leone to Chicago on Friday."
    )
    assert {("person", "ben sasse"), ("person", "ted cruz"), ("person", "anna eshoo")} <= names
    assert not any(name.startswith("ted cruz,") for _, name in names)
    assert ("place", "ben sasse") not in names
    assert {("place", "sierra leone"), ("place", "chicago")} <= names


def test_known_town_before_a_state_name_is_a_place() -> None:
    names = _names("The plant in Kent, Washington, is new. It opened last year.")
    assert ("place", "kent") in names


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Boeing, Washington's largest employer, said so. Its shares rose.", "boeing"),
        ("Apple, Google and Microsoft reported results. All three grew.", "google"),
    ],
)
def test_possessives_and_lists_are_no_addresses(text: str, kept: str) -> None:
    assert ("organisation", kept) in _names(text)


def test_common_words_in_capitals_are_no_names() -> None:
    assert _common_in_capitals("INSTANT DOWNLOAD")
    assert _common_in_capitals("BED")
    assert not _common_in_capitals("NASA")
    assert not _common_in_capitals("WHO")  # a function word: the World Health Organization
    assert not _common_in_capitals("Instant Download")
    names = _names("GET THE GUIDE: INSTANT DOWNLOAD! Then read the rest of it here.")
    assert ("organisation", "instant download") not in names


@pytest.mark.parametrize(
    ("text", "start", "end", "gone"),
    [
        ("Listen to our podcast, Ground Game, every week.", 23, 34, True),
        ("NASA plans to return to the Moon, officials said.", 28, 32, True),
        ("The crowd cheered for the Thunder, who won.", 26, 33, True),
        ("He criticised the Trump administration again.", 18, 23, False),
        ("Reporters followed the Clintons for years.", 23, 31, False),
        ("Their Anniversary Tour starts soon.", 6, 22, True),
        ("Rose Gray said no.", 0, 9, False),  # a given name opens it
    ],
)
def test_spans_read_as_people_that_name_no_one(text: str, start: int, end: int, gone: bool) -> None:
    assert _no_person(text, start, end, text[start:end]) is gone


def test_podcast_and_moon_are_not_people() -> None:
    names = _names(
        "Listen to our weekly politics podcast, “Ground Game.” The crew will return to the "
        "Moon, NASA said."
    )
    assert ("person", "ground game") not in names
    assert ("person", "moon") not in names
    assert ("organisation", "nasa") in names


def test_surname_after_given_name_is_the_person_not_a_company() -> None:
    names = _names(
        "Chelsea hired Jose Mourinho in June. Negotiations between the club and Mourinho's "
        "representatives went on. Mourinho's agent said the deal was done. Critics of "
        "Mourinho were silent."
    )
    assert ("person", "jose mourinho") in names
    assert ("organisation", "mourinho") not in names


@pytest.mark.parametrize(
    ("text", "title", "gone"),
    [
        ("The former “Dawson’s Creek” star, 42, left the show.", "Dawson’s Creek", True),
        ('Fans of the podcast "Ground Game." wrote in.', "Ground Game", True),
        ("The “Acme Corp” brand is new.", "Acme Corp", True),
        ("“Acme Corp’s results were strong,” she said.", "Acme Corp", False),
        ("Shares of Acme Corp rose.", "Acme Corp", False),
    ],
)
def test_a_name_held_exactly_by_quotation_marks_is_a_title(
    text: str, title: str, gone: bool
) -> None:
    start = text.index(title)
    assert _quoted_title(text, start, start + len(title)) is gone


def test_a_given_name_alone_is_the_person_the_page_names_in_full() -> None:
    names = _names(
        "His brother Dale Ford spoke at the service. In that interview, Dale and Martha "
        "disputed the account. “His life was his own business,” Dale wrote."
    )
    assert ("person", "dale ford") in names
    assert ("organisation", "dale") not in names


def test_a_one_word_name_after_the_is_a_team_or_a_family() -> None:
    names = _names("Kawhi Leonard scored 30 as the Thunder lost again. The Thunder play Friday.")
    assert ("organisation", "thunder") in names and ("person", "thunder") not in names
    names = _names("Joe Biden spoke in Dover. The Bidens left for Delaware on Monday.")
    assert ("person", "bidens") in names or ("person", "joe biden") in names
    assert ("place", "bidens") not in names
    # a person the page also names without "the" stays one
    text = "Trump said he would veto it. Critics of the Trump administration agreed."
    hits = [
        (0, at, at + 5, EntityHit("single", "Trump", at, at + 5))
        for at in (text.index("Trump"), text.rindex("Trump"))
    ]
    assert [h.kind for *_, h in teams_and_families([text], hits)] == ["single", "single"]


def test_a_one_word_name_opening_an_organisation_s_name_is_that_organisation() -> None:
    names = _names(
        "The private equity firm Alden Capital bought the papers. Fortress and Alden "
        "declined to comment."
    )
    assert ("organisation", "alden") in names and ("person", "alden") not in names
    # a person of the page who carries the word keeps it
    hits = [
        (0, 0, 13, EntityHit("person", "Harrison Ford", 0, 13)),
        (0, 23, 36, EntityHit("organisation", "Ford Motor Co", 0, 13)),
        (0, 53, 57, EntityHit("single", "Ford", 0, 4)),
    ]
    assert [h.kind for *_, h in organisations_by_first_word(hits)][-1] == "single"
