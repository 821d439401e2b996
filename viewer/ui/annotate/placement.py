"""Where annotations and verdicts land in the comparison now shown (no Qt here).

Analysis reruns give new document and fact ids, and the texts may have changed since the
annotations were made; the session's document keys and the anchors stay. So after every result
the viewer asks this module where each annotation sits (re-anchoring when the text's hash
differs) and which fact each verdict belongs to, and keeps the answers until the next result.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from viewer.core.anchoring import reanchor
from viewer.core.annotations import (
    Annotation,
    TextAnchor,
    Verdict,
    content_hash,
    fact_anchors,
    fact_key,
    now_iso,
)
from viewer.core.result import Comparison, DocumentResult

__all__ = ["Spot", "Placer", "keyed_fact_anchors", "new_verdict"]


@dataclass(frozen=True)
class Spot:
    """An annotation's place: the result document id and offsets in its text; `how` as
    `viewer.core.anchoring.Placement.how` ("exact", "position", "quote", "fuzzy"), or
    "orphan" with doc_id "" when it could not be placed."""

    doc_id: str
    start: int
    end: int
    how: str

    @property
    def orphan(self) -> bool:
        return self.how == "orphan"


ORPHAN = Spot("", 0, 0, "orphan")


class Placer:
    """Places annotations in one `Comparison`; `keys` maps result doc id -> session doc key."""

    def __init__(self, result: Comparison | None, keys: Mapping[str, str]) -> None:
        self.result = result
        self.docs: dict[str, DocumentResult] = {}  # session key -> document
        if result is not None:
            for doc in result.documents:
                if doc.id in keys:
                    self.docs[keys[doc.id]] = doc
        self.key_of = dict(keys)
        self._hashes: dict[str, str] = {}
        self._cache: dict[tuple[str, TextAnchor], Spot] = {}

    def _hash(self, key: str) -> str:
        if key not in self._hashes:
            self._hashes[key] = content_hash(self.docs[key].text)
        return self._hashes[key]

    def place(self, doc_key: str, anchor: TextAnchor) -> Spot:
        doc = self.docs.get(doc_key)
        if doc is None:
            return ORPHAN
        cached = self._cache.get((doc_key, anchor))
        if cached is not None:
            return cached
        if anchor.doc_hash == self._hash(doc_key) and anchor.end <= len(doc.text):
            spot = Spot(doc.id, anchor.start, anchor.end, "exact")
        else:
            found = reanchor(anchor, doc.text)
            spot = ORPHAN if found.how == "orphan" else Spot(doc.id, found.start, found.end,
                                                             found.how)
        self._cache[(doc_key, anchor)] = spot
        return spot

    def spots(self, annotations: Iterable[Annotation]) -> dict[str, Spot]:
        return {a.id: self.place(a.doc_key, a.anchor) for a in annotations}

    def fact_at(self, doc_id: str, offset: int) -> str | None:
        if self.result is None:
            return None
        doc = self.result.document(doc_id)
        starts = [s.start for s in doc.sentences]
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0 or offset >= doc.sentences[k].end:
            return None
        return doc.sentences[k].fact or None

    def verdict_facts(self, verdicts: Iterable[Verdict]) -> dict[str, Verdict]:
        """Fact id -> verdict: each verdict goes to the fact now holding most of its sentences."""
        out: dict[str, Verdict] = {}
        for verdict in verdicts:
            votes: Counter[str] = Counter()
            for doc_key, anchor in verdict.anchors:
                spot = self.place(doc_key, anchor)
                fact = None if spot.orphan else self.fact_at(spot.doc_id, spot.start)
                if fact:
                    votes[fact] += 1
            if votes:
                fact, _ = votes.most_common(1)[0]
                if fact not in out or out[fact].modified < verdict.modified:
                    out[fact] = verdict
        return out


def keyed_fact_anchors(result: Comparison, fact_id: str,
                       keys: Mapping[str, str]) -> list[tuple[str, TextAnchor]]:
    """The fact's sentence anchors, named by session document keys (stable across runs)."""
    return [(keys.get(doc_id, doc_id), a) for doc_id, a in fact_anchors(result, fact_id)]


def new_verdict(result: Comparison, fact_id: str, keys: Mapping[str, str], value: str,
                note: str) -> Verdict:
    """A verdict on a fact of `result`, keyed by its sentences so it survives re-analysis."""
    if not value.strip():
        raise ValueError("a verdict needs a value")
    anchors = keyed_fact_anchors(result, fact_id, keys)
    return Verdict(fact_key(anchors), value.strip(), note, now_iso(), anchors)
