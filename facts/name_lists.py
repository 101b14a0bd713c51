"""Names listed together, which share a kind.

The news model, trained on 1996 newswire, reads many company names it never saw as people
("Lockheed Martin", "Twitter", "Gannett"). Where such a name stands in a plain list of three or
more names with an organisation ("Draper, Lockheed Martin, and Northrop Grumman"; "Facebook,
Twitter and Instagram") or in a list after a plural noun of organisations and
"such as", "like" or "including" ("companies such as Gannett"), it is an organisation in every
mention of its page. Only a person's name that no given name opens and that carries no
person's surname of the corpus is moved ("Buffett and Berkshire Hathaway" keeps its person
where "Warren Buffett" is named; "Sarah Smith and Reuters" keeps hers), and only a place that
no list knows ("companies such as Alibaba"; not "Peru").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from facts.entities import EntityHit
from facts.lexicon import is_person_opening, org_nouns, singular
from facts.place_cues import listed

Hit = tuple[int, int, int, EntityHit]

_BETWEEN = re.compile(r",[ \t]*|,?[ \t]+(?:and|or)[ \t]+|,[ \t]*(?:and|or)[ \t]+")
"""What stands between two names of one list: a comma, "and" or "or"."""
_KINDS_BEFORE = re.compile(r"\b(?P<n>[a-z]+)[ \t]+(?:such[ \t]+as|like|including)[ \t]+$")
"""A plural noun and "such as", "like" or "including" before a list ("companies such as")."""


def _lists(texts: Sequence[str], hits: list[Hit]) -> list[list[int]]:
    """Indices into `hits` of each run of three or more names with only a list's separators
    between them ("X and Y" may join two clauses: "six RBI and Donne Wall fired"), and of
    runs after a noun of organisations and "such as"."""
    order = sorted(range(len(hits)), key=lambda i: (hits[i][0], hits[i][1]))
    runs: list[list[int]] = []
    for i in order:
        di, a, _, _ = hits[i]
        if runs:
            pdi, _, pb, _ = hits[runs[-1][-1]]
            if pdi == di and pb <= a and _BETWEEN.fullmatch(texts[di], pb, a):
                runs[-1].append(i)
                continue
        runs.append([i])
    return [run for run in runs if len(run) > 2 or _after_kinds(texts, hits[run[0]])]


def _after_kinds(texts: Sequence[str], hit: Hit) -> bool:
    """True when a plural noun of organisations and "such as" come right before the hit."""
    di, a, _, _ = hit
    m = _KINDS_BEFORE.search(texts[di], max(0, a - 40), a)
    if m is None or not m["n"].endswith("s"):
        return False
    return singular(m["n"]) in org_nouns()


def _movable(h: EntityHit, surnames: set[str]) -> bool:
    """True for a name the models may have misread as a person or place: no title, no cue of
    its sentence, no given name opening it, no surname of a person of the corpus in it, or a
    place no list knows."""
    if h.titled or h.by_cue or h.common:
        return False
    if h.kind == "place":
        return not listed(h.name)
    if h.kind not in ("person", "single"):
        return False
    words = h.name.split()
    return not is_person_opening(words[0]) and not surnames.intersection(words)


def organisations_listed_together(texts: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits with every mention of a misread name made an organisation on its page where
    one mention is listed with an organisation, or after "companies such as"."""
    surnames = {
        w
        for *_, h in hits
        if h.kind == "person" and " " in h.name and is_person_opening(h.name.split()[0])
        for w in h.name.split()[1:]
    }
    moved: set[tuple[int, str]] = set()
    for run in _lists(texts, hits):
        members = [hits[i] for i in run]
        cued = _after_kinds(texts, members[0])
        if not cued and not any(h.kind == "organisation" for *_, h in members):
            continue
        if not cued and any(
            h.kind != "organisation" and not _movable(h, surnames) for *_, h in members
        ):
            continue  # "Apple and Tim Cook", "Google, Mountain View and Peru"
        moved.update((di, h.name) for di, _, _, h in members if _movable(h, surnames))
    return [
        (di, a, b, replace(h, kind="organisation"))
        if (di, h.name) in moved and h.kind in ("person", "single", "place") and not h.titled
        else (di, a, b, h)
        for di, a, b, h in hits
    ]
