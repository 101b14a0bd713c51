"""Entity spans of the two NER models merged: a wider span wins only when what it adds is
more name, a person read by one model over another's organisation only when it is wider or
titled; datelines after a headline give their place."""

from __future__ import annotations

from facts import facts
from facts.nlp import Span, merge


def _merged(text: str, news: list[tuple[str, str]], general: list[tuple[str, str]]) -> set:
    def spans(pairs: list[tuple[str, str]]) -> list[Span]:
        return [Span(text.index(s), text.index(s) + len(s), label) for s, label in pairs]

    return {(text[s.start : s.end], s.label) for s in merge(spans(news), spans(general), text)}


def test_a_wider_span_with_a_score_does_not_swallow_a_name() -> None:
    text = "Hornets 238 and Wasps 205 for six at the close."
    got = _merged(text, [("Hornets", "organisation")], [("Hornets 238", "organisation")])
    assert got == {("Hornets", "organisation")}


def test_a_headline_dash_does_not_join_two_names() -> None:
    text = "Romania - Cosmin Contra scored twice."
    got = _merged(
        text, [("Romania", "place"), ("Cosmin Contra", "person")], [(text[:22], "person")]
    )
    assert got == {("Romania", "place"), ("Cosmin Contra", "person")}


def test_a_wider_name_still_replaces_its_parts() -> None:
    text = "The Bank for International Settlements warned on Monday."
    name = "Bank for International Settlements"
    got = _merged(
        text,
        [("Bank", "organisation"), ("International Settlements", "organisation")],
        [(name, "organisation")],
    )
    assert got == {(name, "organisation")}


def test_same_words_keep_the_news_models_organisation_unless_titled() -> None:
    text = "Hornets beat Wasps by six wickets, said Gen Ann Smith."
    got = _merged(
        text,
        [("Hornets", "organisation"), ("Gen Ann Smith", "organisation")],
        [("Hornets", "person"), ("Gen Ann Smith", "person")],
    )
    assert got == {("Hornets", "organisation"), ("Gen Ann Smith", "person")}


def test_a_dateline_after_the_headline_is_a_place(make_docs) -> None:
    table = facts(
        make_docs(
            "Romania beat Bulgaria in a friendly\n\n"
            "BUCHAREST 1996-08-22 - Romania beat Bulgaria 2-1 in a friendly on Wednesday, "
            "officials said."
        )
    )
    assert table.get("place:bucharest") is not None


def test_headline_parts_model_numbers_and_split_possessives_are_cleaned() -> None:
    from facts.entities import clean

    headline = "SOCCER - ENGLISH LEAGUE RESULTS"
    assert clean(headline, Span(0, len(headline), "organisation")) is None
    weapon = "an upgrade of the Soviet-era 2K12 Kub system"
    start = weapon.index("2K12")
    assert clean(weapon, Span(start, start + len("2K12 Kub"), "person")) is None
    split = "Jesse Owens ' record stood for years."
    hit = clean(split, Span(0, len("Jesse Owens '"), "person"))
    assert hit is not None and (hit.name, hit.end) == ("Jesse Owens", len("Jesse Owens"))


def test_an_organisation_only_the_general_model_reads_is_kept_in_running_text_only() -> None:
    text = "Airbus said prices on the NYMEX rose while officials met in Kampala."
    got = _merged(
        text, [("Kampala", "place")], [("Airbus", "organisation"), ("NYMEX", "organisation")]
    )
    assert got == {("Kampala", "place"), ("Airbus", "organisation"), ("NYMEX", "organisation")}
    capitals = "SOCCER - LEEDS BEAT ARSENAL IN LONDON"
    got = _merged(capitals, [("LONDON", "place")], [("LEEDS BEAT", "organisation")])
    assert got == {("LONDON", "place")}


def test_same_words_a_person_and_an_organisation_by_the_first_word() -> None:
    text = "Lockheed Martin hired Pete Sampras while Airbus watched."
    news = [("Lockheed Martin", "person"), ("Pete Sampras", "person"), ("Airbus", "person")]
    general = [("Lockheed Martin", "organisation"), ("Pete Sampras", "organisation"),
               ("Airbus", "organisation")]  # fmt: skip
    spans = merge(
        [Span(text.index(s), text.index(s) + len(s), k) for s, k in news],
        [Span(text.index(s), text.index(s) + len(s), k) for s, k in general],
        text,
    )
    got = {(text[s.start : s.end], s.label, s.other) for s in spans}
    assert got == {
        ("Lockheed Martin", "organisation", ""),
        ("Pete Sampras", "person", ""),
        ("Airbus", "person", "organisation"),
    }


