"""Link sentences of different documents that state the same fact.

Each sentence becomes a sparse vector of its content terms, named mentions and quantities,
weighted by how rare they are across all sentences of the comparison (TF-IDF), and less when only
one document uses them (they cannot be evidence of a shared fact). Candidates come
from an inverted index over the rarer features only (blocking), so cost grows with the number of
sentences that share something specific, not with all pairs. Candidate pairs are scored in bulk
with sparse algebra: the score mixes cosine similarity (same wording) with containment (one
sentence says all of what a shorter one says), which is what makes one long sentence match two
short ones. A pair is linked when it clears the threshold and is the best match of at least one
of its sentences in the other document.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from scipy import sparse

from viewer.core.nlp import ParsedSentence, sound_fold

__all__ = ["AlignSettings", "Candidates", "SentenceMatrix", "sentence_matrix", "score_pairs",
           "find_candidates", "select_links"]


@dataclass(frozen=True)
class AlignSettings:
    threshold: float = 0.4  # the user's similarity threshold for a link, in [0, 1]
    floor: float = 0.12  # candidate pairs below this are forgotten (they do not inform clustering)
    name_weight: float = 0.0  # whole named mentions (off: NER often fuses "Brezhno, Lusk")
    quantity_weight: float = 0.8
    concept_weight: float = 0.7  # a shared concept counts less than a shared word
    counted_weight: float = 0.5  # a shared counted noun ("14 people" ~ "17 people")
    claim_weight: float = 1.5  # a count of the same thing with a close figure (14 ~ 17 dead)
    claim_spread: float = 1.5  # figures within this ratio are close
    side_clause_weight: float = 0.6  # words of side clauses ("..., killing two")
    entity_weight: float = 1.0  # a shared merged entity
    mutual_ratio: float = 0.8  # mutual best matches link from threshold * this
    max_df_share: float = 0.05  # features in more than this share of sentences do not block
    short_sentence_features: int = 4  # below this, one shared feature makes a candidate
    min_df_cap: int = 40
    # A feature that only one document uses cannot show that documents share a fact; at full
    # weight it only dilutes the match of sentences that word the fact differently.
    single_source_weight: float = 0.65
    # Figures of two different names ("the SDU won 12 seats" / "the Greens won six seats") are
    # two facts however alike the wording: such a pair's score is multiplied by this.
    owner_clash: float = 0.4
    # Reports of one event open on its main fact: a headline or lede is this much closer to
    # another report's headline or lede than its words alone say (README "Quality", session 24:
    # real coverage 0.652 / 0.450 -> 0.672 / 0.546; from 0.15 story2's headline count joins its
    # lede's breach, which its gold keeps apart).
    opening_bonus: float = 0.12


@dataclass(frozen=True)
class Candidates:
    """Scored cross-document sentence pairs (global sentence indices, i < j)."""

    i: np.ndarray
    j: np.ndarray
    score: np.ndarray


@dataclass(frozen=True)
class Channel:
    """One kind of evidence for all sentences, as sparse matrices."""

    tfidf: sparse.csr_matrix  # rows L2-normalised
    weighted: sparse.csr_matrix  # binary presence times idf
    presence: sparse.csr_matrix  # binary presence
    mass: np.ndarray  # total idf of each sentence's features
    df: np.ndarray
    typical: float  # median mass of the sentences that have any: scale for "short"


@dataclass(frozen=True)
class SentenceMatrix:
    """What happened (content words, concepts) and who/where/how many (names, numbers).

    Scoring the two apart stops sentences that only share a long title and name ("Emergency
    Situations Minister Radovan Kessler said ...") from linking when they report different acts.
    """

    content: Channel
    anchors: Channel
    doc_of: np.ndarray
    owners: sparse.csr_matrix | None = None  # sentence x owner presence (whose figures)
    owner_clash: float = 1.0
    opening: np.ndarray | None = None  # which sentences open their report (headline, lede)
    opening_bonus: float = 0.0


T = TypeVar("T")

# a time shares its hour of the clock at this part of a figure's weight
_CLOCK_HOUR_SHARE = 0.5


def _sided(items: Sequence[T], minor: Sequence[object],
           key: Callable[[T], object] = lambda item: item) -> Iterator[tuple[T, bool]]:
    """Each item, and whether it is one of a side clause's (`minor` holds their keys, once for
    each time a side clause says it: "14 died and 14 are missing" has one "14" of each)."""
    aside = Counter(minor)
    for item in items:
        k = key(item)
        yield item, aside[k] > 0
        if aside[k]:
            aside[k] -= 1


def _content(sentence: ParsedSentence, settings: AlignSettings,
             common: set[str]) -> dict[str, float]:
    counts: dict[str, float] = {}
    # A sentence that states two facts mainly states the one of its main clause: "A train
    # derailed ..., killing two people" is the derailment.
    for term, aside in _sided(sentence.terms, sentence.minor):
        counts[term] = counts.get(term, 0.0) + (settings.side_clause_weight if aside else 1.0)
    # "Civil Protection Mechanism" here, "civil protection mechanism" there: a capitalised word
    # that this comparison also uses as a common word is a common word.
    for term in sentence.proper_stems:
        if term in common:
            counts[term] = counts.get(term, 0.0) + 1.0
    for concept in sentence.concepts:
        weight = settings.concept_weight
        if concept in sentence.minor_concepts:
            weight *= settings.side_clause_weight
        counts["c:" + concept] = weight
        # A figure next to a concept is a count of it: "14 deaths", "kills 14", "17 dead".
        if sentence.quantities:
            counts["#c:" + concept] = weight
    return counts


def _anchors(sentence: ParsedSentence, settings: AlignSettings,
             common: set[str], entities: Sequence[str]) -> dict[str, float]:
    counts: dict[str, float] = {}
    # Merged entities match across spellings, acronyms and surnames ("ODC" ~ "Office of the
    # Data Commissioner", "Mihail" ~ "Mikhail Torvan").
    for entity in entities:
        counts["e:" + entity] = settings.entity_weight
    stems = sentence.proper_stems or sentence.proper
    named = [term for term, as_word in zip(sentence.proper, stems) if as_word not in common]
    for term, aside in _sided(named, sentence.minor_proper):
        # "Korwena" and "Korvena", "Kolarow" and "Kolarov": one name in two transliterations
        key = "p:" + sound_fold(term)
        counts[key] = counts.get(key, 0.0) + (settings.side_clause_weight if aside else 1.0)
    if settings.name_weight:
        for name in sentence.names:
            counts["n:" + name] = counts.get("n:" + name, 0.0) + settings.name_weight
    for q, aside in _sided(sentence.quantities, sentence.minor_figures, key=lambda q: q.key):
        weight = settings.quantity_weight * (settings.side_clause_weight if aside else 1.0)
        counts["q:" + q.key] = counts.get("q:" + q.key, 0.0) + weight
        if q.unit == "h":  # "2 a.m.", "2:10 a.m." and "shortly before 2am": one hour of the clock
            for hour in {math.floor(q.value), round(q.value)}:
                key = f"h:{hour % 24}"
                counts[key] = max(counts.get(key, 0.0), weight * _CLOCK_HOUR_SHARE)
    # "14 people" and "17 people" count the same thing: evidence of one fact, even in dispute.
    for noun in sentence.counted:
        counts["#:" + noun] = settings.counted_weight
    # Reports disagree on a count by a little (14 vs 17 dead, 4.8 vs 5.1 million customers), not
    # by a factor of four: a figure lands in two neighbouring buckets of width claim_spread, so
    # close figures of the same thing always share one.
    if settings.claim_weight:
        spread = math.log(settings.claim_spread)
        for (concept, unit, value), aside in _sided(sentence.claims, sentence.minor_claims):
            weight = settings.claim_weight * (settings.side_clause_weight if aside else 1.0)
            bucket = math.floor(math.log(value) / spread) if value > 0 else -99
            for b in (bucket, bucket + 1):
                key = f"k:{concept}:{unit}:{b}"
                counts[key] = max(counts.get(key, 0.0), weight)
    return counts


def _channel(feature_dicts: Sequence[dict[str, float]], doc_of: np.ndarray,
             single_source_weight: float) -> Channel:
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, features in enumerate(feature_dicts):
        for feature, count in features.items():
            rows.append(r)
            cols.append(vocab.setdefault(feature, len(vocab)))
            vals.append(count)
    n = len(feature_dicts)
    shape = (n, max(len(vocab), 1))
    counts = sparse.csr_matrix((np.asarray(vals, dtype=np.float64), (rows, cols)), shape=shape)
    presence = counts.copy()
    presence.data[:] = 1.0
    df = np.asarray(presence.sum(axis=0)).ravel()
    # No "+1" smoothing: a feature in nearly every sentence (the story's subject) says nothing.
    idf = np.log((1.0 + n) / (1.0 + df))
    if n and single_source_weight != 1.0:
        owner = sparse.csr_matrix((np.ones(n), (np.arange(n), doc_of)))
        sources = np.asarray(((owner.T @ presence) > 0).sum(axis=0)).ravel()
        idf = np.where(sources <= 1, idf * single_source_weight, idf)
    tf = counts.copy()
    # Repeats count sub-linearly; fractional weights (concepts, names) stay as they are.
    tf.data = np.where(tf.data > 1.0, 1.0 + np.log(np.maximum(tf.data, 1.0)), tf.data)
    idf_diag = sparse.diags(idf)
    tfidf = (tf @ idf_diag).tocsr()
    norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    tfidf = (sparse.diags(1.0 / norms) @ tfidf).tocsr()
    weighted = (presence @ idf_diag).tocsr()
    mass = np.asarray(weighted.sum(axis=1)).ravel()
    typical = float(np.median(mass[mass > 0])) if np.any(mass > 0) else 1.0
    return Channel(tfidf, weighted, presence.tocsr(), mass, df, typical)


def sentence_matrix(sentences: Sequence[ParsedSentence], doc_of: Sequence[int],
                    settings: AlignSettings,
                    entities: Sequence[Sequence[str]] | None = None,
                    owners: Sequence[Sequence[str]] | None = None,
                    opening: np.ndarray | None = None) -> SentenceMatrix:
    """Build the sparse feature matrices for all sentences of all documents at once.

    `entities[k]` lists the merged entity ids mentioned by sentence k (from core.entities);
    `owners[k]` the ids of the names whose figures sentence k gives; `opening[k]` whether
    sentence k is its report's headline or lede.
    """
    common = {t for s in sentences for t in s.terms}
    entities = entities if entities is not None else [()] * len(sentences)
    doc_of = np.asarray(doc_of, dtype=np.int64)
    weight = settings.single_source_weight
    return SentenceMatrix(_channel([_content(s, settings, common) for s in sentences], doc_of,
                                   weight),
                          _channel([_anchors(s, settings, common, e)
                                    for s, e in zip(sentences, entities)], doc_of, weight),
                          doc_of, _presence(owners, len(sentences)), settings.owner_clash,
                          None if opening is None else np.asarray(opening, dtype=bool),
                          settings.opening_bonus)


def _presence(sets: Sequence[Sequence[str]] | None, n: int) -> sparse.csr_matrix | None:
    if sets is None or not any(sets):
        return None
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for r, ids in enumerate(sets):
        for key in ids:
            rows.append(r)
            cols.append(vocab.setdefault(key, len(vocab)))
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(vocab)))


def _channel_scores(ch: Channel, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    cos = np.asarray(ch.tfidf[i].multiply(ch.tfidf[j]).sum(axis=1)).ravel()
    shared = np.asarray(ch.weighted[i].multiply(ch.presence[j]).sum(axis=1)).ravel()
    small = np.minimum(ch.mass[i], ch.mass[j])
    large = np.maximum(ch.mass[i], ch.mass[j])
    with np.errstate(divide="ignore", invalid="ignore"):
        contain = np.where(small > 0, shared / small, 0.0)
        overlap = np.where(large > 0, shared / large, 0.0)
    # A short sentence is "contained" in many long ones by accident: trust containment in
    # proportion to how much evidence the shorter sentence carries.
    trust = np.clip(small / (0.6 * ch.typical), 0.0, 1.0)
    return 0.5 * cos + 0.3 * contain * trust + 0.2 * overlap


def score_pairs(m: SentenceMatrix, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Similarity in [0, 1] of sentence pairs (i[k], j[k]), computed row-wise in bulk."""
    if len(i) == 0:
        return np.zeros(0)
    content = _channel_scores(m.content, i, j)
    anchors = _channel_scores(m.anchors, i, j)
    has_i, has_j = m.anchors.mass[i] > 0, m.anchors.mass[j] > 0
    both = 0.65 * content + 0.35 * anchors
    # Without names or numbers on either side, what happened is all there is to compare.
    score = np.where(has_i & has_j, both, np.where(has_i | has_j, 0.8 * content, content))
    clash = np.zeros(len(i), dtype=bool)
    if m.owners is not None:
        held = np.asarray(m.owners.sum(axis=1)).ravel() > 0
        shared = np.asarray(m.owners[i].multiply(m.owners[j]).sum(axis=1)).ravel()
        clash = held[i] & held[j] & (shared == 0)
        score = np.where(clash, score * m.owner_clash, score)
    if m.opening is not None and m.opening_bonus:
        # (a bonus for evidence there is, not a link out of nothing: only where they share some,
        # and not to two results of two names worded alike)
        both = m.opening[i] & m.opening[j] & (score > 0) & ~clash
        score = np.where(both, score + m.opening_bonus, score)
    return np.clip(score, 0.0, 1.0)


