"""Days of one month listed after it ("Oct. 10, 11 and 12") are days, not a two-digit year."""

from __future__ import annotations

import pytest

import readers
from facts import facts


def _dates(text: str) -> list[tuple[str, str]]:
    doc = readers.build_document(text, "page", date="2019-09-01")
    table = facts([doc])
    return [(m.text, f.key) for f in table.facts if f.kind == "date" for m in f.mentions]


@pytest.mark.parametrize(
    "text",
    ["The festival runs Oct. 10, 11 and 12 in the old town.", "The museum closed Oct. 10, 11."],
)
def test_listed_days_are_not_a_year(text: str) -> None:
    dates = _dates(text)
    assert ("Oct. 10", "date:2019-10-10") in dates
    assert not any("2011" in key for _, key in dates)


def test_a_four_digit_year_after_the_day_stays() -> None:
    assert ("Oct. 10, 2019", "date:2019-10-10") in _dates("The vote was held on Oct. 10, 2019.")
