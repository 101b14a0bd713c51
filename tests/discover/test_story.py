"""Story-level pieces: document features, pair scores with name conflicts, average link."""

from __future__ import annotations

import pytest

from discover.cluster import average_link
from discover.features import document_features, figure_key, is_meta
from discover.story import StoryIndex, make_profile


@pytest.mark.parametrize(
    "line",
    [
        "3 July 2013 Last updated at 13:38 GMT",
        "May 03, 2013",
        "By Jane Doe, staff writer",
        "Posted on January 5, 2011, 3:37 PM EDT",
        "Tuesday 28 April 2009 22.34 BST",
    ],
)
def test_datelines_bylines_and_time_stamps_are_meta(line: str) -> None:
    assert is_meta(line)


def test_news_sentences_are_not_meta() -> None:
    assert not is_meta("Jamal Williams was arrested on suspicion of drunk driving on Sunday.")
    assert not is_meta("Four armed robbers made off with $137 million of diamonds.")


def test_features_keep_names_figures_and_years_but_not_datelines() -> None:
    f = document_features(
        [
            "3 July 2013 Last updated at 13:38 GMT",
            "San Diego Chargers defensive tackle Jamal Williams was arrested in 2009.",
            "Police said he paid 8,665 dollars, and President Obama said nothing.",
        ]
    )
    assert {"diego", "chargers", "jamal", "williams", "obama"} <= set(f.names)
    assert "president" not in f.names and "police" not in f.names  # title; sentence start
    assert f.figures == {"8665"}
    assert f.years == {"2009": 1}  # the dateline's 2013 is not a fact of the story...
    assert "gmt" not in f.terms and "updated" not in f.terms  # ...nor are its words
    assert f.surface["williams"] == "Williams"


def test_figure_keys() -> None:
    assert figure_key("8,665") == "8665"
    assert figure_key("$1.50") == "1.5"
    assert figure_key("2013") is None


def _profiles(texts: list[list[str]]) -> list:  # type: ignore[type-arg]
    return [make_profile(document_features(t)) for t in texts]


ARREST = "{who} of the San Diego Chargers was arrested on suspicion of drunk driving near {where}."
TEAM = "The Chargers said the {who} arrest was disappointing and the team would review it."


def test_names_that_disagree_lower_the_score() -> None:
    texts = [
        [
            ARREST.format(who="Vincent Jackson", where="Qualcomm Stadium"),
            TEAM.format(who="Jackson"),
        ],
        [
            ARREST.format(who="Vincent Jackson", where="Qualcomm Stadium"),
            TEAM.format(who="Jackson"),
        ],
        [ARREST.format(who="Jamal Williams", where="Mission Valley"), TEAM.format(who="Williams")],
        ["The orchestra of Vienna played Mozart in the Musikverein for three hours."],
    ] + [[f"Unrelated report number {k} about Paris weather and Lyon trains."] for k in range(6)]
    index = StoryIndex(_profiles(texts))
    scores = index.score([(0, 1), (0, 2), (0, 3)])
    same, other, unrelated = scores.score.tolist()
    assert scores.conflicts.tolist()[:2] == [0, 2]  # Jackson/Williams, the place
    assert same > other > unrelated
    assert other < 0.5 * same


def test_candidates_come_from_shared_rare_keys_not_common_ones() -> None:
    texts = [
        [f"Ministers of Ruritania met in Zenda on trade. Item {k} of Brussels."] for k in range(3)
    ]
    texts += [
        [f"Unrelated piece {k} on Lisbon trams and Porto wine and Faro beaches."] for k in range(3)
    ]
    index = StoryIndex(_profiles(texts))
    pairs = index.candidates(max_bucket=100)
    assert {(0, 1), (0, 2), (1, 2)} <= pairs
    assert not any(a < 3 <= b for a, b in pairs)
    assert index.candidates(max_bucket=1) == set()  # every key is held by too many


def test_average_link_needs_support_not_one_link() -> None:
    # Two tight triangles and one fairly strong pair between them: connected components of
    # the links above 0.3 would make one group of six; average link keeps two.
    tri = [(0, 1, 0.9), (0, 2, 0.8), (1, 2, 0.85), (3, 4, 0.9), (3, 5, 0.8), (4, 5, 0.85)]
    groups = average_link(6, [*tri, (2, 3, 0.6)], threshold=0.3)
    assert groups == [[0, 1, 2], [3, 4, 5]]
    # With enough links between them they do merge.
    across = [(a, b, 0.7) for a in range(3) for b in range(3, 6)]
    assert average_link(6, tri + across, threshold=0.3) == [[0, 1, 2, 3, 4, 5]]


def test_cohesion_keeps_two_tight_groups_apart() -> None:
    tri = [(0, 1, 0.9), (0, 2, 0.8), (1, 2, 0.85), (3, 4, 0.9), (3, 5, 0.8), (4, 5, 0.85)]
    across = [(a, b, 0.4) for a in range(3) for b in range(3, 6)]
    assert average_link(6, tri + across, threshold=0.3) == [[0, 1, 2, 3, 4, 5]]
    assert average_link(6, tri + across, threshold=0.3, cohesion=0.6) == [[0, 1, 2], [3, 4, 5]]
    # A loose single document still joins a tight group when it is close enough on average.
    lone = [(6, k, 0.35) for k in range(3)]
    assert [0, 1, 2, 6] in average_link(7, tri + lone, threshold=0.3, cohesion=0.6)
