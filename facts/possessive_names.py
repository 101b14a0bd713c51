"""Company names that end in a possessive ("Lowe's", "Macy's", "Kohl's").

The NER models stop such a name before its "'s" and often read what is left as a surname
("Lowe's reports earnings" gives the person "Lowe"). Where a page writes a one-word name only
with "'s" after it, and at least once with no noun for the possessive to own (a verb, a
stop, "and" or "or" follows: "Macy's said", "shares of Lowe's rose", "at Kohl's."), the name
with its "'s" is a company's in every mention of the page (given names included: "Macy's",
"Wendy's"). A name the page also writes alone and the surname of a person the corpus names
in full stay as they are ("Trump's policy", "Smith said ... Smith's office"), as do
listed places ("Peru's and Chile's economies") and contractions ("Ben's been").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from facts.entities import EntityHit
from facts.lexicon import places

Hit = tuple[int, int, int, EntityHit]

_OWNS_NOTHING = re.compile(
    r"['’]s(?:[ \t]*(?:[.,;:!?)\]]|$)|[ \t]+(?:and|or|said|says|reported|reports|rose|fell|"
    r"will|would|could|has|had|is|was|announced|plans|agreed|opened|closed|[a-z]+ed)\b)"
)
"""A possessive that owns nothing: a stop, a conjunction or a verb after it."""
_POSSESSIVE = re.compile(r"['’]s\b")
_CONTRACTION_AFTER = re.compile(r"['’]s[ \t]+(?:been|got|gotten|going|gone|not|just)\b")


def possessive_company_names(texts: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """The hits with each one-word name a page writes only with "'s", once owning nothing,
    made the company's name with its "'s" (offsets into `texts[doc]`)."""
    surnames = {h.name.split()[-1] for *_, h in hits if h.kind == "person" and " " in h.name}
    names = {
        (di, h.name)
        for di, _, b, h in hits
        if " " not in h.name
        and h.kind in ("person", "single", "organisation", "place")
        and _OWNS_NOTHING.match(texts[di], b)
        and not _CONTRACTION_AFTER.match(texts[di], b)
        and h.name not in surnames
        and h.name not in places()  # "Peru's and Chile's economies"
    }
    names = {(di, name) for di, name in names if _only_possessive(texts[di], name)}
    out = []
    for di, a, b, h in hits:
        if (di, h.name) in names and _POSSESSIVE.match(texts[di], b):
            mark = texts[di][b : b + 2]
            h = replace(h, kind="organisation", name=h.name + mark, end=h.end + 2, by_cue=False)
            b += 2
        out.append((di, a, b, h))
    return out


def _only_possessive(text: str, name: str) -> bool:
    """True when every time `text` writes `name` as a word, "'s" follows it."""
    return all(
        _POSSESSIVE.match(text, m.end())
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )
