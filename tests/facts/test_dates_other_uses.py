"""Date words that news uses for something else (`facts.date_other_uses`): a game's minute or
inning, an age, a repetition, "today" meaning nowadays, a cricketer's hundred, a match's
name; beside each, a sentence where the same words are a date and stay one; and the date
forms read beside them ("the end of the season", "three Fridays ago"). Sentences are written
like news for these tests."""

from __future__ import annotations

import pytest

from .found import date_mentions, figure_labels

DATE = "2024-05-15"


def _surfaces(make_docs, text: str) -> list[str]:
    return [surface for surface, _ in date_mentions(make_docs, text, DATE)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a game's minute, inning or hole
        ("The striker scored in the 21st minute and again in the 78th minute.", []),
        ("A solitary raid allowed him to score his third in the 74th.", []),
        ("Trailing by a run entering the 11th, the home side rallied to tie the game.", []),
        # ages
        ("Police said the women were in their early 20s.", []),
        ("Police found the bodies of two eight-year-olds near the river.", []),
        ("The boys, both aged under 10, were unharmed.", []),
        # repetitions
        ("The library is closed on Sundays.", []),
        ("The council meets on the first Monday of every month.", []),
        ("She usually wakes up early in the morning to train.", []),
        ("The bakery often opens at 6 a.m. in summer.", []),
        # today meaning nowadays, and "to this day"
        ("Today, most of the country's farmers use mobile phones to check prices.", []),
        ("Electric cars are among the hottest products today.", []),
        ("Smartphones today are far more powerful than computers were.", []),
        ("Even today, many villages lack electricity.", []),
        ("The old fort still stands today.", []),
        ("In today's world, data is everything.", []),
        ("The cost would be $2 million in today's dollars.", []),
        ("Cars are safer today than they were in the past.", []),
        ("The youth of today have never used a landline.", []),
        ("The league as we know it today was formed by a merger.", []),
        ("Few rockets that exist today can lift the lander to the Moon.", []),
        ("The tank in service today with the army weighs 60 tonnes.", []),
        ("The new phone goes on sale in stores today.", ["today"]),
        ("The dispute remains unresolved to this day.", []),
        # a batsman's hundred and a match's name
        ("The opener completed his ninth century in one-day cricket.", []),
        ("India won the toss in the second day-night match.", []),
        ("The team was disqualified from the 21st African Cup of Nations.", []),
        ("The pharaoh lived during the 12th Dynasty.", []),
        # a weekday or midnight qualifying a noun
        ("The church normally holds Sunday congregations of up to 1,000 people.", []),
        ("The agency issued another so-called midnight regulation before leaving office.", []),
        ("Prices were up $5 over the last midweek quote.", []),
        # a level or a price, a fraction, idioms and amounts of time
        ("The index ended the session at 1,442.82, up 0.5 percent.", []),
        ("Futures were quoted at 20.00 and 22.00 for the two contracts.", []),
        ("He was named player-of-the-year by the league.", []),
        ("The new chip consumes one quarter the power of the old one.", []),
        ("The plan drew criticism from all quarters.", []),
        ("Within another century, the coast may be under water.", []),
        ("The rate has been stuck there for a half-century.", []),
        ("The vendor promises fixes for one full calendar year.", []),
        ("4 │ 0.133 │ 0.3428", []),
        ("She has worked at the paper for 40+ years.", []),
        ("The midday sun was fierce.", []),
        ("Users have lost money at today's exchange rates.", []),
        ("Today's businesses need fast networks.", []),
        # names holding a length or a weekday; opening hours
        ("Fans of the 21 Day Fix programme swear by its meal plan.", []),
        ("Read our Cyber Monday coverage on the site.", []),
        ("Mon – Fri 9AM (Closed on weekends)", []),
    ],
)
def test_date_words_used_for_something_else(make_docs, text: str, kept: list[str]) -> None:
    assert _surfaces(make_docs, text) == kept


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He scored his first goal for the club on the 11th of March.", ["11th of March"]),
        ("The club plays its next game on the 18th.", ["the 18th"]),
        ("The empire collapsed in the ninth century.", ["the ninth century"]),
        ("The company said today that it would cut 200 jobs.", ["today"]),
        ("Today, the company announced record profits.", ["Today"]),
        ("Today's vote was delayed by a storm.", ["Today"]),
        ("Share prices rose in today's trading.", ["today"]),
        ("Today is the tenth anniversary of the disaster.", ["Today"]),
        ("The senators will vote on the bill today.", ["today"]),
        ("Today, hundreds of people began to arrive in the capital.", ["Today"]),
        ("Today, the minister rescinded rules that allow agencies to decide alone.", ["Today"]),
        ("The plague killed millions in Europe in the 14th Century.", ["the 14th Century"]),
        ("Prices are lower today than yesterday.", ["today", "yesterday"]),
        ("The library closed on Sunday after the flood.", ["Sunday"]),
        (
            "The bakery, which usually opens at 6 a.m., opened at noon on Friday.",
            ["noon on Friday"],
        ),
        ("The rally began in the morning and ended at night.", ["night", "the morning"]),
        ("The women, in their early 20s, were arrested in the 1990s.", ["1990s"]),
        ("The church held a service on Sunday for the victims.", ["Sunday"]),
        ("The deadline expires at midnight on Friday.", ["midnight on Friday"]),
        ("The rally began at 10.45 a.m. in the square.", ["10.45 a.m."]),
        ("He was due to appear before a judge in Manhattan at midday.", ["midday"]),
        ("Shoppers crowded the malls on Cyber Monday.", ["Monday"]),
        ("Crowds gathered for the 4th July celebrations.", ["4th July"]),
        ("The bus never arrived at 9 p.m. as planned.", ["9 p.m."]),
        ("A truce effective at noon on Friday was generally observed.", ["noon on Friday"]),
        ("The store was closed at 5 p.m. on Friday after a fire.", ["5 p.m. on Friday"]),
        ("The company posted a loss in the first quarter of the year.", ["the first quarter"]),
        ("Markets fell on the anniversary of Black Monday.", ["Monday"]),
    ],
)
def test_the_same_words_as_dates(make_docs, text: str, found: list[str]) -> None:
    assert _surfaces(make_docs, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The coach will retire at the end of the season.", ["the end of the season"]),
        ("Several veterans retired during this offseason.", ["this offseason"]),
        ("He signed a new contract before the start of the season.", ["the start of the season"]),
        ("Three Fridays ago the shop was robbed.", ["Three Fridays ago"]),
        ("In the coming weeks, the ministry will publish the rules.", ["the coming weeks"]),
        ("The office reopened on 2019.11.04 after the repairs.", ["2019.11.04"]),
        ("The firm has grown in the last five years since its listing.", ["the last five years"]),
    ],
)
def test_seasons_of_a_sport_and_weekdays_ago_are_dates(make_docs, text: str, found: list) -> None:
    assert _surfaces(make_docs, text) == found


