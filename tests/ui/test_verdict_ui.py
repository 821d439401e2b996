"""The verdict editor: empty and disabled with no fact selected; Ctrl+Shift+J opens a dialog
for the selected fact, or says that none is selected."""

import pytest
from PySide6.QtGui import QKeySequence

from viewer.ui.annotate import window_commands
from viewer.ui.annotate.verdict import NO_FACT, VerdictDialog


def test_no_fact_selected_clears_and_disables_the_verdict_box(window):
    box = window.annotations_panel.verdict
    fact = window.result.facts[0].id
    window.select_fact(fact)
    assert window.annotations.set_verdict("disputed", "two figures")
    assert box.value.currentText() == "disputed" and box.note.text() == "two figures"
    window.select_fact(None)
    assert box.fact_label.text() == NO_FACT
    assert box.value.currentText() == "" and box.note.text() == ""
    assert not box.value.isEnabled() and not box.set_button.isEnabled()
    assert not box.clear_button.isEnabled()
    window.select_fact(fact)  # the verdict comes back with its fact
    assert box.value.currentText() == "disputed" and box.note.text() == "two figures"
    assert box.fact_label.text().startswith("Reported")


def test_shortcut_with_no_fact_says_so(window, monkeypatch):
    told = []
    monkeypatch.setattr(window_commands, "inform", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(VerdictDialog, "exec", lambda self: told.append("dialog"))
    action = window.actions_by_key["verdict"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+J")
    action.trigger()
    assert len(told) == 1 and "No fact is selected" in told[0]
    assert "No fact is selected" in window.status_label.text()


def test_shortcut_opens_a_dialog_that_sets_the_verdict(window, monkeypatch):
    shown = []

    def answer(dialog):
        shown.append(dialog.editor.fact_label.text())
        assert dialog.editor.value.isEnabled()
        dialog.editor.value.setCurrentText("needs checking")
        dialog.editor.note.setText("call the ministry")
        dialog.editor.set_button.click()
        return 1

    monkeypatch.setattr(VerdictDialog, "exec", answer)
    monkeypatch.setattr(window_commands, "inform", lambda *a: shown.append("told"))
    fact = next(f for f in window.result.facts if len(f.sources) == 2)
    window.select_fact(fact.id)
    window.actions_by_key["verdict"].trigger()
    assert shown and "no verdict yet" in shown[0] and "told" not in shown
    verdict = window.annotations.current_verdict()
    assert (verdict.value, verdict.note) == ("needs checking", "call the ministry")
    window.actions_by_key["undo"].trigger()  # undoable like any verdict
    assert window.annotations.current_verdict() is None


@pytest.fixture
def private_dirs(tmp_path, monkeypatch):
    """Preferences and recovery files stay in the test's folder (ask for it before `window`)."""
    monkeypatch.setenv("CORROBORATE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CORROBORATE_DATA_DIR", str(tmp_path / "data"))


def test_the_status_bar_names_the_verdict_of_the_selected_fact(private_dirs, window, qtbot,
                                                               tmp_path):
    """The label beside the status bar says what the Annotations dock says: it follows the
    selection, and a reopened session's verdicts show as soon as their fact is selected."""
    from viewer.ui.main_window import MainWindow

    box = window.annotations_panel.verdict
    shared = next(f.id for f in window.result.facts if f.status == "shared")
    unique = next(f.id for f in window.result.facts if f.status == "unique")
    window.select_fact(shared)
    assert window.annotations.set_verdict("confirmed")
    assert window.verdict_label.text() == "Verdict: confirmed"
    window.select_fact(unique)
    assert "no verdict yet" in box.fact_label.text()
    assert window.verdict_label.text() == ""
    window.select_fact(shared)
    assert window.verdict_label.text() == "Verdict: confirmed"
    window.select_fact(None)
    assert window.verdict_label.text() == ""

    path = tmp_path / "verdict.corroborate"
    assert window.sessions.save_as(path)
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.sessions.open(path)
    qtbot.waitUntil(lambda: other.result is not None and not other.is_busy(), timeout=60000)
    other.select_fact(shared)
    assert other.annotations_panel.verdict.value.currentText() == "confirmed"
    assert other.verdict_label.text() == "Verdict: confirmed"
