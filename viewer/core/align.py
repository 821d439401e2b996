"""Link sentences of different documents that state the same fact.

Each sentence becomes a sparse vector of its content terms, named mentions and quantities,
weighted by how rare they are across all sentences of the comparison (TF-IDF). Candidates come
from an inverted index over the rarer features only (blocking), so cost grows with the number of
sentences that share something specific, not with all pairs. Candidate pairs are scored in bulk
with sparse algebra: the score mixes cosine similarity (same wording) with containment (one
sentence says all of what a shorter one says), which is what makes one long sentence match two
short ones. A pair is linked when it clears the threshold and is the best match of at least one
of its sentences in the other document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from viewer.core.nlp import ParsedSentence

__all__ = ["AlignSettings", "Candidates", "sentence_matrix", "score_pairs", "find_candidates",
           "select_links"]


@dataclass(frozen=True)
class AlignSettings:
    threshold: float = 0.35  # the user's similarity threshold for a link, in [0, 1]
    floor: float = 0.12  # candidate pairs below this are forgotten (they do not inform clustering)
    name_weight: float = 1.0  # weight of a whole named mention relative to one content term
    quantity_weight: float = 0.8
    max_df_share: float = 0.05  # features in more than this share of sentences do not block
    min_df_cap: int = 40


@dataclass(frozen=True)
class Candidates:
    """Scored cross-document sentence pairs (global sentence indices, i < j)."""

    i: np.ndarray
    j: np.ndarray
    score: np.ndarray


@dataclass(frozen=True)
class SentenceMatrix:
    tfidf: sparse.csr_matrix  # rows L2-normalised
    weighted: sparse.csr_matrix  # binary presence times idf
    presence: sparse.csr_matrix  # binary presence
    mass: np.ndarray  # total idf of each sentence's features
    df: np.ndarray
    doc_of: np.ndarray


def _features(sentence: ParsedSentence, settings: AlignSettings) -> dict[str, float]:
    counts: dict[str, float] = {}
    for term in sentence.terms:
        counts[term] = counts.get(term, 0.0) + 1.0
    for name in sentence.names:
        key = "n:" + name
        counts[key] = counts.get(key, 0.0) + settings.name_weight
    for q in sentence.quantities:
        key = "q:" + q.key
        counts[key] = counts.get(key, 0.0) + settings.quantity_weight
    return counts


def sentence_matrix(sentences: Sequence[ParsedSentence], doc_of: Sequence[int],
                    settings: AlignSettings) -> SentenceMatrix:
    """Build the sparse feature matrices for all sentences of all documents at once."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, sentence in enumerate(sentences):
        for feature, count in _features(sentence, settings).items():
            rows.append(r)
            cols.append(vocab.setdefault(feature, len(vocab)))
            vals.append(count)
    shape = (len(sentences), max(len(vocab), 1))
    counts = sparse.csr_matrix((np.asarray(vals, dtype=np.float64), (rows, cols)), shape=shape)
    presence = counts.copy()
    presence.data[:] = 1.0
    df = np.asarray(presence.sum(axis=0)).ravel()
    n = len(sentences)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    tf = counts.copy()
    tf.data = 1.0 + np.log(np.maximum(tf.data, 1.0)) * (tf.data >= 1.0) + (tf.data < 1.0) * (
        tf.data - 1.0)
    idf_diag = sparse.diags(idf)
    tfidf = (tf @ idf_diag).tocsr()
    norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    tfidf = sparse.diags(1.0 / norms) @ tfidf
    weighted = (presence @ idf_diag).tocsr()
    mass = np.asarray(weighted.sum(axis=1)).ravel()
    return SentenceMatrix(tfidf.tocsr(), weighted, presence.tocsr(), mass, df,
                          np.asarray(doc_of, dtype=np.int64))


def score_pairs(m: SentenceMatrix, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Similarity in [0, 1] of sentence pairs (i[k], j[k]), computed row-wise in bulk."""
    if len(i) == 0:
        return np.zeros(0)
    cos = np.asarray(m.tfidf[i].multiply(m.tfidf[j]).sum(axis=1)).ravel()
    shared = np.asarray(m.weighted[i].multiply(m.presence[j]).sum(axis=1)).ravel()
    small = np.minimum(m.mass[i], m.mass[j])
    large = np.maximum(m.mass[i], m.mass[j])
    with np.errstate(divide="ignore", invalid="ignore"):
        contain = np.where(small > 0, shared / small, 0.0)
        # A short sentence is "contained" in many long ones by accident: trust containment in
        # proportion to how much evidence the shorter sentence carries.
        typical = np.median(m.mass[m.mass > 0]) if np.any(m.mass > 0) else 1.0
        trust = np.clip(small / (0.6 * typical), 0.0, 1.0)
        overlap = np.where(large > 0, shared / large, 0.0)
    score = 0.45 * cos + 0.35 * contain * trust + 0.20 * overlap
    return np.clip(score, 0.0, 1.0)


def find_candidates(m: SentenceMatrix, settings: AlignSettings) -> Candidates:
    """Pairs of sentences from different documents that share a specific feature, scored."""
    n = m.presence.shape[0]
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Candidates(empty, empty, np.zeros(0))
    cap = max(settings.min_df_cap, int(settings.max_df_share * n))
    keep = np.flatnonzero(m.df <= cap)
    blocking = m.presence[:, keep]
    co = sparse.triu(blocking @ blocking.T, k=1).tocoo()
    i, j = co.row.astype(np.int64), co.col.astype(np.int64)
    cross = m.doc_of[i] != m.doc_of[j]
    i, j = i[cross], j[cross]
    score = score_pairs(m, i, j)
    good = score >= settings.floor
    return Candidates(i[good], j[good], score[good])


def select_links(c: Candidates, doc_of: np.ndarray, n_sentences: int, n_docs: int,
                 threshold: float) -> np.ndarray:
    """Mask of candidates that clear the threshold and are a best match on at least one side.

    "Best" is per sentence and per other document, so a long sentence can link to two short ones
    (each short one's best match is the long one), while a sentence that merely shares a name
    with many others links only where it fits best.
    """
    if len(c.i) == 0:
        return np.zeros(0, dtype=bool)
    best_i = np.zeros(n_sentences * n_docs)
    best_j = np.zeros(n_sentences * n_docs)
    key_i = c.i * n_docs + doc_of[c.j]
    key_j = c.j * n_docs + doc_of[c.i]
    np.maximum.at(best_i, key_i, c.score)
    np.maximum.at(best_j, key_j, c.score)
    top = (c.score >= best_i[key_i] - 1e-9) | (c.score >= best_j[key_j] - 1e-9)
    return (c.score >= threshold) & top
