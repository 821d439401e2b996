"""Qt tests run without a display: the offscreen platform is set before Qt is imported."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

A = ("Floods force thousands from homes\nHeavy rain caused the Lesna river to burst its banks "
     "on Monday, flooding six villages.\nInterior Minister Dana Okonkwo-Reyes said 2,300 people "
     "had been evacuated.\nA local school has been turned into a shelter for 400 families.")
B = ("River floods villages\nThe Lesna river overflowed on Monday after days of heavy rain, and "
     "six villages were flooded.\nInterior Minister Dana Okonkwo-Reyes said 2,500 people had "
     "been evacuated.\nRail services to the capital were suspended.")
C = ("Rescue teams reach flooded villages\nRescue teams reached the six flooded villages on "
     "Tuesday.\nInterior Minister Dana Okonkwo-Reyes thanked the volunteers.")


@pytest.fixture(autouse=True)
def _no_modal_waits(monkeypatch):
    """A message box in a test would wait for a click that never comes (closing a window with
    unsaved annotations asks): every question is answered Discard and every note recorded.
    Tests that care about a question patch these again with their own answers."""
    from PySide6.QtWidgets import QMessageBox

    from viewer.ui.annotate import annotator, session_controller, window_commands

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(session_controller, "ask",
                        lambda parent, icon, title, text, buttons, default:
                        said.append((title, text)) or QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(session_controller, "tell",
                        lambda parent, title, text: said.append((title, text)))
    monkeypatch.setattr(annotator, "warn", lambda parent, title, text: said.append((title, text)))
    monkeypatch.setattr(window_commands, "inform",
                        lambda parent, title, text: said.append((title, text)))
    return said


@pytest.fixture
def files(tmp_path):
    """Two short reports of one flood, a third for adding later, and an empty file."""
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    (tmp_path / "c.txt").write_text(C, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return tmp_path


@pytest.fixture
def window(qtbot, files):
    """A main window that has finished comparing a.txt and b.txt."""
    from viewer.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.open_files([str(files / "a.txt"), str(files / "b.txt")])
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
    return w


@pytest.fixture
def five(qtbot):
    """All five sample articles in a small window: panes scroll both ways."""
    from viewer.ui.app import sample_paths
    from viewer.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1100, 640)
    w.show()
    w.open_files(sample_paths())
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
    qtbot.waitExposed(w)
    return w
