"""Long headlines take at most two lines in a pane's header; the tooltip has all of it."""

from viewer.ui.main_window import MainWindow

LONG = ("Officials in the northern valley confirm that the reservoir above the three towns was "
        "drained overnight after engineers found new cracks in the ageing concrete dam wall, "
        "while residents wait in shelters for news")


def test_a_long_title_is_elided_to_two_lines_with_the_whole_title_in_the_tooltip(qtbot,
                                                                                tmp_path):
    body = "Engineers found cracks in the dam on Monday. The reservoir was drained overnight."
    (tmp_path / "long.txt").write_text(f"{LONG}\n{body}\n", encoding="utf-8")
    (tmp_path / "short.txt").write_text(f"Dam drained\n{body}\n", encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1440, 900)
    w.show()
    w.open_files([str(tmp_path / "long.txt"), str(tmp_path / "short.txt")])
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
    long_pane, short_pane = w.panes
    label = long_pane.title_label
    qtbot.waitUntil(lambda: label.is_elided())
    line = label.fontMetrics().lineSpacing()
    assert label.height() <= 2 * line + 4, "two lines at most"
    title = long_pane.doc.title  # the analysis may shorten a very long headline itself
    assert len(title) > 120 and LONG.startswith(title.removesuffix("…"))
    assert label.toolTip() == title
    assert label.text().endswith("…") and label.text().count("\n") == 1
    shown = label.text().replace("\n", " ").removesuffix("…").rstrip()
    assert LONG.startswith(shown.rsplit(" ", 1)[0]), "the start of the title, in order"
    assert short_pane.title_label.text() == "Dam drained", "a short title is left alone"
    long_pane.resize(1400, long_pane.height())  # wide enough for all of it again
    qtbot.waitUntil(lambda: not label.is_elided())
    assert label.text() == title
