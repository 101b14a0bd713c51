"""Numbers that point at something rather than count it: footnote marks, "#1", the volume
and pages of a reference, versions and revisions, "one day" said for some day, and ordinals
that place something in a sequence. Sentences quoted from English readability and trafilatura
test pages (Apache-2.0) that tests/data/facts_newspages.json does not use (the precision audit
of tools/facts_audit.py, tests/data/facts_audit.json), and sentences written here; each also
holds a figure that must still be found."""

from __future__ import annotations

import pytest

from facts import facts


def _figure_texts(make_docs, text: str) -> set[str]:
    table = facts(make_docs(text, date="2020-01-15"))
    return {m.text for f in table.facts if f.kind == "figure" for m in f.mentions}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # footnote marks and "#"
        ("Eich previously donated US$1,000[23] in 2008 in support of the proposition.[24]",
         {"US$1,000"}),
        ("One day later, Jamie Zawinski from Netscape registered mozilla.org.[4]", set()),
        ("Warning #1: this one might make your browser chug, so close your other tabs.", set()),
        # references: volume (issue): pages, volume, pages (year), pp.
        ("Nature 574, 16-17 (2019)", set()),
        ("Journal of Physics 25 (5): 615–620, a study of 40 patients.", {"40 patients"}),
        ("See pp. 188–203 for the 12 cases.", {"12 cases"}),
        ("(See Fig. 1 above.)", set()),
        # versions and revisions
        ("Python 3.5 was released in September 2015, 7 years of work after Python 3.0 was "
         "released in December 2008.", {"7 years"}),
        # a length opening a clause before "after" and an event is a point, the dates'
        ("Python 3.5 was released in September 2015, almost 7 years after Python 3.0 was "
         "released in December 2008.", set()),
        ("With the benefit of hindsight, having been a key player in the Python 3 porting "
         "effort, I spent 10 years on it.", {"10 years"}),
        ("Other changes related to the blueprint library will follow soon after 0.17.0.", set()),
        ("Firefox expects to ship this in version 39 along with the rest of Fetch.", set()),
        ("formerly bumped changeset 4:fe88 now hidden, and 3 files changed", {"3 files"}),
        # thousands with dots are still numbers
        ("The census counted 1.234.567 people.", {"1.234.567 people"}),
        # "#" before an amount with a scale is the pound sign of old wire copy
        ("Sales fell 20% to #722 million.", {"20%", "722 million"}),
        # a function word opening the sentence is no product name
        ("All three finished in 51 minutes.", {"three", "51 minutes"}),
    ],
)  # fmt: skip
def test_reference_marks_and_versions_are_not_figures(make_docs, text, figures) -> None:
    assert _figure_texts(make_docs, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("One day, he said, the company would be worth $2 billion.", {"$2 billion"}),
        ("She hopes to one day return to the village where 300 families live.",
         {"300 families"}),
        ("The strike lasted one day and closed 40 schools.", {"one day", "40 schools"}),
        ("The vote came one day after 12 lawmakers resigned.", {"one day", "12 lawmakers"}),
    ],
)  # fmt: skip
def test_one_day_for_some_day_is_not_an_amount(make_docs, text, figures) -> None:
    assert _figure_texts(make_docs, text) == figures


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("It was my second webcast and I chose to use the same format for both.", None),
        ("You can pass an options object as a second argument to the constructor.", None),
        ("That's why you just need to run this second command to transform your raw file.",
         None),
        ("She became the second woman to lead the party.", "second woman"),
        ("It was the first film in a foreign language to win the top prize.", "first film"),
        ("It was his first visit since the coup.", "first visit"),
        ("The project recently made its first update to be designated a long-term release.",
         "first update"),
        # before a plural, an ordinal opens a series: no rank
        ("The first cases came to light last week, health officials said.", None),
        ("It was one of the first visits by a Western leader.", "first visits"),
    ],
)  # fmt: skip
def test_ordinals_in_a_sequence_are_not_figures(make_docs, text, ordinal) -> None:
    table = facts(make_docs(text))
    found = {m.text for f in table.facts if f.key.startswith("figure:#") for m in f.mentions}
    assert found == ({ordinal} if ordinal else set())
