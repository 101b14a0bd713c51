"""Names a company's possessive owns: "Apple's AirPods", "Blue Origin's Blue Moon", "ecobee's
latest SmartThermostat", "Stadia's recommended Chromecast Ultra".

The NER models read such a name as an organisation (or a place), while what a company owns
and is named is mostly its product, service or work: in CoNLL-2003 `train` the names that
come right after an organisation's "'s" are people (its executives, 17), works and products
(9), places (6) and only 3 organisations. So a name read as an organisation or an unlisted
place that an organisation's possessive owns, with at most one lower-case word between
("Apple's 12-inch MacBook"), is no name on its page: every mention of it there goes, with
the mentions that put its maker's name before it ("Google Stadia").

What stays: a person with a given name ("Apple's Tim Cook"), a listed place ("NASA's
Houston"), a name ending in a noun of organisations or a legal form ("AMR Corp's American
Airlines", "Alphabet's Google LLC"), a name owned through a noun of a firm's business, a
title, a noun whose first sense in WordNet is a person or a role ("Google's parent
Alphabet", "Apple's rival Samsung") or a plural ("Cooke's clients Boeing"), and a name the
page shows acting as a firm: saying something, owning a firm's noun or a title ("Chromecast
said", "Stadia's chief").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from facts.entities import EntityHit
from facts.lexicon import (
    COMPANY_NOUNS,
    FUNCTION_WORDS,
    SPEECH_VERBS,
    is_person_opening,
    is_title,
    org_nouns,
    person_nouns,
    places,
    singular,
)
from facts.product_names import ends_a_firms_name, read_as_organisation

Hit = tuple[int, int, int, EntityHit]

_OWNED = re.compile(r"['’]s?[ \t]+(?P<mods>(?:[a-z0-9](?:[\w-]|\.(?=\w))*[ \t]+)?)$")
"""Between an owner and the name it owns: its "'s" and at most one lower-case word or
measure, with no stop ("Apple's 12.9-inch iPad", not "Boeing's 747. Boeing")."""
_LOOK_BACK = 60
_ACTS = re.compile(r"(?:['’]s?)?[ \t]+(?P<w>[a-z]+)\b")


def _may_be_owned(h: EntityHit) -> bool:
    """A name the models read as an organisation or an unlisted place that could be a
    product: no noun of organisations or legal form at its end."""
    words = h.name.split()
    if h.kind == "place":
        return h.name not in places()
    return (
        read_as_organisation(h)
        and not is_person_opening(words[0])
        and not ends_a_firms_name(words[-1].lower().rstrip("."))
    )


def _modifiers_of_a_thing(mods: str) -> bool:
    """True when the word between the owner and the name, if any, is no plural, word of
    grammar, noun of a firm's business, noun of a person or role or title ("Cooke's clients
    Boeing", "Google's parent Alphabet", "Apple's rival Samsung")."""
    return not any(
        singular(w) != w
        or w in FUNCTION_WORDS
        or w in COMPANY_NOUNS
        or singular(w) in org_nouns()
        or w in person_nouns()
        or is_title(w)
        for w in mods.split()
    )


def _acts_as_firm(text: str, end: int) -> bool:
    """True when the name ending at `end` says something or owns a firm's noun or a title
    ("Stadia said", "Stadia's chief")."""
    m = _ACTS.match(text, end)
    return m is not None and (m["w"] in SPEECH_VERBS or m["w"] in COMPANY_NOUNS or is_title(m["w"]))


def without_owned_products(texts: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits without every mention, on its page, of a name an organisation's possessive
    owns there (offsets into `texts[doc]`)."""
    owners: dict[int, dict[int, str]] = defaultdict(dict)
    for di, _, b, h in hits:
        if read_as_organisation(h):
            owners[di][b] = h.name
    owned: set[tuple[int, str]] = set()
    for di, a, _, h in hits:
        if not _may_be_owned(h):
            continue
        text = texts[di]
        m = _OWNED.search(text, max(0, a - _LOOK_BACK), a)
        if (
            m
            and m.end() == a
            and owners[di].get(m.start(), h.name) != h.name
            and _modifiers_of_a_thing(m["mods"])
        ):
            owned.add((di, h.name))
    firms = {
        (di, h.name)
        for di, _, b, h in hits
        if (di, h.name) in owned and _acts_as_firm(texts[di], b)
    }
    products = owned - firms
    if not products:
        return hits
    return [x for x in hits if not _a_product(x, products)]


def _a_product(hit: Hit, products: set[tuple[int, str]]) -> bool:
    """True when the hit names one of its page's `products`, alone or after its maker's
    name ("Google Stadia" where "Stadia" is one; a person with a given name stays)."""
    di, _, _, h = hit
    if (di, h.name) in products:
        return True
    words = h.name.split()
    return (
        len(words) > 1
        and any((di, " ".join(words[i:])) in products for i in range(1, len(words)))
        and not (h.kind == "person" and is_person_opening(words[0]))
    )
