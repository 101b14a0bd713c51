"""People, organisations and places on articles written for these tests (not the seed corpus):
titles folded, acronyms and surnames merged, country names made one, datelines read."""

from __future__ import annotations

from pathlib import Path

import readers
from facts import facts
from facts.lexicon import org_nouns_people


def _keys(table, kind: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.key for f in table.facts if f.kind == kind}


def test_people_organisations_and_places_of_a_business_story(make_docs) -> None:
    table = facts(
        make_docs(
            "Microsoft Corp chief executive Satya Nadella met officials of the European "
            "Commission in Brussels on Monday. Nadella said the talks went well."
        )
    )
    assert "person:satya nadella" in _keys(table, "person")
    assert not any("chief" in k or "executive" in k for k in _keys(table, "person"))
    assert "place:brussels" in _keys(table, "place")
    assert any("european commission" in k for k in _keys(table, "organisation"))
    nadella = table.get("person:satya nadella")
    assert nadella is not None and "Nadella" in nadella.aliases


def test_titles_are_folded_and_surnames_merge_across_articles(make_docs) -> None:
    table = facts(
        make_docs(
            "Kenyan President William Ruto opened the summit in Nairobi.",
            "Ruto told delegates that Kenya would host the next round.",
        )
    )
    ruto = table.get("person:william ruto")
    assert ruto is not None and ruto.docs == (0, 1)
    assert not any(f.label.startswith("President") for f in table.facts if f.kind == "person")


def test_acronym_merges_across_articles(make_docs) -> None:
    table = facts(
        make_docs(
            "The World Health Organization (WHO) warned of outbreaks in Uganda.",
            "According to the WHO, outbreaks are likely in Kampala.",
        )
    )
    who = table.get("organisation:world health organization")
    assert who is not None and who.docs == (0, 1)
    assert {"place:uganda", "place:kampala"} <= _keys(table, "place")


def test_country_names_and_codes_are_one_place(make_docs) -> None:
    table = facts(
        make_docs(
            "The U.S. and Canada signed the accord in Ottawa.",
            "The United States of America said the accord would help trade with Canada.",
        )
    )
    us = table.get("place:united states")
    assert us is not None and us.docs == (0, 1)
    assert {m.text for m in us.mentions} == {"U.S.", "United States of America"}


def test_dateline_place_and_outlet_without_metadata() -> None:
    doc = readers.build_document(
        "ALGIERS (Maghreb Wire). Officials of the African Union met in the capital on Sunday.\n",
        "plain.txt",
    )
    table = facts([doc])
    assert table.get("organisation:maghreb wire") is not None
    assert table.get("place:algiers") is not None


def test_organisation_of_a_place_is_one_name(make_docs) -> None:
    table = facts(make_docs("The Bank of England kept rates unchanged on Thursday."))
    assert "organisation:bank of england" in _keys(table, "organisation")
    assert "place:england" not in _keys(table, "place")


def test_a_capitalised_common_word_inside_a_sentence_stays_in_the_name(make_docs) -> None:
    table = facts(make_docs("Officials of Whole Foods Market spoke on Monday about the plans."))
    assert "organisation:whole foods market" in _keys(table, "organisation")
    opening = facts(make_docs("Since Kenya joined the bloc, trade has doubled."))
    assert "place:kenya" in _keys(opening, "place")


def test_a_function_word_opening_a_sentence_inside_a_quote_is_no_name_s_word(make_docs) -> None:
    # one sentence to the splitter (a quotation), two to a reader; "Since" opens the second
    quoted = facts(
        make_docs(
            "“At no point did we say Taylor Swift could not perform. Since Taylor's decision to "
            "leave the label last fall, we have honored all of her requests,” it said."
        )
    )
    assert "person:since taylor" not in _keys(quoted, "person")
    assert [m.text for m in quoted.get("person:taylor swift").mentions] == [
        "Taylor Swift",
        "Taylor",
    ]
    # a given name there opens the name ("Will Smith")
    given = facts(make_docs("“It was late. Will Smith arrived at noon,” she said."))
    assert "person:will smith" in _keys(given, "person")


