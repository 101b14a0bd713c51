"""Figure conflicts only for one fact slot: the same role, holder and occasion, no update over
time, no number cut from another; and the confidence that weighs the evidence. Each rule has
a case it must leave alone and one it must still flag. Sentences written here."""

from __future__ import annotations

from collections.abc import Callable

import readers
from facts import facts
from facts.conflict_slots import MIN_CONFIDENCE, SlotEvidence, confidence, is_cut, is_update, role

MakeDocs = Callable[..., list[readers.Document]]


def _figures(docs: list[readers.Document]) -> list[tuple[str, ...]]:
    return [tuple(f.label for f in c.facts) for c in facts(docs).conflicts if c.kind == "figure"]


def test_role_is_read_in_the_figure_clause() -> None:
    text = "The crash killed 12 people and injured 30 others, police said."
    assert role(text, text.index("12"), text.index("12") + 9) == "dead"
    assert role(text, text.index("30"), text.index("30") + 9) == "injured"
    passive = "Police said 14 people were taken to hospital after the crash."
    assert role(passive, passive.index("14"), passive.index("14") + 9) == "injured"
    assert role("The bridge is 40 metres long.", 14, 23) == ""


def test_different_roles_are_different_slots(make_docs: MakeDocs) -> None:
    killed = "Police said 12 people were killed in the bus crash on the coast road."
    injured = "Police said 30 people were injured in the bus crash on the coast road."
    assert _figures(make_docs(killed, injured)) == []
    more_killed = "Police said 18 people were killed in the bus crash on the coast road."
    assert _figures(make_docs(killed, more_killed)) == [("12 people", "18 people")]


def test_a_count_takes_the_role_of_its_own_clause(make_docs: MakeDocs) -> None:
    both = "The bus crash on the coast road killed 12 people and injured 30, police said."
    killed = "The bus crash on the coast road killed 18 people, police said."
    assert _figures(make_docs(both, killed)) == [("12 people", "18 people")]
    hurt = "The bus crash on the coast road injured 18 people, police said."
    assert _figures(make_docs(both, hurt)) == []


def test_an_update_is_not_a_disagreement(make_docs: MakeDocs) -> None:
    assert is_update("The death toll rose to 40 on Tuesday.", 23, 25)
    assert not is_update("Officials said 40 people died on Tuesday.", 15, 17)
    rose = "The death toll from the floods in the north rose to 40 people, officials said."
    died = "Officials said 32 people died in the floods in the north."
    assert _figures(make_docs(rose, died)) == []
    plain = "Officials said 40 people died in the floods in the north."
    assert _figures(make_docs(plain, died)) == [("40 people", "32 people")]
    dated = "In 2024, 40 people died in the floods in the north, officials said."
    assert _figures(make_docs(dated, died)) == [("40 people", "32 people")]


def _dated(text: str, name: str, date: str) -> readers.Document:
    return readers.build_document(text, name, outlet=name, date=date)


def test_a_later_article_giving_a_higher_toll_updates_it() -> None:
    early = "Officials said 32 people died in the floods in the north of the country."
    late = "Officials said 40 people died in the floods in the north of the country."
    updated = [_dated(early, "a.txt", "2024-05-01"), _dated(late, "b.txt", "2024-05-03")]
    assert _figures(updated) == []
    # Lower in the later article, or both of one day: the articles disagree.
    lowered = [_dated(early, "a.txt", "2024-05-03"), _dated(late, "b.txt", "2024-05-01")]
    assert _figures(lowered) == [("32 people", "40 people")]
    same_day = [_dated(early, "a.txt", "2024-05-01"), _dated(late, "b.txt", "2024-05-01")]
    assert _figures(same_day) == [("32 people", "40 people")]


def test_a_number_cut_by_a_space_states_nothing(make_docs: MakeDocs) -> None:
    assert is_cut("at a depth of 10 kilometres (6. ", "2 miles")
    assert is_cut("a record 4, ", "183 yards")
    assert not is_cut("at a depth of 10 kilometres (", "6.2 miles")
    assert not is_cut("In 2004, ", "230,000 people")
    assert not is_cut("On March 5, ", "40 people")
    assert not is_cut("On March 15, ", "200 people")
    assert not is_cut("On Dec. 15, ", "200 people")
    assert not is_cut("a record 4, ", "18 yards")
    cut = "The quake struck at a depth of 10 kilometres (6. 2 miles) below the town, they said."
    six = "The quake struck at a depth of six miles below the town, they said."
    assert _figures(make_docs(cut, six)) == []
    four = "The quake struck at a depth of four miles below the town, they said."
    assert _figures(make_docs(four, six)) == [("four miles", "six miles")]


