"""The heat map's caption tells the truth about its scale in both themes, the most similar pair
stands out from the window rather than melting into it, and the map gets the dock's room."""

import re

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from tests.ui.test_theme_colours import _contrast
from viewer.ui.theme import apply_theme


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_caption_matches_the_scale_and_the_map_uses_the_space(qtbot, files, theme):
    from viewer.ui.main_window import MainWindow

    app = QApplication.instance()
    apply_theme(app, "dark" if theme == "light" else "light")
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        w.resize(1440, 900)
        w.show()
        w.open_files([str(files / n) for n in ("a.txt", "b.txt", "c.txt")])
        qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
        apply_theme(app, theme)  # switched while the comparison is open, as users do
        w.settings.apply_theme(theme)
        panel = w.overview_panel
        table = panel.table
        cells = {(i, j): table.item(i, j) for i in range(3) for j in range(3) if i != j}
        value = {k: float(c.text().rstrip("%")) for k, c in cells.items()}
        most, least = max(value, key=value.get), min(value, key=value.get)
        assert value[most] > value[least]
        strong, weak = (cells[k].background().color() for k in (most, least))
        darker = strong.lightnessF() < weak.lightnessF()
        words = re.search(r"(Darker|Brighter) = more in common", panel.caption.text())
        assert words and words.group(1) == ("Darker" if darker else "Brighter")
        window = app.palette().window().color().name()
        assert _contrast(strong.name(), window) > _contrast(weak.name(), window), \
            "the most similar pair stands out from the window"
        for cell in cells.values():
            assert _contrast(cell.background().color().name(),
                             cell.foreground().color().name()) >= 4.5
        dock = next(d for d in w.docks if d.objectName() == "dock-overview")
        dock.raise_()
        qtbot.waitUntil(lambda: panel.isVisible() and panel.height() > 300)
        assert not panel.facts.isVisible(), "no empty list before a pair is chosen"
        rows = sum(table.rowHeight(r) for r in range(3))
        assert rows >= 3 * 40, "the cells grow into the free room"
        panel.choose_pair(0, 1)
        assert panel.facts.isVisible() and panel.facts.count() > 0
        assert QColor(table.item(0, 0).background().color()).isValid()
    finally:
        apply_theme(app, "system")


def test_two_unrelated_articles_are_pale_not_the_darkest_step(qtbot, tmp_path):
    """Scaled to the closest pair alone, 1% in common was the far end of the scale."""
    from viewer.ui.docks.overview import heat_ramp
    from viewer.ui.main_window import MainWindow

    a = tmp_path / "quake.txt"
    a.write_text("A magnitude 6.1 earthquake struck the northern province on Tuesday. Rescuers "
                 "pulled 14 people from collapsed houses. The quake was felt in the capital. "
                 "Aftershocks continued through the night.", encoding="utf-8")
    b = tmp_path / "vote.txt"
    b.write_text("The Social Democratic Union won the regional election on Sunday. Turnout was "
                 "61 per cent. The Greens took six seats. Coalition talks begin next week.",
                 encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.open_files([str(a), str(b)])
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
    cell = w.overview_panel.table.item(0, 1)
    assert float(cell.text().rstrip("%")) < 10
    ramp = heat_ramp()
    assert cell.background().color().name() in {ramp[0], ramp[1]}, "pale: little in common"
    assert "50%" in w.overview_panel.caption.text()


def test_the_window_names_an_article_of_another_story(qtbot, files, tmp_path):
    """Opened beside two reports of one flood, an election report gets a line in the banner;
    closing it clears the line."""
    from viewer.ui.main_window import MainWindow

    vote = tmp_path / "vote.txt"
    vote.write_text("The Social Democratic Union won the regional election on Sunday. Turnout "
                    "was 61 per cent. The Greens took six seats. Coalition talks begin next "
                    "week.", encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.open_files([str(files / "a.txt"), str(files / "b.txt"), str(vote)])
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
    assert any(m.startswith("d3:") for m in w.banner.messages()), w.banner.messages()
    assert not any(m.startswith(("d1:", "d2:")) for m in w.banner.messages())
    with qtbot.waitSignal(w.analysis_finished, timeout=60000):
        w.close_document(2)
    assert not any("shares almost no facts" in line for line in w.banner.label.text().split("\n"))


def test_the_window_shows_what_the_analysis_says_about_a_document(qtbot, files, tmp_path):
    """A document's warnings (another language, no article text left after cleaning) are in
    the banner, named by file, and go with the document."""
    from viewer.ui.main_window import MainWindow

    menu = tmp_path / "menu.txt"
    menu.write_text("Home\nNews\nSport\nWeather\nContact us\n© 2026 The Paper", encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.open_files([str(files / "a.txt"), str(files / "b.txt"), str(menu)])
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
    assert any(m.startswith(f"{menu}: no article text is left") for m in w.banner.messages())
    assert "Check this document:" in w.banner.label.text()
    with qtbot.waitSignal(w.analysis_finished, timeout=60000):
        w.close_document(2)
    assert "no article text" not in w.banner.label.text()
