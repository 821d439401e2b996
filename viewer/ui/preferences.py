"""Edit ▸ Preferences…: threshold, spaCy pipeline, pane font and theme, applied as they change.

The dialog only edits values and says so through signals; the window applies them (re-analyse,
restyle) and the store saves them. Dragging the threshold slider would start an analysis per
step, so the threshold is sent once the slider has been still for a moment.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from viewer.core.preferences import FONT_SIZE_RANGE, THEMES, THRESHOLD_RANGE, Preferences

__all__ = ["PreferencesDialog", "DEBOUNCE_MS"]

DEBOUNCE_MS = 400
_STEPS = 100  # the slider works in hundredths


class PreferencesDialog(QDialog):
    """Non-modal: the comparison behind it updates while the user watches."""

    threshold_changed = Signal(float)  # debounced
    model_changed = Signal(str)
    font_changed = Signal(str, float)  # family ("" = default), size in points (0 = default)
    theme_changed = Signal(str)

    def __init__(self, prefs: Preferences, models: list[str], default_font: QFont,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setAccessibleName("Preferences")
        self._default_font = default_font
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.threshold_changed.emit(self.threshold()))

        lo, hi = THRESHOLD_RANGE
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal)
        self.threshold_slider.setRange(round(lo * _STEPS), round(hi * _STEPS))
        self.threshold_slider.setAccessibleName("Similarity threshold")
        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setRange(lo, hi)
        self.threshold_spin.setSingleStep(0.01)
        self.threshold_spin.setDecimals(2)
        self.threshold_spin.setAccessibleName("Similarity threshold value")
        self.threshold_slider.setValue(round(prefs.threshold * _STEPS))
        self.threshold_spin.setValue(prefs.threshold)
        self.threshold_slider.valueChanged.connect(
            lambda v: self.threshold_spin.setValue(v / _STEPS))
        self.threshold_spin.valueChanged.connect(self._on_threshold)
        row = QHBoxLayout()
        row.addWidget(self.threshold_slider, 1)
        row.addWidget(self.threshold_spin)
        hint = QLabel("How alike two sentences must be to count as the same fact. Lower finds "
                      "looser paraphrases and more false links.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        self.model_combo = QComboBox()
        self.model_combo.setAccessibleName("spaCy pipeline")
        for name in models:
            self.model_combo.addItem(name, name)
        if prefs.model not in models:  # chosen earlier, uninstalled since: say so, keep it
            self.model_combo.addItem(f"{prefs.model} (not installed)", prefs.model)
        self.model_combo.setCurrentIndex(self.model_combo.findData(prefs.model))
        self.model_combo.currentIndexChanged.connect(
            lambda _n: self.model_changed.emit(self.model_combo.currentData()))

        self.font_combo = QFontComboBox()
        self.font_combo.setAccessibleName("Text font")
        self.font_combo.setCurrentFont(QFont(prefs.font_family or default_font.family()))
        self.size_spin = QSpinBox()
        self.size_spin.setAccessibleName("Text size")
        self.size_spin.setRange(int(FONT_SIZE_RANGE[0]), int(FONT_SIZE_RANGE[1]))
        self.size_spin.setSuffix(" pt")
        self.size_spin.setValue(round(prefs.font_size or default_font.pointSizeF() or 10))
        self._font_custom = bool(prefs.font_family), bool(prefs.font_size)
        self.font_combo.currentFontChanged.connect(lambda _f: self._on_font(family=True))
        self.size_spin.valueChanged.connect(lambda _v: self._on_font(size=True))
        self.font_reset = QPushButton("Default")
        self.font_reset.setAccessibleName("Use the default text font")
        self.font_reset.clicked.connect(self._reset_font)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_combo, 1)
        font_row.addWidget(self.size_spin)
        font_row.addWidget(self.font_reset)

        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName("Theme")
        for theme in THEMES:
            self.theme_combo.addItem(theme.capitalize(), theme)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(prefs.theme))
        self.theme_combo.currentIndexChanged.connect(
            lambda _n: self.theme_changed.emit(self.theme_combo.currentData()))

        form = QFormLayout()
        for text, buddy, field in (("Similarity &threshold:", self.threshold_slider, row),
                                   ("", None, hint),
                                   ("spaCy &pipeline:", self.model_combo, self.model_combo),
                                   ("Text &font:", self.font_combo, font_row),
                                   ("T&heme:", self.theme_combo, self.theme_combo)):
            label = QLabel(text)
            if buddy is not None:
                label.setBuddy(buddy)  # Alt+letter moves there
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def threshold(self) -> float:
        return round(self.threshold_spin.value(), 2)

    def _on_threshold(self, value: float) -> None:
        self.threshold_slider.blockSignals(True)
        self.threshold_slider.setValue(round(value * _STEPS))
        self.threshold_slider.blockSignals(False)
        self._debounce.start()  # restarts: only the last value of a drag is sent

    def flush(self) -> None:
        """Send a pending threshold now (the dialog is closing)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.threshold_changed.emit(self.threshold())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name (Close, Esc)
        self.flush()
        super().hideEvent(event)

    def _on_font(self, family: bool = False, size: bool = False) -> None:
        custom_family, custom_size = self._font_custom
        self._font_custom = custom_family or family, custom_size or size
        self.font_changed.emit(self.font_combo.currentFont().family() if self._font_custom[0]
                               else "", float(self.size_spin.value()) if self._font_custom[1]
                               else 0.0)

    def _reset_font(self) -> None:
        for widget in (self.font_combo, self.size_spin):
            widget.blockSignals(True)
        self.font_combo.setCurrentFont(self._default_font)
        self.size_spin.setValue(round(self._default_font.pointSizeF() or 10))
        for widget in (self.font_combo, self.size_spin):
            widget.blockSignals(False)
        self._font_custom = False, False
        self.font_changed.emit("", 0.0)
