"""Numbers inside model, series and index names are not figures, the counts said before
them are; places in a result rank; vague and dated counts are not figures. Sentences in news
style, and sentences quoted from the dev halves of tests/data/facts_meantime.json (English
Wikinews, CC BY 2.5) and tests/data/facts_newspages2.json (pages of
scrapinghub/article-extraction-benchmark, MIT)."""

from __future__ import annotations

import pytest

from tests.facts.found import figure_labels


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # MEANTIME dev: a model or an index after a name, with or without a possessive
        ("Qatar Airways, which choose the Airbus A350 over Boeing's 787, will also purchase "
         "aircraft.", set()),
        ("Apple to give free cases, refunds to iPhone 4 owners", set()),
        ("Apple executive leaves company after iPhone 4 antenna issues", set()),
        ("The Nasdaq fell, and the Standard & Poor's 500 index dropped 3.24% or 37.75 points.",
         {"3.24%", "37.75 points"}),
        ("London's FTSE 100, Paris' CAC 40 and Frankfurt's DAX 30 indices each closed down "
         "more than 1 percent.", {"1 percent"}),
        # a determiner and a singular noun: the number names the model
        ("Boeing Commercial Airplanes on Tuesday delivered the final 717 jet built to AirTran "
         "Airways.", set()),
        ("Boeing has unveiled a new ultra-long range version of its 777 airliner.", set()),
        ("The new planes, which come from the 737-800 range, will be fitted with blended "
         "winglets.", set()),
        # a capitalised name after the number, and a number coordinated with a model
        ("Boeing have unveiled their new 787 Dreamliner at their Everett Factory.", set()),
        ("Night mode takes advantage of the new wide-angle camera that's in the iPhone 11 and "
         "11 Pro models.", set()),
        # a name with a capital inside opening the sentence keeps its number; a common
        # first word does not make a name ("Workers 13 years older")
        ("iPadOS 13 made switching from the Mac to the iPad full time possible.", set()),
        ("Workers 13 years older earn more.", {"13 years"}),
        # news pages 2 dev: a class label, a vague count, a date said with "ago"
        ("Summary: 5-1A: Salina South diver Keetan Munsell (junior) won the state championship "
         "in the event with a score of 409.30.", {"409.30"}),
        ("In case you are living in Delhi-NCR, chances are you have an app or two to find out "
         "the latest air quality index in your area.", set()),
        ("A handful of crisps here, a chicken wing or two there, and the evening is gone.",
         set()),
        ("More than two decades ago, NASA's Galileo spacecraft found evidence of an "
         "electrically conductive fluid on the moon's surface.", set()),
    ],
)  # fmt: skip
def test_numbers_in_names_are_not_figures(make_docs, text: str, kept: set[str]) -> None:
    assert set(figure_labels(make_docs, text).values()) == kept


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        # MEANTIME dev: the count before a model number
        ("The Air Canada deal includes firm orders for 18 777s and options.",
         "figure:18 777", "18 777s"),
        ("The Air India order is worth US$6.8 billion for 50 787s.", "figure:50 787", "50 787s"),
        ("Ryanair says that it is exercising its options with Boeing to purchase five new 737 "
         "aircraft.", "figure:5 aircraft", "five new 737 aircraft"),
        # the same words with counts that are no names stay counts
        ("Kenya's 47 counties voted on Tuesday.", "figure:47 county", "47 counties"),
        ("Police said 12 Iraqi soldiers died in the attack.", "figure:12 soldier",
         "12 Iraqi soldiers"),
        ("He spent two decades in jail.", "figure:2 decade", "two decades"),
        ("The index closed above the 8,000 level for the first time.", "figure:8000 level",
         "8,000 level"),
        ("In Kenya 47 counties voted on Tuesday.", "figure:47 county", "47 counties"),
        # ECB+ dev (odd topics) sentences: counts beside names that are no models
        ("Israel's army carried out a shelling that killed more than 100 Lebanese sheltering in "
         "a UN compound.", "figure:100", "100"),
        ("The director of the hospital told the Guardian 41 bodies had been brought in so far.",
         "figure:41 body", "41 bodies"),
        ("Andre Miller is averaging 15.5 points per game, Andre Iguodala 14 points.",
         "figure:14 point", "14 points"),
        ("It is the longest active streak in the nation, second only to Notre Dame's 44.",
         "figure:44", "44"),
        ("The Jaguars scored with 4 minutes 48 seconds remaining.", "figure:48 second",
         "48 seconds"),
        # MEANTIME dev: a date after the number is no counted noun
        ("The number of people claiming weekly unemployment benefits rose 15,000 last week to "
         "444,000.", "figure:15000", "15,000"),
    ],
)  # fmt: skip
def test_counts_before_and_beside_names_are_figures(make_docs, text, key, label) -> None:
    found = figure_labels(make_docs, text)
    assert found.get(key) == label, found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # news pages 2 dev: places in a result
        ("Wichita West senior David Garcia finished second in the 50 yard freestyle.", "second"),
        ("Wichita East's Hugh McPherson won first place in the 100 yard freestyle.",
         "first place"),
        ("6A: Wichita North's Miguel Bernal took home first in diving for the Redskins.", "first"),
        ("In the 100 yard backstroke, Patton was beaten out by Wichita Heights' Aidan "
         "Gantenbein for first place at state.", "first place"),
        ("The Kenyan runner came third.", "third"),
    ],
)  # fmt: skip
def test_a_place_in_a_result_ranks(make_docs, text: str, label: str) -> None:
    found = figure_labels(make_docs, text)
    assert label in found.values(), found
    key = next(k for k, v in found.items() if v == label)
    assert key.startswith("figure:#") and key.endswith(" place")


