"""Find in all documents: a small bar that asks the window to search forward or back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

__all__ = ["FindBar"]


class FindBar(QWidget):
    """Enter finds the next match, Shift+Enter the previous one, Escape closes."""

    find_requested = Signal(str, bool)  # text, backward

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in all documents")
        self.field.setAccessibleName("Find")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(lambda _text: self.status.clear())  # an old count
        self.field.returnPressed.connect(lambda: self.request(bool(
            QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)))
        self.status = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(QLabel("Find:"))
        layout.addWidget(self.field, 1)
        for text, backward, tip in (("▲", True, "Previous match"), ("▼", False, "Next match")):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(lambda _=False, b=backward: self.request(b))
            layout.addWidget(button)
        layout.addWidget(self.status)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Close")
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.hide()

    def open(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def show_count(self, number: int, total: int) -> None:
        """ "3 of 12" across all documents, or "No matches"."""
        self.status.setText(f"{number} of {total}" if total else "No matches")

    def request(self, backward: bool) -> None:
        if self.field.text():
            self.find_requested.emit(self.field.text(), backward)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)
