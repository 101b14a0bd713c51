"""Quotes: curly, straight and single marks, speakers, and quotes worded differently."""

from __future__ import annotations

from facts import facts


def _quotes(table):  # type: ignore[no-untyped-def]
    return {f.label: f.normalized for f in table.facts if f.kind == "quote"}


def test_quote_marks_and_speakers(make_docs) -> None:
    table = facts(
        make_docs(
            "“We need such reliable partners,” Foreign Minister Maxim Ryzhenkov said. "
            'Opposition leader Chaiwat Pongsiri called the plan "too little, too late". '
            "Critics call him 'Europe's last dictator,' and worse."
        )
    )
    quotes = _quotes(table)
    assert quotes["We need such reliable partners"]["speaker"] == "Maxim Ryzhenkov"
    assert quotes["too little, too late"]["speaker"] == "Chaiwat Pongsiri"
    assert "Europe's last dictator" in quotes


def test_pronoun_speaker_resolves_to_the_person_named_before(seed_table) -> None:
    fact = seed_table.get("quote:no topics are off limits for our cooperation")
    assert fact is not None and fact.normalized["speaker"] == "Maxim Ryzhenkov"


def test_unclosed_quote_stops_before_its_attribution(seed_table) -> None:
    fact = next(
        f for f in seed_table.facts_in(1) if f.kind == "quote" and "We in Belarus" in f.label
    )
    assert fact.label.endswith("according to our president")
    assert "Ryzhenkov" not in fact.label


def test_quote_extended_by_another_article_is_not_a_conflict(make_docs) -> None:
    table = facts(
        make_docs(
            "“No decision has been taken,” Minister Ana Lopes said.",
            "“No decision has been taken, and none will be before the vote,” Lopes said.",
        )
    )
    assert table.conflicts == []
    short = table.get("quote:no decision has been taken")
    assert short is not None
    assert short.normalized["quoted_at_different_length"] == [
        "quote:no decision has been taken and none will be before the vote"
    ]


def test_same_quote_in_two_articles_agrees(make_docs) -> None:
    table = facts(
        make_docs(
            "“We cannot wait for the next disaster,” Srettha said.",
            '"We cannot wait for the next disaster," the prime minister told reporters.',
        )
    )
    fact = table.get("quote:we cannot wait for the next disaster")
    assert fact is not None and fact.docs == (0, 1)
    assert table.conflicts == []


def test_reworded_quote_conflicts(make_docs) -> None:
    table = facts(
        make_docs(
            "“We cannot wait for the next disaster,” Srettha said.",
            "“We cannot wait for another disaster,” Srettha said.",
        )
    )
    assert [c.kind for c in table.conflicts] == ["quote"]
