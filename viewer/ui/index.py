"""Look-ups over one `Comparison` that the widgets share (no Qt here, no analysis either).

The panes, docks and navigation all ask the same questions — which fact holds this sentence,
which words differ from the sentence the user picked, what comes after the current fact — so
they are answered once, from the result's own fields, and tested without a display.
"""

from __future__ import annotations

from collections import defaultdict

from viewer.core.result import Comparison, Fact, Link

__all__ = ["ResultIndex", "own_diff_chars"]

Spans = dict[str, list[tuple[int, int]]]  # sentence id -> (start, end) document offsets


def own_diff_chars(link: Link, sentence_id: str) -> set[int]:
    """Offsets (within the sentence) of its words that differ on this link."""
    return link.differing_chars(sentence_id)


class ResultIndex:
    """Derived, read-only views of a comparison; rebuilt whenever a new result arrives."""

    def __init__(self, result: Comparison) -> None:
        self.result = result
        self.facts: dict[str, Fact] = {f.id: f for f in result.facts}
        self.fact_of: dict[str, str] = {}
        self.order: dict[str, int] = {}  # reading order: documents left to right
        for doc in result.documents:
            for s in doc.sentences:
                self.fact_of[s.id] = s.fact
                self.order[s.id] = len(self.order)
        self._links: dict[str, list[Link]] = defaultdict(list)
        for link in result.links:
            self._links[link.a].append(link)
            self._links[link.b].append(link)
        self._best_marks: dict[str, set[int]] | None = None  # built on first use: it is slow

    @property
    def _best(self) -> dict[str, set[int]]:
        if self._best_marks is None:
            self._best_marks = self.result.differing_chars()
        return self._best_marks

    def links_of(self, sentence_id: str) -> list[Link]:
        """Every link that has this sentence on one side."""
        return self._links.get(sentence_id, [])

    # --- facts ----------------------------------------------------------------------------
    def fact_of_sentence(self, sentence_id: str) -> str | None:
        return self.fact_of.get(sentence_id)

    def diff_marks(self, fact_id: str, anchor: str | None = None) -> dict[str, set[int]]:
        """Differing words per sentence of the fact.

        With an `anchor` (the sentence the user picked) every other sentence is compared with
        it, and the anchor shows what differs from any of them; otherwise each sentence uses
        its best match, as the HTML report does."""
        fact = self.facts.get(fact_id)
        if fact is None:
            return {}
        if anchor is None or anchor not in fact.sentences:
            return {sid: set(self._best.get(sid, ())) for sid in fact.sentences}
        marks: dict[str, set[int]] = {anchor: set()}
        for link in self._links.get(anchor, []):
            other = link.b if link.a == anchor else link.a
            marks[anchor] |= own_diff_chars(link, anchor)
            marks[other] = own_diff_chars(link, other)
        for sid in fact.sentences:  # not linked to the anchor directly: fall back to best match
            marks.setdefault(sid, set(self._best.get(sid, ())))
        return marks

    def disputed_spans(self, discrepancy_index: int) -> Spans:
        """The differing parts a discrepancy names, by sentence (document offsets)."""
        spans: Spans = defaultdict(list)
        for span in self.result.discrepancies[discrepancy_index].spans:
            if span.get("start", -1) >= 0:
                spans[span["sentence"]].append((int(span["start"]), int(span["end"])))
        return dict(spans)

    def unique_fact_count(self, doc_id: str) -> int:
        return sum(1 for f in self.result.facts if f.status == "unique" and f.sources == [doc_id])

    # --- navigation -----------------------------------------------------------------------
    def _first(self, fact_id: str) -> int:
        return min(self.order.get(s, 1 << 30) for s in self.facts[fact_id].sentences)

    def step_fact(self, kind: str, current: str | None, direction: int) -> str | None:
        """The next (direction 1) or previous (-1) fact of `kind` ("unique"/"shared") in
        reading order, wrapping around; None when there is none."""
        ids = sorted((f.id for f in self.result.facts if f.status == kind), key=self._first)
        return _step(ids, [self._first(f) for f in ids],
                     self._first(current) if current in self.facts else None, direction)

    def step_discrepancy(self, current: int | None, direction: int) -> int | None:
        """Index of the next/previous discrepancy, wrapping; None when there are none."""
        count = len(self.result.discrepancies)
        if count == 0:
            return None
        if current is None:
            return 0 if direction > 0 else count - 1
        return (current + direction) % count


def _step(ids: list[str], keys: list[int], here: int | None, direction: int) -> str | None:
    if not ids:
        return None
    if here is None:
        return ids[0] if direction > 0 else ids[-1]
    if direction > 0:
        return next((f for f, k in zip(ids, keys) if k > here), ids[0])
    return next((f for f, k in zip(reversed(ids), reversed(keys)) if k < here), ids[-1])
