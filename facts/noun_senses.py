"""Which counted nouns name the same kind of thing, so their figures can disagree.

"8,665 prisoners" and "8,000 detainees" count one kind of person: WordNet's first senses of
the two nouns are a kind and its direct, specific hypernym. The pairs are general English
data (`facts/data/noun_senses.tsv`, built from WordNet 3.1 by tools/facts_noun_senses.py);
nouns are compared in the singular form the figure finder gives them.
"""

from __future__ import annotations

from functools import cache

from facts.lexicon import read_data


@cache
def _partners() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in read_data("noun_senses.tsv").splitlines():
        if line and not line.startswith("#"):
            word, _, others = line.partition("\t")
            out[word] = frozenset(others.split())
    return out


def counted_alike(a: str, b: str) -> bool:
    """True when counts of `a` and of `b` are counts of one kind of thing: the same noun,
    synonyms, or a kind and its direct hypernym ("detainee" and "prisoner")."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    return b in _partners().get(a, frozenset())
