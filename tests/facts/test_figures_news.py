"""Figures in sentences of published news pages (the test pages of adbar/trafilatura
`tests/cache/` and mozilla/readability `test/test-pages/`, Apache-2.0 repositories) and of
quantulum3's English test sentences (dev half of tests/data/facts_quantities.json, MIT): small
counts, bare numbers, ranges, signed money, unit symbols, and numbers that name or order
something rather than count it."""

from __future__ import annotations

import pytest

from facts import facts


def _figures(make_docs, text: str) -> dict[str, str]:
    table = facts(make_docs(text))
    return {f.key: f.label for f in table.facts if f.kind == "figure"}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # bbc-1
        (
            "Hours after the interview, a gunman opened fire at a cinema in the US state of "
            "Louisiana, killing two people and injuring several others before shooting himself.",
            {"figure:2 people"},
        ),
        (
            "If you look at the number of Americans killed since 9/11 by terrorism, it's less "
            "than 100.",
            {"figure:100"},
        ),
        # wapo-1
        (
            "In January, Libyan militants loyal to the Islamic State beheaded 21 Christians — "
            "20 of them Egyptian Copts — along the country’s coast.",
            {"figure:21 christian", "figure:20"},
        ),
        # seattletimes-1
        (
            "Fresh halibut fillets routinely sell for $24 to $28 a pound, and often more.",
            {"figure:24-28 USD/pound"},
        ),
        (
            "Fishermen are typically paid between $5 and $6 a pound for halibut.",
            {"figure:5-6 USD/pound"},
        ),
        (
            "They negotiate to sell the fish with four or five buyers, such as Besecker, at a "
            "price that fluctuates throughout the season.",
            {"figure:4-5 buyer"},  # one range said loosely
        ),
        # quantulum3 test sentences (dev half)
        ("The annual revenue is -15€ ($-99.99).", {"figure:-15 EUR", "figure:-99.99 USD"}),
        ("They were given 45 and 50 mg ethanol.", {"figure:45 mg", "figure:50 mg"}),
        ('I told him: "one hundred and two" at the time', {"figure:102"}),
        # Recognizers-Text currency and dimension specs (dev half): Indian English scales
        ("Am I eligible for a lone of 35 lakh rupees", {"figure:3500000 INR"}),
        ("The submarine mein weigh 25 lakh tonnes", {"figure:2500000 tonne"}),
        (
            "` ` batman ' ' alone has racked up more than $ 247 million in box - office "
            "receipts to date , making it warner bros . ' largest grossing film ever .",
            {"figure:247000000 USD"},
        ),
        ("They were given between 44 mg and 50 mg ethanol.", {"figure:44-50 mg"}),
        (
            "There is no difference in volume between 4km^2, 4 square kilometers and 4 km squared",
            {"figure:4 km^2", "figure:4 square kilometer", "figure:4 km"},
        ),
        (
            "After two proton beams circulated in the 27-kilometer ring, the LHC smashed them "
            "at 3.5–4.0 TeV",
            {"figure:2 beam", "figure:27 kilometer", "figure:3.5-4 TeV"},
        ),
    ],
)
def test_news_figures(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    "text",
    [
        # cnn: a ranked list's numbers
        "1. Finland",
        "10. United States",
        # the years and names of things are not counts
        "He scored 30 goals in 2K12 and bought a 5G phone.",
        "Patrols have run 24/7 since the attack.",
        # salon (sequence ordinal), seattletimes-1 (ordinal of a pronoun)
        "Cleaning up the electrical grid is a great first step to cleaning up other sectors.",
        "“They were the first ones to market the MSC halibut,” said Bob Alverson.",
        # citylab-1, guardian-1, herald-sun-1, wapo-2, yahoo-1: numbers in names, years,
        # compounds and a number used as a pronoun
        "It turned ordinary buildings and surfaces into 24/7 billboards for businesses.",
        "Ngātiwai recently attended a mass beaching on Ninety Mile Beach.",
        "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR",
        "He said it happened with Shamir when he ran afoul of Bush in ’91.",
        "Netanyahu’s election-eve disavowal of a one-state solution drew criticism.",
        "While at first it seems a little basic, increasingly the game becomes frantic.",
        # quantulum3 (dev half): an order of magnitude is not a value
        "The door will be there for at least several hundred years",
    ],
)
def test_numbers_that_are_not_figures(make_docs, text: str) -> None:
    keys = set(_figures(make_docs, text))
    assert keys == ({"figure:30 goal"} if "goals" in text else set())


