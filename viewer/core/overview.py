"""How alike the sources are as a whole, from the facts they report (no text is re-read).

A reader of five articles first wants the shape of the coverage: which outlets tell the same
story and which one goes its own way. Two sources are as similar as the share of their facts
they have in common (Jaccard over facts), so a long article is not "similar" to everything
merely because it says more.
"""

from __future__ import annotations

from viewer.core.result import Comparison

__all__ = ["facts_by_source", "shared_facts", "source_similarity", "strays", "STRAY_BELOW"]

# Sources of one event share a fifth to a third of their facts (the samples: 18-31%); an
# article of another story shares about none (1%).
STRAY_BELOW = 0.05


def facts_by_source(comparison: Comparison) -> dict[str, set[str]]:
    """Document id -> ids of the facts that document reports."""
    reported: dict[str, set[str]] = {d.id: set() for d in comparison.documents}
    for fact in comparison.facts:
        for doc_id in fact.sources:
            reported.setdefault(doc_id, set()).add(fact.id)
    return reported


def source_similarity(comparison: Comparison) -> list[list[float]]:
    """Square matrix in the order of `documents`: |facts both report| / |facts either reports|.

    Symmetric, 1.0 on the diagonal, every value in [0, 1]."""
    reported = facts_by_source(comparison)
    sets = [reported[d.id] for d in comparison.documents]
    matrix: list[list[float]] = []
    for i, a in enumerate(sets):
        row = []
        for j, b in enumerate(sets):
            union = len(a | b)
            row.append(1.0 if i == j else (len(a & b) / union if union else 0.0))
        matrix.append(row)
    return matrix


def shared_facts(comparison: Comparison, doc_a: str, doc_b: str) -> list[str]:
    """Ids of the facts both documents report, in the result's order."""
    return [f.id for f in comparison.facts if doc_a in f.sources and doc_b in f.sources]


def strays(comparison: Comparison, below: float = STRAY_BELOW) -> list[str]:
    """Ids of the documents that share almost no facts with any other: probably about another
    event, opened by mistake beside these (their links and disagreements are noise)."""
    if len(comparison.documents) < 2:
        return []
    matrix = source_similarity(comparison)
    return [d.id for i, d in enumerate(comparison.documents)
            if max(v for j, v in enumerate(matrix[i]) if j != i) < below]
