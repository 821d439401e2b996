"""Annotating in the viewer: tags, highlights, undo/redo, verdicts, sessions and recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from viewer.core.session import load_session
from viewer.ui.annotate import annotator, session_controller
from viewer.ui.annotate.tag_dialog import AnnotateDialog
from viewer.ui.theme import untagged_colour

_B = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def private_dirs(tmp_path, monkeypatch):
    """Preferences, recovery files and default folders stay inside the test's folder."""
    monkeypatch.setenv("CORROBORATE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CORROBORATE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "documents"))
    return tmp_path


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    """Every question gets the answer a test put first in `answers` (default: Discard), and
    every question and error message is recorded."""
    record = {"next": [], "asked": [], "told": [], "warned": []}

    def ask(parent, icon, title, text, buttons, default):
        record["asked"].append((title, text))
        return record["next"].pop(0) if record["next"] else _B.Discard

    monkeypatch.setattr(session_controller, "ask", ask)
    monkeypatch.setattr(session_controller, "tell",
                        lambda parent, title, text: record["told"].append((title, text)))
    monkeypatch.setattr(annotator, "warn",
                        lambda parent, title, text: record["warned"].append((title, text)))
    return record


def _select(pane, needle: str) -> tuple[int, int]:
    """Select the first occurrence of `needle` in the pane, as a user's drag would."""
    assert pane.find(needle, from_edge=True)
    start = pane.doc.text.index(needle)
    return start, start + len(needle)


def _wait(qtbot, w):
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)


def _open_window(qtbot):
    from viewer.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def _open_session(qtbot, path):
    """Another window with the session at `path` opened and analysed."""
    w = _open_window(qtbot)
    assert w.sessions.open(path)
    _wait(qtbot, w)
    return w


def _note(w, needle: str, note: str) -> str | None:
    """Annotate the first `needle` of the window's first pane with `note` and no tag."""
    _select(w.panes[0], needle)
    return w.annotations.annotate_selection(tags=[], note=note)


def _marked_texts(pane) -> list[str]:
    return [pane.doc.text[s:e] for s, e, _c in pane.annotation_marks]


def test_tag_annotate_undo_redo_save_reopen(window, qtbot, tmp_path):
    ctl = window.annotations
    tag = ctl.add_tag("Casualty figure", "#ff5722")
    assert tag is not None and ctl.store.codebook.get(tag.id).name == "Casualty figure"
    pane = window.panes[0]
    start, end = _select(pane, "2,300 people")
    ann_id = ctl.annotate_selection(tags=[tag.id], note="B says 2,500")
    assert ann_id is not None
    assert pane.annotation_marks == [(start, end, "#ff5722")]
    assert window.isWindowModified() and window.windowTitle().startswith("Untitled[*]")
    assert window.annotations_panel.visible_ids() == [ann_id]

    window.actions_by_key["undo"].trigger()  # Edit ▸ Undo
    assert ctl.store.get(ann_id) is None and pane.annotation_marks == []
    window.actions_by_key["redo"].trigger()
    assert ctl.store.get(ann_id).note == "B says 2,500"
    assert _marked_texts(pane) == ["2,300 people"]

    path = tmp_path / "flood.corroborate"
    assert window.sessions.save_as(path)
    assert path.is_file() and not window.isWindowModified()
    assert window.windowTitle().startswith("flood[*]")

    other = _open_window(qtbot)
    assert other.sessions.open(path)
    _wait(qtbot, other)
    ann = other.annotations.store.get(ann_id)
    assert ann is not None and ann.tags == [tag.id] and ann.note == "B says 2,500"
    assert [_marked_texts(p) for p in other.panes] == [["2,300 people"], []]
    assert not other.isWindowModified()
    assert other.settings.store.recent("sessions")[0] == str(path.resolve())


