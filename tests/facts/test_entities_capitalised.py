"""Names spelled with a capitalised "For", "Of" or "Against" inside a sentence are one
organisation, even when the NER models read only a part of them; headlines, quoted titles,
offices and two names joined by "And" are left as the models read them. Sentences are written
as wire copy is, about real organisations."""

from __future__ import annotations

import pytest

from facts import facts
from facts.entities import running_text


def _names(make_docs, text: str) -> dict[str, str]:
    table = facts(make_docs(text, date="2024-03-04"))
    return {f.label: f.kind for f in table.facts if f.kind in ("person", "organisation", "place")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the models read "Human Rights" only
        ("Lawyers For Human Rights said the ruling in Pretoria would be appealed.",
         "Lawyers For Human Rights"),
        # the models read "Drunk Driving" as a person
        ("Mothers Against Drunk Driving welcomed the new law passed in Texas.",
         "Mothers Against Drunk Driving"),
        # the models read a place only
        ("Doctors For Ukraine sent two trucks of medicine to Kharkiv last week.",
         "Doctors For Ukraine"),
        ("The statement from Lawyers For Justice In Libya was signed by 20 groups.",
         "Lawyers For Justice In Libya"),
    ],
)  # fmt: skip
def test_capitalised_function_word_joins_one_organisation(make_docs, text: str, name: str) -> None:
    names = _names(make_docs, text)
    assert names.get(name) == "organisation", names


def test_a_country_spelled_with_a_capital_of_stays_a_place(make_docs) -> None:
    # the models read "Democratic Republic Of The" and "Congo" apart
    text = "Troops from the Democratic Republic Of The Congo arrived near the border on Monday."
    names = _names(make_docs, text)
    congo = [n for n, kind in names.items() if "Congo" in n and kind == "place"]
    assert len(congo) == 1 and " " in congo[0] and "Of" not in congo[0], names


@pytest.mark.parametrize(
    "text",
    [
        "In Washington And Moscow, officials said the talks had failed.",  # two places
        "He met Secretary Of State Antony Blinken in Paris on Monday.",  # an office
    ],
)
def test_and_or_an_office_does_not_join(make_docs, text: str) -> None:
    names = _names(make_docs, text)
    assert not [n for n in names if " And " in n or " Of " in n], names


def test_title_case_headlines_are_not_running_text() -> None:
    assert not running_text("Doctors For Ukraine Send Medicine To Kharkiv")
    assert not running_text("Lukashenko Concludes Historic Visit to Minsk")
    assert running_text("Doctors For Ukraine sent two trucks of medicine to Kharkiv.")
    assert running_text("Justice Department officials said.")
