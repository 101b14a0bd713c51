"""Passage groups, document similarity and unique sentences derived from a list of links.

Groups are the transitive clusters (union-find) of linked sentences across all documents;
`similarity[i][j]` is the share of document i's content sentences that have a counterpart in
document j (so `similarity[i][j] > similarity[j][i]` means i is mostly contained in j).
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.model import Link, SentenceRef
from readers import Document


def passage_groups(links: Sequence[Link]) -> list[list[SentenceRef]]:
    """Transitive clusters of linked sentences, each sorted, sorted by first member."""
    parent: dict[SentenceRef, SentenceRef] = {}

    def find(x: SentenceRef) -> SentenceRef:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for link in links:
        for ref in (link.a, link.b):
            parent.setdefault(ref, ref)
        ra, rb = find(link.a), find(link.b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            parent[rb] = ra
    clusters: dict[SentenceRef, list[SentenceRef]] = {}
    for ref in parent:
        clusters.setdefault(find(ref), []).append(ref)
    groups = [sorted(members) for members in clusters.values()]
    groups.sort(key=lambda g: g[0])
    return groups


def similarity_matrix(documents: Sequence[Document], links: Sequence[Link]) -> list[list[float]]:
    """`m[i][j]`: share of i's content sentences with a counterpart in j (`m[i][i] == 1`)."""
    n = len(documents)
    linked: list[list[set[int]]] = [[set() for _ in range(n)] for _ in range(n)]
    for link in links:
        linked[link.a.doc][link.b.doc].add(link.a.sentence)
        linked[link.b.doc][link.a.doc].add(link.b.sentence)
    out: list[list[float]] = []
    for i, doc in enumerate(documents):
        content = sum(1 for s in doc.sentences if not s.boilerplate)
        row = []
        for j in range(n):
            if i == j:
                row.append(1.0)
            else:
                row.append(round(len(linked[i][j]) / content, 4) if content else 0.0)
        out.append(row)
    return out


def unique_sentences(documents: Sequence[Document], links: Sequence[Link]) -> list[SentenceRef]:
    """Content sentences with no link to any other document."""
    linked = {link.a for link in links} | {link.b for link in links}
    return [
        SentenceRef(d, s.index)
        for d, doc in enumerate(documents)
        for s in doc.sentences
        if not s.boilerplate and SentenceRef(d, s.index) not in linked
    ]


UNRELATED_BELOW = 0.05
"""Two documents sharing less than this share of sentences both ways are "unrelated"."""
CONTAINMENT_MARGIN = 0.15
"""i is "in" j when i's share in j exceeds j's share in i by at least this much."""


def containment(similarity: Sequence[Sequence[float]], i: int, j: int) -> str:
    """Direction of containment between documents i and j: "i in j", "j in i", "overlap" or
    "unrelated"."""
    a, b = similarity[i][j], similarity[j][i]
    if a < UNRELATED_BELOW and b < UNRELATED_BELOW:
        return "unrelated"
    if abs(a - b) < CONTAINMENT_MARGIN:
        return "overlap"
    return "i in j" if a > b else "j in i"


def containment_lines(similarity: Sequence[Sequence[float]]) -> list[str]:
    """One readable line per pair of documents where one is mostly contained in the other,
    e.g. "[1] is mostly contained in [0]: 0.60 of [1]'s sentences are in [0], 0.30 the other
    way"."""
    out = []
    n = len(similarity)
    for i in range(n):
        for j in range(i + 1, n):
            direction = containment(similarity, i, j)
            if direction not in ("i in j", "j in i"):
                continue
            inner, outer = (i, j) if direction == "i in j" else (j, i)
            out.append(
                f"[{inner}] is mostly contained in [{outer}]: {similarity[inner][outer]:.2f} of "
                f"[{inner}]'s sentences are in [{outer}], {similarity[outer][inner]:.2f} the "
                "other way"
            )
    return out
