"""Where each sentence of a pane sits vertically, for the overview widgets that draw over panes.

Connector bands, synchronised scrolling and the minimap all need "how far down the document
is sentence X". Asking the text layout is the costly part, so the answer is computed once per
layout (width and document size) and reused on every scroll and repaint.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextEdit

from viewer.core.result import DocumentResult

__all__ = ["Extent", "SentenceGeometry"]


class Extent(NamedTuple):
    """A sentence's vertical span in document pixels (top of its first line, bottom of its last)."""

    sentence: str
    top: float
    bottom: float


class SentenceGeometry:
    """Sentence extents of one text view, cached until its layout changes."""

    def __init__(self, view: QTextEdit, doc: DocumentResult, u16: list[int]) -> None:
        self.view = view
        self.doc = doc
        self._u16 = u16
        self._key: tuple[int, float] | None = None
        self._extents: list[Extent] = []
        self._tops: list[float] = []
        self._by_id: dict[str, Extent] = {}
        view.document().documentLayout().documentSizeChanged.connect(self.invalidate)

    def invalidate(self, *_args: object) -> None:
        self._key = None

    def _layout_key(self) -> tuple[int, float]:
        return (self.view.viewport().width(),
                self.view.document().documentLayout().documentSize().height())

    def extents(self) -> list[Extent]:
        """Every sentence in document order, in document coordinates."""
        key = self._layout_key()
        if key != self._key:
            self._extents = _measure(self.view.document(), self.doc, self._u16)
            self._tops = [e.top for e in self._extents]
            self._by_id = {e.sentence: e for e in self._extents}
            self._key = key
        return self._extents

    def extent(self, sentence_id: str) -> Extent | None:
        self.extents()
        return self._by_id.get(sentence_id)

    def document_height(self) -> float:
        return max(1.0, self.view.document().documentLayout().documentSize().height())

    def scroll(self) -> int:
        return self.view.verticalScrollBar().value()

    def visible(self) -> list[Extent]:
        """Sentences that show in the viewport, in viewport coordinates (y down from its top)."""
        extents = self.extents()
        top = self.scroll()
        bottom = top + self.view.viewport().height()
        k = max(0, bisect.bisect_right(self._tops, top) - 1)
        out = []
        while k < len(extents) and extents[k].top < bottom:
            e = extents[k]
            if e.bottom > top:
                out.append(Extent(e.sentence, e.top - top, e.bottom - top))
            k += 1
        return out

    def at(self, y: float) -> Extent | None:
        """The sentence at document height `y`, or the last one above it."""
        extents = self.extents()
        k = bisect.bisect_right(self._tops, y) - 1
        return extents[k] if 0 <= k < len(extents) else None


def _measure(document: QTextDocument, doc: DocumentResult, u16: list[int]) -> list[Extent]:
    layout = document.documentLayout()
    out: list[Extent] = []
    for s in doc.sentences:
        start, end = u16[s.start], u16[max(s.start, s.end - 1)]
        top = _line_y(document, layout, start, bottom=False)
        bottom = _line_y(document, layout, end, bottom=True)
        if top is not None and bottom is not None:
            out.append(Extent(s.id, top, max(bottom, top + 1)))
    return out


def _line_y(document: QTextDocument, layout, position: int, bottom: bool) -> float | None:
    block = document.findBlock(position)
    if not block.isValid():
        return None
    origin = layout.blockBoundingRect(block).top()
    line = block.layout().lineForTextPosition(position - block.position())
    if not line.isValid():
        return origin
    return origin + line.y() + (line.height() if bottom else 0.0)
