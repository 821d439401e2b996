"""A dismissible strip above the documents for problems that must not block the user.

A dialog would stop everything for one bad file among several good ones; the banner names each
file and reason and stays until dismissed, while the other documents remain usable. Problems
reported one after another are listed each under its own heading, in the singular or plural as
its list has one line or more, so a heading always describes the lines below it. Its colours
follow the theme (a pale yellow strip glares in a dark window), also when the theme changes
while it shows, and the close button is drawn in the banner's own text colour with a frame, so
it never vanishes into the background.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from viewer.ui.theme import is_dark

__all__ = ["Banner", "BANNER_COLOURS"]

# background, border, text, close-button hover background
BANNER_COLOURS = {"light": ("#fff4ce", "#c9a227", "#3d3000", "#f3dd8c"),
                  "dark": ("#3a3217", "#8f7530", "#f4e6b8", "#574a20")}


class Banner(QFrame):
    """Shows one or more lines of warning; `messages()` returns what is on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName("Problems")
        self._groups: dict[str, tuple[str, list[str]]] = {}  # heading -> (plural, lines)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setObjectName("banner-close")
        self.close_button.setText("✕")
        self.close_button.setAccessibleName("Dismiss")
        self.close_button.setToolTip("Dismiss")
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._scheme = ""
        self._restyle()
        # a widget with a style sheet gets its palette and style change events while the
        # theme is being switched (the new style comes before the new palette), never after:
        # the application says when its palette has changed
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self._on_palette_changed)
        self.hide()

    def colours(self) -> tuple[str, str, str, str]:
        """(background, border, text, hover) for the current theme."""
        return BANNER_COLOURS[self._scheme]

    def _restyle(self) -> None:
        scheme = "dark" if is_dark(QGuiApplication.palette()) else "light"
        if scheme == self._scheme:
            return  # setStyleSheet sends a style change: no loop
        self._scheme = scheme
        background, border, text, hover = BANNER_COLOURS[scheme]
        self.setStyleSheet(
            f"#banner {{ background: {background}; border: 1px solid {border}; "
            f"border-radius: 4px; }} #banner QLabel {{ color: {text}; }} "
            f"#banner-close {{ color: {text}; background: transparent; font-weight: bold; "
            f"border: 1px solid {border}; border-radius: 3px; padding: 1px 6px; }} "
            f"#banner-close:hover {{ background: {hover}; }}")

    def _on_palette_changed(self, _palette: QPalette) -> None:
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange,
                            QEvent.Type.StyleChange):
            self._restyle()
        super().changeEvent(event)

    def add(self, title: str, lines: list[str], plural: str | None = None) -> None:
        """List `lines` under `title` (`plural` once that list has more than one line); lines
        added under a heading already shown join its list."""
        listed = self._groups.get(title, (None, []))[1]
        lines = [line for line in dict.fromkeys(lines) if line not in listed]  # once each
        if lines:
            self._groups.setdefault(title, (plural or title, listed))[1].extend(lines)
            self._show_groups()

    def drop(self, title: str) -> None:
        """Forget the lines under `title` (a newer result replaces them)."""
        if self._groups.pop(title, None) is not None:
            if self._groups:
                self._show_groups()
            else:
                self.dismiss()

    def _show_groups(self) -> None:
        sections = []
        for one, (many, listed) in self._groups.items():
            sections.append(f"⚠ {one if len(listed) == 1 else many}\n"
                            + "\n".join(f"  • {line}" for line in listed))
        self.label.setText("\n".join(sections))
        self._restyle()
        self.show()

    def dismiss(self) -> None:
        self._groups.clear()
        self.label.clear()
        self.hide()

    def messages(self) -> list[str]:
        return [line for _plural, listed in self._groups.values() for line in listed]
