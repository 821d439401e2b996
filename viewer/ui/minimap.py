"""A narrow strip beside a pane's scrollbar: the shape of its coverage at a glance.

Each sentence is a mark in its coverage colour at its relative height, so a reader sees where
an article says things nobody else says (orange runs) without scrolling through it; the frame
shows what is in view, and a click or drag scrolls there.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.ui.sentence_geometry import SentenceGeometry
from viewer.ui.theme import outline_colour

__all__ = ["Minimap"]

WIDTH = 14


class Minimap(QWidget):
    """Coverage marks of one pane; `colours` maps sentence id to its shading."""

    def __init__(self, geometry: SentenceGeometry, colours: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geometry = geometry
        self._colours = {sid: QColor(c) for sid, c in colours.items()}
        self._marked: set[str] = set()
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"Coverage map of {geometry.doc.title or geometry.doc.id}")
        self.setToolTip("Coverage map: orange = only this source, blue = shared "
                        "(darker = more sources). Click to scroll there.")
        bar = geometry.view.verticalScrollBar()
        bar.valueChanged.connect(self.update)
        bar.rangeChanged.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(WIDTH, 100)

    def set_marked(self, sentence_ids: list[str]) -> None:
        """Sentences of the selected fact get a tick at the edge."""
        self._marked = set(sentence_ids)
        self.update()

    # --- geometry (tested without pixels) ---------------------------------------------
    def _scale(self) -> float:
        # a document shorter than its pane sits at the top of the strip as in the pane, not
        # stretched over it (one sentence was one mark the strip's height)
        shown = max(self.geometry.document_height(), self.geometry.view.viewport().height())
        return self.height() / shown

    def viewport_band(self) -> tuple[float, float]:
        """Top and bottom (widget y) of the frame that shows what is in view."""
        scale = self._scale()
        top = self.geometry.scroll() * scale
        return top, top + self.geometry.view.viewport().height() * scale

    def scroll_value_at(self, y: float) -> int:
        """Scroll bar value that centres the view on widget height `y`."""
        doc_y = y / self._scale()
        return round(doc_y - self.geometry.view.viewport().height() / 2)

    # --- events --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._jump(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event.position().y())

    def _jump(self, y: float) -> None:
        bar = self.geometry.view.verticalScrollBar()
        bar.setValue(max(bar.minimum(), min(bar.maximum(), self.scroll_value_at(y))))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        scale = self._scale()
        width = self.width()
        for e in self.geometry.extents():
            top = e.top * scale
            height = max(1.5, (e.bottom - e.top) * scale - 0.5)
            colour = self._colours.get(e.sentence)
            if colour is not None:
                painter.fillRect(QRectF(2, top, width - 4, height), colour)
            if e.sentence in self._marked:
                painter.fillRect(QRectF(0, top, 2, max(height, 3)), QColor(outline_colour()))
        top, bottom = self.viewport_band()
        text = palette.color(QPalette.ColorRole.Text)
        shade = QColor(text)
        shade.setAlpha(40)
        painter.fillRect(QRectF(0, top, width, bottom - top), shade)
        painter.setPen(QPen(text, 1))
        painter.drawRect(QRectF(0.5, top + 0.5, width - 1, max(2.0, bottom - top - 1)))
        painter.end()
