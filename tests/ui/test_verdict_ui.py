"""The verdict editor: empty and disabled with no fact selected; Ctrl+Shift+J opens a dialog
for the selected fact, or says that none is selected."""

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