def test_a_title_alone_hyphenated_names_and_trailing_words(make_docs) -> None:
    table = facts(
        make_docs(
            "No one was hurt in the fire on Friday night, said the Central Mat-Su fire chief, "
            "James Steele. Her spokesman said the Governor has faith in the passage."
        )
    )
    assert "organisation:central mat-su" in _keys(table, "organisation")
    assert not any(f.label == "Governor" for f in table.facts)
    trailing = facts(
        make_docs(
            "Early in her campaign, the church was criticised for promoting a Focus on the "
            "Family “Love Won Out Conference” in Anchorage."
        )
    )
    assert not any(f.label.endswith(" in") for f in trailing.facts)
    abbreviated = facts(
        make_docs(
            "Legere will hand over the reins to COO and president Mike Siever, the company said "
            "in Bellevue. General Manager Billy King announced the hire in Philadelphia."
        )
    )
    people = {f.label for f in abbreviated.facts if f.kind == "person"}
    assert people == {"Mike Siever", "Billy King"}, people
    opening = facts(
        make_docs(
            "Secretary of State Mike Pompeo said the release gives hope. She studied at King "
            "Abdullah University of Science and Technology in Thuwal."
        )
    )
    kinds = {f.label: f.kind for f in opening.facts}
    assert kinds.get("Mike Pompeo") == "person", kinds
    assert kinds.get("King Abdullah University of Science and Technology") == "organisation"
    assert not any(f.label == "COO" for f in abbreviated.facts)


def test_a_surname_the_model_typed_otherwise_is_the_person_it_names() -> None:
    """An ECB+ odd-topic article (tests/data/ecbplus-odd, CC BY 3.0): the models type "Palin" a
    place and "Steele" an organisation in some sentences, and cut "Central Mat-Su Fire
    Department" at its hyphen."""
    path = Path(__file__).parents[1] / "data" / "ecbplus-odd" / "13_3ecb.txt"
    doc = readers.build_document(path.read_text(encoding="utf-8"), path.name, date="2008-12-14")
    table = facts([doc])
    assert not {"place:palin", "organisation:steele"} & (
        _keys(table, "place") | _keys(table, "organisation")
    )
    palin = table.get("person:sarah palin")
    assert palin is not None and "Palin" in palin.aliases
    assert "organisation:central mat-su fire department" in _keys(table, "organisation")


def test_companies_the_news_model_reads_as_people(make_docs) -> None:
    """Wikinews-style business text: one-word company names and a name spelled by its
    acronym are organisations; a person of the corpus keeps a name read both ways."""
    table = facts(
        make_docs(
            "Airbus said it would hire 300 people.\n\n"
            "American automobile manufacturer General Motors (GM) announced plans Friday to "
            "shut down about 1,100 dealerships."
        )
    )
    assert {"organisation:airbus", "organisation:general motors"} <= _keys(table, "organisation")
    assert not any(k in ("person:airbus", "person:motors") for k in _keys(table, "person"))


def test_a_title_that_opens_an_organisations_name_is_not_folded(make_docs) -> None:
    table = facts(
        make_docs(
            "American automobile manufacturer General Motors (GM) announced plans Friday.\n\n"
            "Investors asked whether the automobile manufacturer General Motors will be able "
            "to keep operating."
        )
    )
    gm = table.get("organisation:general motors")
    assert gm is not None and [m.text for m in gm.mentions].count("General Motors") == 2
    assert not any(f.label == "Motors" for f in table.facts)


def test_a_name_after_a_noun_that_names_organisations_is_one(make_docs) -> None:
    table = facts(make_docs("German magazine Der Spiegel cited confidential documents on Sunday."))
    assert "organisation:der spiegel" in _keys(table, "organisation")
    assert "person:der spiegel" not in _keys(table, "person")


def test_a_full_name_after_such_a_noun_stays_a_person(make_docs) -> None:
    """ "host" also names a crowd in WordNet; "host Tom Bergeron" is still a person."""
    table = facts(
        make_docs(
            "The show's host Tom Bergeron called it the hardest verdict yet. The private "
            "equity firm Alden Capital owns the paper."
        )
    )
    assert "person:tom bergeron" in _keys(table, "person")
    assert "organisation:tom bergeron" not in _keys(table, "organisation")
    assert "organisation:alden capital" in _keys(table, "organisation")
    assert {"host", "publisher"} <= org_nouns_people() and "firm" not in org_nouns_people()


def test_a_flight_named_by_its_airline_names_the_airline(make_docs) -> None:
    table = facts(
        make_docs(
            "The losses of Adam Air Flight 574 and Garuda Indonesia Flight 200 killed 102 "
            "and 21 people respectively."
        )
    )
    assert {"organisation:adam air", "organisation:garuda indonesia"} <= _keys(
        table, "organisation"
    )


def test_a_surname_after_a_title_is_a_person_where_the_corpus_also_has_an_organisation(
    make_docs,
) -> None:
    table = facts(
        make_docs(
            "The Obama administration has ordered a review of the rules.\n\n"
            "On March 3, President Obama directed the agencies to act within 60 days."
        )
    )
    assert "person:obama" in _keys(table, "person")
