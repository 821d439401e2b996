"""The viewer as a user drives it: open, analyse, follow a fact, navigate, survive bad files."""

import time

import pytest

from viewer.ui.main_window import MainWindow


def _sentence(pane, words):
    return next(s for s in pane.doc.sentences if words in pane.doc.text[s.start:s.end])


def test_documents_open_side_by_side(window):
    assert [p.doc.title for p in window.panes] == ["Floods force thousands from homes",
                                                   "River floods villages"]
    assert window.panes[0].title_label.text() == "Floods force thousands from homes"
    assert "a.txt" in window.panes[0].meta_label.text()
    assert "facts" in window.status_label.text()
    assert window.facts_panel.tree.topLevelItemCount() == len(window.result.facts)


def test_selecting_a_sentence_highlights_the_linked_sentence_in_the_other_pane(window):
    first, second = window.panes
    sentence = _sentence(first, "burst its banks")
    first.sentence_activated.emit(sentence.id)
    linked = second.highlighted_sentences()
    assert linked, "the linked sentence in the other pane is highlighted"
    assert any("overflowed" in window.result.sentence_text(sid) for sid in linked)
    assert first.highlighted_sentences() == [sentence.id]
    assert window.current_fact == sentence.fact
    assert second.marked_words(), "the words that differ are marked"


def test_a_click_in_the_text_selects_that_sentence(qtbot, window):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QTextCursor

    first, second = window.panes
    sentence = _sentence(first, "2,300 people")
    cursor = QTextCursor(first.text.document())
    cursor.setPosition(sentence.start + 3)
    point = first.text.cursorRect(cursor).center()
    with qtbot.waitSignal(first.sentence_activated) as signal:
        qtbot.mouseClick(first.text.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point))
    assert signal.args == [sentence.id]
    assert any("2,500" in window.result.sentence_text(s) for s in second.highlighted_sentences())


def test_offsets_map_to_sentences_and_mentions(window):
    pane = window.panes[0]
    s = pane.doc.sentences[1]
    assert pane.sentence_at(s.start + 3) == s.id
    mention = next(m for m in pane.doc.mentions if m.entity)
    assert pane.entity_at(mention.start) == mention.entity


def test_next_unique_fact_moves_the_selection_to_a_unique_fact(window):
    window.actions_by_key["next_unique"].trigger()
    first = window.result.facts and next(f for f in window.result.facts
                                         if f.id == window.current_fact)
    assert first.status == "unique"
    window.actions_by_key["next_unique"].trigger()
    second = next(f for f in window.result.facts if f.id == window.current_fact)
    assert second.status == "unique"
    uniques = [f for f in window.result.facts if f.status == "unique"]
    assert second.id != first.id or len(uniques) == 1
    assert any(p.highlighted_sentences() for p in window.panes)


def test_next_discrepancy_selects_a_disputed_fact(window):
    assert window.disc_view.count() == len(window.result.discrepancies) >= 1
    window.actions_by_key["next_discrepancy"].trigger()
    assert window.current_fact in {d.fact for d in window.result.discrepancies}


def test_an_entity_click_marks_its_mentions_in_both_panes(window):
    first, second = window.panes
    minister = next(m for m in first.doc.mentions if "Okonkwo" in m.text)
    first.entity_activated.emit(minister.entity)
    assert window.current_entity == minister.entity
    assert first.highlighted_mentions() and second.highlighted_mentions()
    assert all("Okonkwo" in second.doc.text[a:b] for a, b in second.highlighted_mentions())


def test_the_entities_dock_shows_presence_and_selects(window):
    table = window.entities_panel
    assert table.rowCount() == len(window.result.entities)
    row = next(r for r in range(table.rowCount())
               if "Okonkwo" in table.item(r, 0).text())
    assert [table.item(row, c).text() for c in (2, 3)] == ["●", "●"]  # d1, d2
    assert table.horizontalHeaderItem(table.columnCount() - 1).text() == "Also written"
    # one narrow column per source, headed by its id; the tooltip names it
    heads = [table.horizontalHeaderItem(c) for c in (2, 3)]
    assert [h.text() for h in heads] == ["d1", "d2"]
    assert all(window.result.document(d).title[:10] in h.toolTip()
               for h, d in zip(heads, ("d1", "d2")))
    table.cellClicked.emit(row, 0)
    assert window.current_entity == table.entity_at_row(row)


