"""The value of a bare month, weekday or holiday placed by the words before it
(`facts.date_values.time_cue`, `facts.date_holidays.holiday_value`): "since December" is the
last December, a verb in the past puts a month before the article date, a future tense after
it, and a past verb between a future tense and the weekday ends the future's reach ("X will
pay, an official said Friday"). Sentences written like news for these tests; the article is
dated Saturday 10 January 2009. "Three Fridays ago" is the last Friday but two."""

from __future__ import annotations

import pytest

from .found import date_mentions

DATE = "2009-01-10"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Since December, the carmakers have received $17 billion in loans.",
         [("December", "2008-12")]),
        ("It was the market's best week since November.", [("November", "2008-11")]),
        ("He was elected in March.", [("March", "2008-03")]),
        ("The company said in March that profits had fallen.", [("March", "2008-03")]),
        ("The company reported a loss of $5 million in November.", [("November", "2008-11")]),
        ("The tour party will be announced towards the end of March.",
         [("the end of March", "2009-03")]),
        ("The results will be published in March.", [("March", "2009-03")]),
        ("The company said it plans to open the plant in March.", [("March", "2009-03")]),
        ("The company will reportedly pay $5 million, a Romanian official said Friday.",
         [("Friday", "2009-01-09")]),
        ("Officials will meet in Geneva, Switzerland, on Friday.", [("Friday", "2009-01-16")]),
        ("The minister is scheduled to meet his counterpart on Friday.",
         [("Friday", "2009-01-16")]),
        ("Demand fell during the Christmas and New Year sales period.",
         [("Christmas", "2008-12-25")]),
        ("The shop was robbed three Fridays ago.", [("three Fridays ago", "2008-12-26")]),
        ("The library is closed on Fridays.", []),
    ],
)  # fmt: skip
def test_words_before_a_date_place_it(make_docs, text: str, found: list) -> None:
    assert date_mentions(make_docs, text, DATE) == found


def test_a_holiday_months_away_keeps_the_articles_year(make_docs) -> None:
    text = "Markets close early on New Year's Eve and reopen on Boxing Day."
    assert date_mentions(make_docs, text, "2024-06-15") == [
        ("Boxing Day", "2024-12-26"),
        ("New Year's Eve", "2024-12-31"),
    ]
