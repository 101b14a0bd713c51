"""Names in the looser text of web news: a capitalised common word opening a sentence is no
name unless the corpus capitalises it elsewhere, nationalities and titles of works are no
people, organisations or places, table rows and brackets are not part of a name, a title
between an organisation and a person belongs to neither, and a country written by its code is
one place. Sentences are written as web news is, about real places and organisations."""

from __future__ import annotations

import pytest

from facts import facts
from facts.entities import is_common_word

from .found import name_kinds


def _names(make_docs, *texts: str) -> dict[str, str]:
    return name_kinds(make_docs, *texts, date="2024-03-04")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hostility has been mounting this week in East Flatbush, Brooklyn, after the shooting.",
         "Hostility"),
        ("“Beyond all the declarations, there will be no real change,” said Anna Petrova in Kyiv.",
         "Beyond"),
        ("Having carried out a purchase of the house in Salzburg, Austria will invite architects.",
         "Having"),
        ("“Easy redemption. Good price. Thanks to the staff in Seoul,” one visitor wrote.", "Good"),
    ],
)  # fmt: skip
def test_common_word_opening_a_sentence_is_no_name(make_docs, text: str, word: str) -> None:
    names = _names(make_docs, text)
    assert word not in names, names
    assert names, "the sentence's real names are still found"


def test_common_word_opening_stays_a_name_the_corpus_capitalises_elsewhere(make_docs) -> None:
    names = _names(
        make_docs,
        "Apple said on Monday that it would open a new office in Austin next year.",
        "Shares of Apple rose 3 percent in New York after the announcement.",
    )
    assert names.get("Apple") == "organisation", names


def test_common_word_and_comma_before_a_name_are_left_out(make_docs) -> None:
    names = _names(
        make_docs,
        "Unfortunately, Morningside is unlicensed, the California Department of Health said.",
    )
    assert "Unfortunately, Morningside" not in names
    assert "Morningside" in names, names


def test_inflected_common_words_are_read_by_their_base_form() -> None:
    assert is_common_word("Closed") and is_common_word("Having") and is_common_word("Policies")
    assert not is_common_word("Smith") and not is_common_word("China")


def test_nationalities_and_titles_of_works_are_no_entities(make_docs) -> None:
    names = _names(
        make_docs,
        "The vote raised hopes in the West that the Central Asian country would open up.",
        "Her film credits in Los Angeles include “The Big Lebowski.”",
    )
    assert "Central Asian" not in names and "Big Lebowski" not in names, names
    assert names.get("Los Angeles") == "place", names


def test_a_country_the_general_model_reads_as_a_nationality_stays_a_place(make_docs) -> None:
    names = _names(make_docs, "Tajikistan, which borders Afghanistan and China, signed the deal.")
    assert names.get("Tajikistan") == "place", names


def test_table_rows_and_brackets_are_not_part_of_a_name(make_docs) -> None:
    names = _names(
        make_docs,
        "Ticker | Security | Last | Change | Change %",
        "Asparagus and Eggs [1 cup asparagus, 2 poached eggs] is served at Noma in Copenhagen.",
    )
    assert not any("|" in n or "[" in n for n in names), names


def test_a_title_between_an_organisation_and_a_person_is_neither(make_docs) -> None:
    names = _names(
        make_docs,
        "Indiana State Teachers Association President Keith Gambill told teachers to vote.",
    )
    assert names.get("Indiana State Teachers Association") == "organisation", names
    assert names.get("Keith Gambill") == "person", names
    assert "Indiana State Teachers Association President" not in names


def test_a_country_code_the_corpus_names_as_a_place_is_that_place(make_docs) -> None:
    names = _names(
        make_docs,
        "US President Donald Trump has been eager to withdraw, but General Mark Milley told "
        "US media this month that forces would stay.",
    )
    assert names.get("United States") == "place", names
    assert "US" not in names, names


def test_a_one_word_name_takes_the_kind_most_of_its_mentions_get(make_docs) -> None:
    table = facts(
        make_docs(
            "Cisco said on Tuesday that attacks on home routers had doubled.\n\n"
            "The warning came a day after Cisco issued a report on botnets.\n\n"
            "Cisco chief security researcher Patrick Peterson said the flaw was serious.\n\n"
            "Shares of Cisco rose 2 percent in New York.",
            date="2024-03-04",
        )
    )
    kinds = {f.kind for f in table.facts if f.label == "Cisco"}
    assert len(kinds) == 1, kinds


