"""One kind per name: each mention votes with the kind it is read as; a one-word mention the
models read as a person votes for a person even where the alias table joins it to a longer
name typed otherwise ("Braun" of "Scooter Braun")."""

from __future__ import annotations

from facts.entities import EntityHit
from facts.name_votes import one_kind_per_name


def _hit(kind: str, name: str, other: str = "") -> tuple[int, int, int, EntityHit]:
    return (0, 0, len(name), EntityHit(kind, name, 0, len(name), other=other))


def test_a_surname_read_as_a_person_votes_for_a_person_against_its_full_name() -> None:
    full = ("organisation", "Scooter Braun")  # both models read the full name as a company
    hits = [
        _hit("organisation", "Scooter Braun"),
        _hit("single", "Braun"),
        _hit("single", "Braun", other="organisation"),
        _hit("organisation", "Braun"),
        _hit("single", "Braun"),
    ]
    got = one_kind_per_name([full] * len(hits), hits)
    assert got == [("person", "Scooter Braun")] * len(hits)


def test_the_name_itself_read_as_a_person_keeps_the_company_s_vote() -> None:
    # "Airbus" alone, which the alias table made the company: the same word, no alias of a
    # longer name, so its mentions vote as the table reads them
    target = ("organisation", "Airbus")
    hits = [
        _hit("organisation", "Airbus"),
        _hit("single", "Airbus", other="organisation"),
        _hit("single", "Airbus", other="organisation"),
    ]
    got = one_kind_per_name([target] * len(hits), hits)
    assert got == [target] * len(hits)