def test_the_facts_filter_hides_shared_facts(window):
    panel = window.facts_panel
    panel.filter.setCurrentText("Unique")
    shown = [panel.tree.topLevelItem(n).text(0) for n in range(panel.tree.topLevelItemCount())
             if not panel.tree.topLevelItem(n).isHidden()]
    assert shown == [f.id for f in window.result.facts if f.status == "unique"]


def test_bad_files_are_reported_by_name_and_the_rest_stays(qtbot, window, files):
    before = window.result
    loaded = []
    window.files_loaded.connect(loaded.append)
    window.open_files([str(files / "empty.txt"), str(files / "missing.txt")])
    assert window.is_busy() and "Opening 2 files" in window.status_label.text()
    qtbot.waitUntil(lambda: loaded == [0] and not window.is_busy(), timeout=10000)
    assert any("empty.txt" in e and "no text" in e for e in window.banner.messages())
    assert any("missing.txt" in e and "not found" in e for e in window.banner.messages())
    assert window.banner.isVisible()
    assert window.result is before and len(window.panes) == 2
    assert not window.progress.isVisible() and not window.cancel_button.isVisible()
    window.open_files([str(files / "a.txt")])  # already open: said at once, nothing read
    assert loaded == [0, 0] and not window.is_busy()
    assert any("a.txt: already open" in e for e in window.banner.messages())


def test_the_banner_heading_describes_every_line_below_it(qtbot, window, files):
    """Eight bad files, a ninth on its own, then an empty clipboard: one plural heading over
    the nine files, and the clipboard under a heading of its own, not listed as a file."""
    from PySide6.QtGui import QGuiApplication

    loaded = []
    window.files_loaded.connect(loaded.append)
    window.open_files([str(files / f"missing{n}.txt") for n in range(8)])
    qtbot.waitUntil(lambda: loaded == [0] and not window.is_busy(), timeout=10000)
    window.open_files([str(files / "empty.txt")])
    qtbot.waitUntil(lambda: loaded == [0, 0] and not window.is_busy(), timeout=10000)
    QGuiApplication.clipboard().setText("")
    window.paste_document()
    opened, pasted = window.banner.label.text().split("\n⚠ ")
    assert opened.startswith("⚠ These files could not be opened:\n")
    assert opened.count("•") == 9 and "Clipboard" not in opened
    assert pasted.startswith("The clipboard could not be pasted:\n")
    assert pasted.count("•") == 1 and "Clipboard" in pasted
    assert len(window.banner.messages()) == 10 and len(window.sources) == 2


def test_files_are_read_off_the_gui_thread(qtbot, window, files, monkeypatch):
    import threading

    from viewer.ui import worker

    readers = []
    real = worker.load_path

    def load(path):
        readers.append(threading.current_thread() is threading.main_thread())
        return real(path)

    monkeypatch.setattr(worker, "load_path", load)
    window.open_files([str(files / "c.txt")])
    assert len(window.sources) == 2  # not yet: it is being read
    qtbot.waitUntil(lambda: not window.is_busy() and len(window.panes) == 3, timeout=60000)
    assert readers == [False]


def test_cancel_while_opening_files_keeps_the_comparison(qtbot, window, files):
    before = window.result
    window.open_files([str(files / "c.txt")])
    window.cancel_button.click()
    assert not window.is_busy() and "cancelled" in window.status_label.text().lower()
    qtbot.wait(300)  # the file read meanwhile is dropped, not added
    assert window.result is before and len(window.sources) == 2


@pytest.fixture
def private_config(tmp_path, monkeypatch):
    """The recent-files list lives in the test's folder (ask for it before `window`)."""
    monkeypatch.setenv("CORROBORATE_CONFIG_DIR", str(tmp_path / "config"))


def _analyses_run_until_cancelled(monkeypatch) -> list[list]:
    """From now on an analysis runs (off the GUI thread) until it is cancelled, so a test can
    press Cancel while the status says "Analysing…"; returns the sources of each one started."""
    from viewer.core.pipeline import Cancelled
    from viewer.ui import main_window
    from viewer.ui.worker import Job

    started = []

    def compare_job(sources, settings=None):
        started.append(list(sources))

        def work(progress, cancelled):
            deadline = time.monotonic() + 30
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.005)
            raise Cancelled

        return Job(work)

    monkeypatch.setattr(main_window, "compare_job", compare_job)
    return started