def test_counted_noun_stops_at_closed_class_words(make_docs) -> None:
    # yahoo-1
    keys = _figures(
        make_docs,
        "It pits two teams of three against one another in gorgeous, explosive arenas.",
    )
    assert "figure:2 team" in keys
    assert not [k for k in keys if k.endswith("against")]


def test_temperatures_and_ages_share_a_unit_across_wordings(make_docs) -> None:
    # quantulum3 (dev half) and telegraph
    keys = _figures(
        make_docs,
        "Highs close to 45 degrees Celsius (114 degrees Fahrenheit) were near 45 °C; the 93 "
        "year-old finishes his term.",
    )
    assert {"figure:45 celsius", "figure:114 fahrenheit", "figure:93 year"} <= set(keys)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # reuters.com.parasite, bbc-1: records a reader compares across articles
        (
            "“Parasite,” the Korean language social satire about the wealth gap in South Korea, "
            "was the first film in a foreign language to win the top prize of best cast "
            "ensemble in the 26 year-history of the SAG awards.",
            "figure:#1 film",
        ),
        (
            "Mr Obama lands in Kenya later on Friday for his first visit since becoming president.",
            "figure:#1 visit",
        ),
        # telegraph, wapo-2, salon: a place in an order, not a record
        (
            "Grace, a former government typist, started having an affair with Mr Mugabe in "
            "the early 1990s as his first wife, Sally, was dying of kidney disease.",
            None,
        ),
        (
            "The Obama administration’s first comments on the Israeli election came with a "
            "tough warning about some of the pre-election rhetoric.",
            None,
        ),
        (
            "Just a week into the new year, and the first estimate of how much planet-cooking "
            "pollution the United States belched into the atmosphere last year is already in.",
            None,
        ),
    ],
)
def test_ordinals_are_figures_only_when_they_rank(make_docs, text: str, key: str | None) -> None:
    ordinals = {k for k in _figures(make_docs, text) if k.startswith("figure:#")}
    assert ordinals == ({key} if key else set())


def test_a_multiplier_scales_the_number_before_it(make_docs) -> None:
    # quantulum3 (dev half): "three million," is 3,000,000 of nothing named, not 3 "million"
    keys = _figures(make_docs, "three million, two hundred & forty, you say?")
    assert "figure:3000000" in keys
    assert "figure:3 million" not in keys


def test_small_written_counts_are_figures(make_docs) -> None:
    # wapo-1
    keys = _figures(
        make_docs, "Two gunmen died, and three others may have escaped, officials said."
    )
    assert "figure:3 other" in keys
    assert [k for k in keys if k.startswith("figure:2 gunm")]


def test_small_counts_after_a_determiner_refer_back(make_docs) -> None:
    # wapo-1: "the two" are the countries already named; "two leftist politicians" a count
    keys = _figures(
        make_docs,
        "But the killing of two leftist politicians in 2013 prompted a fresh political "
        "crisis, and the two parties met.",
    )
    assert set(keys) == {"figure:2 politician"}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Two-thirds of voters backed the plan, and a quarter of the budget went to defence.",
            {"figure:66.7% voter", "figure:25% budget"},
        ),
        ("Officials said the army now holds less than half the country.", {"figure:50% country"}),
        ("Nearly a third of Kenya's children are malnourished.", {"figure:33.3% child"}),
        # not shares of something counted
        ("A third party won the seat in the first half of the year.", set()),
        ("The other half of the team stayed home for half an hour.", set()),
        ("A quarter mile away, he was half asleep.", set()),
    ],
)
def test_shares_in_words_are_percentages(make_docs, text: str, keys: set[str]) -> None:
    assert {k for k in _figures(make_docs, text) if "%" in k} == keys


def test_a_share_in_words_equals_the_same_share_in_digits(make_docs) -> None:
    table = facts(
        make_docs("Half of the villages were shelled.", "50% of the villages were shelled.")
    )
    shared = [f for f in table.facts if f.key == "figure:50% village"]
    assert shared and tuple(shared[0].docs) == (0, 1)