def test_a_season_word_alone_is_no_date(make_docs) -> None:
    assert _surfaces(make_docs, "The season was a disappointment for the club.") == []


def test_last_and_a_number_without_a_time_word_is_no_date(make_docs) -> None:
    text = "The Hurricanes improved to 4-2-1 in their last seven."
    assert _surfaces(make_docs, text) == []
    assert set(figure_labels(make_docs, text)) == {"figure:record 4-2-1"}  # no bare "7" either
    # near form: with its time word, the same words are a date
    assert _surfaces(make_docs, "Sales fell in the last seven days.") == ["the last seven days"]


@pytest.mark.parametrize(
    "text",
    [
        "The game renders at 1440p and 30fps on the new console.",
        "The chip ships in March.\nhttps://static.example.com/image/5dd3a081-500-250/"
        "10-things-in-tech-you-need-to-know-today.jpg\nMore news follows.",
        "It is the first time the foursome will tour together in nearly a quarter century.",
    ],
)
def test_resolutions_web_addresses_and_lengths_are_no_dates(make_docs, text: str) -> None:
    assert _surfaces(make_docs, text) in ([], ["March"])


def test_a_hundreds_year_before_2000_is_a_century(make_docs) -> None:
    found = date_mentions(
        make_docs, "The Black Death killed millions in the 1300s and again in the late 1800s.", DATE
    )
    assert found == [("1300s", "13"), ("late 1800s", "18")]
    # near forms: a decade stays a decade, and "the 2000s" is the decade news means by it
    found = date_mentions(make_docs, "Prices rose in the 1990s and fell in the 2000s.", DATE)
    assert found == [("1990s", "199"), ("2000s", "200")]
    # "today" said in the page's own words stays the page's day
    assert _surfaces(make_docs, "The trial opens today in Boston.") == ["today"]
