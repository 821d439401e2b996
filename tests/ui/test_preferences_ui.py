"""Preferences: applied live, saved, and found again by the next window; Open Recent."""

import os

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from viewer.core import nlp
from viewer.core.preferences import PreferencesStore, preferences_path
from viewer.ui.main_window import MainWindow
from viewer.ui.theme import apply_theme, is_dark


def _wait_analysis(qtbot, w):
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)


def test_threshold_change_realigns_once_without_parsing_again(qtbot, window, monkeypatch):
    assert window.result.settings["threshold"] == pytest.approx(0.4)
    parsed, runs = [], []
    real_parse, real_analyse = nlp.parse, window.analyse
    monkeypatch.setattr(nlp, "parse", lambda texts, *a, **k: parsed.append(len(texts))
                        or real_parse(texts, *a, **k))
    monkeypatch.setattr(window, "analyse", lambda: runs.append(1) or real_analyse())
    dialog = window.settings.show_dialog()
    for value in (0.45, 0.5, 0.55, 0.6):  # a drag: only the last value is analysed
        dialog.threshold_slider.setValue(round(value * 100))
    assert runs == []
    with qtbot.waitSignal(window.analysis_finished, timeout=60000):
        pass
    assert runs == [1]
    assert window.result.settings["threshold"] == pytest.approx(0.6)
    assert parsed == [], "parsed documents come from the cache"
    assert PreferencesStore().prefs.threshold == pytest.approx(0.6)


def test_settings_persist_across_a_new_window(qtbot, window, files):
    app = QApplication.instance()
    dialog = window.settings.show_dialog()
    dialog.size_spin.setValue(17)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    try:
        assert is_dark(app.palette())
        _wait_analysis(qtbot, window)
        assert all(p.text.font().pointSize() == 17 for p in window.panes)
        dialog.close()
        second = MainWindow()
        qtbot.addWidget(second)
        prefs = second.settings.store.prefs
        assert (prefs.font_size, prefs.theme) == (17.0, "dark")
        second.open_files([str(files / "a.txt"), str(files / "c.txt")])
        _wait_analysis(qtbot, second)
        assert all(p.text.font().pointSize() == 17 for p in second.panes)
        again = second.settings.show_dialog()
        assert again.size_spin.value() == 17 and again.theme_combo.currentData() == "dark"
        again.theme_combo.setCurrentIndex(again.theme_combo.findData("system"))
        assert not is_dark(app.palette()), "system restores the platform's look"
        again.close()
    finally:
        apply_theme(app, "system")


def test_preferences_command_opens_the_dialog(window):
    from PySide6.QtGui import QKeySequence

    action = window.actions_by_key["preferences"]
    native = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcuts() == (native or [QKeySequence("Ctrl+,")])
    action.trigger()
    assert window.settings.dialog is not None and window.settings.dialog.isVisible()
    assert window.settings.dialog.model_combo.currentData() == nlp.DEFAULT_MODEL
    window.settings.dialog.close()


def test_a_corrupt_settings_file_is_named_in_the_banner(qtbot):
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    assert any(str(path) in m for m in w.banner.messages())
    assert w.settings.store.prefs.threshold == pytest.approx(0.4)
    assert any(p.name.startswith("preferences.corrupt-") for p in path.parent.iterdir())


def test_opened_files_are_offered_under_open_recent(qtbot, window, files):
    a, b = (os.path.abspath(files / n) for n in ("a.txt", "b.txt"))
    menu = window.recent_menu
    file_menu = next(m for m in window.menuBar().findChildren(QMenu)
                     if window.actions_by_key["open"] in m.actions())
    actions = file_menu.actions()
    assert actions[actions.index(window.actions_by_key["open"]) + 1] is menu.menuAction()
    menu.rebuild()
    assert menu.entries() == [a, b]
    os.remove(b)
    menu.rebuild()
    assert menu.entries() == [a]
    assert b in window.banner.messages(), "the pruned file is named"
    window.settings.store.add_recent("files", str(files / "c.txt"))
    menu.rebuild()
    entry = next(x for x in menu.actions() if x.data() == os.path.abspath(files / "c.txt"))
    entry.trigger()
    _wait_analysis(qtbot, window)
    assert [os.path.basename(d.path) for d in window.result.documents] == ["a.txt", "b.txt",
                                                                          "c.txt"]
