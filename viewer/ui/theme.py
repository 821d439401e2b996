"""Colours of the viewer in one table, and the light/dark palettes.

Coverage shading and entity colours come from `viewer.core.report` so the app and the HTML
report always agree; only the interaction marks (selection outline, differing words, disputed
figures) are defined here.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

__all__ = ["MARKS", "SENTENCE_TEXT", "apply_theme", "dark_palette", "is_dark"]

SENTENCE_TEXT = "#1d1d1f"  # shaded sentences are light in both themes, so their text is dark
MARKS = {
    "outline": "#1f5fbf",  # the selected fact's sentences
    "diff": "#ffe45c",  # words that differ within the selected fact
    "disputed": "#b3161b",  # figures or wording a discrepancy names (text and underline)
    "disputed_bg": "#ffd0cc",
    "entity": "#fff3b0",  # mentions of the selected entity (plus their own colour)
    "removed": "#8a8a90",  # boilerplate lines taken out of the text
}

_DARK = {
    QPalette.ColorRole.Window: "#1f1f22",
    QPalette.ColorRole.WindowText: "#e8e8ea",
    QPalette.ColorRole.Base: "#28282c",
    QPalette.ColorRole.AlternateBase: "#2f2f34",
    QPalette.ColorRole.Text: "#e8e8ea",
    QPalette.ColorRole.Button: "#2f2f34",
    QPalette.ColorRole.ButtonText: "#e8e8ea",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Highlight: "#3d6fb6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#28282c",
    QPalette.ColorRole.ToolTipText: "#e8e8ea",
    QPalette.ColorRole.PlaceholderText: "#8a8a90",
    QPalette.ColorRole.Link: "#7fb2ff",
    QPalette.ColorRole.Mid: "#3a3a3e",
    QPalette.ColorRole.Dark: "#151517",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e6e74"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """"dark" and "light" use Fusion so they look the same everywhere; "system" changes nothing."""
    if theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
