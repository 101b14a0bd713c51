"""What the characters around a name say: addresses and handles, domains, glued sentences,
possessive determiners and contact lines (facts.name_shapes, through facts.facts)."""

from __future__ import annotations

from facts import facts
from facts.name_shapes import (
    after_possessive_determiner,
    before_a_handle,
    brand_shape,
    glued_opening,
    in_an_address,
    is_a_code,
    is_a_domain,
    platform_before_a_handle,
    platform_posted_on,
    without_party_and_state,
)


def _names(table) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(f.kind, f.label) for f in table.facts if f.kind in ("person", "organisation", "place")}


def test_the_shapes_one_by_one() -> None:
    text = "See example.org/Lagos and @Harbourside. Tired.Press Here (Closed Mondays) in our Town"
    assert in_an_address(text, text.index("Lagos"))
    assert in_an_address(text, text.index("Harbourside"))
    assert not in_an_address(text, text.index("Press"))
    listed = "Groups: Bulgaria/Israel/Hungary, and/or Romania"
    assert not in_an_address(listed, listed.index("Israel"))  # a slash between names
    assert not in_an_address(listed, listed.index("Romania"))
    assert glued_opening(text, text.index("Press"))
    assert glued_opening(text, text.index("Closed"))
    assert not glued_opening(text, text.index("Mondays"))
    assert after_possessive_determiner(text, text.index("Town"))
    assert before_a_handle("Instagram @harbourside") == "Instagram"
    assert before_a_handle("Jane Doe") == "Jane Doe"
    assert is_a_domain("Ticketmaster.com") and is_a_domain("BBC.co.uk")
    assert not is_a_domain("Mr. Jones") and not is_a_domain("St. Louis")


def test_a_contact_line_keeps_the_person_and_drops_the_verb(make_docs) -> None:
    names = _names(
        facts(make_docs("The council met on Monday.\nEmail Priya Raman at praman@example.org."))
    )
    assert ("person", "Priya Raman") in names
    assert not any(label.startswith("Email") for _, label in names)


def test_a_name_inside_an_address_is_none_but_the_same_name_in_a_sentence_is(make_docs) -> None:
    table = facts(
        make_docs(
            "Ministers from Kenya met in Nairobi on Monday.\n"
            "More coverage: https://www.example.com/Kenya and https://example.com/Nairobi"
        )
    )
    assert ("place", "Kenya") in _names(table)
    kenya = next(f for f in table.facts if f.label == "Kenya")
    assert all(m.start < 50 for m in kenya.mentions)  # the sentence's, not the addresses'


def test_a_common_word_after_our_is_no_name(make_docs) -> None:
    names = _names(
        facts(make_docs("“We will win and save our Country,” the senator wrote from Ohio."))
    )
    assert ("place", "Country") not in names
    assert ("place", "Ohio") in names


def test_one_word_on_a_site_before_a_handle_is_the_site() -> None:
    text = "Follow us on Twitter @Harbourdesk and on Ana @anareyes, or Ruth Obi @ruthobi."
    at = text.index
    assert platform_before_a_handle(text, at("Twitter"), at("Twitter") + len("Twitter"))
    assert not platform_before_a_handle(text, at("Ana"), at("Ana") + 3)  # the handle spells it
    assert not platform_before_a_handle(text, at("Obi"), at("Obi") + 3)  # no "on" before it


def test_a_site_before_a_handle_is_an_organisation(make_docs) -> None:
    names = _names(
        facts(
            make_docs(
                "The harbour reopened on Monday. Follow us on Twitter @Harbourdesk for updates."
            )
        )
    )
    assert ("organisation", "Twitter") in names
    assert ("person", "Twitter") not in names


def test_codes_and_party_labels() -> None:
    assert is_a_code("IL-25") and is_a_code("F-16") and is_a_code("Su-30SME")
    assert not is_a_code("Rolls-Royce") and not is_a_code("F") and not is_a_code("Coca-Cola")
    assert without_party_and_state("Ted Cruz, R-Texas") == "Ted Cruz"
    assert without_party_and_state("Anna Eshoo (D-Calif.)") == "Anna Eshoo"
    assert without_party_and_state("Rolls-Royce") == "Rolls-Royce"


def test_a_code_is_no_name(make_docs) -> None:
    names = _names(
        facts(
            make_docs("Doctors tracked IL-25 in the samples, and Acme Corp paid for GLP-1 trials.")
        )
    )
    assert not any(label in ("IL-25", "GLP-1") for _, label in names)


def test_a_capital_inside_one_word_is_a_brand_unless_a_name_prefix_explains_it() -> None:
    for brand in ("ZDNet", "SpaceX", "OpenAI", "DeepMind", "WebMD", "PayPal", "JPMorgan"):
        assert brand_shape(brand), brand
    for name in ("McGrath", "MacLean", "DeShields", "LeBron", "VanLandingham", "O'Neill",
                 "Schultz-McCarthy", "Ortega", "NASA", "Smith Jones"):  # fmt: skip
        assert not brand_shape(name), name


def test_a_brand_the_models_read_as_a_person_is_an_organisation(make_docs) -> None:
    names = _names(
        facts(
            make_docs(
                "SpaceX reached out for comment. Disclosure: ZDNet may earn a commission from "
                "some of the products featured on this page. DeAndre reached out for comment."
            )
        )
    )
    assert ("organisation", "SpaceX") in names
    assert ("organisation", "ZDNet") in names
    assert ("person", "SpaceX") not in names
    assert ("person", "DeAndre") in names  # a given name's prefix keeps the person


def test_one_word_after_a_verb_of_posting_and_on_is_the_site(make_docs) -> None:
    text = "She wrote on Tumblr and later posted on Bluesky; the pressure mounted on Ortega."
    at = text.index
    assert platform_posted_on(text, at("Bluesky"), at("Bluesky") + len("Bluesky"))
    assert not platform_posted_on(text, at("Ortega"), at("Ortega") + len("Ortega"))
    names = _names(
        facts(
            make_docs(
                "She wrote on Tumblr and later posted on Bluesky about the fire. The pressure "
                "mounted on Ortega after the vote, and Ortega resigned."
            )
        )
    )
    assert ("organisation", "Bluesky") in names
    assert ("person", "Bluesky") not in names
    assert ("person", "Ortega") in names  # pressure mounts on a person
