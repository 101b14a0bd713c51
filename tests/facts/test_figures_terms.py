"""Numbers that name a kind of thing, cite a source or date an event (facts/figure_terms.py),
and headline scales and compared periods around money and percentages: each class tested on
sentences written for these tests, with a near form that stays a figure."""

from __future__ import annotations

import pytest

from .found import figure_labels as _figures


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a number joined to an agent noun, a code letter or a resolution names a kind
        ("She sank a 3-pointer at the buzzer.", set()),
        ("An 18-wheeler blocked the road.", set()),
        ("He saved into a 401(k) account.", set()),
        ("The charity is a 501(c)(3) group.", set()),
        ("The set shows films in 4K at last.", set()),
        ("The stream ran at 720p on the old laptop.", set()),
        ("She bought a 3-in-1 charging stand.", set()),
        ("iPhone 12, iPhone 12 Pro and others are on sale.", set()),
        ("He sold 12 iPads last week.", {"figure:12 ipad"}),
        ("The router has Wi-Fi 7 support built in.", set()),
        ("The box plays 8k video and 7.1 surround sound.", set()),
        ("A neighbour dialled 999 at once.", set()),
        ("Dispatchers took 911 calls all night.", set()),
        ("The fort (720 BC – 650 BC) was dug up.", set()),
        # near forms: counts joined to a noun, amounts with a scale letter, sections apart
        ("She scored 3 points at the buzzer.", {"figure:3 point"}),
        ("A 12-member jury was sworn in.", {"figure:12 member"}),
        ("The firm paid 32K for the site.", {"figure:32000"}),
        ("The loan was $4K in all.", {"figure:4000 USD"}),
        ("The club has 911 members.", {"figure:911 member"}),
        ("The fee was 8k in cash.", {"figure:8000"}),
        ("The screen shows 720 pixels a row.", {"figure:720 pixel"}),
        ("Three in 10 voters agreed.", {"figure:3/10 voter"}),
    ],
)
def test_numbers_naming_a_kind(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a reference list in brackets closing a clause cites sources
        ("Sleep helps memory in older people (12, 14).", set()),
        ("Walking lowered blood pressure in the trial (7).", set()),
        ("The effect faded within weeks (3–5); others saw none.", set()),
        # near forms: an age after a name, a count told again, a list after a number
        ("Tariffs rose to 25% (3, 4).", {"figure:25%", "figure:3", "figure:4"}),
        ("The jury heard 14 witnesses (9 women).", {"figure:14 witness", "figure:9 woman"}),
    ],
)
def test_cited_sources(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a length of time opening a clause before "before"/"after" and an event: a point
        ("Two days before the vote, the party split.", set()),
        ("He resigned, and barely a month after taking office.", set()),
        ("The club was founded in May, and just four years after that it won the cup.", set()),
        # near forms: a length a verb takes, a length with no event after it
        ("She served six years before retiring.", {"figure:6 year"}),
        ("The strike lasted two weeks after talks failed.", {"figure:2 week"}),
        ("Two days of talks ended.", {"figure:2 day"}),
    ],
)
def test_point_from_event(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a headline's capitalised scale word is the amount's
        ("Is the Mansion Worth $40 Million?", {"figure:40000000 USD"}),
        ("Startup Raises $2.5 Billion From Investors", {"figure:2500000000 USD"}),
        # the period a change is measured over is no counted noun
        ("The shares are up 12% year to date.", {"figure:12%"}),
        ("Exports rose 4 percent year-on-year.", {"figure:4%"}),
        # near forms: a lower-case scale word, a share of something counted
        ("The house is worth $40 million.", {"figure:40000000 USD"}),
        ("About 12% of voters stayed home.", {"figure:12% voter"}),
    ],
)
def test_headline_scales_and_periods(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The study looked at group 3 innate cells in mice.", set()),
        ("Group 2 teams play on Sunday.", set()),
        # near form: a count of groups
        ("The study looked at 3 groups of mice.", {"figure:3 group"}),
    ],
)
def test_group_label(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a scale word after a range is both ends'
        ("Estimates put the toll at 120–150 thousand.", {"figure:120000-150000"}),
        ("Some 20-30 million viewers tuned in.", {"figure:20000000-30000000 viewer"}),
        # a fraction joined by hyphens is the number's
        ("He ran the firm for two-and-a-half years.", {"figure:2.5 year"}),
        # near forms: a range with no scale, a fraction in spaced words
        ("Some 20-30 viewers tuned in.", {"figure:20-30 viewer"}),
        ("He ran the firm for two and a half years.", {"figure:2.5 year"}),
    ],
)
def test_scaled_ranges_and_halves(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # watts and volts written against the number
        ("The kit has a 45W charger and a 9V cell.", {"figure:45 W", "figure:9 V"}),
        # torque
        ("The engine makes 350 Nm of torque.", {"figure:350 Nm"}),
        ("The engine makes 260 lb-ft of torque.", {"figure:260 lb-ft"}),
        # near forms: a letter set apart or after a name is no unit; nanometres stay
        ("They live in Flat 9W now.", set()),
        ("The chip is made on a 5 nm process.", {"figure:5 nm"}),
        # pounds that weigh are no money; pounds paid are
        ("The boxer weighed 160 pounds on Friday.", {"figure:160 lb"}),
        ("Customs found 40 pounds of heroin.", {"figure:40 lb"}),
        ("The probe found 3,000 pounds of water ice.", {"figure:3000 lb"}),
        ("The ticket cost 40 pounds.", {"figure:40 GBP"}),
        ("The council spent 900 pounds of public money.", {"figure:900 GBP"}),
        ("He paid 70 pounds of the bill.", {"figure:70 GBP"}),
        ("The fund lost 40 pounds on the trade.", {"figure:40 GBP"}),
    ],
)
def test_unit_words(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a round-up's result line: each side named, then its score
        ("Rangers 4, Bruins 3: Smith scored twice.", {"figure:score 4-3"}),
        ("Red Sox 7, Blue Jays 2: the bullpen held.", {"figure:score 7-2"}),
        # near forms: a lower score first, numbers that are no result
        ("Apollo 11, Gemini 14: the missions flew.", set()),
        ("In Ohio 5, Texas 3 counties voted.", {"figure:3 county"}),
    ],
)
def test_team_scores(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys
