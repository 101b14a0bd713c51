"""Titles inside a name's span: "City Councilman" of "City Councilman Jumaane Williams", "US
Secretary of State" of "US Secretary of State Mike Pompeo" are no part of the person's name
(`entities.clean` folds them off). Leading titles alone are folded by `entities.clean`."""

from __future__ import annotations

from facts.lexicon import given_names, is_title, org_nouns


def inner_title(words: list[str], kind: str) -> int:
    """How many words of a name make a title phrase before a person's given name, "City
    Councilman" of "City Councilman Jumaane Williams", "Queens District Attorney" of "Queens
    District Attorney Richard Brown", "US Secretary of State" of "US Secretary of State Mike
    Pompeo" (0 when none): capitalised words ending with a title, or a title "of" something,
    a given name right after it."""
    if kind not in ("person", "organisation"):
        return 0
    # a title opening an organisation's span before a full name of two or three words:
    # "Coach Maurice Cheeks", not "King Abdullah University of Science" nor "General Motors"
    plain = not any(w.islower() or w.lower() in org_nouns() for w in words[1:])
    first = 0 if kind == "organisation" and len(words) <= 4 and plain else 1
    for j in range(len(words) - 2, first - 1, -1):
        if (
            is_title(words[j])
            and words[j + 1] in given_names()
            and all(w[:1].isupper() for w in words[:j])
        ):
            return j + 1
    for j in range(first + 2, len(words) - 1):  # "Secretary of State" + "Mike Pompeo"
        if words[j + 1] in given_names() and title_of(words[first : j + 1]):
            return j + 1
    return 0


def title_of(words: list[str]) -> bool:
    """A title and what it is of, in capitals: "Secretary of State", "US Minister of Finance"."""
    at = next((i for i, w in enumerate(words) if is_title(w)), None)
    return (
        at is not None
        and at + 2 < len(words)
        and words[at + 1] in ("of", "for")
        and all(w[:1].isupper() or w in ("of", "for", "the", "and") for w in words)
    )
