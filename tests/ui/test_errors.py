"""An unexpected exception is logged with its traceback, reported in a dialog, and the app
keeps running."""

import logging
import threading

import pytest
from PySide6.QtCore import QTimer

from viewer.ui import errors
from viewer.ui.errors import ErrorReporter, log_path, show_error_dialog


@pytest.fixture
def reporter(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_error_dialog",
                        lambda parent, summary, details, log: shown.append((summary, details,
                                                                            log)))
    r = ErrorReporter(log_file=tmp_path / "logs" / "corroborate.log")
    r.shown = shown
    r.install()
    yield r
    r.uninstall()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", "").startswith(
            str(tmp_path))]:
        root.removeHandler(handler)
        handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, reporter):
    def broken_slot():
        raise ValueError("the count was 41")

    later = []
    QTimer.singleShot(0, broken_slot)
    QTimer.singleShot(50, lambda: later.append("still running"))
    qtbot.waitUntil(lambda: bool(reporter.shown and later), timeout=5000)
    summary, details, log = reporter.shown[0]
    assert summary == "ValueError: the count was 41"
    assert "Traceback" in details and "broken_slot" in details
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "broken_slot" in logged and "the count was 41" in logged
    assert later == ["still running"]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_reaches_the_gui_thread(qtbot, reporter):
    def work():
        raise RuntimeError("disk vanished")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(reporter.shown), timeout=5000)
    assert reporter.shown[0][0] == "RuntimeError: disk vanished"


def test_the_dialog_names_the_log_and_folds_the_traceback(qtbot, tmp_path):
    details = 'Traceback (most recent call last):\n  File "x.py", line 1\nValueError: bad'
    box = show_error_dialog(None, "ValueError: bad", details, tmp_path / "corroborate.log")
    qtbot.addWidget(box)
    assert "Traceback" not in box.text() and "Traceback" not in box.informativeText()
    assert str(tmp_path / "corroborate.log") in box.informativeText()
    assert box.detailedText() == details
    assert not box.isModal()
    box.close()


def test_the_log_lives_in_the_platform_log_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(errors.LOG_DIR_ENV, raising=False)
    monkeypatch.setattr(errors.platformdirs, "user_log_dir",
                        lambda name, appauthor=None: str(tmp_path / name / "Logs"))
    assert log_path() == tmp_path / "Corroborate" / "Logs" / "corroborate.log"
