"""Numbers in words with a sign, decimals or a part before their scale ("negative seven",
"two point two million barrels", "a million and a half people"), and amounts of money named
by a singular or capitalised currency word ("20 Euro", "one dollar"): sentences written for
these tests, each with a near form that must stay as it is."""

from __future__ import annotations

import pytest

from facts.written_numbers import written_value

from .found import figure_labels as _figures


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("negative seven", -7),
        ("minus five hundred and four", -504),
        ("minus five point five", -5.5),
        ("two point two million", 2_200_000),
        ("a million and a half", 1_500_000),
        ("three million and a half", 3_500_000),
        ("two and a half million", 2_500_000),
        ("minus a million and a half", -1_500_000),
        # unchanged: no scale after the decimals or the part
        ("five point five", 5.5),
        ("forty two and a third", 42 + 1 / 3),
        ("one hundred and five", 105),
    ],
)
def test_written_value(raw: str, value: float) -> None:
    assert written_value(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        ("The reading on the gauge was negative seven.", "figure:-7", "negative seven"),
        (
            "The ledger showed negative five hundred dollars.",
            "figure:-500 USD",
            "negative five hundred dollars",
        ),
        (
            "Output reached two point two million barrels a day.",
            "figure:2200000 barrel/day",
            "two point two million barrels a day",
        ),
        (
            "Nearly a million and a half people fled the region.",
            "figure:1500000 people",
            "a million and a half people",
        ),
        (
            "The loss came to minus three million two hundred thousand.",
            "figure:-3200000",
            "minus three million two hundred thousand",
        ),
        ("Each ticket costs 20 Euro at the door.", "figure:20 EUR", "20 Euro"),
        ("The fine was 500 euro.", "figure:500 EUR", "500 euro"),
        ("A 10 rupee coin was found.", "figure:10 INR", "10 rupee"),
        # a currency word after a number in words takes the same code as a sign would
        (
            "The fund lost two and a half million dollars.",
            "figure:2500000 USD",
            "two and a half million dollars",
        ),
        ("The coin is worth one dollar.", "figure:1 USD", "one dollar"),
    ],
)
def test_signed_scaled_and_currency_words(make_docs, text: str, key: str, label: str) -> None:
    assert _figures(make_docs, text).get(key) == label


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # "negative" as an adjective is no sign
        ("He received five negative reviews.", {"figure:5 review"}),
        ("Some negative reviews came in.", set()),
        # a range with a plural currency word keeps its code
        ("Tickets cost 10-20 dollars each.", {"figure:10-20 USD"}),
    ],
)
def test_unchanged_near_forms(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        (
            "The index rose to ninety nine point nine nine.",
            "figure:99.99",
            "ninety nine point nine nine",
        ),
        ("Bids came in at twenty to thirty.", "figure:20-30", "twenty to thirty"),
        ("The firm sold 4 bln of bonds.", "figure:4000000000", "4 bln"),
        ("Exports reached 7 mln.", "figure:7000000", "7 mln"),
        ("The house sold for 100,000.50.", "figure:100000.5", "100,000.50"),
    ],
)
def test_decimals_ranges_and_scales(make_docs, text: str, key: str, label: str) -> None:
    assert _figures(make_docs, text).get(key) == label


def test_two_number_words_joined_by_and_are_no_range(make_docs) -> None:
    assert "figure:5-6" not in _figures(make_docs, "Rooms five and six were closed.")
