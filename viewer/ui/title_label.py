"""A pane's headline, at most two lines: the rest is elided, the whole title in the tooltip.

Some headlines run to thirty words; wrapped in a narrow pane they took six or seven lines and
pushed the text itself down. The label wraps the words itself so it knows where the second
line ends, and redoes it whenever the pane's width changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["TitleLabel", "fit_lines"]


def fit_lines(title: str, metrics: QFontMetrics, width: int, most: int = 2) -> list[str]:
    """Words of `title` wrapped to `width` pixels in at most `most` lines, the last elided."""
    words, lines = title.split(), []
    while words and len(lines) < most - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


class TitleLabel(QLabel):
    """`full_title` is the whole headline; `text()` is what fits."""

    MAX_LINES = 2

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_title = " ".join(title.split()) or "(untitled)"
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setToolTip(self.full_title)
        self.setText(self.full_title)

    def is_elided(self) -> bool:
        return self.text().replace("\n", " ") != self.full_title

    def refit(self) -> None:
        width = self.contentsRect().width() - 2  # a hair less: the label must not wrap again
        if width <= 0:
            return
        lines = fit_lines(self.full_title, self.fontMetrics(), width, self.MAX_LINES)
        fits = " ".join(lines) == self.full_title  # nothing elided: let the label wrap it
        text = self.full_title if fits else "\n".join(lines)
        if text != self.text():
            self.setText(text)

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.refit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.refit()
