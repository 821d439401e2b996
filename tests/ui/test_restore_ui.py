"""A removed boilerplate line can be restored from its pane; the document is analysed again
with the line back where it stood."""

from viewer.core import nlp

RAW = ("Home\nWorld\nBusiness\nFloods force thousands from homes\nHeavy rain caused the Lesna "
       "river to burst its banks on Monday, flooding six villages.\nShare\nInterior Minister "
       "Dana Okonkwo-Reyes said 2,300 people had been evacuated.")


def test_restore_puts_the_line_back_and_reanalyses_only_that_document(qtbot, window, files,
                                                                      monkeypatch):
    (files / "d.txt").write_text(RAW, encoding="utf-8")
    window.open_files([str(files / "d.txt")])
    qtbot.waitUntil(lambda: window.result is not None and len(window.panes) == 3
                    and not window.is_busy(), timeout=60000)
    pane = window.panes[2]
    k = next(n for n, r in enumerate(pane.doc.removed) if r.text == "Share")
    assert pane.removed.list.text() == "", "filled when first unfolded"
    pane.removed.toggle.setChecked(True)
    assert f"restore:{k}" in pane.removed.list.text()
    parsed = []
    real_parse = nlp.parse
    monkeypatch.setattr(nlp, "parse", lambda texts, *a, **kw: parsed.extend(texts)
                        or real_parse(texts, *a, **kw))
    with qtbot.waitSignal(window.analysis_finished, timeout=60000):
        pane.removed.list.linkActivated.emit(f"restore:{k}")
    doc = window.result.documents[2]
    lines = doc.text.split("\n")
    assert lines[lines.index("Share") - 1].startswith("Heavy rain")
    assert "Share" not in [r.text for r in doc.removed]
    assert {r.text for r in doc.removed} == {"Home", "World", "Business"}
    assert len(parsed) == 1 and "Share" in parsed[0], "only the changed document is parsed"
    assert "Share" in window.panes[2].text.toPlainText()
    assert window.result.documents[0].text == window.panes[0].doc.text


def _ready(window, n):
    return window.result is not None and len(window.panes) == n and not window.is_busy()


def test_a_second_restore_during_the_first_ones_analysis_is_kept_and_the_last_is_shown(
        qtbot, window, files):
    """Restoring two lines in a row: the second click comes while the first restore is being
    analysed. Both lines end up back in the text, and the window selects the sentence of the
    last one restored and says so."""
    (files / "d.txt").write_text(RAW, encoding="utf-8")
    window.open_files([str(files / "d.txt")])
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    pane = window.panes[2]
    home = next(n for n, r in enumerate(pane.doc.removed) if r.text == "Home")
    share = next(n for n, r in enumerate(pane.doc.removed) if r.text == "Share")
    assert window.restore_removed(2, share)
    assert window.is_busy()
    assert window.restore_removed(2, home), "accepted while the first restore is analysed"
    assert not window.restore_removed(2, home), "a second click on the same line does nothing"
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    doc = window.result.documents[2]
    assert doc.text.split("\n")[0] == "Home"
    assert "Share" in doc.text.split("\n")
    assert {r.text for r in doc.removed} == {"World", "Business"}
    # the last line restored is the one shown: its sentence is selected in its pane
    home_sentence = window.panes[2].sentence_at(0)
    assert home_sentence is not None
    assert window.current_fact == window.view.index.fact_of_sentence(home_sentence)
    assert window.panes[2].highlighted_sentences()
    assert window.status_label.text().startswith("Restored “Home” to ")


def test_a_cancelled_restore_marks_nothing(qtbot, window, files):
    (files / "d.txt").write_text(RAW, encoding="utf-8")
    window.open_files([str(files / "d.txt")])
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    before = window.current_fact
    share = next(n for n, r in enumerate(window.panes[2].doc.removed) if r.text == "Share")
    assert window.restore_removed(2, share)
    window.cancel_analysis()
    assert not window.sources[2].keep, "Cancel takes the restore back"
    assert window.restorer.shown(window.result) is None
    assert window.current_fact == before


def test_restoring_the_line_of_a_document_closed_meanwhile_says_so(qtbot, window, files):
    (files / "d.txt").write_text(RAW, encoding="utf-8")
    window.open_files([str(files / "d.txt")])
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    removed = window.panes[2].doc.removed[0]
    raw = window.sources[2].raw
    window.sources.pop(2)
    assert not window.restorer.restore(raw, removed)
    assert "no longer open" in window.status_label.text()


def test_undo_takes_a_restored_line_out_again_and_redo_puts_it_back(qtbot, window, files):
    (files / "d.txt").write_text(RAW, encoding="utf-8")
    window.open_files([str(files / "d.txt")])
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    share = next(n for n, r in enumerate(window.panes[2].doc.removed) if r.text == "Share")
    undo, redo = window.actions_by_key["undo"], window.actions_by_key["redo"]
    assert window.restore_removed(2, share)
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    assert "Share" in window.result.documents[2].text.split("\n")
    assert undo.isEnabled() and undo.text().endswith("Restore “Share”")
    assert window.isWindowModified(), "a restore is an unsaved change"
    undo.trigger()
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    doc = window.result.documents[2]
    assert "Share" not in doc.text.split("\n")
    assert "Share" in [r.text for r in doc.removed], "listed as removed again, restorable"
    assert not window.sources[2].keep
    assert window.status_label.text().startswith("Removed “Share” from ")
    assert redo.isEnabled() and not undo.isEnabled()
    redo.trigger()
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    assert "Share" in window.result.documents[2].text.split("\n")
    assert window.status_label.text().startswith("Restored “Share” to ")


def test_a_cancelled_restore_is_left_to_redo_not_to_undo(qtbot, window, files):
    (files / "d.txt").write_text(RAW, encoding="utf-8")
    window.open_files([str(files / "d.txt")])
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    stack = window.annotations.undo_stack
    share = next(n for n, r in enumerate(window.panes[2].doc.removed) if r.text == "Share")
    assert window.restore_removed(2, share)
    assert stack.canUndo()
    window.cancel_analysis()
    assert not window.sources[2].keep
    assert not stack.canUndo() and stack.canRedo(), "nothing to undo; the restore can be redone"
    stack.redo()
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    assert "Share" in window.result.documents[2].text.split("\n")


def test_undoing_a_restore_after_an_annotation_goes_back_in_order(qtbot, window, files):
    """One Undo history: the annotation made after the restore is undone first."""
    (files / "d.txt").write_text(RAW, encoding="utf-8")
    window.open_files([str(files / "d.txt")])
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    share = next(n for n, r in enumerate(window.panes[2].doc.removed) if r.text == "Share")
    assert window.restore_removed(2, share)
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    pane = window.panes[2]
    assert pane.find("Share", from_edge=True)
    note = window.annotations.annotate_selection(tags=[], note="menu word or caption?")
    assert note is not None
    stack = window.annotations.undo_stack
    stack.undo()
    assert not window.annotations.store.annotations, "the note goes first"
    assert window.sources[2].keep, "the restore stays until undone too"
    stack.undo()
    qtbot.waitUntil(lambda: _ready(window, 3), timeout=60000)
    assert "Share" not in window.result.documents[2].text.split("\n")
    window.sources.pop(2)  # the document is closed: redoing says so and changes nothing
    stack.redo()
    assert "no longer open" in window.status_label.text()
    assert not window.is_busy()
