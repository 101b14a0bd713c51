"""Passage groups, document similarity and unique sentences derived from a list of links.

Groups are clusters of linked sentences across all documents
(`scipy.sparse.csgraph.connected_components`), built so that one loose link cannot chain two
unrelated passages: a cluster in which some document has two sentences that are not the two
halves of a merge is rebuilt from its supported links only (verbatim or edited, halves of a
merge, or closing a triangle: both ends linked to a common third sentence); its other links
then join two clusters only when no document would have two sentences in the result,
strongest first. Every link stays a link; only the grouping changes (the two ends of a link
left out are in different groups, or in none).

`similarity[i][j]` is the share of document i's content sentences that have a counterpart in
document j (so `similarity[i][j] > similarity[j][i]` means i is mostly contained in j).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from compare.model import Link, SentenceRef
from readers import Document


def passage_groups(links: Sequence[Link]) -> list[list[SentenceRef]]:
    """Clusters of linked sentences (see the module docstring), each sorted, sorted by first
    member."""
    if not links:
        return []
    refs = sorted({r for link in links for r in (link.a, link.b)})
    index = {r: n for n, r in enumerate(refs)}
    edges = np.array([(index[lk.a], index[lk.b]) for lk in links], dtype=np.int64)
    labels = _components(len(refs), edges)
    merge_pairs = {
        frozenset((index[r], index[lk.merged_with]))
        for lk in links
        if lk.merged_with is not None and lk.merged_with in index
        for r in (lk.a, lk.b)
        if r.doc == lk.merged_with.doc
    }
    conflicted = {
        label
        for label in np.unique(labels).tolist()
        if _has_conflict(np.flatnonzero(labels == label), refs, merge_pairs)
    }
    if conflicted:
        labels = _regroup(links, refs, index, labels, conflicted)
    clusters: dict[int, list[SentenceRef]] = {}
    for ref, label in zip(refs, labels.tolist(), strict=True):
        clusters.setdefault(label, []).append(ref)
    # A sentence whose only links were loose ones left out of every group has no group.
    groups = [sorted(members) for members in clusters.values() if len(members) >= 2]
    groups.sort(key=lambda g: g[0])
    return groups


def _components(n: int, edges: np.ndarray) -> np.ndarray:
    if len(edges) == 0:
        return np.arange(n, dtype=np.int64)
    graph = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return np.asarray(labels, dtype=np.int64)


def _has_conflict(
    members: np.ndarray, refs: Sequence[SentenceRef], merge_pairs: set[frozenset[int]]
) -> bool:
    """Whether some document has two sentences here that are not halves of one merge."""
    by_doc: dict[int, list[int]] = {}
    for m in members.tolist():
        by_doc.setdefault(refs[m].doc, []).append(m)
    for same in by_doc.values():
        for x in range(len(same)):
            for y in range(x + 1, len(same)):
                if frozenset((same[x], same[y])) not in merge_pairs:
                    return True
    return False


def _regroup(
    links: Sequence[Link],
    refs: Sequence[SentenceRef],
    index: dict[SentenceRef, int],
    labels: np.ndarray,
    conflicted: set[int],
) -> np.ndarray:
    """Labels where the conflicted clusters are rebuilt from supported links first."""
    inside = [lk for lk in links if int(labels[index[lk.a]]) in conflicted]
    neighbours: dict[int, set[int]] = {}
    for lk in inside:
        a, b = index[lk.a], index[lk.b]
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)

    def supported(lk: Link) -> bool:
        a, b = index[lk.a], index[lk.b]
        return (
            lk.kind in ("verbatim", "edited")
            or lk.merged
            or lk.pinned
            or bool(neighbours[a] & neighbours[b])
        )

    strong = [lk for lk in links if int(labels[index[lk.a]]) not in conflicted or supported(lk)]
    edges = np.array([(index[lk.a], index[lk.b]) for lk in strong], dtype=np.int64).reshape(-1, 2)
    out = _components(len(refs), edges)
    docs: dict[int, set[int]] = {}
    for n, label in enumerate(out.tolist()):
        docs.setdefault(label, set()).add(refs[n].doc)
    loose = sorted((lk for lk in inside if not supported(lk)), key=lambda lk: -lk.score)
    for lk in loose:
        la, lb = int(out[index[lk.a]]), int(out[index[lk.b]])
        if la == lb or docs[la] & docs[lb]:
            continue
        out[out == lb] = la
        docs[la] |= docs.pop(lb)
    return out


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
