"""Figures written with scale letters, decimal commas, leading decimal points, signs,
fractions of a unit, parts in words, sizes and ages: cases of the `dev` halves of
tests/data/facts_numbers.json (Recognizers-Text English number and age specs, MIT) and
tests/data/facts_quantities.json (quantulum3, MIT), and sentences written for these tests in
the forms news uses ("3.5m people", "$50K", "€2,5 million", "8 1/2%", "1920x1080")."""

from __future__ import annotations

import pytest

from .found import figure_labels as _figures


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # Recognizers-Text NumberModel, dev half
        (".23456000", {"figure:0.23456"}),
        ("10k", {"figure:10000"}),
        ("five and a quarter", {"figure:5.25"}),
        ("-4/5", {"figure:-0.8"}),
        # Recognizers-Text AgeModel, dev half: "age 87" is not a date
        (
            "The patient is a man of age 87 with history of hypertension, GERD, and chronic "
            "phase CML.",
            {"figure:87"},
        ),
        # quantulum3, dev half: a scale letter before what is counted
        ("32K word magnetic core memory board", {"figure:32000 word"}),
        # written for these tests
        ("Some 3.5m people live in the region.", {"figure:3500000 people"}),
        ("The firm cut 1.5mn jobs.", {"figure:1500000 job"}),
        ("He paid 32K for it.", {"figure:32000"}),
        ("She earns a $50K salary.", {"figure:50000 USD"}),
        ("The fund lost €2,5 million last year.", {"figure:2500000 EUR"}),
        ("The census counted 1.234.567 according to officials.", {"figure:1234567"}),
        ("He signed a £5 million-a-year contract.", {"figure:5000000 GBP/year"}),
        ("Rates fell to .25 percent.", {"figure:0.25%"}),
        ("The index fell to -3.2%.", {"figure:-3.2%"}),
        ("Prices rose 1 1/2 percent.", {"figure:1.5%"}),
        ("It was a 30-percent rise.", {"figure:30% rise"}),
        ("They gave 100 percents.", {"figure:100%"}),
        ("Tickets cost 10 to 20 dollars.", {"figure:10-20 USD"}),  # as "10-20 dollars"
        ("The notes pay 7 3/4% interest.", {"figure:7.75% interest"}),
        ("Its share grew by three hundred and eighty percent.", {"figure:380%"}),
        ("The stock rose $1 1/4 to $30 3/8.", {"figure:1.25 USD", "figure:30.375 USD"}),
        ("He counted 3 hundred and 21 sheep.", {"figure:321 sheep"}),
        ("It weighs five and a quarter pounds.", {"figure:5.25 pound"}),
        ("The screen has 1920x1080 pixels.", {"figure:1920x1080 pixel"}),
        ("The room is 3 x 4 metres.", {"figure:3x4 metre"}),
        ("He died at age 87.", {"figure:87"}),
        ("Children aged 5 to 11 can get the vaccine.", {"figure:5-11"}),
    ],
)
def test_scales_signs_and_fractions(make_docs, text: str, keys: set[str]) -> None:
    assert set(_figures(make_docs, text)) == keys


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The jump was a 10m drop.", "figure:10000000 drop"),  # ten metres
        ("She swam the 400m freestyle.", "figure:400000000 freestyle"),
        ("The Stone Age 2 exhibit opened.", "figure:2"),  # a name, not an age
        ("It holds 5 x 10^3 cells.", "figure:5x10 cell"),  # scientific notation
        ("The Men's 4x100 relay final.", "figure:4x100 relay"),  # the name of a race
        ("The shop is open 24/7.", "figure:3.42857"),
        ("After 9/11 travel changed.", "figure:0.818182"),
    ],
)
def test_scale_letters_and_sizes_that_are_not(make_docs, text: str, absent: str) -> None:
    assert absent not in _figures(make_docs, text)