def test_an_abbreviation_or_initials_alone_name_no_one(make_docs) -> None:
    names = _names(
        make_docs,
        "Two officers confronted him on E. 52nd St. on Saturday night, police in Brooklyn said.",
        "Vishwanand Subryan, 23, of Schenectady, N. Y., was charged, the E.U. mission said.",
    )
    assert not {"E.", "St.", "N. Y."} & set(names), names
    assert names.get("E.U.") == "organisation", names


def test_a_place_the_news_model_reads_as_a_person_is_a_place(make_docs) -> None:
    names = _names(
        make_docs,
        "The Beijing-based firm opened offices across Europe and Latin America.",
        "Police in Punjab's Bhatinda district arrested three men.",
        "Scientists studied Europa, a moon of Jupiter, from Hawaii.",
    )
    for place in ("Latin America", "Bhatinda", "Europa"):
        assert names.get(place) == "place", names


def test_a_person_opening_with_a_given_name_stays_a_person(make_docs) -> None:
    names = _names(make_docs, "Paris Hilton arrived in Los Angeles on Friday, her publicist said.")
    assert names.get("Paris Hilton") == "person", names


def test_a_surname_two_people_share_is_a_person(make_docs) -> None:
    table = facts(
        make_docs(
            "Hostility has been mounting in East Flatbush after two officers fatally shot "
            "16-year-old Kimani Gray.\n\n"
            "Kenneth J. Montgomery, an attorney for the Gray family, told the LA Times that "
            "police patrol these streets.\n\n"
            "Mahnefah Gray, sister of the teen killed by police, was arrested.",
            date="2024-03-04",
        )
    )
    kinds = {f.kind for f in table.facts if f.label == "Gray"}
    assert kinds <= {"person"}, kinds


def test_a_word_after_a_numbered_ordinal_is_no_person(make_docs) -> None:
    names = _names(
        make_docs,
        "Mr. Lee said the local 67th Precinct had grown more open to the community.",
    )
    assert "Precinct" not in names, names


def test_a_title_phrase_inside_a_name_is_folded_off_the_person(make_docs) -> None:
    names = _names(
        make_docs,
        "“That belittles it,” New York City Councilman Jumaane D. Williams said later.",
        "Queens District Attorney Richard Brown said the driver was drunk.",
    )
    assert names.get("Jumaane D. Williams") == "person", names
    assert names.get("Richard Brown") == "person", names
    assert not any("Councilman" in n or "Attorney" in n for n in names), names


def test_a_title_of_something_before_a_given_name_is_folded_off_the_person(make_docs) -> None:
    names = _names(
        make_docs,
        "The talks were led by US Secretary of State Mike Pompeo on Monday.",
        "Chairman of the Joint Chiefs of Staff Mark Milley said the troops would stay.",
    )
    assert names.get("Mike Pompeo") == "person", names
    assert names.get("Mark Milley") == "person", names
    assert not any("Secretary" in n or "Chairman" in n for n in names), names
    # an institution "of" a place before a name is no title
    names = _names(make_docs, "The University of Texas Andrew Smith Center opened on Monday.")
    assert "Andrew Smith" not in names, names


def test_a_name_with_and_without_its_middle_initial_is_one_person(make_docs) -> None:
    table = facts(
        make_docs(
            "But City Councilman Jumaane Williams, a frequent NYPD critic, blasted the police."
            "\n\nPolice commissioner Raymond Kelly told the New York Times there was no sign "
            "of wrongdoing.",
            "“That belittles it,” City Councilman Jumaane D. Williams said later.\n\n"
            "The police commissioner, Raymond W. Kelly, said Tuesday that the officers had "
            "followed the rules.",
            date="2024-03-04",
        )
    )
    people = {f.label: f.docs for f in table.facts if f.kind == "person"}
    assert people.get("Jumaane D. Williams") == (0, 1), people
    assert people.get("Raymond W. Kelly") == (0, 1), people


