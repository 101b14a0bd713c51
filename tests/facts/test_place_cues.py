"""One-word places that no list knows stay places only where their page places them, and
names before a noun of administrative areas are places (facts.place_cues, through
facts.facts): sentences written for these tests."""

from __future__ import annotations

import readers
from facts import facts
from facts.place_cues import placed as _placed


def _places(*texts: str) -> set[str]:
    docs = [readers.build_document(t, f"page{i}") for i, t in enumerate(texts)]
    return {f.label for f in facts(docs).facts if f.kind == "place"}


def test_the_cues_one_by_one() -> None:
    text = (
        "Crews worked in Zorvan overnight. Fans in Tralee, NJ June 3 cheered. The Qorvak "
        "province and the Brindle, Tolsey and Wexmoor counties flooded. Unsurprisingly, "
        "it rained. Apple, Google and Amazon shares rose."
    )

    def placed(word: str) -> bool:
        at = text.index(word)
        return _placed(text, at, at + len(word))

    assert placed("Zorvan")  # a locative preposition before it
    assert placed("Tralee")  # a state code after a comma, before a date
    assert placed("Qorvak")  # a noun of an area after it
    assert placed("Brindle") and placed("Tolsey")  # a list of names that share the noun
    assert not placed("Unsurprisingly")
    assert not placed("Google")


def test_a_dateline_town_in_capitals_is_placed() -> None:
    text = "KORVALLA, Ruritania 2019-11-20\nThe port reopened."
    assert _placed(text, 0, len("KORVALLA"))
    assert not _placed("KORVALLA is a brand.", 0, len("KORVALLA"))


def test_an_unlisted_word_with_no_cue_is_no_place() -> None:
    found = _places(
        "Unsurprisingly, the vote was close in Paris on Monday. Fans streamed it on Stadia.",
        "Enjoy the show. Ah, the memories of the night in Lyon.",
    )
    assert {"Paris", "Lyon"} <= found  # listed
    assert not {"Unsurprisingly", "Stadia", "Enjoy", "Ah"} & found


def test_a_listed_city_the_models_read_as_a_person_is_a_place_where_words_place_it() -> None:
    found = _places(
        "The quake destroyed houses some 320 kilometers from the provincial capital Banda "
        "Aceh, officials said.",
        "People ran outside in panic in Banda Aceh as the quake shook houses.",
    )
    assert "Banda Aceh" in found


def test_a_listed_city_with_no_cue_keeps_the_models_reading() -> None:
    docs = [readers.build_document("Banda Aceh said nothing to the panel on Monday.", "page0")]
    kinds = {(f.label, f.kind) for f in facts(docs).facts}
    assert ("Banda Aceh", "place") not in kinds


def test_a_one_word_listed_place_after_in_is_the_place_and_after_to_stays_as_read() -> None:
    assert "Denver" in _places("The company opened an office in Denver last year.")
    docs = [readers.build_document("The coach said Denver will start on Sunday.", "page0")]
    assert "Denver" not in {f.label for f in facts(docs).facts if f.kind == "place"}


def _kinds(text: str, name: str) -> set[str]:
    doc = readers.build_document(text, "page")
    return {f.kind for f in facts([doc]).facts if f.label == name}


def test_a_planet_or_moon_after_the_is_a_place_on_its_page() -> None:
    text = (
        "NASA wants to return humans to the Moon by 2024. A Moon landing would cost billions, "
        "the agency said."
    )
    assert _kinds(text, "Moon") == {"place"}
    # the person named Moon, and a page that never writes "the Moon", keep their reading
    people = "South Korean President Moon Jae-in met Xi. Moon said the talks went well."
    assert "place" not in _kinds(people, "Moon")
    drummer = "Keith Moon played drums for the band. Moon died in 1978."
    assert _kinds(drummer, "Keith Moon") == {"person"} and not _kinds(drummer, "Moon")


def test_a_planet_something_is_put_on_or_sent_to_is_a_place() -> None:
    text = (
        "Such activities will help NASA develop the expertise necessary to put boots on Mars, "
        "something the agency wants to do in the 2030s."
    )
    assert _kinds(text, "Mars") == {"place"}
    # a person's full name after "to" keeps its reading
    assert _kinds("Bruno Mars sang. A letter to Venus Williams arrived.", "Venus Williams") == {
        "person"
    }


def test_a_venue_in_a_tour_s_dates_is_a_place() -> None:
    text = (
        "July 3 -- Xfinity Center, Mansfield, MA July 19 -- PNC Music Pavilion, Charlotte, NC "
        "July 22"
    )
    assert _kinds(text, "Xfinity Center") == {"place"}
    assert _kinds(text, "PNC Music Pavilion") == {"place"}
    # an institution named with its town, and no state, keeps its kind
    text = "Researchers at the Pew Research Center, Washington, Monday said most adults agreed."
    assert _kinds(text, "Pew Research Center") == {"organisation"}


def test_the_moon_is_no_alias_of_a_person_named_moon_on_its_page() -> None:
    text = "Bob Moon runs the lander company. NASA wants companies to fly to the Moon."
    doc = readers.build_document(text, "page")
    people = [f for f in facts([doc]).facts if f.kind == "person"]
    assert [m.text for f in people for m in f.mentions] == ["Bob Moon"]


def test_names_before_a_noun_of_administrative_areas_are_places(make_docs) -> None:
    text = "Flood warnings cover Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties."
    table = facts(make_docs(text, date="2019-11-20"))
    kinds = {m.text: f.kind for f in table.facts for m in f.mentions if f.kind != "date"}
    assert kinds.get("Van Buren") == "place" and kinds.get("Barry") == "place", kinds
    assert set(kinds.values()) == {"place"}, kinds
