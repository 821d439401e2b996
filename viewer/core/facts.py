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
import scipy.sparse as sp

__all__ = ["cluster_facts"]


def cluster_facts(n_sentences: int, doc_of: Sequence[int], i: np.ndarray, j: np.ndarray,
                  score: np.ndarray, linked: np.ndarray, merge_threshold: float) -> list[int]:
    """Return the cluster number of every sentence (singletons included), numbered from 0.

    Each cluster keeps the summed similarity to every neighbouring cluster, so judging a merge
    is one look-up and a merge folds the smaller adjacency map into the larger one.
    """
    # A sentence without a link never joins a merge, so its similarities can never be read:
    # leaving them out changes nothing and keeps the maps small.
    active = np.zeros(n_sentences, dtype=bool)
    active[i[linked]] = True
    active[j[linked]] = True
    keep = active[i] & active[j]
    adjacency = _adjacency(n_sentences, i[keep], j[keep], score[keep])
    parent = list(range(n_sentences))
    size = [1] * n_sentences
    docs: dict[int, Counter[int]] = {k: Counter({doc_of[k]: 1}) for k in range(n_sentences)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order = np.argsort(-score[linked], kind="stable")
    for a, b in zip(i[linked][order].tolist(), j[linked][order].tolist()):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        small, large = (ra, rb) if len(adjacency[ra]) <= len(adjacency[rb]) else (rb, ra)
        same_doc = sum(n * docs[large].get(d, 0) for d, n in docs[small].items())
        pairs = size[small] * size[large] - same_doc
        if not pairs or adjacency[small].get(large, 0.0) / pairs < merge_threshold:
            continue
        parent[small] = large
        size[large] += size[small]
        docs[large].update(docs.pop(small))
        mine = adjacency[large]
        mine.pop(small, None)
        for other, total in adjacency[small].items():
            if other == large:
                continue
            mine[other] = mine.get(other, 0.0) + total
            theirs = adjacency[other]
            theirs[large] = theirs.get(large, 0.0) + theirs.pop(small)
        adjacency[small] = {}

    numbering: dict[int, int] = defaultdict(lambda: len(numbering))
    return [numbering[find(k)] for k in range(n_sentences)]


def _adjacency(n: int, i: np.ndarray, j: np.ndarray, score: np.ndarray) -> list[dict[int, float]]:
    """Each sentence's summed score to each neighbour, both ways round. Built as one sparse
    matrix: a large comparison has hundreds of thousands of candidate pairs, and filling the
    maps pair by pair in Python took a third of a second."""
    both = sp.coo_matrix((np.concatenate([score, score]),
                          (np.concatenate([i, j]), np.concatenate([j, i]))), shape=(n, n)).tocsr()
    both.sum_duplicates()
    bounds, columns, values = both.indptr.tolist(), both.indices.tolist(), both.data.tolist()
    return [dict(zip(columns[a:b], values[a:b])) for a, b in zip(bounds, bounds[1:])]