def test_a_name_spelled_with_or_without_a_space_is_one_person(make_docs) -> None:
    table = facts(
        make_docs(
            "Judge Vincent Del Giudice sealed the courtroom on Monday.",
            "Judge Vincent DelGiudice told jurors to return on Tuesday.",
            "Vincent Del Giudice said the trial would resume. Anna Petrova and Anna Petrov spoke.",
            date="2024-03-04",
        )
    )
    people = {f.label: f.docs for f in table.facts if f.kind == "person"}
    assert people.get("Vincent Del Giudice") == (0, 1, 2), people
    assert "Vincent DelGiudice" not in people
    assert "Anna Petrova" in people and "Anna Petrov" in people  # two names, two people


def test_a_based_or_born_prefix_is_no_part_of_the_name(make_docs) -> None:
    names = _names(
        make_docs,
        "The advantage of Sunnyvale, Calif.-based SeaMicro ’ s small computers is their power.",
        "The London-born Jane Okafor sued on Monday.",
    )
    assert not any("based" in n or "born" in n for n in names), names
    assert "SeaMicro" in names and names.get("Jane Okafor") == "person", names


def test_a_two_letter_surname_alone_is_the_person_named_in_full(make_docs) -> None:
    table = facts(
        make_docs(
            "Lisa Su, the chief operating officer, spoke to analysts on Monday. "
            "Su indicated that the company would keep selling the older systems.",
            date="2024-03-04",
        )
    )
    people = {m.text: f.label for f in table.facts if f.kind == "person" for m in f.mentions}
    assert people.get("Su") == "Lisa Su", people


def test_a_surname_that_is_also_a_small_town_alone_is_the_person(make_docs) -> None:
    table = facts(
        make_docs(
            "Ivory made the most of his chances with Reggie Bush missing time with injuries. "
            "Bush, veteran Julius Jones and Wynn are expected to carry the load. "
            "Whitney Houston sang the anthem, and Houston hosted the final.",
            date="2024-03-04",
        )
    )
    named = {m.text: (f.kind, f.label) for f in table.facts for m in f.mentions}
    assert named.get("Bush") == ("person", "Reggie Bush"), named  # Būsh, Egypt: a town
    assert named.get("Houston") == ("place", "Houston"), named  # a city of millions stays


def test_a_name_of_several_words_takes_the_kind_most_of_its_mentions_get(make_docs) -> None:
    table = facts(
        make_docs(
            "The Indianapolis Colts beat the Kansas City Chiefs 20-13 on Sunday. Reggie Wayne "
            "caught the winning pass for the Indianapolis Colts. The Indianapolis Colts signed "
            "Darius Butler.",
            date="2024-03-04",
        )
    )
    kinds = {f.kind for f in table.facts if f.label == "Indianapolis Colts"}
    assert kinds == {"organisation"}, kinds  # not one person and one organisation
    people = {f.label for f in table.facts if f.kind == "person"}
    assert {"Reggie Wayne", "Darius Butler"} <= people


def test_a_word_in_capitals_stays_no_name_where_the_corpus_capitalises_it_only_in_a_longer_name(
    make_docs,
) -> None:
    names = _names(
        make_docs,
        "DEAR ABBY: My older sister has just been diagnosed with cancer and lives in Ohio.",
        "DEAR WORRIED SISTER: Write to her now. Contact Dear Abby at www.DearAbby.com or "
        "P.O. Box 69440, Los Angeles.",
    )
    assert "DEAR" not in names and "Dear" not in names, names
    assert not any(c.isdigit() for c in "".join(n for n, k in names.items() if k == "person"))
    assert names.get("Ohio") == "place" and names.get("Los Angeles") == "place", names


def test_a_founder_s_name_and_a_common_plural_is_an_organisation(make_docs) -> None:
    names = _names(
        make_docs,
        "Shortly after the news broke, Dick Clark Productions denied that it had settled.",
        "Sarah Jessica Parker and Tyler Perry Studios declined to comment.",
    )
    assert names.get("Dick Clark Productions") == "organisation", names
    assert names.get("Tyler Perry Studios") == "organisation", names
    assert names.get("Sarah Jessica Parker") == "person", names
