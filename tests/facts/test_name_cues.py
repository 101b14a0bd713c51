"""Cues around a capitalised word: an acronym its lower-case words spell is a term, not a
name; a name in -ism is a doctrine, one ending in "Awards" or "Index" an event or an index; a
given name after a kinship noun is a person's; a name in quotation marks is a title even when
it ends like a place; a city that a sports report makes a side is its team; weekdays joined
("Sun & Mon") are a line of opening hours."""

from __future__ import annotations

import pytest

from facts import facts
from facts.entities import EntityHit
from facts.name_cues import (
    names_a_doctrine,
    names_an_event,
    names_weekdays,
    names_with_a_number,
    player_line,
    spelled_acronyms,
)

from .found import name_kinds


def test_acronyms_spelled_by_lower_case_words() -> None:
    text = (
        "Doctors found hypersensitivity pneumonitis, or HP, in the patient. Nurses lacked "
        "personal protective equipment (PPE). The gross domestic product (GDP) fell, and "
        "non-small cell lung cancer (NSCLC) was treated. The World Health Organization (WHO) "
        "and the union (NATO) said so. Staff of the bank (HSBC) agreed."
    )
    assert spelled_acronyms(text) == {"HP", "PPE", "GDP", "NSCLC"}
    # a capitalised first word counts when it opens the sentence, not inside one
    assert spelled_acronyms("It rose. Binge eating disorder (BED) is common.") == {"BED"}
    assert spelled_acronyms("Staff of Global witness squads (GWS) spoke.") == set()


def test_a_spelled_acronym_is_no_organisation_but_a_company_in_brackets_is(make_docs) -> None:
    table = facts(
        make_docs(
            "The man had hypersensitivity pneumonitis, or HP, from his feather pillows. "
            "HP, as doctors explained, is a rare condition.",
            "Hewlett-Packard (HP) said on Monday that HP would cut 9,000 jobs.",
        )
    )
    orgs = {f.label for f in table.facts if f.kind == "organisation"}
    mentions = [
        m for f in table.facts if f.kind == "organisation" and f.label in ("HP", "Hewlett-Packard")
        for m in f.mentions
    ]  # fmt: skip
    assert orgs & {"HP", "Hewlett-Packard"}
    assert all(m.doc == 1 for m in mentions)


def test_doctrines_are_not_names() -> None:
    assert names_a_doctrine("National Socialism")
    assert names_a_doctrine("Judaism")
    assert not names_a_doctrine("Tourism Australia Board") and not names_a_doctrine("Ism")


def test_a_doctrine_is_left_out_a_party_is_kept(make_docs) -> None:
    table = facts(
        make_docs(
            "Austria said it was the first victim of National Socialism. The Austrian "
            "People's Party and Prime Minister Sebastian Kurz agreed."
        )
    )
    labels = {f.label for f in table.facts if f.kind in ("person", "organisation", "place")}
    assert "National Socialism" not in labels
    assert "Sebastian Kurz" in labels


def test_events_and_indices_are_not_names() -> None:
    assert names_an_event("American Music Awards") and names_an_event("Davis Cup")
    assert names_an_event("Consumer Price Index") and names_an_event("Dow Jones Industrial Average")
    assert not names_an_event("Cup") and not names_an_event("Index Ventures")
    assert not names_an_event("International Olympic Committee")
    # a name that opens an event's name is part of it, not a name of its own
    assert names_an_event("Vietnam", " War.") and names_an_event("Los Angeles", " Auto Show, at")
    assert not names_an_event("Vietnam", " said on") and not names_an_event("Apple", " Watch")


def test_a_place_inside_an_events_name_is_no_place(make_docs) -> None:
    table = facts(
        make_docs(
            "At the Los Angeles Auto Show, the marque unveiled its car. American servicemen were "
            "held in the prison during the Vietnam War. Vietnam said on Monday that it would "
            "protest, the ministry in Hanoi said."
        )
    )
    places = [(m.text, f.label) for f in table.facts if f.kind == "place" for m in f.mentions]
    assert sorted(places) == [("Hanoi", "Hanoi"), ("Vietnam", "Vietnam")], places


def test_an_event_is_left_out_its_organiser_is_kept(make_docs) -> None:
    table = facts(
        make_docs(
            "She will play her old songs at the American Music Awards on Sunday, Dick Clark "
            "Productions said."
        )
    )
    labels = {f.label for f in table.facts if f.kind in ("person", "organisation", "place")}
    assert "American Music Awards" not in labels
    assert "Dick Clark Productions" in labels


def _numbered(text: str, name: str, kind: str = "organisation") -> bool:
    start = text.index(name)
    return names_with_a_number(text, EntityHit(kind, name, start, start + len(name)))