def test_sentences_of_different_occasions_are_not_compared(make_docs: MakeDocs) -> None:
    # The touchdowns (two against six) show a game's and a season's statistics.
    game = "He finished with 201 yards and two touchdowns and caught 29 passes on Sunday."
    season = (
        "Over the year he had 302 yards and six touchdowns on 147 carries and caught 39 passes."
    )
    assert _figures(make_docs(game, season)) == []
    alike = "Over the year he had 201 yards and two touchdowns on 147 carries and caught 39 passes."
    assert _figures(make_docs(game, alike)) == [("29 passes", "39 passes")]


def test_counts_of_different_people_are_different_slots(make_docs: MakeDocs) -> None:
    clark = "Earl Clark finished the home win on Sunday night with 25 points."
    scheyer = "Jon Scheyer finished the home win on Sunday night with 22 points."
    assert _figures(make_docs(clark, scheyer)) == []
    also_clark = "Earl Clark finished the home win on Sunday night with 22 points."
    assert _figures(make_docs(clark, also_clark)) == [("25 points", "22 points")]


def test_confidence_weighs_the_evidence() -> None:
    none = SlotEvidence(
        single_valued=False,
        shared_predicate=False,
        same_role=False,
        shared_holder=False,
        other_holders=False,
        other_places=False,
        context=0.0,
        close_values=0.0,
        other_figures_differ=False,
        busy=False,
    )
    assert confidence(none) == 0
    # Sentences that share words, alone, do not make a conflict.
    assert confidence(none._replace(context=1.0)) < MIN_CONFIDENCE
    # The same role (a toll) with close values does, even when other sources are named.
    toll = none._replace(same_role=True, close_values=1.0, context=0.3, other_holders=True)
    assert confidence(toll) >= MIN_CONFIDENCE
    # Other holders count against a count with no role.
    stat = none._replace(single_valued=True, shared_predicate=True, context=0.5)
    assert confidence(stat) >= MIN_CONFIDENCE
    assert confidence(stat._replace(other_holders=True)) < MIN_CONFIDENCE
    assert confidence(stat._replace(other_figures_differ=True)) < MIN_CONFIDENCE


def test_what_is_said_of_a_figure_must_match(make_docs: MakeDocs) -> None:
    earned = "The company earned $4 billion last year."
    paid = "The company paid $3 billion for the startup in March."
    assert _figures(make_docs(earned, paid)) == []
    also_earned = "The company earned $3 billion last year, its report shows."
    assert _figures(make_docs(earned, also_earned)) == [("$4 billion", "$3 billion")]


def test_differently_worded_reports_of_one_count_still_disagree(make_docs: MakeDocs) -> None:
    left = "The storm left 250,000 homes without power across the state on Tuesday."
    still = "Utility officials said 180,000 homes were still without power on Tuesday night."
    assert _figures(make_docs(left, still)) == [("250,000 homes", "180,000 homes")]
    killed = (
        "The earthquake killed 120 people in the mountain villages, the interior ministry said."
    )
    rescue = "Rescue workers said the earthquake had killed 95 people in the villages."
    assert _figures(make_docs(killed, rescue)) == [("120 people", "95 people")]


def test_destroyed_and_saved_are_different_roles(make_docs: MakeDocs) -> None:
    destroyed = "The fire destroyed 40 homes in the valley on Monday."
    saved = "Firefighters saved 60 homes in the valley on Monday."
    assert _figures(make_docs(destroyed, saved)) == []
    burned = "The fire burned 60 homes in the valley on Monday, firefighters said."
    assert _figures(make_docs(destroyed, burned)) == [("40 homes", "60 homes")]


def test_tolls_of_different_places_are_different_slots(make_docs: MakeDocs) -> None:
    houston = "Five people died in Houston when the storm hit the city on Sunday, police said."
    dallas = "Twelve people were killed in Dallas when the storm hit the city on Sunday."
    assert _figures(make_docs(houston, dallas)) == []
    also_houston = "Twelve people were killed in Houston when the storm hit the city on Sunday."
    assert _figures(make_docs(houston, also_houston)) == [("Five people", "Twelve people")]
