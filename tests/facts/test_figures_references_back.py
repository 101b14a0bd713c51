"""Numbers that refer back, place something in time or name a part, and the counted noun a
closed-class word cannot be (facts/figures.py, facts/figure_terms.py, facts/figure_spans.py,
facts/bare_numbers.py, facts/numbers.py): each class tested on sentences written for these
tests, with a near form that stays a figure."""

from __future__ import annotations

import pytest

from .found import figure_labels as _figures


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a preposition or conjunction after "four of five" is no counted noun: a record
        ("The Hawks have lost four of five despite strong defence.", {"figure:4/5"}),
        ("The side won 3 of 4 until the injury.", {"figure:3/4"}),
        # "one of" makes a member of a group: the count is the total
        ("The driver was one of two people who walked away.", {"figure:2 people"}),
        ("She is one of three judges who dissented.", {"figure:3 judge"}),
        # near forms: shares and parts with their counted noun stay
        ("One in five voters stayed home.", {"figure:1/5 voter"}),
        ("Three of five judges dissented.", {"figure:3/5 judge"}),
        ("They sold four of five houses unlike last year.", {"figure:4/5 house"}),
    ],
)
def test_parts_and_records(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a plural fraction word with no count, or a half named by its position, is no share
        ("The chain posted several quarters of profit growth.", set()),
        ("Peel off the top half of the loaf and toast it.", set()),
        ("The bottom half of the screen went dark.", set()),
        # near forms: shares with a count or none of position stay
        ("Three quarters of the members voted.", {"figure:75% member"}),
        ("Two thirds of the staff left.", {"figure:66.7% staff"}),
        ("Half of the members voted.", {"figure:50% member"}),
    ],
)
def test_fractions_that_are_no_share(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a length that says when: after a verb of happening and before the event, or "away"
        ("The ruling came nine years after the mill shut.", set()),
        ("It happened two days before the vote.", set()),
        ("The final is less than 40 days away.", set()),
        # near forms: a length a verb takes, a distance away
        ("He worked nine years after the mill shut.", {"figure:9 year"}),
        ("The harbour is 40 miles away.", {"figure:40 mile"}),
        ("The talks lasted 40 days in all.", {"figure:40 day"}),
    ],
)
def test_lengths_that_say_when(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a number alone after "the", "these", "those" stands for things named before
        ("These 12 had until June to reply.", set()),
        ("Officials said the 14 were freed at dawn.", set()),
        # modifiers may come between the determiner and the number
        ("The newly elected nine are: Ana Ruiz, Bo Lin and seven others.", {"figure:7 other"}),
        ("The other three were released on bail.", set()),
        # near forms: the number with its noun, a number alone with no determiner
        (
            "The newly elected nine members are: Ana Ruiz, Bo Lin and seven others.",
            {"figure:9 member", "figure:7 other"},
        ),
        ("The 14 hostages were freed at dawn.", {"figure:14 hostage"}),
        ("The toll rose to 14 by dawn.", {"figure:14"}),
        ("The bill fell short of the 60 needed to pass.", {"figure:60"}),
    ],
)
def test_numbers_standing_for_things_named(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # an ordinal before a noun and "back" counts from a return, not a rank
        ("She made her first trip back to the town since the flood.", set()),
        ("It was his second start back since the injury.", set()),
        # near form: an ordinal that ranks stays
        ("It was the first country to ban the drug.", {"figure:#1 country"}),
    ],
)
def test_ordinals_after_a_return(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a singular noun with a particle after a number above one is a verb, not what it counts
        ("The top 10 face off in Sunday's final.", {"figure:10"}),
        ("The top 4 line up behind the leader.", {"figure:4"}),
        # near forms: one counts a singular noun; a plural noun is counted
        ("One face stood out in the crowd.", set()),
        ("The 10 faces on the poster stand out.", {"figure:10 face"}),
    ],
)
def test_a_noun_that_is_a_verb_is_not_counted(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys
