"""Figures the context of their sentence unmakes or re-reads (facts/figure_context.py, and
facts/figure_terms.py for lengths): a length of time said as a point, a counted noun that only modifies the real one, an ordinal
in a series, the title of a list article, a model's number; each class tested on sentences
written for these tests, with a near form that stays a figure."""

from __future__ import annotations

import pytest

from .found import figure_labels as _figures


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a length measured to or from a named event, or after "within": a point in time
        ("The vote was held in Ohio just 40 days before the general election.", set()),
        ("She entered the race less than two weeks before filing closes.", set()),
        ("The agency hopes to land a crew on the Moon within 10 years.", set()),
        ("Refunds are paid within 14 days of the request.", set()),
        ("He was weak at first, and by three months he could walk again.", set()),
        # near forms: a length a verb or a preposition takes, or before a generic event
        ("He worked there for six years after leaving school.", {"figure:6 year"}),
        ("She waited two weeks before calling the police.", {"figure:2 week"}),
        ("You can be paid up to three days before your usual payday.", {"figure:3 day"}),
        ("Take the pill 30 minutes before a meal.", {"figure:30 minute"}),
        ("The bridge was finished four months early.", {"figure:4 month"}),
        ("The opening was delayed by six months.", {"figure:6 month"}),
    ],
)
def test_point_in_time(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # the word after the number modifies the counted noun
        ("The city hired about 300 kitchen and cleaning workers.", {"figure:300 worker"}),
        ("The firm will cut 450 design and marketing jobs.", {"figure:450 job"}),
        ("Here are the 12 best cheap summer reads.", {"figure:12 read"}),
        ("Suspects are kept on 72 hour holds before a hearing.", {"figure:72 hour"}),
        ("It saw 70 percent negative press coverage.", {"figure:70% coverage"}),
        # near forms: each number its own noun, or a plural right after the number
        ("The clinic hired 20 nurses and 5 doctors.", {"figure:20 nurse", "figure:5 doctor"}),
        ("Police arrested 12 armed men.", {"figure:12 man"}),
    ],
)
def test_counted_noun(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # an ordinal that places a thing in a series, a list article's title, a model
        ("This is the third post in a series on saving money.", set()),
        ("7 Ways to Keep Your Garden Green Through the Summer:", set()),
        ("8 things you should pack for a long flight", set()),
        ("12 habits of people who sleep well,12 habits of people", set()),
        ("Now you can hear 10 Things in Tech each morning.", set()),  # a newsletter's title
        ("Here are the 10 things you need to know.", {"figure:10 thing"}),
        ("The app needs an iPhone 6s or a newer model.", set()),
        # near forms: a headline that reports a count, a rank, a time in seconds
        ("Four Miners Rescued From Flooded Pit", {"figure:4 miner"}),
        ("Nine new cases were reported on Monday.", {"figure:9 case"}),
        ("It was the second country to sign the treaty.", {"figure:#2 country"}),
        ("She won the race in 10.85s.", {"figure:10.85 s"}),
    ],
)
def test_order_title_model(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys
