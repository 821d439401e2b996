"""Colours of the viewer in one table, and the light/dark palettes.

Coverage shading and entity colours come from `viewer.core.report` so the app and the HTML
report always agree; only the interaction marks (selection outline, differing words, disputed
figures) are defined here.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from viewer.core.report import ENTITY_COLOURS, coverage_colour

__all__ = ["ANNOTATION_ALPHA", "MARKS", "SENTENCE_TEXT", "apply_theme", "coverage_colours",
           "dark_palette", "entity_palette", "is_dark", "outline_colour",
           "readable_text", "selected_entity_colours", "untagged_colour"]

SENTENCE_TEXT = "#1d1d1f"  # shaded sentences are light in both themes, so their text is dark
MARKS = {
    "outline": "#1f5fbf",  # the selected fact's sentences
    "diff": "#ffe45c",  # words that differ within the selected fact
    "disputed": "#b3161b",  # figures or wording a discrepancy names (text and underline)
    "disputed_bg": "#ffd0cc",
    "entity": "#1d1d1f",  # mentions of the selected entity (light theme; white text)
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


_SYSTEM_LOOK: dict[str, object] = {}  # the platform's style and palette, before any theme


def apply_theme(app: QApplication, theme: str) -> None:
    """"dark" and "light" use Fusion so they look the same everywhere; "system" restores the
    platform's own look (a no-op unless another theme was applied before)."""
    if theme == "system":
        if _SYSTEM_LOOK:
            app.setStyle(str(_SYSTEM_LOOK["style"]))
            app.setPalette(_SYSTEM_LOOK["palette"])  # type: ignore[arg-type]
        return
    if not _SYSTEM_LOOK:
        _SYSTEM_LOOK.update(style=app.style().name(), palette=QPalette(app.palette()))
    if theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# Dark mode: the light shading glares on a dark window and leaves a bright band between lines,
# so shaded sentences turn dark with light text. The hues stay those of the light palette
# (orange = one source, blues = shared, stronger = more sources): orange against blue survives
# the common colour-vision deficiencies, which a red/green scheme would not.
SENTENCE_TEXT_DARK = "#ffffff"
_UNIQUE_DARK = "#7a4512"
# The darkest blue is lighter than the pane (lightness, not only hue, tells it from the
# background: "#1e3450" on "#28282c" looked unshaded); white text keeps contrast >= 4.8.
_SHARED_DARK = ("#2a4c76", "#2c5686", "#2e6096", "#306aa6", "#3274b6")


def _dark_now() -> bool:
    app = QGuiApplication.instance()
    return app is not None and is_dark(app.palette())  # type: ignore[attr-defined]


def coverage_colours(sources: int, total: int, dark: bool | None = None) -> tuple[str, str]:
    """(background, text) of a sentence whose fact `sources` of `total` documents report.

    Light mode uses the HTML report's colours; `dark` defaults to the application's palette."""
    if not (_dark_now() if dark is None else dark):
        return coverage_colour(sources, total), SENTENCE_TEXT
    if sources <= 1:
        return _UNIQUE_DARK, SENTENCE_TEXT_DARK
    if total <= 2:
        return _SHARED_DARK[2], SENTENCE_TEXT_DARK
    step = (sources - 2) / max(total - 2, 1)
    return (_SHARED_DARK[min(len(_SHARED_DARK) - 1, round(step * (len(_SHARED_DARK) - 1)))],
            SENTENCE_TEXT_DARK)


def outline_colour(dark: bool | None = None) -> str:
    """Frame of the selected fact's sentences: the light theme's blue vanishes on dark blue."""
    return "#9cc3ff" if (_dark_now() if dark is None else dark) else MARKS["outline"]


def entity_palette(dark: bool | None = None) -> tuple[str, ...]:
    """Entity underline colours: the report's Okabe-Ito set, lightened on dark backgrounds so a
    blue underline stays visible on a blue sentence."""
    if not (_dark_now() if dark is None else dark):
        return ENTITY_COLOURS
    return tuple(QColor(c).lighter(165).name() for c in ENTITY_COLOURS)


def selected_entity_colours(dark: bool | None = None) -> tuple[str, str]:
    """(background, text) of the selected entity's mentions. Not the entity's own colour: a
    blue entity marked solid blue looked like the strongest coverage shade. Inverted text
    (near-black here, near-white in dark mode) differs in lightness from every shade."""
    if _dark_now() if dark is None else dark:
        return "#f5f5f7", "#111114"
    return MARKS["entity"], "#ffffff"


# Annotation highlights: the tag's colour at this opacity over the coverage shading.
ANNOTATION_ALPHA = 150


def untagged_colour(dark: bool | None = None) -> str:
    """An annotation without a tag: a neutral grey strong enough to show over every shade."""
    return "#c8c8cc" if (_dark_now() if dark is None else dark) else "#74747c"


def _luminance(colour: str) -> float:
    c = QColor(colour)
    channels = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
                for v in (c.redF(), c.greenF(), c.blueF())]
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def readable_text(background: str) -> str:
    """White or near-black, whichever contrasts more with `background` (WCAG luminance: a
    mid cyan has high lightness yet needs dark text)."""
    return "#ffffff" if _luminance(background) < 0.18 else SENTENCE_TEXT
