"""The problems banner is readable in both themes and its close button can be seen: checked
on the pixels Qt draws, not on the colour table."""

from collections import Counter

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_theme_colours import _contrast
from viewer.ui.banner import BANNER_COLOURS, Banner
from viewer.ui.theme import apply_theme


def _pixels(widget) -> list[str]:
    image = widget.grab().toImage()
    return [image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height())]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_banner_text_and_close_button_stand_out_in_both_themes(qtbot, theme):
    app = QApplication.instance()
    banner = Banner()
    qtbot.addWidget(banner)
    banner.resize(600, 60)
    try:
        apply_theme(app, "light" if theme == "dark" else "dark")  # then switch, as a user does
        banner.add("This file could not be opened:", ["x.txt: file not found"])
        apply_theme(app, theme)
        app.processEvents()
        background = Counter(_pixels(banner)).most_common(1)[0][0]
        against_black = _contrast(background, "#000000")
        assert against_black < 3 if theme == "dark" else against_black > 12, \
            "a dark strip in a dark window, a light one in a light window"
        glyph = max(_pixels(banner.close_button), key=lambda c: _contrast(c, background))
        text = max(_pixels(banner.label), key=lambda c: _contrast(c, background))
        assert _contrast(glyph, background) >= 4.5, (glyph, background)
        assert _contrast(text, background) >= 7, (text, background)
    finally:
        apply_theme(app, "system")


def test_a_showing_banner_follows_a_switch_of_theme(qtbot, window, files):
    """Switched while the banner shows (Preferences ▸ Theme), it takes the new theme's colours
    at once, not at the next problem."""
    app = QApplication.instance()
    banner = window.banner
    try:
        window.settings.apply_theme("light")
        window.open_files([str(files / "missing.txt")])
        qtbot.waitUntil(lambda: banner.isVisible() and not window.is_busy(), timeout=10000)
        for theme in ("dark", "light", "dark"):
            window.settings.apply_theme(theme)
            app.processEvents()
            assert banner.colours() == BANNER_COLOURS[theme]
            background = Counter(_pixels(banner)).most_common(1)[0][0]
            assert (_contrast(background, "#000000") < 3) == (theme == "dark"), background
    finally:
        apply_theme(app, "system")


def test_a_problem_reported_twice_is_listed_once(qtbot):
    from viewer.ui.banner import Banner

    banner = Banner()
    qtbot.addWidget(banner)
    banner.add("This file could not be opened:", ["empty.txt: contains no text"],
               plural="These files could not be opened:")
    banner.add("This file could not be opened:", ["empty.txt: contains no text",
                                                  "gone.txt: file not found"],
               plural="These files could not be opened:")
    assert banner.messages() == ["empty.txt: contains no text", "gone.txt: file not found"]
    banner.add("This file could not be opened:", ["gone.txt: file not found"])
    assert banner.label.text().count("•") == 2
