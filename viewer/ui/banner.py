"""A dismissible strip above the documents for problems that must not block the user.

A dialog would stop everything for one bad file among several good ones; the banner names each
file and reason and stays until dismissed, while the other documents remain usable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

__all__ = ["Banner"]


class Banner(QFrame):
    """Shows one or more lines of warning; `messages()` returns what is on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName("Problems")
        self.setStyleSheet("#banner { background: #fff4ce; border: 1px solid #e0c36a; "
                           "border-radius: 4px; } #banner QLabel { color: #3d3000; }")
        self._lines: list[str] = []
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName("Dismiss")
        close.setToolTip("Dismiss")
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def add(self, title: str, lines: list[str]) -> None:
        self._lines.extend(lines)
        self.label.setText(f"⚠ {title}\n" + "\n".join(f"  • {line}" for line in self._lines))
        self.show()

    def dismiss(self) -> None:
        self._lines.clear()
        self.label.clear()
        self.hide()

    def messages(self) -> list[str]:
        return list(self._lines)
