"""The verdict on the selected fact: confirmed, disputed, needs checking or your own word."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.annotations import VERDICTS, Verdict

__all__ = ["VerdictWidget", "VerdictDialog", "verdict_text", "NO_FACT"]

NO_FACT = "Select a fact (click a sentence) to give it a verdict."


def verdict_text(verdict: Verdict | None) -> str:
    """One line for the status bar: the value, and the note if there is one."""
    if verdict is None:
        return ""
    return f"Verdict: {verdict.value}" + (f" — {verdict.note}" if verdict.note else "")


class VerdictWidget(QGroupBox):
    """Emits `set_requested(value, note)` or `clear_requested()`; shows the current verdict."""

    set_requested = Signal(str, str)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Verdict on the selected fact", parent)
        self.fact_label = QLabel(NO_FACT)
        self.fact_label.setWordWrap(True)
        self.value = QComboBox()
        self.value.setEditable(True)  # a custom verdict is typed in
        self.value.addItems(VERDICTS)
        self.value.setAccessibleName("Verdict")
        self.value.setToolTip("Pick a verdict or type your own")
        self.note = QLineEdit()
        self.note.setAccessibleName("Verdict note")
        self.note.setPlaceholderText("Note (e.g. confirmed by two sources)")
        self.set_button = QPushButton("Set")
        self.set_button.setAccessibleName("Set verdict")
        self.set_button.clicked.connect(self._on_set)
        self.note.returnPressed.connect(self._on_set)
        self.clear_button = QPushButton("Clear")
        self.clear_button.setAccessibleName("Clear verdict")
        self.clear_button.clicked.connect(self.clear_requested)
        layout = QGridLayout(self)
        layout.addWidget(self.fact_label, 0, 0, 1, 3)
        layout.addWidget(self.value, 1, 0)
        layout.addWidget(self.set_button, 1, 1)
        layout.addWidget(self.clear_button, 1, 2)
        layout.addWidget(self.note, 2, 0, 1, 3)
        self.unattached = QLabel()
        self.unattached.setWordWrap(True)
        self.unattached.setStyleSheet("color: palette(placeholder-text);")
        self.unattached.hide()
        layout.addWidget(self.unattached, 3, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        self.show_fact(None, None)

    def set_unattached(self, verdicts: list[Verdict]) -> None:
        """Verdicts whose fact's sentences are no longer found: listed, never dropped."""
        self.unattached.setVisible(bool(verdicts))
        if not verdicts:
            self.unattached.clear()
            return
        quotes = [f"{v.value} (“{' '.join(v.anchors[0][1].exact.split())[:60]}…”)"
                  if v.anchors else v.value for v in verdicts]
        self.unattached.setText(f"Not attached to any fact ({len(verdicts)}): "
                                + "; ".join(quotes))

    def show_fact(self, fact_id: str | None, verdict: Verdict | None,
                  label: str | None = None) -> None:
        """Show the fact's verdict (`label` describes the fact to the reader); with no fact,
        an empty, disabled editor: a previous fact's values must not look current."""
        for widget in (self.value, self.note, self.set_button):
            widget.setEnabled(fact_id is not None)
        self.clear_button.setEnabled(verdict is not None)
        if fact_id is None:
            self.fact_label.setText(NO_FACT)
            self.value.setCurrentIndex(-1)
            self.value.setEditText("")
            self.note.clear()
            return
        self.fact_label.setText(f"{label or fact_id}: " + (verdict_text(verdict) if verdict
                                                           else "no verdict yet"))
        self.value.setCurrentText(verdict.value if verdict else VERDICTS[0])
        self.note.setText(verdict.note if verdict else "")

    def _on_set(self) -> None:
        value = self.value.currentText().strip()
        if value:
            self.set_requested.emit(value, self.note.text().strip())


class VerdictDialog(QDialog):
    """Edit ▸ Verdict on selected fact…: the verdict editor in a dialog of its own, because
    the dock's copy may be hidden, tabbed away or scrolled out of sight. Set and Clear act at
    once (undoably) and close it."""

    def __init__(self, fact_id: str, verdict: Verdict | None, label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Verdict on the selected fact")
        self.editor = VerdictWidget()
        self.editor.setTitle("")
        self.editor.show_fact(fact_id, verdict, label)
        self.editor.set_requested.connect(self.accept)
        self.editor.clear_requested.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.editor.value.setFocus()
        self.editor.value.lineEdit().selectAll()
