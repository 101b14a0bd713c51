"""A number a document writes as part of a name ("the Boeing 737") is no figure where the
document writes it alone ("regulators grounded the 737"); counts with a noun, names made of
common words ("Route 66", "The 10 best deals") and years stay. Every text is written here."""

from __future__ import annotations

import pytest

from .found import figure_labels


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("The Boeing 737 MAX has 200 seats. Regulators grounded the 737 after two crashes.",
         ["figure:737"], ["figure:200 seat", "figure:2 crash"]),
        ("Boeing unveiled a new Boeing 777. The long-range 777 flies far. It has 350 seats.",
         ["figure:777"], ["figure:350 seat"]),
        ("The shop is at Corso Monforte 15 in Milan. Write to Corso Monforte, 15, Milan.",
         ["figure:15"], []),
    ],
)  # fmt: skip
def test_a_model_number_alone_is_no_figure(make_docs, text: str, gone: list, kept: list) -> None:
    found = figure_labels(make_docs, text)
    assert not set(gone) & set(found)
    assert set(kept) <= set(found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the same digits with a counted noun count something
        ("The Boeing 737 took off. The airline flew 737 passengers that day.",
         ["figure:737 passenger"]),
        # names made of common English words, a function word, a year
        ("Drive along Route 66. It is 66 miles long and 66 is the number.", ["figure:66"]),
        ("The 10 best deals are here, and 10 of them are phones.", ["figure:10"]),
        ("The Paris 2024 games drew crowds; 2024 visitors came on day one.",
         ["figure:2024 visitor"]),
    ],
)  # fmt: skip
def test_numbers_after_other_names_stay(make_docs, text: str, kept: list) -> None:
    assert set(kept) <= set(figure_labels(make_docs, text))