def test_a_name_before_a_sequel_or_version_number_names_a_product() -> None:
    assert _numbered("I miss Titanfall 2’s robot.", "Titanfall")
    assert _numbered("Destiny 2 is free this week.", "Destiny")
    assert _numbered("The S&P 500 index rose.", "S&P")
    assert _numbered("He played Halo 3.", "Halo")
    assert not _numbered("Leeds 2 Arsenal 1", "Leeds")
    assert not _numbered("Leeds 2, Arsenal 1 at the break.", "Leeds")
    assert not _numbered("Hornets 238 and Wasps 205 for six.", "Hornets")
    assert not _numbered("Chelsea 2 points clear of United.", "Chelsea")
    assert not _numbered("CBS 2 reported the fire.", "CBS")
    assert not _numbered("Faldo 68", "Faldo")
    assert not _numbered("Microsoft 2019 report", "Microsoft")
    assert not _numbered("Grace Hanks 1 goal.", "Grace Hanks", "person")


def test_a_numbered_title_is_no_organisation_and_hides_no_name(make_docs) -> None:
    table = facts(
        make_docs(
            "Destiny 2 is free on Stadia this week, Bungie said. Fans of Red Dead Redemption 2 "
            "waited."
        )
    )
    orgs = {f.label for f in table.facts if f.kind == "organisation"}
    assert not orgs & {"Destiny", "Red Dead Redemption", "Red Dead"}


def test_a_player_in_a_round_up_is_a_person_a_team_is_not() -> None:
    def line(text: str, name: str) -> str:
        start = text.index(name)
        return player_line(text, EntityHit("organisation", name, start, start + len(name))).kind

    assert line("Aiden Haig 1 goal, 1 assist.", "Aiden Haig") == "person"
    assert line("Britton Carroll 5 saves.", "Britton Carroll") == "person"
    assert line("Leeds United 2 points clear.", "Leeds United") == "organisation"
    assert line("Aiden Haig 1 share.", "Aiden Haig") == "organisation"


def test_a_given_name_after_a_kinship_noun_is_a_person(make_docs) -> None:
    table = facts(
        make_docs(
            "The actor said his wife, Kimberly, had been in hospital. Her nephew Marcus "
            "drove. The wife of the mayor, Springfield Council said, was away."
        )
    )
    people = {f.label for f in table.facts if f.kind == "person"}
    assert {"Kimberly", "Marcus"} <= people
    assert "Springfield Council" not in people


def test_a_quoted_title_ending_like_a_place_is_no_place(make_docs) -> None:
    table = facts(
        make_docs(
            "The former “Dawson’s Creek” star, 42, was voted off the show. "
            "Later he drove along Dawson Creek to the Hudson River."
        )
    )
    places = {f.label for f in table.facts if f.kind == "place"}
    assert "Dawson’s Creek" not in places
    assert "Hudson River" in places


def test_a_city_that_a_sports_report_makes_a_side_is_its_team(make_docs) -> None:
    table = facts(
        make_docs(
            "Kyle Okposo and Zach Bogosian also scored for Buffalo. Sam Reinhart had a goal and "
            "an assist to lift Pittsburgh past Detroit. Denver coach Mike Malone was pleased as "
            "Denver improved to 9-3. Phoenix defeated Dallas on the road. "
            "Houston (4-1): Darnell Crabtree 2 goals.\n"
            "The mayor of Buffalo moved to Pittsburgh, flew over Detroit and Dallas, and "
            "visited Houston and Phoenix. England beat Brazil in the final."
        )
    )
    kinds: dict[str, set[str]] = {}
    for f in table.facts:
        kinds.setdefault(f.label, set()).add(f.kind)
    assert kinds["Denver"] == {"organisation"}
    for city in ("Buffalo", "Pittsburgh", "Detroit", "Phoenix", "Dallas", "Houston"):
        assert kinds[city] == {"organisation", "place"}, city  # the team, then the city
    assert kinds["England"] == {"place"}  # national sides are places
    assert kinds["Brazil"] == {"place"}


def test_a_surname_before_an_administration_is_a_person(make_docs) -> None:
    kinds: dict[str, set[str]] = {}
    table = facts(
        make_docs(
            "The rule dates from the Carter administration and survived the Lincoln presidency "
            "of the novel. Aides said the Ford administration had doubts.\n"
            "The Kenya administration and the Texas administration disagreed; a London "
            "administration was named for the hotel."
        )
    )
    for f in table.facts:
        kinds.setdefault(f.label, set()).add(f.kind)
    for surname in ("Carter", "Lincoln", "Ford"):
        assert kinds[surname] == {"person"}, surname
    for place in ("Kenya", "Texas", "London"):  # a country, a state, a big city
        assert kinds[place] == {"place"}, place


