"""Average-link grouping of scored document pairs.

Two groups merge while the average score over all pairs of their members, pairs never scored
counting as 0, is at least the threshold: a group needs support from most of its members,
so one loose pair cannot chain two stories together (as connected components of single
links would). Best merge first, with a heap of candidate merges and lazy invalidation; the
cost follows the number of scored pairs, not the square of the corpus.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable


def average_link(
    n: int, edges: Iterable[tuple[int, int, float]], threshold: float, cohesion: float = 0.0
) -> list[list[int]]:
    """Groups (two or more members, sorted) of `n` items linked by `(a, b, score)` edges.

    With `cohesion` > 0, two groups of two or more members also need an average score
    between them of at least `cohesion` times the average inside the looser of the two.
    """
    links: list[dict[int, float]] = [{} for _ in range(n)]
    for a, b, score in edges:
        if a != b and score > 0:
            links[a][b] = links[a].get(b, 0.0) + score
            links[b][a] = links[b].get(a, 0.0) + score
    size = [1] * n
    inside = [0.0] * n
    members: dict[int, list[int]] = {}
    heap = [(-s, a, b) for a in range(n) for b, s in links[a].items() if a < b and s >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if size[a] == 0 or size[b] == 0:
            continue
        current = links[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + neg) > 1e-12:
            continue  # stale: one of the two grew since this entry was pushed
        if cohesion > 0 and size[a] > 1 and size[b] > 1:
            looser = min(
                inside[a] / (size[a] * (size[a] - 1) / 2), inside[b] / (size[b] * (size[b] - 1) / 2)
            )
            if current < cohesion * looser:
                continue  # two tight groups, loosely related: two stories
        if len(links[a]) < len(links[b]):
            a, b = b, a  # merge the one with fewer links into the other
        for c, s in links[b].items():
            if c != a:
                del links[c][b]
                links[a][c] = links[a].get(c, 0.0) + s
                links[c][a] = links[a][c]
        inside[a] += inside[b] + links[a].pop(b, 0.0)
        links[b] = {}
        members.setdefault(a, [a]).extend(members.pop(b, [b]))
        size[a] += size[b]
        size[b] = 0
        for c, s in links[a].items():
            average = s / (size[a] * size[c])
            if average >= threshold:
                heapq.heappush(heap, (-average, min(a, c), max(a, c)))
    return sorted(sorted(m) for m in members.values())