def test_annotate_through_the_dialog_and_edit_from_the_dock(window, monkeypatch):
    ctl = window.annotations
    first = ctl.add_tag("Source", "#64b5f6")
    second = ctl.add_tag("Check", "#81c784")

    def accept(dialog):
        dialog.set_checked({first.id, second.id})
        dialog.note.setPlainText("  two tags  ")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotateDialog, "exec", accept)
    _select(window.panes[1], "Rail services")
    window.actions_by_key["annotate"].trigger()  # Ctrl+Shift+A
    (ann,) = ctl.store.annotations
    assert set(ann.tags) == {first.id, second.id} and ann.note == "two tags"

    ctl.edit_annotation(ann.id, tags=[second.id], note="only one")
    assert ctl.store.get(ann.id).tags == [second.id]
    ctl.undo_stack.undo()
    assert set(ctl.store.get(ann.id).tags) == {first.id, second.id}

    window.annotations_panel.select(ann.id)
    window.annotations_panel.delete_button.click()
    assert ctl.store.get(ann.id) is None
    ctl.undo_stack.undo()
    assert ctl.store.get(ann.id) is not None


def test_dock_filters_jumps_and_lists_orphans(window):
    ctl = window.annotations
    red, blue = ctl.add_tag("Red", "#e57373"), ctl.add_tag("Blue", "#64b5f6")
    _select(window.panes[0], "six villages")
    a = ctl.annotate_selection(tags=[red.id], note="count")
    _select(window.panes[1], "Rail services")
    b = ctl.annotate_selection(tags=[blue.id], note="only in B")
    panel = window.annotations_panel
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData(blue.id))
    assert panel.visible_ids() == [b]
    panel.tag_filter.setCurrentIndex(0)
    panel.text_filter.setText("COUNT")
    assert panel.visible_ids() == [a]
    panel.text_filter.clear()
    panel.doc_filter.setCurrentIndex(panel.doc_filter.findData("d2"))
    assert panel.visible_ids() == [b]
    panel.doc_filter.setCurrentIndex(0)

    window.panes[1].text.moveCursor(window.panes[1].text.textCursor().MoveOperation.Start)
    assert ctl.jump_to(b)
    assert window.panes[1].text.textCursor().selectedText() == "Rail services"

    # a passage whose text is gone is kept and listed as an orphan, with its quote and note
    from viewer.core.annotations import Annotation, TextAnchor

    lost = Annotation.create("d1", TextAnchor("0" * 64, 0, 22, "Team Beta won the final",
                                              "", ""), [red.id], "vanished")
    ctl.store.add(lost)
    ctl.refresh()
    assert lost.id in panel.visible_ids()
    assert ctl.spots[lost.id].orphan and not ctl.jump_to(lost.id)
    row = next(r for r in panel._rows if r.ann_id == lost.id)
    assert row.orphan and row.quote == "Team Beta won the final" and row.note == "vanished"
    assert len(window.panes[0].annotation_marks) == 1  # the orphan paints nothing


def test_codebook_merge_and_delete_keep_annotations_and_undo(window, answers):
    ctl = window.annotations
    a, b = ctl.add_tag("Figure", "#ffd54f"), ctl.add_tag("Number", "#ff8a65")
    _select(window.panes[0], "2,300 people")
    ann_id = ctl.annotate_selection(tags=[a.id], note="n")
    assert not ctl.add_tag("figure", "#000000")  # names are unique, case-insensitively
    assert answers["warned"] == [("New tag", "A tag named “Figure” already exists.")]
    assert ctl.merge_tags(a.id, b.id)
    assert ctl.store.get(ann_id).tags == [b.id] and ctl.store.codebook.get(a.id) is None
    assert ctl.delete_tag(b.id)
    assert ctl.store.get(ann_id).tags == [] and ctl.store.get(ann_id).note == "n"
    assert window.panes[0].annotation_marks[0][2] == untagged_colour()  # untagged: still shown
    ctl.undo_stack.undo()
    ctl.undo_stack.undo()
    assert ctl.store.get(ann_id).tags == [a.id] and ctl.store.codebook.get(a.id).name == "Figure"
    assert ctl.recolour_tag(a.id, "#123456") and window.panes[0].annotation_marks[0][2] == "#123456"
    ctl.undo_stack.undo()
    assert window.panes[0].annotation_marks[0][2] == "#ffd54f"


