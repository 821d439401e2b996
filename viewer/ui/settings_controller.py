"""Applies the stored preferences to a main window and keeps them when the user changes them.

The window asks this object for the analysis settings and the pane font; the Preferences dialog
reports changes here, which saves them and applies each the cheapest way: the threshold and the
pipeline re-run the analysis (parsed documents are cached, so a new threshold parses nothing),
the font restyles the panes in place, and the theme repaints the result (its colours depend on
it). A settings file that could not be used is reported once in the window's banner.

A reopened session is analysed with the settings it was saved with (its facts and annotations
were made with them), without touching the saved Preferences; a permanent note in the status bar
says so until the user picks a value in Preferences, which then applies to this session too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

from viewer.core.align import AlignSettings
from viewer.core.nlp import available_models
from viewer.core.pipeline import Settings
from viewer.core.preferences import THRESHOLD_RANGE, PreferencesStore
from viewer.ui.preferences import PreferencesDialog
from viewer.ui.theme import apply_theme

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["SettingsController"]


class SettingsController(QObject):
    """One per window; `store` is the window's view of the preferences file."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = PreferencesStore()
        self.dialog: PreferencesDialog | None = None
        self.session_settings: dict[str, object] = {}  # the open session's, where they differ
        self.session_label: QLabel | None = None  # permanent status-bar note about them
        app = QApplication.instance()
        self._default_font = QFont(app.font()) if isinstance(app, QApplication) else QFont()
        if self.store.prefs.theme != "system" and isinstance(app, QApplication):
            apply_theme(app, self.store.prefs.theme)

    def report_problem(self) -> None:
        """Tell the user (in the banner) why the settings file was not used."""
        if self.store.problem:
            self.window.banner.add("Settings problem:", [self.store.problem])
            self.store.problem = None

    # --- what the window reads ----------------------------------------------------------
    def analysis_settings(self) -> Settings:
        """Preferences, except where the open session was saved with other settings."""
        prefs = self.store.prefs
        model = str(self.session_settings.get("model", prefs.model))
        threshold = float(self.session_settings.get("threshold", prefs.threshold))  # type: ignore[arg-type]
        return Settings(model=model, align=AlignSettings(threshold=threshold), workers=None)

    def use_session_settings(self, saved: dict) -> list[str]:
        """Analyse with a session's saved settings from now on; returns those it cannot use."""
        prefs, problems = self.store.prefs, []
        self.session_settings = {}
        threshold = saved.get("threshold")
        if isinstance(threshold, (int, float)) and not isinstance(threshold, bool):
            lo, hi = THRESHOLD_RANGE
            if not lo <= threshold <= hi:
                problems.append(f"threshold {threshold} is outside {lo}–{hi}; "
                                f"{prefs.threshold:.2f} from Preferences is used")
            elif round(float(threshold), 2) != round(prefs.threshold, 2):
                self.session_settings["threshold"] = round(float(threshold), 2)
        model = saved.get("model")
        if isinstance(model, str) and model and model != prefs.model:
            if model in available_models():
                self.session_settings["model"] = model
            else:
                problems.append(f"spaCy pipeline {model} is not installed; "
                                f"{prefs.model} from Preferences is used")
        self._show_session_settings()
        return problems

    def describe_session_settings(self) -> str:
        """E.g. "threshold 0.91 (Preferences: 0.40)"; "" when the session uses Preferences."""
        prefs = self.store.prefs
        parts = []
        if "threshold" in self.session_settings:
            parts.append(f"threshold {self.session_settings['threshold']:.2f} "
                         f"(Preferences: {prefs.threshold:.2f})")
        if "model" in self.session_settings:
            parts.append(f"pipeline {self.session_settings['model']} "
                         f"(Preferences: {prefs.model})")
        return ", ".join(parts)

    def _show_session_settings(self) -> None:
        text = self.describe_session_settings()
        if self.session_label is None:
            if not text:
                return
            self.session_label = QLabel()
            self.session_label.setAccessibleName("Analysis settings of this session")
            self.window.statusBar().addPermanentWidget(self.session_label)
        self.session_label.setText(f"Session settings: {text}" if text else "")
        self.session_label.setToolTip(
            "This session was saved with these analysis settings, so it is analysed with them. "
            "Your Preferences are unchanged; choosing a value there applies it here too.")
        self.session_label.setVisible(bool(text))

    def pane_font(self) -> QFont | None:
        """The chosen text font, or None for the default."""
        prefs = self.store.prefs
        if not prefs.font_family and not prefs.font_size:
            return None
        font = QFont(self._default_font)
        if prefs.font_family:
            font.setFamily(prefs.font_family)
        if prefs.font_size:
            font.setPointSizeF(prefs.font_size)
        return font

    def apply_pane_font(self) -> None:
        font = self.pane_font() or self._default_font
        for pane in self.window.panes:
            if pane.text.font() != font:  # setting the same font again lays the text out again
                pane.text.setFont(font)
        self.window.view.splitter.update()

    # --- the dialog -------------------------------------------------------------------------
    def show_dialog(self) -> PreferencesDialog:
        if self.dialog is None:
            self.dialog = PreferencesDialog(self.store.prefs, available_models(),
                                            self._default_font, self.window)
            self.dialog.threshold_changed.connect(self.set_threshold)
            self.dialog.model_changed.connect(self.set_model)
            self.dialog.font_changed.connect(self.set_font)
            self.dialog.theme_changed.connect(self.set_theme)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def set_threshold(self, value: float) -> None:
        """Save the value; it also replaces the open session's own threshold."""
        if not self._choose("threshold", value, value != self.store.prefs.threshold):
            return
        self._reanalyse(f"Similarity threshold {value:.2f}: aligning again…")

    def set_model(self, name: str) -> None:
        if name and self._choose("model", name, name != self.store.prefs.model):
            self._reanalyse(f"spaCy pipeline {name}: analysing again…")

    def _choose(self, key: str, value: object, new: bool) -> bool:
        """Save a chosen analysis setting; True when the analysis must run again."""
        overridden = self.session_settings.pop(key, None) is not None
        if new:
            self._save(**{key: value})
        self._show_session_settings()
        return new or overridden

    def set_font(self, family: str, size: float) -> None:
        self._save(font_family=family, font_size=size)
        self.apply_pane_font()

    def set_theme(self, theme: str) -> None:
        self._save(theme=theme)
        self.apply_theme(theme)

    def apply_theme(self, theme: str) -> None:
        """Switch the look now (without saving: the command line's --theme uses this)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        if self.window.result is not None:
            self.window.show_result(self.window.result)  # shading colours follow the theme

    def _save(self, **changes: object) -> None:
        if not self.store.update(**changes) and self.store.problem and not self.store.read_only:
            self.report_problem()  # the change applies now but could not be kept

    def _reanalyse(self, message: str) -> None:
        if len(self.window.sources) >= 1:
            self.window.analyse()
            self.window.status_label.setText(message)