@pytest.mark.parametrize(
    "text",
    [
        "In the first place, the council never agreed to the plan.",
        "They took first steps toward a deal.",
        "He won second-hand furniture at the fair.",
    ],
)
def test_orders_that_are_no_place_in_a_result(make_docs, text: str) -> None:
    assert not [k for k in figure_labels(make_docs, text) if k.endswith(" place")]


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        # news pages 2 dev: a number in words joined to its noun counts it, as "10-game" and
        # "two-day" do
        ("BUFFALO, N.Y. — Hours before Zach Parise’s two-goal performance Tuesday, Wild coach "
         "Bruce Boudreau expressed confidence in the veteran winger.", "figure:2 goal",
         "two-goal"),
        ("Right now, having scored four times during a three-game streak, Parise is brimming "
         "with confidence.", "figure:3 game", "three-game"),
        ("More akin to a four-door coupe than the SUV of the original e-tron, the new "
         "Sportback is just over 16 feet long.", "figure:4 door", "four-door"),
        ("Netanyahu’s disavowal of a two-state solution drew criticism.", "figure:2 state",
         "two-state"),
        # MEANTIME dev: "a score of" is twenty
        ("Shanghai Airlines signed a contract to purchase a score of Airbus A320 passenger jets "
         "for 9.9 billion yuan.", "figure:20 jet", "a score of Airbus A320 passenger jets"),
    ],
)  # fmt: skip
def test_counts_in_words_joined_to_a_noun(make_docs, text, key, label) -> None:
    found = figure_labels(make_docs, text)
    assert found.get(key) == label, found


@pytest.mark.parametrize(
    "text",
    [
        "They booked a one-way ticket to Rome.",
        "Two-thirds of the total research staff were on fixed-term contracts.",
        "The twenty-five members met on Monday.",
        "She won with a score of 409.30 in the final.",
        "Parise scored at 7:14 and on the power play at 19:56 in the first period.",
        "They beat a two-seeded Creighton team and a three-pronged attack.",
    ],
)
def test_compounds_scores_and_clock_readings_that_count_nothing_new(make_docs, text) -> None:
    found = figure_labels(make_docs, text)
    assert not [k for k in found if k.endswith((" way", " fifth", " third", "seeded", "pronged"))]
    assert not [k for k in found if "20 " in k]
    assert not [v for v in found.values() if v in ("56", "19", "19:56", "7:14", "14")]