def test_verdict_on_a_fact_survives_save_and_reanalysis(window, qtbot, tmp_path):
    fact = next(f for f in window.result.facts if f.status == "shared")
    window.select_fact(fact.id)
    ctl = window.annotations
    assert ctl.set_verdict("disputed", "2,300 vs 2,500")
    assert ctl.current_verdict().value == "disputed"
    assert window.verdict_label.text() == "Verdict: disputed"
    assert "disputed" in window.annotations_panel.verdict.fact_label.text()
    ctl.undo_stack.undo()
    assert ctl.current_verdict() is None and window.verdict_label.text() == ""
    ctl.undo_stack.redo()
    assert ctl.set_verdict("confirmed by two sources")  # custom, replaces the first
    assert len(ctl.store.verdicts) == 1
    path = tmp_path / "v.corroborate"
    assert window.sessions.save_as(path)

    other = _open_window(qtbot)
    assert other.sessions.open(path)
    _wait(qtbot, other)
    texts = sorted(other.result.sentence_text(s) for s in
                   next(f for f in other.result.facts if f.id in other.annotations.fact_verdicts
                        ).sentences)
    assert texts == sorted(window.result.sentence_text(s) for s in fact.sentences)
    assert next(iter(other.annotations.fact_verdicts.values())).value == \
        "confirmed by two sources"
    assert other.annotations_panel.verdict.unattached.isHidden()

    # a verdict whose sentences are gone stays, listed as not attached
    from viewer.core.annotations import TextAnchor, Verdict

    gone = Verdict("fact:gone", "needs checking", "", "2026-01-01T00:00:00+00:00",
                   [("d1", TextAnchor("0" * 64, 0, 30, "Team Beta won the final 3-1", "", ""))])
    other.annotations.store.set_verdict(gone)
    other.annotations.refresh()
    label = other.annotations_panel.verdict.unattached
    assert not label.isHidden() and "needs checking" in label.text()
    assert "Team Beta won the final" in label.text()


def test_closing_with_unsaved_changes_asks(window, answers, private_dirs, monkeypatch):
    ctl = window.annotations
    tag = ctl.add_tag("Doubt", "#ba68c8")
    assert window.isWindowModified()
    answers["next"] = [_B.Cancel]
    assert not window.close()
    assert window.isVisible() and answers["asked"][-1][0] == "Unsaved changes"
    recovery = list((private_dirs / "data" / "recovery").glob("*.corroborate"))
    assert len(recovery) == 1  # written on close, before asking
    answers["next"] = [_B.Save]
    path = private_dirs / "documents" / "Corroborate" / "Untitled.corroborate"
    path.parent.mkdir(parents=True)
    saved = []
    monkeypatch.setattr(session_controller.QFileDialog, "getSaveFileName",  # takes the default
                        lambda *a: (saved.append(a[2]) or a[2], ""))
    assert window.close()
    assert saved == [str(path)] and path.is_file()
    assert tag.id in path.read_text(encoding="utf-8")
    assert not list((private_dirs / "data" / "recovery").glob("*.corroborate"))


def test_corrupt_session_is_named_and_the_window_keeps_working(window, answers, tmp_path):
    bad = tmp_path / "broken.corroborate"
    bad.write_text('{"format": "corroborate-session", "schema": 1, "documents": [', "utf-8")
    before = bad.read_bytes()
    shown = window.result
    assert not window.sessions.open(bad)
    (title, text), = answers["told"]
    assert str(bad) in text and "truncated" in text
    assert bad.read_bytes() == before and window.result is shown
    tag = window.annotations.add_tag("Still works", "#4dd0e1")
    _select(window.panes[0], "six villages")
    assert window.annotations.annotate_selection(tags=[tag.id]) is not None

    bad.with_name(bad.name + ".bak").write_text("not json at all", "utf-8")
    answers["next"] = [_B.Cancel]
    assert not window.sessions.open(bad)
    assert "backup" in answers["asked"][-1][1] and str(bad) in answers["asked"][-1][1]


def _crash(recovery):
    """What a crashed run leaves: its recovery file, and no live process holding its lock."""
    lock = recovery.with_name(recovery.name + ".lock")
    assert lock.is_file(), "a running window locks the file it autosaves to"
    lock.unlink()


