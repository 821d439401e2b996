"""Changing a preference restyles or re-aligns the comparison; it must not resize the window
or hand the width of the documents to a dock (a reviewer saw the Annotations dock take 80%)."""

import pytest
from PySide6.QtWidgets import QApplication

from viewer.ui.main_window import MainWindow
from viewer.ui.theme import apply_theme

_TITLES = ("Officials confirm that the reservoir above the northern valley towns was drained "
           "overnight after engineers found cracks", "Engineers warn of further cracks in the "
           "northern dam as the drained reservoir reveals years of neglected maintenance work",
           "Northern valley towns spend a second night in shelters while engineers inspect the "
           "drained reservoir and the cracked dam")
_BODY = ("Engineers found cracks in the northern dam on Monday. The reservoir was drained "
         "overnight. About 2,000 residents spent the night in shelters. Officials said the "
         "inspection would take a week.")


@pytest.fixture
def long_titles(qtbot, tmp_path):
    paths = []
    for n, title in enumerate(_TITLES):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"{title}\n{_BODY}\n", encoding="utf-8")
        paths.append(str(path))
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1440, 900)
    w.show()
    w.open_files(paths)
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
    return w


def _layout(w: MainWindow) -> tuple[tuple[int, int], dict[str, int]]:
    QApplication.processEvents()
    return w.size().toTuple(), {d.objectName(): d.width() for d in w.docks if d.isVisible()}


def test_theme_and_threshold_changes_keep_the_window_and_dock_sizes(qtbot, long_titles):
    w = long_titles
    size, docks = _layout(w)
    assert docks["dock-facts"] < size[0] // 3, "the documents have most of the width"
    dialog = w.settings.show_dialog()
    try:
        for theme in ("dark", "light"):
            dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(theme))
            assert _layout(w)[0] == size
            assert _layout(w)[1] == pytest.approx(docks, abs=4), theme
        dialog.threshold_spin.setValue(0.55)
        with qtbot.waitSignal(w.analysis_finished, timeout=60000):
            dialog.flush()
        assert w.result.settings["threshold"] == pytest.approx(0.55)
        assert _layout(w) == (size, pytest.approx(docks, abs=4))
    finally:
        dialog.close()
        apply_theme(QApplication.instance(), "system")
