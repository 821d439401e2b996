"""Applies the stored preferences to a main window and keeps them when the user changes them.

The window asks this object for the analysis settings and the pane font; the Preferences dialog
reports changes here, which saves them and applies each the cheapest way: the threshold and the
pipeline re-run the analysis (parsed documents are cached, so a new threshold parses nothing),
the font restyles the panes in place, and the theme repaints the result (its colours depend on
it). A settings file that could not be used is reported once in the window's banner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from viewer.core.align import AlignSettings
from viewer.core.nlp import available_models
from viewer.core.pipeline import Settings
from viewer.core.preferences import PreferencesStore
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
        prefs = self.store.prefs
        return Settings(model=prefs.model, align=AlignSettings(threshold=prefs.threshold))

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
        if value == self.store.prefs.threshold:
            return
        self._save(threshold=value)
        self._reanalyse(f"Similarity threshold {value:.2f}: aligning again…")

    def set_model(self, name: str) -> None:
        if name and name != self.store.prefs.model:
            self._save(model=name)
            self._reanalyse(f"spaCy pipeline {name}: analysing again…")

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
