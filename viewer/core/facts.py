"""Group linked sentences into facts without chaining unrelated sentences together.

Plain connected components over links chain facts: A~B, B~C (B is a long sentence that says two
things) and C~D would put A and D in one fact though they share nothing. Links are therefore
merged strongest first, and two groups join only when their sentences are, on average, similar
across documents (average linkage over all scored candidate pairs, unscored pairs counting as 0).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

__all__ = ["cluster_facts"]


def cluster_facts(n_sentences: int, doc_of: Sequence[int], i: np.ndarray, j: np.ndarray,
                  score: np.ndarray, linked: np.ndarray, merge_threshold: float) -> list[int]:
    """Return the cluster number of every sentence (singletons included), numbered from 0."""
    neighbours: list[dict[int, float]] = [dict() for _ in range(n_sentences)]
    for a, b, s in zip(i.tolist(), j.tolist(), score.tolist()):
        neighbours[a][b] = s
        neighbours[b][a] = s
    parent = list(range(n_sentences))
    members: dict[int, list[int]] = {k: [k] for k in range(n_sentences)}
    docs: dict[int, Counter[int]] = {k: Counter({doc_of[k]: 1}) for k in range(n_sentences)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order = np.argsort(-score[linked], kind="stable")
    li, lj = i[linked][order].tolist(), j[linked][order].tolist()
    for a, b in zip(li, lj):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        small, large = (ra, rb) if len(members[ra]) <= len(members[rb]) else (rb, ra)
        total = 0.0
        for x in members[small]:
            for y, s in neighbours[x].items():
                if find(y) == large:
                    total += s
        same_doc = sum(n * docs[large].get(d, 0) for d, n in docs[small].items())
        pairs = len(members[small]) * len(members[large]) - same_doc
        if pairs and total / pairs >= merge_threshold:
            parent[small] = large
            members[large].extend(members.pop(small))
            docs[large].update(docs.pop(small))

    numbering: dict[int, int] = defaultdict(lambda: len(numbering))
    return [numbering[find(k)] for k in range(n_sentences)]
