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
            {"figure:24-28 USD"},
        ),
        (
            "Fishermen are typically paid between $5 and $6 a pound for halibut.",
            {"figure:5-6 USD"},
        ),
        (
            "They negotiate to sell the fish with four or five buyers, such as Besecker, at a "
            "price that fluctuates throughout the season.",
            {"figure:4 buyer", "figure:5 buyer"},
        ),
        # quantulum3 test sentences (dev half)
        ("The annual revenue is -15€ ($-99.99).", {"figure:-15 EUR", "figure:-99.99 USD"}),
        ("They were given 45 and 50 mg ethanol.", {"figure:45 mg", "figure:50 mg"}),
        ("They were given between 44 mg and 50 mg ethanol.", {"figure:44-50 mg"}),
        (
            "There is no difference in volume between 4km^2, 4 square kilometers and 4 km squared",
            {"figure:4 km^2", "figure:4 kilometer", "figure:4 km"},
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
        # quantulum3 (dev half): an order of magnitude is not a value
        "The door will be there for at least several hundred years",
    ],
)
def test_numbers_that_are_not_figures(make_docs, text: str) -> None:
    keys = set(_figures(make_docs, text))
    assert keys == ({"figure:30 goal"} if "goals" in text else set())


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