def _cancel_while_analysing(qtbot, window, started: list, runs: int) -> None:
    """Press Cancel while the `runs`-th analysis started by the test runs."""
    qtbot.waitUntil(lambda: len(started) == runs and window.cancel_button.isVisible(),
                    timeout=10000)
    window.cancel_button.click()
    assert not window.is_busy()
    assert window.status_label.text() == "Analysis cancelled; showing the previous result."


def _same(sources, shown) -> bool:
    return len(sources) == len(shown) and all(s is t for s, t in zip(sources, shown))


def test_cancel_while_an_opened_file_is_analysed_undoes_the_open(qtbot, private_config,
                                                                  window, files, monkeypatch):
    """What is shown after Cancel is what the window holds: the article whose analysis was
    cancelled is not saved, closed by Ctrl+W, analysed later, nor listed under Open Recent."""
    before, shown = window.result, list(window.sources)
    recent = window.settings.store.recent("files")
    started = _analyses_run_until_cancelled(monkeypatch)
    window.open_files([str(files / "c.txt")])
    _cancel_while_analysing(qtbot, window, started, 1)
    assert len(started) == 1 and len(started[0]) == 3, "the analysis of the three had begun"
    assert window.result is before and len(window.panes) == 2
    assert _same(window.sources, shown)
    assert [d.path for d in window.sessions.current_session().documents] == \
        [s.path for s in shown]
    assert window.settings.store.recent("files") == recent
    window.close_document()  # Ctrl+W with no pane clicked: the last one shown
    assert _same(started[-1], shown[:1])
    window.cancel_button.click()
    window.open_files([str(files / "c.txt")])  # not "already open"
    qtbot.waitUntil(lambda: len(started) == 3, timeout=10000)
    assert not any("already open" in m for m in window.banner.messages())
    window.cancel_button.click()


def test_cancel_undoes_a_paste_a_close_a_reopen_and_a_restored_line(qtbot, window, files,
                                                                     monkeypatch):
    """Each change that re-analyses is undone by Cancel: the window holds what it shows."""
    from PySide6.QtGui import QGuiApplication

    from tests.ui.conftest import C
    from tests.ui.test_restore_ui import RAW

    (files / "d.txt").write_text(RAW, encoding="utf-8")  # with lines of boilerplate
    window.open_files([str(files / "d.txt")])
    qtbot.waitUntil(lambda: not window.is_busy() and len(window.panes) == 3, timeout=60000)
    window.close_document(0)
    qtbot.waitUntil(lambda: not window.is_busy() and len(window.panes) == 2, timeout=60000)
    a = window._closed[-1][1]
    before, shown = window.result, list(window.sources)  # b.txt, d.txt; a.txt closed
    started = _analyses_run_until_cancelled(monkeypatch)

    QGuiApplication.clipboard().setText(C)
    window.paste_document()
    _cancel_while_analysing(qtbot, window, started, 1)
    assert len(started[-1]) == 3 and _same(window.sources, shown)

    window.close_document(0)
    _cancel_while_analysing(qtbot, window, started, 2)
    assert len(started[-1]) == 1 and _same(window.sources, shown)
    assert [s for _k, s in window._closed] == [a], "b.txt was not closed"

    window.reopen_document()
    _cancel_while_analysing(qtbot, window, started, 3)
    assert started[-1][0] is a and _same(window.sources, shown)
    assert [s for _k, s in window._closed] == [a], "a.txt can still be reopened"

    k = next(n for n, r in enumerate(window.result.documents[1].removed) if r.text == "Share")
    assert window.restore_removed(1, k)
    _cancel_while_analysing(qtbot, window, started, 4)
    assert started[-1][1].keep and _same(window.sources, shown)
    assert window.result is before and len(window.panes) == 2


