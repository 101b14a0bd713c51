"""Decisions over every mention of a name in the corpus, after the NER models and the rules
of each sentence have read it: one kind per name (most of its mentions win: "Cisco said",
"Cisco researcher" are one company), and common words read as names kept only where the
corpus capitalises them inside a sentence ("Hostility has been mounting" is no name); and
over a page: a one-word name after "the" is a family or a team ("the Bidens", "the
Thunder"), and one that opens an organisation's name there is its short name ("Alden" of
"Alden Capital"), and a city a sports report makes a side is that side on its page.
`facts.extract` applies them all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from facts.entities import EntityHit
from facts.lexicon import GAME_WORDS, RESULT_VERBS, STAT_NOUNS, is_title, places
from readers import Document

_KIND_ORDER = {"organisation": 0, "place": 1, "person": 2}
"""Which kind a name read several ways takes on a tie: the models read companies and teams as
people far more often than the reverse."""


def one_kind_per_name(
    targets: list[tuple[str, str] | None], hits: list[tuple[int, int, int, EntityHit]]
) -> list[tuple[str, str] | None]:
    """Each name with the kind most of its mentions get ("Cisco said", "after Cisco issued",
    "Cisco researcher": one company, not a person, a place and an organisation; "the
    Indianapolis Colts" one team); a one-word mention the models read as a person votes for a
    person even where the alias table joins it to a longer name of another kind ("Braun" of
    "Scooter Braun", which both models read as a company once); a titled person ("President
    Obama", "his wife, Kimberly") keeps its kind and votes for it; a kind a cue of its
    sentence set ("scored for Ottawa") is kept and does not vote."""
    votes: dict[str, Counter[str]] = {}
    for target, (*_, h) in zip(targets, hits, strict=True):
        if h.by_cue or target is None:
            continue
        read = target[0]
        if h.kind == "single" and read != "person" and target[1] != h.name:
            read = "person"  # "Braun", read as a person, of "Scooter Braun"
        if not h.titled or read == "person":
            votes.setdefault(target[1], Counter())[read] += 1
    kind = {
        name: min(c, key=lambda k: (-c[k], _KIND_ORDER.get(k, 3)))
        for name, c in votes.items()
        if len(c) > 1
    }
    return [
        (kind[t[1]], t[1]) if t is not None and t[1] in kind and not (h.titled or h.by_cue) else t
        for t, (*_, h) in zip(targets, hits, strict=True)
    ]


def drop_common_openings(
    documents: Sequence[Document], hits: list[tuple[int, int, int, EntityHit]]
) -> list[tuple[int, int, int, EntityHit]]:
    """The hits without common words read as names (`EntityHit.common`: one-word names that
    open their sentence, names in capitals) that no document writes capitalised inside a
    sentence and not before another capitalised word ("Hostility has been mounting"; "Apple
    said" stays where another sentence says "shares of Apple", "ARSENAL" where one says
    "Arsenal won"; "the GROW stage" goes where only "Plan & Grow BIG" has it so)."""
    words = {h.name for *_, h in hits if h.common}
    if not words:
        return hits
    inside = {
        w
        for w in words
        if any(
            _INSIDE_SENTENCE.search(d.text, max(0, m.start() - 20), m.start())
            for d in documents
            for m in re.finditer(
                rf"\b{re.escape(w.title() if w.isupper() else w)}\b(?![ \t]+[A-Z])", d.text
            )
        )
    }
    return [x for x in hits if not x[3].common or x[3].name in inside]


_INSIDE_SENTENCE = re.compile(r"[^\W_][,;:]?[ \t]+$")
"""What comes before a word inside a sentence: a letter or digit (maybe a comma), then space."""


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def teams_and_families(
    texts: Sequence[str], hits: list[tuple[int, int, int, EntityHit]]
) -> list[tuple[int, int, int, EntityHit]]:
    """One-word names right after "the": a family where the word is the plural of a surname
    its page names in full ("the Bidens" where "Joe Biden" is named); a team or a body, no
    one person, where every mention of the word read as a person on its page comes after
    "the" ("the Thunder"; not "the Trump administration" on a page that also says "Trump
    said" or "President Trump"). A title is left alone ("the President")."""

    def after_the(di: int, a: int) -> bool:
        return bool(_THE_BEFORE.search(texts[di], max(0, a - 5), a))

    surnames = {
        (di, h.name.split()[-1])
        for di, _, _, h in hits
        if h.kind == "person" and len(h.name.split()) > 1
    }
    people_elsewhere = {
        (di, h.name)
        for di, a, _, h in hits
        if h.kind in ("single", "person") and not after_the(di, a)
    }
    out = []
    for di, a, b, h in hits:
        if (
            h.kind in ("single", "person", "place")
            and " " not in h.name
            and h.name[:1].isupper()
            and not (h.titled or is_title(h.name))
            and after_the(di, a)
        ):
            base = h.name[:-2] if h.name.endswith("es") else h.name[:-1]
            if h.name.endswith("s") and ((di, base) in surnames or (di, h.name[:-1]) in surnames):
                h = replace(h, kind="person")  # "the Bidens"
            elif (
                h.kind != "place"
                and (di, h.name) not in surnames
                and (di, h.name) not in people_elsewhere
            ):
                h = replace(h, kind="organisation")  # "the Thunder"
        out.append((di, a, b, h))
    return out


def organisations_by_first_word(
    hits: list[tuple[int, int, int, EntityHit]],
) -> list[tuple[int, int, int, EntityHit]]:
    """One-word names read as people that open the name of an organisation on the same page,
    where no person there carries the word, are that organisation's short name ("Alden" where
    "Alden Capital" is named, "Goldman" for "Goldman Sachs"); a titled name stays a person."""
    openings = {
        (di, h.name.split()[0])
        for di, _, _, h in hits
        if h.kind == "organisation" and len(h.name.split()) > 1 and h.name[:1].isupper()
    }
    carried = {
        (di, word)
        for di, _, _, h in hits
        if h.kind == "person" and len(h.name.split()) > 1
        for word in h.name.split()
    }
    return [
        (di, a, b, replace(h, kind="organisation"))
        if h.kind in ("single", "person")
        and " " not in h.name
        and not h.titled
        and (di, h.name) in openings
        and (di, h.name) not in carried
        else (di, a, b, h)
        for di, a, b, h in hits
    ]


_SIDE_ACTS = re.compile(
    r"\s+(?!(?:and|or|of|in|at|on|to|for|with|from|by|as|is|was|has|had)\b)(?:[a-z]+n[’']t\s+)?"
    r"(?:quite\s+|again\s+|still\s+|never\s+)?(?P<verb>[a-z]+)\b"
)
"""A name in subject position: a verb, maybe negated, right after it ("Oklahoma City
couldn't score again"; not "Detroit and Dallas")."""


def cities_as_teams(
    texts: Sequence[str], hits: list[tuple[int, int, int, EntityHit]]
) -> list[tuple[int, int, int, EntityHit]]:
    """A city or region that a sports report's syntax makes a side somewhere on its page
    (`name_cues.team_by_its_city`: "Oklahoma City coach Billy Donovan") is that team where
    the page reads the same name as a place before a verb of the game ("Oklahoma City
    couldn't score again", "Oklahoma City couldn't quite catch up"); "meet again in Oklahoma
    City", "flew over Detroit and Dallas" stay the cities."""
    teams = {
        (di, h.name)
        for di, _, _, h in hits
        if h.by_cue
        and h.kind == "organisation"
        and getattr(places().get(h.name), "kind", "") in ("city", "region")
    }
    game = GAME_WORDS | RESULT_VERBS | STAT_NOUNS

    def plays(di: int, b: int) -> bool:
        m = _SIDE_ACTS.match(texts[di], b)
        return m is not None and m["verb"] in game

    return [
        (di, a, b, replace(h, kind="organisation", by_cue=True))
        if h.kind == "place" and (di, h.name) in teams and plays(di, b)
        else (di, a, b, h)
        for di, a, b, h in hits
    ]
