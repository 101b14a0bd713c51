"""Amounts in currencies named by their ISO 4217 names or written with a "$" prefix of
Recognizers-Text's list (facts/data/currencies.tsv): "50 billion won" is KRW, "NT$300" TWD; and
the same words where they name no money ("the 1,000 mark", "3 won and 2 lost"). Sentences
written for the test."""

from __future__ import annotations

import pytest

from facts import facts
from facts.figure_currencies import currency_signs


def _figures(make_docs, text: str) -> list[tuple[str, str]]:
    table = facts(make_docs(text, date="2024-05-01"))
    return sorted((m.text, f.key) for f in table.facts if f.kind == "figure" for m in f.mentions)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Samsung earned 50 billion won in the quarter.",
            [("50 billion won", "figure:50000000000 KRW")],
        ),
        (
            "The state paid 2 million naira to the firm.",
            [("2 million naira", "figure:2000000 NGN")],
        ),
        (
            "The deal was worth 300 million ringgit.",
            [("300 million ringgit", "figure:300000000 MYR")],
        ),
        ("Tickets cost 40,000 rupiah each.", [("40,000 rupiah", "figure:40000 IDR")]),
        ("Tickets cost NT$300.", [("NT$300", "figure:300 TWD")]),
        ("Tickets cost B$30 and J$500.", [("B$30", "figure:30 BND"), ("J$500", "figure:500 JMD")]),
    ],
)
def test_named_currencies(make_docs, text: str, found: list[tuple[str, str]]) -> None:
    assert _figures(make_docs, text) == found


@pytest.mark.parametrize(
    ("text", "not_money"),
    [
        ("The index passed the 1,000 mark on Friday.", "1,000 mark"),
        ("About 2 million colon cancer patients were screened.", "2 million colon"),
        ("The team has 3 won and 2 lost.", "3 won"),
    ],
)
def test_currency_names_that_are_other_words(make_docs, text: str, not_money: str) -> None:
    keys = [key for mention, key in _figures(make_docs, text) if mention.startswith(not_money)]
    assert not any(k.endswith((" BAM", " KRW", " CRC")) for k in keys)
    assert all(" colon" not in k for k in keys)


def test_currency_table_is_read_from_the_data_file() -> None:
    signs = currency_signs()
    assert signs["NT$"] == "TWD" and signs["HK$"] == "HKD"


@pytest.mark.parametrize(
    ("sign_text", "name_text"),
    [
        ("Samsung earned ₩50bn in the quarter.", "Samsung earned 50 billion won in the quarter."),
        ("The state paid ₦2 million to the firm.", "The state paid 2 million naira to the firm."),
    ],
)
def test_a_sign_and_a_name_give_one_currency(make_docs, sign_text: str, name_text: str) -> None:
    """Two articles writing the same amount with the sign and with the name state one fact."""
    [(_, sign_key)] = _figures(make_docs, sign_text)
    [(_, name_key)] = _figures(make_docs, name_text)
    assert sign_key == name_key
