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


def test_seed_quote_worded_differently_is_a_conflict(seed_table) -> None:
    (conflict,) = [c for c in seed_table.conflicts if c.kind == "quote"]
    assert conflict.docs == (0, 1)
    assert conflict.subject == "Maxim Ryzhenkov"
    assert conflict.facts[0].label == "No topics are off limits for our cooperation"
    assert "according to our president" in conflict.facts[1].label


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