def test_recovery_file_is_written_and_offered(window, qtbot, answers, private_dirs):
    ctl = window.annotations
    tag = ctl.add_tag("Key", "#aed581")
    _select(window.panes[0], "Heavy rain")
    ann_id = ctl.annotate_selection(tags=[tag.id], note="kept after a crash")
    written = window.sessions.write_recovery()  # what the 30 s timer does
    assert written is not None and written.is_file()
    assert window.sessions.autosave.interval() == 30_000 and window.sessions.autosave.isActive()

    other = _open_window(qtbot)
    assert not other.sessions.offer_recovery() and not answers["asked"], \
        "a window that is still open has not crashed: nothing to offer"
    assert written.is_file()
    _crash(written)
    other = _open_window(qtbot)  # the next start, after a crash
    answers["next"] = [_B.Yes]
    assert other.sessions.offer_recovery()
    assert "did not close properly" in answers["asked"][-1][1]
    _wait(qtbot, other)
    assert other.annotations.store.get(ann_id).note == "kept after a crash"
    assert [_marked_texts(p) for p in other.panes][0] == ["Heavy rain"]
    assert other.isWindowModified()  # restored work is unsaved until saved


def test_context_menu_annotates_and_offers_edit_on_a_highlight(window, monkeypatch):
    ctl = window.annotations
    tag = ctl.add_tag("Quote", "#9575cd")
    pane = window.panes[0]
    start, end = _select(pane, "Heavy rain")
    menu = ctl.context_menu(pane, pane.text.cursorRect().center())
    texts = [a.text() for a in menu.actions()]
    annotate = next(a for a in menu.actions() if a.text() == "&Annotate selection…")
    assert annotate.isEnabled() and "&Edit annotation…" not in texts

    def accept(dialog):
        dialog.set_checked({tag.id})
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotateDialog, "exec", accept)
    annotate.trigger()
    (ann,) = ctl.store.annotations
    assert ann.anchor.exact == "Heavy rain" and ann.tags == [tag.id]
    assert not pane.text.textCursor().hasSelection()  # the new highlight is not hidden
    from viewer.ui.annotate.annotator import utf16_offsets

    assert ctl.annotation_at(pane, utf16_offsets(pane.doc.text)[start + 2]) == ann.id
    assert ctl.annotation_at(pane, utf16_offsets(pane.doc.text)[end + 5]) is None


def test_new_session_asks_then_starts_empty(window, answers):
    ctl = window.annotations
    ctl.add_tag("Gone soon", "#e57373")
    answers["next"] = [_B.Cancel]
    assert not window.sessions.new()
    assert len(ctl.store.codebook.tags) == 1 and window.sources
    answers["next"] = [_B.Discard]
    assert window.sessions.new()
    assert window.sources == [] and window.result is None and not ctl.store.codebook.tags
    assert not window.isWindowModified() and not ctl.undo_stack.canUndo()


def test_recovery_can_be_discarded(window, qtbot, answers, private_dirs):
    window.annotations.add_tag("Temp", "#4dd0e1")
    written = window.sessions.write_recovery()
    assert written.is_file()
    _crash(written)
    other = _open_window(qtbot)
    answers["next"] = [_B.Discard]
    assert not other.sessions.offer_recovery()
    assert not written.exists() and other.result is None


