"""Names the NER models cut after a hyphen inside a surname.

A sentence that opens with a hyphened surname ("Soon-Shiong said ...") may be read from its
second half only ("Shiong"), as "Soon" reads as a word. Where the corpus names the whole
("Dr. Patrick Soon-Shiong"), the capitalised word glued by the hyphen is given back; a word
glued to a name the corpus never writes so stays apart ("Pro-Trump rallies").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from facts.entities import EntityHit

_HYPHENED_HEAD = re.compile(r"(?<![\w-])(?P<head>[A-Z][\w'’]*)-$")


def with_hyphened_heads(
    texts: Sequence[str], hits: list[tuple[int, int, int, EntityHit]]
) -> list[tuple[int, int, int, EntityHit]]:
    """The hits with a name cut after a hyphen given back its head where the corpus names
    the whole ("Shiong" of "Soon-Shiong said" where "Patrick Soon-Shiong" is named)."""
    whole = {w for *_, h in hits for w in h.name.split() if "-" in w}
    out = []
    for di, a, b, h in hits:
        head = _HYPHENED_HEAD.search(texts[di], max(0, a - 30), a)
        if (
            head is not None
            and h.start >= len(head[0])
            and f"{head[0]}{h.name.split()[0]}" in whole
        ):
            n = len(head[0])
            h = replace(h, name=head[0] + h.name, start=h.start - n)
            a -= n
        out.append((di, a, b, h))
    return out
