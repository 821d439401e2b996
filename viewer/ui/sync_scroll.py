"""Scrolling one pane scrolls the others so that the same facts stay side by side.

Articles tell one story in different orders and lengths, so scrolling by the same number of
pixels drifts apart at once. Instead each pane's position is mapped through the links: the
sentence at the reference line (the top of the lowest-starting text area, so every pane
shows it) has its linked sentence moved to the same height in every other pane. Between
linked sentences the mapping is linear, so unique passages scroll smoothly.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QTextEdit

from viewer.ui.index import ResultIndex
from viewer.ui.sentence_geometry import Extent, SentenceGeometry

__all__ = ["ScrollSync", "anchor_pairs", "map_position", "best_partners"]

Anchor = tuple[float, float]  # (y in the scrolled pane, y in the other), document pixels


class _Pane(Protocol):
    text: QTextEdit
    sentence_geometry: SentenceGeometry


def best_partners(index: ResultIndex, sentences: Sequence[str]) -> dict[tuple[str, str], str]:
    """(sentence id, other document id) -> the sentence there it is most strongly linked to,
    for the given sentences (one pane's: the whole result can hold tens of thousands of links).
    """
    best: dict[tuple[str, str], tuple[float, str]] = {}
    for mine in sentences:
        for link in index.links_of(mine):
            theirs = link.b if link.a == mine else link.a
            key = (mine, theirs.split(".", 1)[0])
            if key not in best or link.score > best[key][0]:
                best[key] = (link.score, theirs)
    return {key: sid for key, (_score, sid) in best.items()}


def anchor_pairs(source: Sequence[Extent], target: Sequence[Extent], target_doc: str,
                 partners: dict[tuple[str, str], str], source_height: float,
                 target_height: float) -> list[Anchor]:
    """Matching heights: the tops and bottoms of linked sentences, plus both ends."""
    where = {e.sentence: e for e in target}
    anchors: list[Anchor] = [(0.0, 0.0)]
    for e in source:
        other = where.get(partners.get((e.sentence, target_doc), ""))
        if other is not None:
            # Two sentences on one line overlap in height: the later one's top wins over the
            # earlier one's bottom, so that the heights stay in order for the interpolation.
            while len(anchors) > 1 and anchors[-1][0] > e.top:
                anchors.pop()
            anchors += [(e.top, other.top), (e.bottom, other.bottom)]
    anchors.append((max(source_height, anchors[-1][0]), target_height))
    return anchors


def map_position(anchors: Sequence[Anchor], y: float) -> float:
    """The height in the other pane matching height `y`, interpolated between anchors."""
    keys = [a[0] for a in anchors]
    k = bisect.bisect_right(keys, y) - 1
    if k < 0:
        return anchors[0][1]
    if k >= len(anchors) - 1:
        return anchors[-1][1]
    (y0, t0), (y1, t1) = anchors[k], anchors[k + 1]
    if y1 <= y0:
        return t1
    return t0 + (t1 - t0) * (y - y0) / (y1 - y0)


class ScrollSync(QObject):
    """Keeps panes aligned while `enabled`; `paused()` lets the program scroll them freely."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self._panes: list[_Pane] = []
        self._index: ResultIndex | None = None
        self._partners: dict[int, dict[tuple[str, str], str]] = {}  # per pane, on first use
        self._busy = False
        self._last_source: int | None = None
        self._stale: set[int] = set()  # panes out of sight, not yet moved to match

    def set_panes(self, panes: Sequence[_Pane], index: ResultIndex | None) -> None:
        self._panes = list(panes)
        self._index = index
        self._partners = {}
        self._last_source, self._stale = None, set()
        for k, pane in enumerate(self._panes):
            pane.text.verticalScrollBar().valueChanged.connect(
                lambda _value, k=k: self.follow(k))

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled

    @contextmanager
    def paused(self) -> Iterator[None]:
        busy, self._busy = self._busy, True
        try:
            yield
        finally:
            self._busy = busy

    def forget(self) -> None:
        """The program has just placed every pane itself: drop any follow-up still owed to
        the last pane the user scrolled, so it cannot drag them back later."""
        self._last_source, self._stale = None, set()

    def partners(self, k: int) -> dict[tuple[str, str], str]:
        """Best-linked sentence in every other document, for the sentences of pane `k`."""
        if k not in self._partners:
            sentences = [s.id for s in self._panes[k].sentence_geometry.doc.sentences]
            self._partners[k] = best_partners(self._index, sentences) if self._index else {}
        return self._partners[k]

    def follow(self, k: int) -> None:
        """Pane `k` moved: move every other pane to match (never re-entered)."""
        if not self.enabled or self._busy or not 0 <= k < len(self._panes):
            return
        self._last_source = k
        self._stale = set(range(len(self._panes))) - {k}
        self.catch_up()

    def catch_up(self) -> None:
        """Move the panes in sight to match the last scrolled pane; panes scrolled out of
        sight sideways wait until they come into view (twenty long articles would otherwise
        be laid out on every wheel turn)."""
        k = self._last_source
        if not self.enabled or self._busy or k is None or k >= len(self._panes):
            return
        self._busy = True
        try:
            source = self._panes[k]
            tops = [_viewport_top(p.text) for p in self._panes]
            reference = max(tops)
            src_geo = source.sentence_geometry
            partners = self.partners(k)
            y = src_geo.scroll() + reference - tops[k]
            for j, pane in enumerate(self._panes):
                if j not in self._stale or pane.text.visibleRegion().isEmpty():
                    continue
                self._stale.discard(j)
                geo = pane.sentence_geometry
                anchors = anchor_pairs(src_geo.extents(), geo.extents(), geo.doc.id,
                                       partners, src_geo.document_height(),
                                       geo.document_height())
                bar = pane.text.verticalScrollBar()
                target = map_position(anchors, y) - (reference - tops[j])
                bar.setValue(max(bar.minimum(), min(bar.maximum(), round(target))))
        finally:
            self._busy = False


def _viewport_top(view: QTextEdit) -> int:
    return view.viewport().mapToGlobal(QPoint(0, 0)).y()