def test_a_name_ending_the_sentence_keeps_a_word_read_as_an_abbreviation(make_docs) -> None:
    """spaCy's tokenizer reads a final "Sen." as the title; at a sentence's end it is a name's."""
    table = facts(
        make_docs(
            "The minister later met former Prime Minister Lee Sen. "
            "Officials praised Sen. Elizabeth Warren and Martin Luther King Jr."
        )
    )
    people = {f.label for f in table.facts if f.kind == "person"}
    assert "Lee Sen" in people and "Lee" not in people
    assert {"Elizabeth Warren", "Martin Luther King Jr."} <= people


def test_same_words_an_organisation_and_a_person_opening_with_a_given_name() -> None:
    """The news model's organisation over the very words the general model reads as a person
    is a person when it opens with a given name; otherwise the organisation stands."""
    text = "Montell Figgins met Masayoshi Son at Goldman Sachs."
    got = _merged(
        text,
        [
            ("Montell Figgins", "organisation"),
            ("Masayoshi Son", "organisation"),
            ("Goldman Sachs", "organisation"),
        ],
        [("Montell Figgins", "person"), ("Masayoshi Son", "person"), ("Goldman Sachs", "person")],
    )
    assert got == {
        ("Montell Figgins", "person"),
        ("Masayoshi Son", "person"),
        ("Goldman Sachs", "organisation"),
    }


def test_same_words_a_person_ending_in_a_noun_of_organisations_is_an_organisation() -> None:
    text = "Brooklyn Supreme Court Judge Ann Li met Paris Hilton."
    got = _merged(
        text,
        [("Brooklyn Supreme Court", "person"), ("Ann Li", "person"), ("Paris Hilton", "person")],
        [
            ("Brooklyn Supreme Court", "organisation"),
            ("Ann Li", "person"),
            ("Paris Hilton", "organisation"),
        ],
    )
    # "Brooklyn" and "Paris" are given names; "Court" names an organisation, "Hilton" does not
    assert got == {
        ("Brooklyn Supreme Court", "organisation"),
        ("Ann Li", "person"),
        ("Paris Hilton", "person"),
    }


def test_a_court_before_a_judges_title_is_an_organisation(make_docs) -> None:
    table = facts(
        make_docs(
            "'The man is an emotional wreck,' Brooklyn Supreme Court Judge Vincent Del Giudice "
            "said, according to the Post."
        )
    )
    kinds = {(f.label, f.kind) for f in table.facts}
    assert ("Brooklyn Supreme Court", "organisation") in kinds
    assert ("Brooklyn Supreme Court", "person") not in kinds
    assert ("Vincent Del Giudice", "person") in kinds


def test_a_lower_case_title_inside_a_span_parts_the_organisation_and_the_person() -> None:
    text = "However, Sudan Armed Forces spokesman Sawarmi Khaled Saad denied it."
    got = _merged(
        text,
        [("Sudan Armed Forces spokesman Sawarmi Khaled Saad", "organisation")],
        [("Sudan Armed Forces", "organisation"), ("Khaled Saad", "person")],
    )
    assert got == {("Sudan Armed Forces", "organisation"), ("Sawarmi Khaled Saad", "person")}
    kept = "The Bank of England raised rates."  # a lower-case word that is no title
    assert _merged(kept, [("Bank of England", "organisation")], []) == {
        ("Bank of England", "organisation")
    }


def test_a_lower_case_syllable_after_a_hyphen_ends_the_person_s_name() -> None:
    text = "Kim Jong-un met Moon Jae-in on Friday."
    got = _merged(
        text,
        [("Kim Jong", "person"), ("Moon Jae", "person")],
        [("Kim Jong-un", "person"), ("Moon Jae-in", "person")],
    )
    assert got == {("Kim Jong-un", "person"), ("Moon Jae-in", "person")}
    # a suffix that makes the name a modifier is not part of it
    text = "The Donald Trump-backed candidate won."
    got = _merged(text, [("Donald Trump", "person")], [("Donald Trump-backed", "person")])
    assert got == {("Donald Trump", "person")}


def test_a_person_and_another_of_one_word_each_are_two_names() -> None:
    text = "Gannett and McClatchy cut jobs."
    got = _merged(text, [("Gannett and McClatchy", "person")], [("McClatchy", "organisation")])
    assert got == {("Gannett", "person"), ("McClatchy", "organisation")}


def test_a_name_before_a_title_is_the_employer() -> None:
    text = "A Wells Fargo analyst said the stock was cheap."
    got = _merged(text, [("Wells Fargo", "person")], [("Wells Fargo", "organisation")])
    assert got == {("Wells Fargo", "organisation")}
    text = "Wells Fargo said the stock was cheap."  # no title after: the news model's person
    got = _merged(text, [("Wells Fargo", "person")], [("Wells Fargo", "organisation")])
    assert got == {("Wells Fargo", "person")}


