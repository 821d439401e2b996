"""The read-only text widget of a pane: reports clicks and outlines chosen ranges.

QTextEdit's extra selections can recolour text but not draw a frame around it; a frame keeps
the coverage shading visible while saying "this is the selected fact", so it is painted here
over the laid-out lines.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

__all__ = ["SentenceView"]


class SentenceView(QTextEdit):
    """Emits `clicked(qt_position)` for a plain click (not the end of a text selection)."""

    clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._outlined: list[tuple[int, int]] = []  # Qt positions
        self._outline = QColor("#1f5fbf")

    def set_outlined(self, ranges: list[tuple[int, int]], colour: QColor) -> None:
        self._outlined = list(ranges)
        self._outline = colour
        self.viewport().update()

    def scroll_to(self, qt_position: int) -> None:
        """Bring a position into view about a third of the way down, unless already visible."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_position)
        rect = self.cursorRect(cursor)
        height = self.viewport().height()
        if rect.top() < 0 or rect.bottom() > height * 3 // 4:  # keep what follows visible too
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)
        self.setTextCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked.emit(self.cursorForPosition(event.position().toPoint()).position())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._outlined:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._outline, 2))
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        for rect in self._line_rects():
            visible = rect.translated(dx, dy)
            if visible.intersects(QRectF(event.rect())):
                painter.drawRoundedRect(visible.adjusted(-1, 0, 1, 0), 3, 3)
        painter.end()

    def _line_rects(self) -> list[QRectF]:
        """One rectangle per laid-out line fragment of every outlined range."""
        doc = self.document()
        layout = doc.documentLayout()
        rects: list[QRectF] = []
        for start, end in self._outlined:
            block = doc.findBlock(start)
            while block.isValid() and block.position() < end:
                origin = layout.blockBoundingRect(block).topLeft()
                text_layout = block.layout()
                base = block.position()
                for n in range(text_layout.lineCount()):
                    line = text_layout.lineAt(n)
                    lo = max(start, base + line.textStart())
                    hi = min(end, base + line.textStart() + line.textLength())
                    if lo >= hi:
                        continue
                    x1 = line.cursorToX(lo - base)[0]
                    x2 = line.cursorToX(hi - base)[0]
                    rects.append(QRectF(origin.x() + x1, origin.y() + line.y(),
                                        x2 - x1, line.height()))
                block = block.next()
        return rects
