"""People, organisations and places: titles folded, aliases and acronyms merged."""

from __future__ import annotations

from facts import facts


def _keys(table, kind: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.key for f in table.facts if f.kind == kind}


def test_titles_are_folded_and_surnames_merged(seed_table) -> None:
    mah = seed_table.get("person:min aung hlaing")
    assert mah is not None and mah.docs == (0, 1, 2, 3, 4)
    luk = seed_table.get("person:alexander lukashenko")
    assert luk is not None and luk.docs == (0, 1, 2, 3)
    assert "Lukashenko" in luk.aliases
    assert not any(
        "General" in f.label or "President" in f.label
        for f in seed_table.facts
        if f.kind == "person"
    )


def test_every_person_and_organisation_of_000(seed_table) -> None:
    in0 = {f.key for f in seed_table.facts_in(0)}
    assert {
        "person:alexander lukashenko",
        "person:nyo saw",
        "person:min aung hlaing",
        "person:maxim ryzhenkov",
        "person:aung san suu kyi",
        "organisation:global new light of myanmar",
        "organisation:realist english",
        "place:naypyidaw",
        "place:yangon",
        "place:minsk",
    } <= in0


def test_acronyms_and_curly_apostrophes(seed_table) -> None:
    nld = seed_table.get("organisation:national league for democracy")
    assert nld is not None and {m.text for m in nld.mentions} == {
        "National League for Democracy",
        "NLD",
    }
    pdf = seed_table.get("organisation:people's defence force")
    assert pdf is not None and pdf.label == "People’s Defence Force" and pdf.docs == (1, 4)
    gnl = seed_table.get("organisation:global new light of myanmar")
    assert gnl is not None and "Global New Light" in gnl.aliases


def test_places_and_untitled_names(make_docs) -> None:
    table = facts(
        make_docs(
            "Foreign Minister Maxim Ryzhenkov said Minsk is ready. He spoke to reporters in Chiang Mai.",
            "Ryzhenkov later flew to Yangon.",
        )
    )
    assert "place:minsk" in _keys(table, "place")
    assert "place:chiang mai" in _keys(table, "place")
    person = table.get("person:maxim ryzhenkov")
    assert person is not None and person.docs == (0, 1)


def test_acronym_merges_across_articles(make_docs) -> None:
    table = facts(
        make_docs(
            "The World Health Organization (WHO) warned of outbreaks.",
            "According to the WHO, outbreaks are likely.",
        )
    )
    who = table.get("organisation:world health organization")
    assert who is not None and who.docs == (0, 1)


def test_dateline_outlet_and_country_abbreviation_without_metadata() -> None:
    import readers

    doc = readers.build_document(
        "NAYPYIDAW (Realist English). The envoy met US Secretary of State Hilary Clinton in Yangon.\n",
        "plain.txt",
    )
    table = facts([doc])
    assert table.get("organisation:realist english") is not None
    assert table.get("place:naypyidaw") is not None
    us = table.get("place:united states")
    assert us is not None and us.mentions[0].text == "US"
    assert table.get("person:hilary clinton") is not None
