"""Bands between neighbouring panes that join the sentences stating the same fact.

As a diff tool joins changed blocks across its gap, each splitter handle paints a translucent
band from a sentence in the left pane to every sentence linked to it in the right pane, so a
reader follows a fact across articles without clicking. Only sentences in view are joined; the
sentence extents come from each pane's cached layout, so a repaint on scroll costs little.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget

from viewer.ui.index import ResultIndex
from viewer.ui.sentence_geometry import Extent
from viewer.ui.theme import coverage_colours, outline_colour

__all__ = ["Band", "ConnectorSplitter", "connector_bands", "HANDLE_WIDTH"]

HANDLE_WIDTH = 30


class Band(NamedTuple):
    """One joined pair; y values are in the handle's coordinates."""

    left: str
    right: str
    left_top: float
    left_bottom: float
    right_top: float
    right_bottom: float
    fact: str
    selected: bool


def connector_bands(left: list[Extent], right: list[Extent], pairs: set[tuple[str, str]],
                    fact_of: dict[str, str], left_span: tuple[float, float],
                    right_span: tuple[float, float], selected_fact: str | None = None,
                    ) -> list[Band]:
    """Bands for the linked (left, right) sentence pairs that are both in view.

    `left`/`right` are the visible extents (viewport coordinates) of each pane, and `*_span`
    the (top, bottom) of each viewport in the handle's coordinates; band ends are clipped to
    them so a band never points into a pane's header."""
    right_by_id = {e.sentence: e for e in right}
    partners: dict[str, list[str]] = defaultdict(list)
    for a, b in pairs:
        if b in right_by_id:
            partners[a].append(b)
    bands: list[Band] = []
    for e in left:
        for b in sorted(partners.get(e.sentence, ())):
            r = right_by_id[b]
            lt, lb = _clip(left_span[0] + e.top, left_span), _clip(left_span[0] + e.bottom,
                                                                     left_span)
            rt, rb = _clip(right_span[0] + r.top, right_span), _clip(right_span[0] + r.bottom,
                                                                      right_span)
            if lb - lt < 1 and rb - rt < 1:
                continue  # both ends clipped away
            fact = fact_of.get(e.sentence, "")
            bands.append(Band(e.sentence, b, lt, lb, rt, rb, fact,
                              bool(selected_fact) and fact == selected_fact))
    bands.sort(key=lambda band: band.selected)  # the selected fact's bands paint last, on top
    return bands


def _clip(y: float, span: tuple[float, float]) -> float:
    return min(max(y, span[0]), span[1])


class ConnectorHandle(QSplitterHandle):
    """A splitter handle that still resizes panes, and paints the bands between them."""

    def __init__(self, orientation: Qt.Orientation, parent: ConnectorSplitter) -> None:
        super().__init__(orientation, parent)
        self.setToolTip("Bands join sentences that state the same fact; drag to resize")

    def bands(self) -> list[Band]:
        splitter = self.splitter()
        assert isinstance(splitter, ConnectorSplitter)
        k = splitter.indexOf(self)
        if k <= 0:
            return []
        return splitter.bands_between(k - 1, k, self)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        splitter = self.splitter()
        colours = splitter.colours if isinstance(splitter, ConnectorSplitter) else {}
        w = float(self.width())
        outline = QColor(outline_colour())
        for band in self.bands():
            path = QPainterPath(QPointF(0, band.left_top))
            path.cubicTo(w / 2, band.left_top, w / 2, band.right_top, w, band.right_top)
            path.lineTo(w, band.right_bottom)
            path.cubicTo(w / 2, band.right_bottom, w / 2, band.left_bottom, 0, band.left_bottom)
            path.closeSubpath()
            base = QColor(colours.get(band.fact, "#9aa7b5"))
            fill = QColor(base)
            fill.setAlpha(235 if band.selected else 160)
            painter.fillPath(path, fill)
            edge = QColor(outline) if band.selected else base.darker(125)
            if not band.selected:
                edge.setAlpha(200)
            painter.setPen(QPen(edge, 1.6 if band.selected else 1.0))
            painter.drawPath(path)
        painter.end()


class ConnectorSplitter(QSplitter):
    """A horizontal splitter of `DocumentPane`s whose handles draw connector bands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setHandleWidth(HANDLE_WIDTH)
        self._index: ResultIndex | None = None
        self._fact_of: dict[str, str] = {}
        self.colours: dict[str, str] = {}  # fact id -> coverage colour
        self.selected_fact: str | None = None

    def createHandle(self) -> QSplitterHandle:  # noqa: N802 - Qt's name
        return ConnectorHandle(self.orientation(), self)

    def set_index(self, index: ResultIndex | None) -> None:
        """A new result; its links are looked up per visible sentence when painting."""
        self._index, self.selected_fact = index, None
        self._fact_of, self.colours = {}, {}
        if index is not None:
            self._fact_of = index.fact_of
            total = len(index.result.documents)
            shades = {k: coverage_colours(k, total)[0] for k in range(1, total + 1)}
            self.colours = {f.id: shades.get(len(f.sources), shades[1])
                            for f in index.result.facts}
        self.refresh()

    def set_selected_fact(self, fact_id: str | None) -> None:
        self.selected_fact = fact_id or None
        self.refresh()

    def refresh(self) -> None:
        for k in range(1, self.count()):
            self.handle(k).update()

    def bands_between(self, left: int, right: int, handle: QWidget) -> list[Band]:
        a, b = self.widget(left), self.widget(right)
        geo_a = getattr(a, "sentence_geometry", None)
        geo_b = getattr(b, "sentence_geometry", None)
        if geo_a is None or geo_b is None:
            return []
        if self._index is None:
            return []
        left = geo_a.visible()
        prefix = b.doc.id + "."
        pairs = set()
        for e in left:
            for link in self._index.links_of(e.sentence):
                other = link.b if link.a == e.sentence else link.a
                if other.startswith(prefix):
                    pairs.add((e.sentence, other))
        if not pairs:
            return []
        return connector_bands(left, geo_b.visible(), pairs, self._fact_of,
                               _span(a.text.viewport(), handle), _span(b.text.viewport(), handle),
                               self.selected_fact)


def _span(viewport: QWidget, handle: QWidget) -> tuple[float, float]:
    """A viewport's top and bottom in the handle's coordinates."""
    top = viewport.mapTo(handle.window(), QPoint(0, 0)).y() - \
        handle.mapTo(handle.window(), QPoint(0, 0)).y()
    return float(top), float(top + viewport.height())
