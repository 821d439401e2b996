"""Group linked sentences into facts without chaining unrelated sentences together.

Plain connected components over links chain facts: A~B, B~C (B is a long sentence that says two
things) and C~D would put A and D in one fact though they share nothing. Links are therefore
merged strongest first, and two groups join only when their sentences are, on average, similar
across documents (average linkage over all scored candidate pairs, unscored pairs counting as 0).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

__all__ = ["cluster_facts", "join_introducers"]

# "Åsa Lindqvist, Chief Executive of Nordstrand Bank, said:" over a quotation in its own
# paragraph: who speaks, and nothing else (a few words may follow the verb: "in a statement").
_INTRODUCER = re.compile(
    r"\b(?:said|says|added|adds|stated|states|explained|commented|declared|continued|wrote|"
    r"writes|told\s+[\w ]{2,30}?|noted|insisted|warned)\b[^.!?:;\"“”]{0,40}:\s*$",
    re.IGNORECASE)
_MAX_INTRODUCER_WORDS = 20


def cluster_facts(n_sentences: int, doc_of: Sequence[int], i: np.ndarray, j: np.ndarray,
                  score: np.ndarray, linked: np.ndarray, merge_threshold: float) -> list[int]:
    """Return the cluster number of every sentence (singletons included), numbered from 0.

    A merge is judged by summing the scores between the two clusters' members, read from each
    member's own neighbour map; the maps never change. (Keeping a summed map per cluster and
    folding it into every neighbour's on each merge did the same work many times over.)
    """
    # A sentence without a link never joins a merge, so its similarities can never be read:
    # leaving them out changes nothing and keeps the maps small.
    active = np.zeros(n_sentences, dtype=bool)
    active[i[linked]] = True
    active[j[linked]] = True
    keep = active[i] & active[j]
    neighbours = _adjacency(n_sentences, i[keep], j[keep], score[keep])
    cluster = list(range(n_sentences))
    members = [[k] for k in range(n_sentences)]
    docs: dict[int, Counter[int]] = {}
    rejected: set[tuple[int, int, int, int]] = set()

    order = np.argsort(-score[linked], kind="stable")
    for a, b in zip(i[linked][order].tolist(), j[linked][order].tolist()):
        ca, cb = cluster[a], cluster[b]
        if ca == cb:
            continue
        small, large = (ca, cb) if len(members[ca]) <= len(members[cb]) else (cb, ca)
        mine, theirs = members[small], members[large]
        my_docs = docs.get(small) or Counter({doc_of[small]: 1})
        their_docs = docs.get(large) or Counter({doc_of[large]: 1})
        pairs = len(mine) * len(theirs) - sum(n * their_docs.get(d, 0)
                                              for d, n in my_docs.items())
        if not pairs:
            continue
        # groups only grow, so two groups of the sizes already judged are the same two groups:
        # many links between them must not sum the same scores again
        verdict = (small, large, len(mine), len(theirs))
        if verdict in rejected:
            continue
        total = 0.0
        for x in mine:
            row = neighbours[x]
            if len(row) < len(theirs):
                total += sum([v for y, v in row.items() if cluster[y] == large])
            else:
                total += sum([row.get(y, 0.0) for y in theirs])
        if total / pairs < merge_threshold:
            rejected.add(verdict)
            continue
        for x in mine:
            cluster[x] = large
        theirs.extend(mine)
        members[small] = []
        their_docs.update(my_docs)
        docs[large] = their_docs
        docs.pop(small, None)

    numbering: dict[int, int] = defaultdict(lambda: len(numbering))
    return [numbering[cluster[k]] for k in range(n_sentences)]


def join_introducers(cluster: list[int], texts: Sequence[str],
                     doc_of: Sequence[int]) -> list[int]:
    """Put each line that only introduces the next one's quotation into that quotation's fact.

    On its own it states no fact, so it could only link by the speaker's name, to whatever else
    that person did; with the quotation it is part of what the reader compares.
    """
    out = list(cluster)
    for k in range(len(texts) - 2, -1, -1):  # backwards: a chain of introducers follows its end
        if doc_of[k + 1] != doc_of[k] or len(texts[k].split()) > _MAX_INTRODUCER_WORDS:
            continue
        if _INTRODUCER.search(texts[k]):
            out[k] = out[k + 1]
    numbering: dict[int, int] = defaultdict(lambda: len(numbering))
    return [numbering[c] for c in out]


def _adjacency(n: int, i: np.ndarray, j: np.ndarray, score: np.ndarray) -> list[dict[int, float]]:
    """Each sentence's summed score to each neighbour, both ways round. Built as one sparse
    matrix: a large comparison has hundreds of thousands of candidate pairs, and filling the
    maps pair by pair in Python took a third of a second."""
    both = sp.coo_matrix((np.concatenate([score, score]),
                          (np.concatenate([i, j]), np.concatenate([j, i]))), shape=(n, n)).tocsr()
    both.sum_duplicates()
    bounds, columns, values = both.indptr.tolist(), both.indices.tolist(), both.data.tolist()
    return [dict(zip(columns[a:b], values[a:b])) for a, b in zip(bounds, bounds[1:])]
