"""Whether two statements of a figure fill the same fact slot, and how sure a conflict is.

A figure conflict needs two articles to state values for one slot: the same counted thing
(the noun, `facts.table`), in the same role ("50 people killed" and "70 people injured" count
different things), held by the same person or organisation, at the same time, with values
that their precision cannot reconcile (`facts.agreement`). This module reads the parts of a
slot that the words around a figure give, and weighs the evidence into a confidence:

- role: the nearest word of a role class (`facts/data/figure_roles.json`: dead, injured,
  arrested, released...) within a few words of the figure; two different roles are two slots;
- update: a figure marked as a change over time ("the toll rose to 50", "up from 40",
  "initially") is another moment of the slot, not a disagreement; nor is a count of victims
  or arrests that a later article gives higher (tolls grow as news comes in);
- a number cut by the tokenisation of its source ("6. 2 miles", "4, 183 yards": a digit and
  a point or comma just before it) is part of another number and states nothing;
- confidence: evidence for one slot adds up (each article gives the noun, in its role, a
  single value; the same word right next to both figures, "shot 11 times" and "shot seven
  times"; the same role; the same person or organisation named near both; sentences sharing
  their words; values close to each other, as two reports of one count usually are), and
  evidence against takes away (people named near both figures and no name near both, for a
  count with no role; places named near both, none in common; a noun the articles give many values; other counts in
  both sentences, none alike, as a season's and a game's statistics are). A
  conflict is flagged from `MIN_CONFIDENCE` up: when in doubt, a disagreement is not shown,
  since a false alarm costs a reader more than a missed one.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from facts.lexicon import (
    FUNCTION_WORDS,
    MONTHS,
    NUMBER_WORDS,
    SPEECH_VERBS,
    read_data,
    singular,
)

_DATA = json.loads(read_data("figure_roles.json"))
ROLE_OF: dict[str, str] = {word: role for role, words in _DATA["roles"].items() for word in words}
"""A role word (lower case) -> its role class."""
GROWING_ROLES = frozenset({"dead", "injured", "missing", "arrested", "displaced", "affected"})
"""Counts that grow as news comes in: a later article's higher count updates an earlier one."""
_UPDATE = re.compile(
    r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _DATA["updates"]) + r")\b",
    re.I,
)
ROLE_WORDS = 4
"""Words either side of a figure searched for its role."""
UPDATE_WORDS = 5
"""Words before a figure (and half as many after) searched for an update marker."""
_CUT_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}\.\s$")
"""One to three digits and a point, then a space, right before a figure: "6. 2"."""
_CUT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3},\s$")
"""One to three digits and a comma, then a space, right before a figure: "4, 183"."""
_THREE_DIGITS = re.compile(r"\d{3}(?!\d)")
_DAY_OF_MONTH = re.compile(
    r"\b(?:"
    + "|".join(MONTHS)
    + r")\.?\s+\d{1,2},\s$|\b(?:"
    + "|".join(m[:3] for m in MONTHS)
    + r")\.\s+\d{1,2},\s$",
    re.I,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[;:()—–]|,(?=\s)|\s-\s")
_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "or", "as", "after", "before"})


def _clause_words(text: str, reverse: bool) -> list[str]:
    """Up to `ROLE_WORDS` words of `text` read away from a figure (backwards with
    `reverse`), stopping at the end of its clause (a comma, semicolon, dash, bracket or a
    conjunction): in "killed 157 people and injured 200", "injured" is not the 157's role."""
    tokens = _TOKEN.findall(text)
    if reverse:
        tokens.reverse()
    out: list[str] = []
    for token in tokens:
        low = token.lower()
        if not token[0].isalpha() or low in _CONJUNCTIONS or len(out) == ROLE_WORDS:
            break
        out.append(low)
    return out


def role(sentence: str, start: int, end: int) -> str:
    """The role class of the figure at `sentence[start:end]`: that of the nearest role word
    in its clause within `ROLE_WORDS` words (the figure's own words first: "deaths" in "12
    deaths"; after it before before it at the same distance); "" when none is near."""
    for word in _WORD.findall(sentence[start:end]):
        if word.lower() in ROLE_OF:
            return ROLE_OF[word.lower()]
    before = _clause_words(sentence[:start], reverse=True)
    after = _clause_words(sentence[end:], reverse=False)
    for distance in range(ROLE_WORDS):
        for words in (after, before):
            if distance < len(words) and words[distance] in ROLE_OF:
                return ROLE_OF[words[distance]]
    return ""


_QUALIFIERS = frozenset(
    (
        "least", "most", "nearly", "almost", "roughly", "approximately", "around", "about",
        "estimated", "only", "just", "all", "another", "over", "under", "some", "than", "more",
        "fewer", "less", "upwards", "total",
    )
)  # fmt: skip
"""Words between a verb and its count that qualify the count ("killed at least 12")."""