def test_adding_and_closing_a_document_recompares(qtbot, window, files):
    window.open_files([str(files / "c.txt")])
    qtbot.waitUntil(lambda: not window.is_busy() and len(window.panes) == 3, timeout=60000)
    window.close_document(2)
    qtbot.waitUntil(lambda: not window.is_busy() and len(window.panes) == 2, timeout=60000)
    assert [p.doc.path for p in window.panes] == [str(files / "a.txt"), str(files / "b.txt")]


def test_cancel_during_analysis_leaves_the_window_usable(qtbot, window, files):
    before = window.result
    window.open_files([str(files / "c.txt")])
    assert window.is_busy() and window.cancel_button.isVisible()
    window.cancel_button.click()
    assert not window.is_busy() and not window.cancel_button.isVisible()
    assert "cancelled" in window.status_label.text().lower()
    qtbot.wait(200)  # a late result from the cancelled run must not replace the shown one
    assert window.result is before and len(window.panes) == 2
    window.actions_by_key["next_shared"].trigger()
    assert window.current_fact is not None


def test_find_selects_text_in_a_pane(window):
    assert window.find("overflowed")
    assert window.panes[1].text.textCursor().selectedText() == "overflowed"
    assert not window.find("no such words anywhere")


def test_exports_write_html_and_json(window, tmp_path):
    import json

    assert window.export_html(str(tmp_path / "r.html"))
    assert window.export_json(str(tmp_path / "r.json"))
    assert "<html" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert len(json.loads((tmp_path / "r.json").read_text())["documents"]) == 2


def test_paste_adds_a_document(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    from tests.ui.conftest import C

    QGuiApplication.clipboard().setText(C)
    window.actions_by_key["paste"].trigger()
    qtbot.waitUntil(lambda: not window.is_busy() and len(window.panes) == 3, timeout=60000)
    assert window.panes[2].doc.kind == "paste"


def test_removed_boilerplate_is_collapsed_until_asked(qtbot, files):
    page = files / "page.txt"
    page.write_text("Skip to main content\nHome\nNews\nSport\n"
                    "Floods force thousands from homes\n" + (files / "a.txt").read_text()
                    .split("\n", 1)[1], encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_files([str(page), str(files / "b.txt")])
    qtbot.waitUntil(lambda: w.result is not None, timeout=60000)
    removed = w.panes[0].removed
    if not w.result.documents[0].removed:
        return  # the cleaner kept everything: nothing to fold
    assert not removed.list.isVisibleTo(w) and removed.isVisibleTo(w)
    removed.toggle.click()
    assert removed.is_expanded() and removed.list.isVisibleTo(w)
    assert "Skip to main content" in removed.list.text()


def test_menus_and_shortcuts(window):
    from viewer.ui.actions import COMMANDS

    keys = [c[4] for c in COMMANDS if c[1] and c[4]]
    assert len(keys) == len(set(keys)), "no two commands share a shortcut"
    assert window.actions_by_key["open"].shortcut().toString() == "Ctrl+O"
    assert window.actions_by_key["next_unique"].shortcut().toString() == "F8"


def test_utf16_offsets_count_characters_outside_the_bmp_twice():
    """Qt positions are UTF-16 units: an emoji or a rare CJK character takes two."""
    from viewer.ui.document_pane import utf16_offsets

    assert utf16_offsets("ab") == [0, 1, 2]
    assert utf16_offsets("a😀b\U00020000c") == [0, 1, 3, 4, 6, 7]
    assert utf16_offsets("") == [0]


def test_the_facts_panel_fills_in_blocks_with_the_same_rows(window, monkeypatch):
    """Over a thousand facts are added a block per step; the rows are those of one pass."""
    from viewer.ui.docks import facts

    panel = window.facts_panel
    whole = [panel.tree.topLevelItem(n).text(3) for n in range(panel.tree.topLevelItemCount())]
    monkeypatch.setattr(facts, "_ROWS_PER_STEP", 2)
    steps = panel.result_steps(window.result)
    assert len(steps) == (len(window.result.facts) + 1) // 2 + 1
    for step in steps:
        step()
    rows = [panel.tree.topLevelItem(n).text(3) for n in range(panel.tree.topLevelItemCount())]
    assert rows == whole and panel.tree.topLevelItemCount() == len(window.result.facts)
    assert panel.count_label.text() == f"{len(window.result.facts)} facts"