def find_candidates(m: SentenceMatrix, settings: AlignSettings) -> Candidates:
    """Pairs of sentences from different documents that share a specific feature, scored."""
    n = len(m.doc_of)
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Candidates(empty, empty, np.zeros(0))
    cap = max(settings.min_df_cap, int(settings.max_df_share * n))
    blocking = sparse.hstack([ch.presence[:, np.flatnonzero(ch.df <= cap)]
                              for ch in (m.content, m.anchors)]).tocsr()
    co = sparse.triu(blocking @ blocking.T, k=1).tocoo()
    i, j = co.row.astype(np.int64), co.col.astype(np.int64)
    # Two long sentences that share one specific feature and nothing else (a name, a number)
    # never reach the floor; in large comparisons they are most of the candidate pairs.
    size = np.asarray(blocking.sum(axis=1)).ravel()
    short = np.minimum(size[i], size[j]) < settings.short_sentence_features
    enough = (co.data >= 2) | short
    i, j = i[enough], j[enough]
    cross = m.doc_of[i] != m.doc_of[j]
    i, j = i[cross], j[cross]
    score = score_pairs(m, i, j)
    good = score >= settings.floor
    return Candidates(i[good], j[good], score[good])


def select_links(c: Candidates, doc_of: np.ndarray, n_sentences: int, n_docs: int,
                 threshold: float, mutual_ratio: float = 1.0) -> np.ndarray:
    """Mask of candidates that clear the threshold and are a best match on at least one side.

    "Best" is per sentence and per other document, so a long sentence can link to two short ones
    (each short one's best match is the long one), while a sentence that merely shares a name
    with many others links only where it fits best. Two sentences that are each other's best
    match are strong evidence and link from `threshold * mutual_ratio`.
    """
    if len(c.i) == 0:
        return np.zeros(0, dtype=bool)
    best_i = np.zeros(n_sentences * n_docs)
    best_j = np.zeros(n_sentences * n_docs)
    key_i = c.i * n_docs + doc_of[c.j]
    key_j = c.j * n_docs + doc_of[c.i]
    np.maximum.at(best_i, key_i, c.score)
    np.maximum.at(best_j, key_j, c.score)
    best_for_i = c.score >= best_i[key_i] - 1e-9
    best_for_j = c.score >= best_j[key_j] - 1e-9
    one_sided = (best_for_i | best_for_j) & (c.score >= threshold)
    mutual = best_for_i & best_for_j & (c.score >= threshold * mutual_ratio)
    return one_sided | mutual
