"""A name the page writes with a model or sequel number after it is a product, no person,
organisation or place (facts.product_names, through facts.facts): sentences written for these
tests."""

from __future__ import annotations

import readers
from facts import facts
from facts.product_names import _model_number


def _names(text: str) -> set[tuple[str, str]]:
    doc = readers.build_document(text, "page")
    return {
        (f.kind, f.label)
        for f in facts([doc]).facts
        if f.kind in ("person", "organisation", "place")
    }


def test_a_name_with_a_sequel_or_model_number_is_a_product_on_its_page() -> None:
    names = _names(
        "Routers that support Wi-Fi 6 are markedly more expensive, Linksys said. "
        "The game Destiny 2 on Stadia runs at a lower resolution. Destiny sold well. "
        "You will also find AirPods 2 with a wireless charging case for $150.\n"
        "Is Wi-Fi 6 worth it? Destiny 2 and AirPods 2 are on sale."
    )
    labels = {label for _, label in names}
    assert not {"Wi-Fi", "Destiny", "AirPods"} & labels
    assert ("organisation", "Linksys") in names


def test_scores_stat_lines_counts_and_full_names_keep_their_names() -> None:
    names = _names(
        "Wild 4, Sabres 1: Zach Parise scored twice for the Wild. Grace Hanks 1 goal.\n"
        "In the late game Atlanta Hawks 106 Chicago Bulls 99 in overtime.\n"
        "Shares of Tesla 3 percent higher lifted the index, said Ryan Hollman 31, of Hope. "
        "Ryan Hollman 31, of Hope, was there."
    )
    labels = {label for _, label in names}
    assert {
        "Wild",
        "Zach Parise",
        "Grace Hanks",
        "Ryan Hollman",
        "Chicago Bulls",
    } <= labels


def test_what_ends_a_model_number_s_phrase() -> None:
    def numbered(text: str, name: str) -> bool:
        return _model_number(text, text.index(name) + len(name))

    assert numbered("Destiny 2 on Stadia", "Destiny")
    assert numbered("routers with Wi-Fi 6 support", "Wi-Fi")
    assert numbered("as I do with Titanfall 2's robot", "Titanfall")
    assert not numbered("M. Waugh c and b Fleming 50", "Fleming")  # a scorecard's runs
    assert not numbered("Motorola 2 seconds behind", "Motorola")
    assert not numbered("Grace Hanks 1 goal", "Grace Hanks")
    assert not numbered("Tesla 3 percent higher", "Tesla")
    assert not numbered("said Ryan Hollman 31, of Hope", "Ryan Hollman")