def test_weekdays_joined_are_no_name(make_docs) -> None:
    assert names_weekdays("Sun & Mon") and names_weekdays("Tue – Sat") and names_weekdays("Mon-Fri")
    assert not names_weekdays("Sun Microsystems") and not names_weekdays("Sun")
    docs = make_docs("Tue – Sat 4PM (Closed on Sun & Mon). Sun Microsystems opened an office.")
    names = {m.text for f in facts(docs).facts if f.kind == "organisation" for m in f.mentions}
    assert names == {"Sun Microsystems"}


def test_a_result_line_and_a_rival_lifted_past_are_teams(make_docs) -> None:
    table = facts(
        make_docs(
            "Hurricanes 4, Blackhawks 2: Nino Niederreiter had a goal, and Carolina beat Chicago "
            "again.\n\nBlues 3, Lightning 1: Oskar Sundqvist scored to lead St. Louis past Tampa "
            "Bay on Tuesday.\n\nEngland 3, Pakistan 1: the hosts won the series."
        )
    )
    kinds = {f.label: f.kind for f in table.facts}
    assert kinds["Blackhawks"] == "organisation"
    assert kinds["Tampa Bay"] == "organisation"  # no list holds it; the syntax does
    assert kinds["Pakistan"] == "place"  # national sides are places


def test_a_city_a_report_makes_a_side_is_the_side_where_it_plays(make_docs) -> None:
    table = facts(
        make_docs(
            "“We did well,” Oklahoma City coach Billy Donovan said. James missed two free throws, "
            "but Oklahoma City couldn’t score again. The teams meet again in Oklahoma City on "
            "Friday. Fans flew over Oklahoma City and Tulsa."
        )
    )
    team = [m.text for m in table.get("organisation:oklahoma city").mentions]
    city = [m.text for m in table.get("place:oklahoma city").mentions]
    assert (len(team), len(city)) == (2, 2)


def test_words_of_a_list_title_name_no_place(make_docs) -> None:
    table = facts(make_docs("Now you can hear 10 Things in Tech You Need to Know each morning."))
    assert not [f for f in table.facts if f.kind in ("person", "organisation", "place")]
    # a place after the title's small words stays when no list title holds it
    table = facts(make_docs("He opened 10 shops in Ohio last year."))
    assert [f.label for f in table.facts if f.kind == "place"] == ["Ohio"]


@pytest.mark.parametrize(
    "text",
    [
        "Hong Kong's Hang Seng index slipped 1.2% on Tuesday.",
        "The Shanghai Composite fell 2% in afternoon trade.",
        "Japan's Nikkei average ended higher on Friday.",
    ],
)
def test_a_stock_index_is_no_name(make_docs, text: str) -> None:
    table = facts(make_docs(text))
    names = {f.label for f in table.facts if f.kind == "organisation"}
    assert not names & {"Hang Seng", "Shanghai Composite", "Nikkei"}, names


def test_an_exchange_before_index_and_a_fund_house_stay(make_docs) -> None:
    table = facts(
        make_docs(
            "The American Stock Exchange index was down 1.66 points. Vanguard index funds "
            "drew record money."
        )
    )
    names = {f.label: f.kind for f in table.facts if f.kind == "organisation"}
    assert names.get("American Stock Exchange") == "organisation", names
    assert names.get("Vanguard") == "organisation", names


def _name_kinds(make_docs, text: str) -> dict[str, str]:
    return name_kinds(make_docs, text, date="2019-11-19")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an unlisted place before a role held at a company and a full name
        ("In a research report early Tuesday, Jefferies analyst Jonathan Matuszewski said the "
         "market is misinterpreting the results.", "Jefferies"),
        # a surname the models read as a person's
        ("Baird analyst Peter Benedict said demand was strong.", "Baird"),
    ],
)  # fmt: skip
def test_a_name_before_a_role_and_a_full_name_is_the_employer(make_docs, text, name) -> None:
    assert _name_kinds(make_docs, text).get(name) == "organisation"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a name ending in a noun of places
        ("Wall Street analyst Jane Doe expected a loss. Stocks on Wall Street rose.",
         "Wall Street", "place"),
        # a place before a title no company holds: a national side
        ("England captain Graham Gooch scored a century at Lord's on Friday.",
         "England", "place"),
    ],
)  # fmt: skip
def test_places_before_other_roles_stay(make_docs, text, name, kind) -> None:
    assert _name_kinds(make_docs, text).get(name) == kind