def _content_words(words: list[str], noun: str, most: int) -> list[str]:
    """The first `most` content words of `words` (by their first five letters): function
    words, qualifiers, speech verbs, number words and the counted noun skipped."""
    out: list[str] = []
    for word in words:
        low = word.lower()
        if len(out) == most:
            break
        skip = FUNCTION_WORDS | SPEECH_VERBS | _QUALIFIERS
        if low in skip or low in NUMBER_WORDS or singular(low) == noun or len(low) < 3:
            continue
        out.append(low[:5])
    return out


def predicate(sentence: str, start: int, end: int, noun: str) -> frozenset[str]:
    """What is said of the figure at `sentence[start:end]`: the nearest content word before
    it and the first two after it, within `ROLE_WORDS` words each side, by their first five
    letters (a name among them is told apart by the caller): "shot" in "was shot 11 times", "dropped" in "four bombs
    were dropped", "power" in "homes without power"; not "company" in "the company earned
    $4 billion"."""
    before = _WORD.findall(sentence[:start])[-ROLE_WORDS:]
    after = _WORD.findall(sentence[end:])[:ROLE_WORDS]
    return frozenset(_content_words(before[::-1], noun, 1) + _content_words(after, noun, 2))


def is_update(sentence: str, start: int, end: int) -> bool:
    """True when the words around the figure mark it as a change over time or an earlier
    report ("rose to 50", "up from 40", "initially put at 30")."""
    before = " ".join(sentence[:start].split()[-UPDATE_WORDS:])
    after = " ".join(sentence[end:].split()[: UPDATE_WORDS // 2 + 1])
    return bool(_UPDATE.search(before) or _UPDATE.search(after))


def is_cut(before: str, figure: str) -> bool:
    """True when a figure is the tail of a number its source wrote with a space: "2 miles"
    after "(6. ", "183 yards" after "4, " (one to three digits before, and three digits in
    the figure after a comma); not "40 people" after "In 2004, "."""
    if not figure[:1].isdigit():
        return False
    if _CUT_DECIMAL.search(before[-6:]):
        return True
    if _DAY_OF_MONTH.search(before[-20:]):
        return False  # "On March 15, 200 people ..."
    return bool(_CUT_THOUSANDS.search(before[-6:]) and _THREE_DIGITS.match(figure))


class SlotEvidence(NamedTuple):
    """What two statements of one counted noun say about being one slot."""

    single_valued: bool
    """Each of the two articles gives the noun, in its role, one value only (parts aside)."""
    shared_predicate: bool
    """The same word, not a name in both, is said of both figures (`predicate`: "shot",
    "dropped")."""
    same_role: bool
    """Both have a role, the same one."""
    shared_holder: bool
    """One same person or organisation is named near both figures: whose count it is."""
    other_holders: bool
    """Both figures have people named near them, and no name near both."""
    other_places: bool
    """Both figures have places named near them, none in common (a district's toll and
    another's)."""
    context: float
    """Share of their sentences' content words in common (over the smaller set), 0 to 1."""
    close_values: float
    """1 when the values differ by at most `VERY_CLOSE` of the larger, 0.5 by at most
    `CLOSE_VALUES`, else 0."""
    other_figures_differ: bool
    """The two sentences give other nouns in common values, none of them alike: they tell of
    different occasions (a season and a game, two games)."""
    busy: bool
    """The articles give the noun many values (game statistics, budgets)."""


CLOSE_VALUES = 0.1
"""Values this close (relative difference) read as two reports of one count."""
VERY_CLOSE = 0.02
"""Values this close ("2,301" and "2,302") are one count, reported once a little off."""
MIN_CONFIDENCE = 0.6
"""Least confidence of a figure conflict that is flagged (chosen on the dev half of the ECB+
odd-topic stories, benchmarks/bench_conflicts.py)."""


def confidence(e: SlotEvidence) -> float:
    """How sure it is that two statements fill one slot (so that their values disagree), from
    0: a sum of small, fixed weights, one per piece of evidence."""
    score = 0.4 * e.context
    score += 0.3 * e.single_valued + 0.3 * e.shared_predicate + 0.4 * e.same_role
    score += 0.15 * e.shared_holder + 0.3 * e.close_values
    # The names in a sentence stating a toll are its sources ("the ministry said"), not whose
    # count it is; other names speak against one slot only for counts with no role.
    score -= 0.4 * (e.other_holders and not e.same_role) + 0.4 * e.other_places
    score -= 0.2 * e.busy
    score -= 0.3 * e.other_figures_differ
    return round(score, 3)
