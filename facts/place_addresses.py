"""Places written the way addresses, datelines and US political reports write them, read
whatever kind the NER models gave their words:

- "Town, State" as two places ("Gladstone, NJ", "Portland, Ore.", "Kent, Washington"):
  `city_and_state`;
- the state of a member of Congress in a party tag ("Rep. José Serrano (D-NY)", "Sen. Ted
  Cruz (R-Texas)", "Devin Nunes, R-Calif.,"): a US state's postal code, AP abbreviation or
  name after "D-", "R-" or "I-": `party_states`."""

from __future__ import annotations

import re

from facts.entities import EntityHit, canonical_place
from facts.lexicon import places, us_state, us_state_codes, us_states_ap

_STATE_AFTER_COMMA = re.compile(
    r",[ \t]+(?P<state>[A-Z]{2}(?=[ \t]+[A-Z][a-z])|(?:[A-Z]\.){2}|[A-Z][\w.]*(?: [A-Z][\w.]*)?)"
    r"(?![\w’'&-])"
)
"""A state or a country after a comma: a postal code before a capitalised word ("Charlotte,
NC June 20"), a dotted code ("COLUMBIA, S.C."), or one or two capitalised words (also an
Associated Press abbreviation: "Portland, Ore.")."""
_TOWN_BEFORE = re.compile(r"(?<![\w’'&-])[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}$")
"""A town and its state or country, as addresses, datelines and listings write them."""


def city_and_state(text: str, hits: list[EntityHit]) -> list[EntityHit]:
    """The hits with "Town, State" read as two places: "Gladstone, NJ", "Mansfield, MA",
    "Kent, Washington" (a known town before a state or a country), whatever kind the models
    gave either part. A possessive state is no address ("Boeing, Washington's largest
    employer"), nor is a list of companies ("Apple, Google")."""
    for m in _STATE_AFTER_COMMA.finditer(text):
        town = _TOWN_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if town is None:
            continue
        city, ap = town.group(0), us_states_ap().get(m["state"])
        state = m["state"] if ap else m["state"].rstrip(".")  # "Ore.": the stop is the state's
        code = ap or us_state_codes().get(state)
        region = places().get(state)
        known = region is not None and region.kind in ("region", "country")
        if code is None and not known and state not in us_state_codes().values():
            continue  # "Kent, Washington": the state's name, though a city has it too
        if code is None and city not in places():
            continue  # "Google, Kenya and Peru": only a known town goes before a full name
        a, b = town.span()
        c = m.start("state")
        d = c + len(state)
        covering = [h for h in hits if h.start < b and a < h.end]
        if any(h.start < a or h.end > b for h in covering):
            continue  # the town's words belong to a longer name
        over_state = [h for h in hits if h.start < d and c < h.end]
        if any(h.start < c or h.end > d for h in over_state):
            continue
        hits = [h for h in hits if h not in covering and h not in over_state]
        hits.append(EntityHit("place", canonical_place(city), a, b))
        hits.append(EntityHit("place", code or canonical_place(state), c, d))
    return sorted(hits, key=lambda h: h.start)


_PARTY_TAG = re.compile(
    r"(?:\(|,[ \t])[DRI]-(?P<state>[A-Z][A-Za-z]*\.?(?: [A-Z][a-z]+\.?)?)(?=[),]|$)"
)
"""A party letter and a state between brackets or commas, as US reports tag members of
Congress ("(D-NY)", "(R-Texas)", ", R-Calif.,")."""


def party_states(text: str, hits: list[EntityHit]) -> list[EntityHit]:
    """The hits with the state of each party tag read as a place ("NY" of "(D-NY)"), replacing
    any hit on the same words."""
    for m in _PARTY_TAG.finditer(text):
        state = us_state(m["state"]) or us_state(m["state"].rstrip("."))
        if state is None:
            continue  # "(R-Hawkeye)": no state
        c = m.start("state")
        d = c + len(m["state"]) - (m["state"] not in us_states_ap() and m["state"].endswith("."))
        if any(h.start < c or h.end > d for h in hits if h.start < d and c < h.end):
            continue  # the words belong to a longer name
        hits = [h for h in hits if not (h.start < d and c < h.end)]
        hits.append(EntityHit("place", state, c, d))
    return sorted(hits, key=lambda h: h.start)
