"""Figure and quote conflicts between two articles, each rule with a case it must leave alone
and one it must still flag. Sentences from ECB+ odd-topic dev stories (CC BY 3.0,
tools/facts_conflicts_ecb.py), shortened, and sentences written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import readers
from facts import facts

MakeDocs = Callable[..., list[readers.Document]]


def _figures(make_docs: MakeDocs, *texts: str) -> list[tuple[str, ...]]:
    table = facts(make_docs(*texts))
    return [tuple(f.label for f in c.facts) for c in table.conflicts if c.kind == "figure"]


def _quotes(make_docs: MakeDocs, *texts: str) -> int:
    return sum(c.kind == "quote" for c in facts(make_docs(*texts)).conflicts)


AROUND = "Officials said around 8,000 detainees were released in an amnesty on Thursday."


def test_an_estimate_allows_half_its_rounding_unit(make_docs: MakeDocs) -> None:
    released = "Officials said {} prisoners were released in an amnesty on Thursday."
    assert _figures(make_docs, AROUND, released.format("8,300")) == []
    assert _figures(make_docs, AROUND, released.format("8,665")) == [
        ("8,000 detainees", "8,665 prisoners")
    ]


def test_nearly_allows_one_unit_below(make_docs: MakeDocs) -> None:
    fled = "Nearly 4,000 people fled the town after the flood, the mayor said."
    other = "{} people fled the town after the flood, the mayor said."
    assert _figures(make_docs, fled, other.format("3,600")) == []
    assert _figures(make_docs, fled, other.format("2,500")) == [("4,000 people", "2,500 people")]
    assert _figures(make_docs, fled, other.format("4,200")) == [("4,000 people", "4,200 people")]


def test_each_statement_is_compared_not_the_first_one(make_docs: MakeDocs) -> None:
    # "At least four" agrees with five, but another article's plain "four" does not.
    at_least = "At least four bombs were dropped on the Yida refugee camp on Thursday."
    four = "Four bombs were dropped on the Yida refugee camp on Thursday."
    five = "Five bombs were dropped on the Yida refugee camp on Thursday."
    assert _figures(make_docs, at_least, five) == []
    assert _figures(make_docs, at_least, four, five) == [("four bombs", "Five bombs")]


def test_a_part_is_not_compared_with_a_total(make_docs: MakeDocs) -> None:
    five = "Five bombs were dropped, of which four exploded, they told our correspondent."
    parts = (
        "Two landed inside the camp itself, while the other two bombs were dropped near the "
        "airstrip."
    )
    assert _figures(make_docs, parts, five) == []
    # The same count stated whole by a third article is compared on that statement alone.
    fell = "An aid worker said two bombs fell on an airstrip."
    assert _figures(make_docs, parts, fell, five) == []
    four = (
        "Four bombs were dropped within just a few moments; two landed inside the camp itself, "
        "while the other two bombs were dropped near the airstrip."
    )
    assert _figures(make_docs, four, five) == [("Four bombs", "Five bombs")]


def test_including_marks_a_part(make_docs: MakeDocs) -> None:
    total = "Officials said the fire destroyed 30 homes in the old town."
    part = "Officials said the fire destroyed many buildings, including 12 homes in the old town."
    plain = "Officials said the fire destroyed 12 homes in the old town."
    assert _figures(make_docs, part, total) == []
    assert _figures(make_docs, plain, total) == [("12 homes", "30 homes")]


def test_a_conversion_in_brackets_keeps_its_bound(make_docs: MakeDocs) -> None:
    near = (
        "A refugee camp was the target of an air strike on Thursday, {}50 km (30 miles) from "
        "the tense border with Sudan."
    )
    nearer = "There were no casualties at the camp, {}25 km (15 miles) from the border with Sudan."
    bounded = (near.format("less than "), nearer.format("less than "))
    assert _figures(make_docs, *bounded) == []
    assert ("50 km", "25 km") in _figures(make_docs, near.format(""), nearer.format(""))


def test_a_singular_noun_after_a_count_modifies_the_next_noun(make_docs: MakeDocs) -> None:
    bowe = (
        "Riddick Bowe returned to the ring with an eight round decision win over Gene Pukall "
        "in Germany."
    )
    klitschko = (
        "Wladimir Klitschko returned to the ring and beat Hasim Rahman in seven rounds in Germany."
    )
    assert _figures(make_docs, bowe, klitschko) == []
    # Rounds of one fight stated differently disagree; another boxer's fight is another slot.
    plural = "Riddick Bowe returned to the ring and beat Gene Pukall in eight rounds in Germany."
    assert _figures(make_docs, plural, klitschko) == []
    same_fight = "Wladimir Klitschko returned to the ring and beat Hasim Rahman in eight rounds."
    assert _figures(make_docs, same_fight, klitschko) == [("eight rounds", "seven rounds")]


def test_a_singular_ing_word_after_a_count_is_a_verb(make_docs: MakeDocs) -> None:
    jurors = (
        "The two jurors said they were among the nine voting to put Nichols to death after "
        "four days."
    )
    split = (
        "After four days the jury was deadlocked, with nine in favor of the death penalty and "
        "three voting for life without parole."
    )
    assert _figures(make_docs, jurors, split) == []


def test_counts_limited_to_different_periods(make_docs: MakeDocs) -> None:
    since = "Gray had been in trouble with the law, having been arrested three times since October."
    before = "Gray had previously been arrested four times, on charges of grand larceny."
    plain = "Gray had been in trouble with the law, having been arrested three times."
    assert _figures(make_docs, since, before) == []
    assert _figures(make_docs, plain, before) == [("three times", "four times")]


def test_a_unit_needs_the_same_measure_next_to_it(make_docs: MakeDocs) -> None:
    scrimmage = (
        "Thomas looked effective again in a 17-14 victory at Atlanta, when he had 102 yards "
        "from scrimmage and a touchdown."
    )
    rushed = (
        "In the Saints 17-14 victory over Atlanta, Thomas rushed for 63 yards and scored a "
        "touchdown."
    )
    assert _figures(make_docs, scrimmage, rushed) == []
    headline = "Large Riot Breaks Out In Brooklyn During Vigil For Teen Shot 11 Times By Police"
    autopsy = "The same day, Gray's autopsy showed he had been shot seven times by police."
    assert _figures(make_docs, headline, autopsy) == [("11 Times", "seven times")]


def test_a_name_is_not_what_a_unit_measures(make_docs: MakeDocs) -> None:
    paid = "Analysts said AMD paid $334 million for SeaMicro in February."
    earned = "Analysts said AMD earned $150 million from servers in February."
    assert _figures(make_docs, paid, earned) == []
    again = "Analysts said AMD paid $300 million for SeaMicro in February."
    assert _figures(make_docs, paid, again) == [("$334 million", "$300 million")]


def test_a_one_letter_noun_is_no_count(make_docs: MakeDocs) -> None:
    a = "The Sudan Armed Forces attacked a refugee camp in South Sudan at 2: 53 p."
    b = "Sudan Armed Forces planes attacked the refugee camp in South Sudan at 3: 20 p."
    table = facts(make_docs(a, b))
    assert [c.subject for c in table.conflicts if c.kind == "figure"] == []


LOCKE = (
    '"For decades, the Endangered Species Act has protected threatened species and their '
    'habitats," said Locke.'
)
OBAMA = (
    '"The work of scientists and experts in my administration will be respected," Obama said.\n\n'
)
DECADES = (
    '"For more than three decades, the Endangered Species Act has successfully protected our '
    "nation's most threatened wildlife, and we should be looking for ways to improve it.\""
)


def test_similar_words_of_two_people_are_not_one_quote_changed(make_docs: MakeDocs) -> None:
    assert _quotes(make_docs, LOCKE, OBAMA + DECADES) == 0
    assert _quotes(make_docs, LOCKE, DECADES) == 1


@pytest.mark.parametrize("pronoun", [True, False])
def test_a_speaker_found_through_he_said_is_not_trusted(make_docs: MakeDocs, pronoun: bool) -> None:
    nichols = (
        "Nichols said: “I know that the things that I've done caused a lot of pain, and I am "
        "sorry.”"
    )
    said = "he said" if pronoun else "Judge Bodiford said"
    other = (
        "Judge James Bodiford spoke to the court. “I just wanted to say that I know that the "
        f"things I've done caused a lot of pain and I'm sorry,” {said}."
    )
    assert _quotes(make_docs, nichols, other) == (1 if pronoun else 0)
