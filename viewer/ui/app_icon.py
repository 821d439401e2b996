"""The application icon, loaded from the PNGs rendered from resources/icons/corroborate.svg.

PNGs rather than the SVG: they need no image-format plugin, so the icon shows in a trimmed
frozen bundle too, and each size was drawn for that size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

import viewer

__all__ = ["icon_dir", "app_icon"]


def icon_dir() -> Path:
    """resources/icons beside the `viewer` package (the same layout in a frozen bundle)."""
    return Path(viewer.__file__).resolve().parent.parent / "resources" / "icons"


def app_icon() -> QIcon:
    """Every rendered size of the app icon in one QIcon; empty if the files are missing."""
    icon = QIcon()
    for png in sorted(icon_dir().glob("corroborate-*.png")):
        icon.addFile(str(png))
    return icon
