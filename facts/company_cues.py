"""Names the models read as places that their page shows to be companies.

Both NER models read many company and web-site names as places ("Alibaba", "Weibo",
"Netflix": the news model was trained on 1996 newswire). A place that no list knows
(GeoNames, the US states, the planets and moons), that no mention on its page places (no
locative preposition before it, no noun of an area after it), is an organisation in every
mention of its page where one mention is followed by a noun of a company's business
("Alibaba shares", "a viral Weibo post", "a Netflix documentary", "a new Fast Company
report"; `lexicon.COMPANY_NOUNS`) or comes after a verb of owning or making and "by" ("the
retail site owned by Alibaba"; `lexicon.MAKER_VERBS`). A listed place stays a place ("Kenya
shares", "owned by Peru").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from facts.entities import EntityHit
from facts.lexicon import COMPANY_NOUNS, MAKER_VERBS
from facts.place_cues import listed, placed

Hit = tuple[int, int, int, EntityHit]

_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?P<w>[A-Za-z][a-z-]*)\b")
_BY_BEFORE = re.compile(r"\b(?P<v>[a-z]+)\s+by\s+$")


def _business(text: str, start: int, end: int) -> bool:
    """True when the words around text[start:end] make it a company's name."""
    after = _NOUN_AFTER.match(text, end)
    if after is not None and after["w"].lower() in COMPANY_NOUNS:
        return True  # "Netflix CEO", "a Weibo post"
    before = _BY_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before["v"] in MAKER_VERBS


def companies_read_as_places(texts: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits with every mention of an unlisted, unplaced place made an organisation on its
    page where one of its mentions is told of as a company (`texts[doc]` is each page's text;
    hit offsets are into it)."""
    mentions: dict[tuple[int, str], list[Hit]] = {}
    for hit in hits:
        di, _, _, h = hit
        if h.kind == "place" and not h.by_cue and not listed(h.name):
            mentions.setdefault((di, h.name), []).append(hit)
    companies = {
        key
        for key, found in mentions.items()
        if any(_business(texts[di], a, b) for di, a, b, _ in found)
        and not any(placed(texts[di], a, b) for di, a, b, _ in found)
    }
    return [
        (di, a, b, replace(h, kind="organisation"))
        if h.kind == "place" and (di, h.name) in companies
        else (di, a, b, h)
        for di, a, b, h in hits
    ]