def test_a_place_to_one_model_and_a_person_opening_with_a_given_name_to_the_other() -> None:
    text = "Viktor Usov, the cat's owner, said he was sad."
    got = _merged(text, [("Viktor Usov", "place")], [("Viktor Usov", "person")])
    assert got == {("Viktor Usov", "person")}
    text = "Officials in Charlotte Amalie said the port was shut."  # a listed place
    got = _merged(text, [("Charlotte Amalie", "place")], [("Charlotte Amalie", "person")])
    assert got == {("Charlotte Amalie", "place")}


def test_a_place_opening_with_an_institution_is_the_institution_and_its_place() -> None:
    text = "Researchers at Washington University in St. Louis found the gene."
    got = _merged(
        text,
        [("Washington University in St. Louis", "place")],
        [("Washington University", "organisation"), ("St. Louis", "place")],
    )
    assert got == {("Washington University", "organisation"), ("St. Louis", "place")}


def test_a_name_the_news_model_cut_at_its_hyphens_is_one_name() -> None:
    text = "The agency said so, according to Sui-Lee Wee of the New York Times."
    got = _merged(
        text,
        [("Sui", "place"), ("Lee Wee", "person"), ("New York Times", "organisation")],
        [("Sui-Lee Wee", "person"), ("New York Times", "organisation")],
    )
    assert got == {("Sui-Lee Wee", "person"), ("New York Times", "organisation")}
    text = "Jean-Claude Juncker spoke."  # the pieces' one kind over the general model's
    got = _merged(
        text,
        [("Jean", "person"), ("Claude Juncker", "person")],
        [("Jean-Claude Juncker", "organisation")],
    )
    assert got == {("Jean-Claude Juncker", "person")}
    # one word each side of the hyphen is no one's name of several words
    text = "The Trump-Putin summit ended."
    got = _merged(
        text, [("Trump", "person"), ("Putin", "person")], [("Trump-Putin", "organisation")]
    )
    assert got == {("Trump-Putin", "organisation")}


def test_an_acronym_read_as_a_place_and_an_organisation_is_the_organisation() -> None:
    text = "Doug Cooke, a former NASA associate administrator, spoke."
    got = _merged(text, [("Doug Cooke", "person"), ("NASA", "place")], [
        ("Doug Cooke", "person"), ("NASA", "organisation")])  # fmt: skip
    assert got == {("Doug Cooke", "person"), ("NASA", "organisation")}
    # a listed place's code stays the place; a line in capitals tells nothing
    text = "Officials in the US said so."
    assert _merged(text, [("US", "place")], [("US", "organisation")]) == {("US", "place")}
    text = "NASA PICKS SPACEX"
    assert _merged(text, [("NASA", "place")], [("NASA", "organisation")]) == {("NASA", "place")}


def test_a_university_read_as_a_place_and_an_organisation_is_the_organisation() -> None:
    text = "Howitt is now an immunologist at Stanford University."
    got = _merged(text, [("Howitt", "person"), ("Stanford University", "place")], [
        ("Howitt", "person"), ("Stanford University", "organisation")])  # fmt: skip
    assert got == {("Howitt", "person"), ("Stanford University", "organisation")}
    # any other name the news model reads as a place stays the place
    text = "He flew to Palm Beach on Friday."
    got = _merged(text, [("Palm Beach", "place")], [("Palm Beach", "organisation")])
    assert got == {("Palm Beach", "place")}


def test_a_family_name_first_joins_the_titled_person(make_docs) -> None:
    table = facts(
        make_docs(
            "President Xi Jinping of China is likely to deploy forces. Xi's problem is simple. "
            "It is an existential threat to Xi's regime. To be sure, Xi and his comrades do not "
            "want to send the army. Xi will choose the former.",
            date="2019-11-20",
        )
    )
    kinds = {m.text: f.kind for f in table.facts for m in f.mentions}
    assert kinds.get("Xi") == "person", kinds
    assert {f.label for f in table.facts if f.kind == "organisation"} == set(), kinds


def test_a_company_before_a_title_stays_the_company(make_docs) -> None:
    table = facts(
        make_docs(
            "Rob Goldman, President Ascom North America, says: “By collaborating with Dräger, "
            "Ascom can help hospitals enhance their alarm management.” Ascom shares rose 3%. "
            "Ascom said the deal closes next year.",
            date="2019-11-20",
        )
    )
    kinds = {m.text: f.kind for f in table.facts for m in f.mentions}
    assert kinds.get("Ascom") == "organisation", kinds