def test_annotations_follow_an_edited_source_and_survive_a_closed_one(window, qtbot, answers):
    import dataclasses

    ctl = window.annotations
    tag = ctl.add_tag("Follow", "#ffd54f")
    _select(window.panes[1], "Rail services")
    ann_id = ctl.annotate_selection(tags=[tag.id])
    # a restored boilerplate line replaces the source object with an edited copy
    window.sources[1] = dataclasses.replace(window.sources[1], keep=frozenset({0}))
    window.analyse()
    _wait(qtbot, window)
    assert ctl.doc_keys == {"d1": "d1", "d2": "d2"}
    assert _marked_texts(window.panes[1]) == ["Rail services"]

    answers["next"] = [_B.Cancel]  # closing an annotated document asks first
    window.close_document(1)
    assert len(window.sources) == 2 and "1 annotation" in answers["asked"][-1][1]
    assert not window.actions_by_key["reopen"].isEnabled()
    answers["next"] = [_B.Close]
    window.close_document(1)  # its annotation stays, listed as not placed
    _wait(qtbot, window)
    assert ctl.spots[ann_id].orphan
    row = next(r for r in window.annotations_panel._rows if r.ann_id == ann_id)
    assert "not open" in row.doc_label and row.quote == "Rail services"
    a_path = str(window.sources[0].path)
    window.open_files([a_path.replace("a.txt", "c.txt")])
    _wait(qtbot, window)
    assert ctl.doc_keys["d2"] == "d3"  # a new document never takes the closed one's key
    assert window.actions_by_key["reopen"].isEnabled()
    window.actions_by_key["reopen"].trigger()  # back where it was, its annotation placed
    _wait(qtbot, window)
    assert [s.path for s in window.sources] == [a_path, a_path.replace("a.txt", "b.txt"),
                                                 a_path.replace("a.txt", "c.txt")]
    assert not ctl.spots[ann_id].orphan and ctl.spots[ann_id].doc_id == "d2"
    assert _marked_texts(window.panes[1]) == ["Rail services"]
    assert not window.actions_by_key["reopen"].isEnabled()
    window.reopen_document()
    assert "No closed document" in window.status_label.text()


