"""Date words and numbers that name, code or qualify something rather than date it: a
weekday in a title, identifiers ("Bug 1678173", "PMID 28113434", a revision "4:2fe6"), age
groups, "last 12" with no unit, "by night", "in this day and age", a season qualifying a
noun. Sentences quoted from English readability and trafilatura test pages (Apache-2.0) that
tests/data/facts_newspages.json does not use (the precision audit, tests/data/facts_audit.json)
and sentences written here in news style; the dates beside them must still be found."""

from __future__ import annotations

import pytest

from tests.facts.found import date_mentions

DATE = "2020-01-15"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Her newest book Saturday Millionaires is a fascinating look at college football.", []),
        ("Friday Facts #282 - 0.17 in sight", []),
        ("There is a lot of folk imagery here, complete with an Ash Wednesday-like mud "
         "smearing.", []),
        ("The story ran in the Sunday Times on Monday.", [("Monday", "2020-01-13")]),
        ("Police said Monday Smith was arrested on Friday.",
         [("Friday", "2020-01-10"), ("Monday", "2020-01-13")]),
    ],
)  # fmt: skip
def test_a_weekday_in_a_name_is_not_a_date(make_docs, text, dates) -> None:
    assert date_mentions(make_docs, text, DATE) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Some more small cleanup from ntim (Bug 1678173, Bug 1678865, Bug 1678866).", []),
        ("PMID 28113434.", []),
        ("Bob's original changeset, 4:2fe6, is obsolete and has two successors.", []),
        ("The meeting starts at 4:30 on Friday.", [("4:30 on Friday", "2020-01-10")]),
        ("Journal of Human Evolution. 23 (7): 1739–1752. ISSN 2324-5913.", []),
        ("The war lasted from 1939–1945.", [("1939–1945", "1939/1945")]),
        ("Nature 574, 16-17 (2019)", [("2019", "2019")]),
    ],
)  # fmt: skip
def test_identifiers_are_not_dates(make_docs, text, dates) -> None:
    assert date_mentions(make_docs, text, DATE) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("McNamara, who did well with the under-21 team, earns a call-up.", []),
        ("The Tigers have won nine of their last 12 at home.", []),
        ("The bar is ideal for soaking in the sun by day and enjoying cocktails by night.", []),
        ("Search engines love that in this day and age where attention spans are short!", []),
        ("Farmers were readying the fields for winter wheat sowing.", []),
        ("Last winter was mild, and the team won on Tuesday.",
         [("Last winter", "2019-WI"), ("Tuesday", "2020-01-14")]),
    ],
)  # fmt: skip
def test_age_groups_counts_idioms_and_qualifiers_are_not_dates(make_docs, text, dates) -> None:
    assert date_mentions(make_docs, text, DATE) == dates
