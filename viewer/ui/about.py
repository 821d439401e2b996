"""Help ▸ About Corroborate: the version (from pyproject, via the installed metadata) and the spaCy
pipeline, which is what support needs to know first about an installed copy.
"""

from __future__ import annotations

import html
import sys

from PySide6.QtWidgets import QMenuBar, QMessageBox, QWidget

from viewer import __version__
from viewer.core.nlp import DEFAULT_MODEL

__all__ = ["about_text", "show_about", "keep_help_menu_last"]


def about_text(model: str | None) -> str:
    """Rich text for the About box; `model` is the last result's pipeline label, if any."""
    pipeline = model or f"{DEFAULT_MODEL} (loaded at the first analysis)"
    build = "installed build" if getattr(sys, "frozen", False) else "run from source"
    return (f"<h3>Corroborate {html.escape(__version__)}</h3>"
            "<p>Compare several reports of the same event: shared and unique facts, "
            "differences, named entities. Everything runs offline.</p>"
            f"<p>spaCy pipeline: {html.escape(pipeline)}<br>"
            f"Python {sys.version_info.major}.{sys.version_info.minor}, {build}</p>")


def show_about(parent: QWidget, model: str | None) -> None:
    QMessageBox.about(parent, "About Corroborate", about_text(model))


def keep_help_menu_last(menubar: QMenuBar) -> None:
    """Move the Help menu to the end of the menu bar, where every platform's users look for it."""
    for action in menubar.actions():
        if action.menu() is not None and action.text().replace("&", "") == "Help":
            menubar.removeAction(action)
            menubar.addAction(action)