def test_exports_include_annotations_and_verdicts(window, tmp_path):
    import csv
    import io
    import json

    ctl = window.annotations
    tag = ctl.add_tag("Export me", "#f48fb1")
    _select(window.panes[0], "2,300 people")
    ctl.annotate_selection(tags=[tag.id], note="a note for export")
    window.select_fact(window.result.facts[0].id)
    ctl.set_verdict("needs checking")
    out = tmp_path / "a.csv"
    assert window.export_annotations_csv(str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [(r["quote"], r["note"], r["tags"]) for r in rows] == \
        [("2,300 people", "a note for export", "Export me")]
    out = tmp_path / "a.jsonld"
    assert window.export_annotations_jsonld(str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld" and data["total"] == 2
    out = tmp_path / "r.html"
    assert window.export_html(str(out))
    html = out.read_text(encoding="utf-8")
    assert "a note for export" in html and "needs checking" in html


def _session_with(window, tmp_path, **settings):
    from viewer.core.session import load_session, save_session

    path = tmp_path / "s.corroborate"
    assert window.sessions.save_as(path)
    session = load_session(path)
    session.settings.update(settings)
    save_session(session, path)
    return path


def test_a_session_reopens_with_its_own_threshold_and_keeps_preferences(window, qtbot,
                                                                        tmp_path):
    from viewer.core.preferences import PreferencesStore

    path = _session_with(window, tmp_path, threshold=0.7)
    other = _open_window(qtbot)
    assert other.sessions.open(path)
    assert "analysed with its saved threshold 0.70" in other.status_label.text()
    _wait(qtbot, other)
    assert other.result.settings["threshold"] == pytest.approx(0.7)
    assert PreferencesStore().prefs.threshold == pytest.approx(0.4), "Preferences not changed"
    note = other.settings.session_label
    assert note.isVisible() and "threshold 0.70 (Preferences: 0.40)" in note.text()
    assert not other.banner.isVisible()
    other.sessions.save()  # the session keeps what it was made with
    assert load_session(path).settings["threshold"] == pytest.approx(0.7)
    other.settings.set_threshold(0.4)  # the user picks the Preferences value: it applies here
    _wait(qtbot, other)
    assert other.result.settings["threshold"] == pytest.approx(0.4)
    assert not note.isVisible()


def test_a_session_setting_that_cannot_be_used_is_named(window, qtbot, tmp_path):
    path = _session_with(window, tmp_path, threshold=3.5, model="xx_not_a_pipeline")
    other = _open_window(qtbot)
    assert other.sessions.open(path)
    _wait(qtbot, other)
    assert other.result.settings["threshold"] == pytest.approx(0.4)
    text = other.banner.label.text()
    assert "threshold 3.5 is outside" in text and "xx_not_a_pipeline is not installed" in text
    assert other.settings.session_label is None or not other.settings.session_label.isVisible()
    assert len(other.panes) == 2


def test_a_session_another_window_saved_in_between_is_not_overwritten_unasked(
        window, qtbot, tmp_path, answers, monkeypatch):
    path = tmp_path / "shared.corroborate"
    mine = _note(window, "2,300 people", "window A")
    assert window.sessions.save_as(path)

    other = _open_session(qtbot, path)
    theirs = _note(other, "six villages", "window B")
    assert other.sessions.save()  # unchanged since B opened it: no question
    assert answers["asked"] == []

    _note(window, "400 families", "window A again")
    answers["next"] = [_B.Cancel]
    assert not window.sessions.save()  # B's save is on disk: A asks, and Cancel writes nothing
    assert answers["asked"][-1][0] == "Session changed on disk"
    assert load_session(path).store.get(theirs) is not None and window.isWindowModified()

    answers["next"] = [_B.Save]  # "Save as…": under another name, B's file untouched
    copy = tmp_path / "mine.corroborate"
    monkeypatch.setattr(session_controller.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(copy), ""))
    before = path.read_bytes()
    assert window.sessions.save()
    assert path.read_bytes() == before and not session_controller.core.backup_path(
        copy).exists()  # written once: no .bak of its own first version
    assert load_session(copy).store.get(mine) is not None
    assert window.sessions.path == copy and not window.isWindowModified()

    # the same file named another way (relative, as on a command line) is still this file
    other.annotations.annotate_selection(tags=[], note="window B again")
    assert other.sessions.save_as(copy)  # B now saves over A's new file
    monkeypatch.chdir(tmp_path)
    window.sessions.path = Path("mine.corroborate")
    _note(window, "400 families", "A once more")
    answers["next"] = [_B.Cancel]
    before = copy.read_bytes()
    assert not window.sessions.save_as(copy.resolve()) and copy.read_bytes() == before


def test_work_restored_after_a_crash_asks_before_replacing_its_session_file(
        window, qtbot, tmp_path, answers):
    path = tmp_path / "crashy.corroborate"
    _note(window, "2,300 people", "saved")
    assert window.sessions.save_as(path)
    later = _open_session(qtbot, path)  # another window saves the session in between
    theirs = _note(later, "six villages", "elsewhere")
    assert later.sessions.save()

    _note(window, "400 families", "unsaved")  # the first window's unsaved work, autosaved
    recovery = window.sessions.write_recovery()
    _crash(recovery)

    restored = _open_window(qtbot)
    answers["next"] = [_B.Yes]  # restore
    assert restored.sessions.offer_recovery()
    _wait(qtbot, restored)
    answers["next"] = [_B.Cancel]
    assert not restored.sessions.save()
    assert answers["asked"][-1][0] == "Session changed on disk"
    assert load_session(path).store.get(theirs) is not None


def test_save_as_asks_before_replacing_a_session_the_dialog_did_not_name(window, tmp_path,
                                                                         answers):
    existing = tmp_path / "S.corroborate"
    existing.write_text("keep me", encoding="utf-8")
    answers["next"] = [_B.Cancel]
    assert not window.sessions.save_as(tmp_path / "S")  # typed without the suffix
    assert answers["asked"][-1][0] == "Replace session?"
    assert existing.read_text(encoding="utf-8") == "keep me"
    answers["next"] = [_B.Yes]
    assert window.sessions.save_as(tmp_path / "S")
    assert existing.read_text(encoding="utf-8") != "keep me"


def test_two_windows_on_one_session_keep_their_own_recovery_files(window, qtbot, tmp_path,
                                                                  answers):
    path = tmp_path / "both.corroborate"
    assert window.sessions.save_as(path)
    other = _open_session(qtbot, path)
    mine = _note(window, "2,300 people", "first window")
    _note(other, "six villages", "second window")
    first, second = window.sessions.write_recovery(), other.sessions.write_recovery()
    assert first is not None and second is not None and first != second

    answers["next"] = [_B.Yes]  # the second window saves (replacing the first's version)
    assert other.sessions.save()
    assert first.is_file() and not second.is_file()  # the first window's autosave is its own

    _crash(first)  # and then the first window crashes
    later = _open_window(qtbot)
    answers["next"] = [_B.Yes]
    assert later.sessions.offer_recovery()
    _wait(qtbot, later)
    assert later.annotations.store.get(mine).note == "first window"
