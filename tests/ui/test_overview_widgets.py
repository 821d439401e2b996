"""Connector bands, synchronised scrolling, minimaps and the similarity heat map."""

import math
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from viewer.core.overview import source_similarity
from viewer.ui.app import sample_paths
from viewer.ui.connectors import connector_bands
from viewer.ui.sentence_geometry import Extent
from viewer.ui.sync_scroll import anchor_pairs, map_position


@pytest.fixture
def samples(qtbot):
    """The main window on two bundled samples: long enough to scroll."""
    from viewer.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1000, 620)  # short panes, so both articles scroll
    w.show()
    w.open_files(sample_paths()[:2])
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
    qtbot.waitExposed(w)
    return w


# --- connector bands: geometry, no pixels ------------------------------------------------
def test_bands_join_only_linked_sentences_that_are_both_in_view():
    left = [Extent("d1.s1", 0, 20), Extent("d1.s2", 30, 60), Extent("d1.s3", 70, 90)]
    right = [Extent("d2.s5", 10, 40)]
    pairs = {("d1.s2", "d2.s5"), ("d1.s1", "d2.s9"), ("d1.s3", "d2.s5")}
    fact_of = {"d1.s2": "f1", "d1.s3": "f2"}
    bands = connector_bands(left, right, pairs, fact_of, (100, 300), (120, 320), "f1")
    assert [(b.left, b.right) for b in bands] == [("d1.s3", "d2.s5"), ("d1.s2", "d2.s5")]
    selected = bands[-1]  # the selected fact is painted last, on top
    assert selected.selected and not bands[0].selected
    assert (selected.left_top, selected.left_bottom) == (130, 160)
    assert (selected.right_top, selected.right_bottom) == (130, 160)


def test_band_ends_are_clipped_to_the_viewport():
    left = [Extent("a", -15, 25)]  # partly scrolled out above
    right = [Extent("b", 190, 240)]  # runs past the bottom
    (band,) = connector_bands(left, right, {("a", "b")}, {}, (50, 250), (60, 260))
    assert band.left_top == 50 and band.left_bottom == 75
    assert band.right_top == 250 and band.right_bottom == 260


def test_handle_bands_are_visible_linked_pairs(samples):
    handle = samples.view.splitter.handle(1)
    bands = handle.bands()
    assert bands, "two sample articles share facts near their tops"
    left, right = samples.panes
    visible_left = {e.sentence for e in left.sentence_geometry.visible()}
    visible_right = {e.sentence for e in right.sentence_geometry.visible()}
    linked = {(k.a, k.b) for k in samples.result.links} | {(k.b, k.a) for k in samples.result.links}
    for band in bands:
        assert band.left in visible_left and band.right in visible_right
        assert (band.left, band.right) in linked
        assert 0 <= band.left_top <= band.left_bottom <= handle.height()
    fact = bands[0].fact
    samples.select_fact(fact)
    assert any(b.selected for b in handle.bands() if b.fact == fact)


# --- synchronised scrolling ------------------------------------------------------------------
def test_position_maps_linearly_between_linked_sentences():
    source = [Extent("d1.s1", 0, 40), Extent("d1.s2", 50, 90), Extent("d1.s3", 100, 140)]
    target = [Extent("d2.s7", 300, 320), Extent("d2.s8", 400, 480)]
    partners = {("d1.s1", "d2"): "d2.s8", ("d1.s3", "d2"): "d2.s7"}
    anchors = anchor_pairs(source, target, "d2", partners, 200, 600)
    assert map_position(anchors, 0) == 400  # the top sentence's partner
    assert map_position(anchors, 20) == pytest.approx(440)  # halfway through both
    assert map_position(anchors, 100) == 300  # a reordered pair is followed too
    assert map_position(anchors, 200) == 600  # both ends meet


def test_sentences_sharing_a_line_keep_the_mapping_in_order():
    source = [Extent("d1.s1", 0, 40), Extent("d1.s2", 30, 70)]  # s2 starts on s1's last line
    target = [Extent("d2.s1", 100, 140), Extent("d2.s2", 300, 340)]
    partners = {("d1.s1", "d2"): "d2.s1", ("d1.s2", "d2"): "d2.s2"}
    anchors = anchor_pairs(source, target, "d2", partners, 100, 400)
    keys = [a[0] for a in anchors]
    assert keys == sorted(keys)
    assert map_position(anchors, 30) == 300 and map_position(anchors, 0) == 100


def test_scrolling_one_pane_scrolls_the_other_to_the_linked_sentence(qtbot, samples):
    left, right = samples.panes
    assert samples.actions_by_key["sync_scroll"].isChecked()
    bar, other = left.text.verticalScrollBar(), right.text.verticalScrollBar()
    assert bar.maximum() > 300 and other.maximum() > 300
    partners = samples.view.sync.partners(0)
    linked = [e for e in left.sentence_geometry.extents()
              if (e.sentence, right.doc.id) in partners and e.top > 150]
    anchor = linked[len(linked) // 2]
    reference = max(left.text.viewport().mapToGlobal(left.text.viewport().rect().topLeft()).y(),
                    right.text.viewport().mapToGlobal(right.text.viewport().rect().topLeft()).y())
    left_top = left.text.viewport().mapToGlobal(left.text.viewport().rect().topLeft()).y()
    # the anchor at the reference (rounded up: just above it, the mapping runs across the gap
    # from the sentence before, whose partner may sit far away)
    bar.setValue(math.ceil(anchor.top - (reference - left_top)))
    partner = right.sentence_geometry.extent(partners[(anchor.sentence, right.doc.id)])
    assert other.minimum() < other.value() < other.maximum()
    right_top = right.text.viewport().mapToGlobal(right.text.viewport().rect().topLeft()).y()
    left_y = left_top + anchor.top - bar.value()
    right_y = right_top + partner.top - other.value()
    assert abs(left_y - right_y) <= 2, "the linked sentence sits at the same height"

    samples.actions_by_key["sync_scroll"].trigger()  # off
    assert not samples.view.sync.enabled
    before = other.value()
    bar.setValue(bar.value() // 2)
    assert other.value() == before


def test_selecting_a_fact_is_not_undone_by_synchronised_scrolling(samples):
    fact = next(f for f in samples.result.facts if len(f.sources) == 2)
    samples.select_fact(fact.id)
    for pane in samples.panes:
        ids = {e.sentence for e in pane.sentence_geometry.visible()}
        assert ids & set(pane.highlighted_sentences())


# --- minimap ----------------------------------------------------------------------------------
def test_minimap_click_scrolls_there(qtbot, samples):
    from PySide6.QtCore import QPoint, Qt

    pane = samples.panes[0]
    samples.actions_by_key["sync_scroll"].setChecked(False)
    bar = pane.text.verticalScrollBar()
    assert bar.value() == 0
    minimap = pane.minimap
    y = minimap.height() * 3 // 4
    qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=QPoint(minimap.width() // 2, y))
    assert bar.value() > 0
    assert bar.value() == min(bar.maximum(), minimap.scroll_value_at(y))
    top, bottom = minimap.viewport_band()
    assert top > 0 and bottom <= minimap.height() + 1


def test_minimap_marks_cover_every_sentence(samples):
    pane = samples.panes[0]
    extents = pane.sentence_geometry.extents()
    assert [e.sentence for e in extents] == [s.id for s in pane.doc.sentences]
    assert all(a.top <= b.top and a.bottom <= b.bottom for a, b in zip(extents, extents[1:]))
    assert all(e.top < e.bottom for e in extents)


# --- heat map ---------------------------------------------------------------------------------
def test_overview_heat_map_shows_the_similarity_matrix(samples):
    panel = samples.overview_panel
    matrix = source_similarity(samples.result)
    n = len(samples.result.documents)
    assert panel.table.rowCount() == panel.table.columnCount() == n
    assert panel.table.item(0, 1).text() == f"{round(100 * matrix[0][1])}%"
    # rows are named as the other docks name sources (the outlet), the title on hover
    assert panel.table.verticalHeaderItem(0).text() == "d1 · Harvel Courier"
    assert samples.result.documents[0].title in panel.table.verticalHeaderItem(0).toolTip()
    panel.choose_pair(0, 1)
    shared = [f.id for f in samples.result.facts
              if {samples.result.documents[0].id, samples.result.documents[1].id}
              <= set(f.sources)]
    assert panel.facts.count() == len(shared) > 0
    panel.facts.itemClicked.emit(panel.facts.item(0))
    assert samples.current_fact == shared[0]


# --- showing a result in steps -----------------------------------------------------------------
def test_staged_run_returns_to_the_event_loop_between_steps(qtbot):
    import time

    from viewer.ui.staged import StagedRun

    done, turns = [], []
    steps = [lambda k=k: (done.append(k), time.sleep(0.02)) for k in range(5)]
    run = StagedRun(steps, budget_ms=10)
    from PySide6.QtCore import QTimer

    ticker = QTimer()
    ticker.timeout.connect(lambda: turns.append(len(done)))
    ticker.start(0)
    with qtbot.waitSignal(run.finished, timeout=5000):
        run.start()
    ticker.stop()
    assert done == [0, 1, 2, 3, 4]
    assert len(set(turns)) >= 3, "the event loop ran between steps"

    stopped = StagedRun([lambda: done.append("x")])
    stopped.start()
    stopped.stop()
    qtbot.wait(20)
    assert "x" not in done


def test_a_timer_due_during_a_step_runs_before_the_next_step(qtbot):
    """The stall meter's 10 ms tick (and a repaint, a key press) must not wait for two steps:
    the next block of steps waits its turn behind what became due meanwhile."""
    import time

    from PySide6.QtCore import Qt, QTimer

    from viewer.ui.staged import StagedRun

    done, seen = [], []
    steps = [lambda k=k: (done.append(k), time.sleep(0.015)) for k in range(6)]
    run = StagedRun(steps, budget_ms=1)
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: seen.append(len(done)))
    ticker.start(5)
    with qtbot.waitSignal(run.finished, timeout=5000):
        run.start()
    ticker.stop()
    assert set(range(1, 6)) <= set(seen), seen


def test_the_window_counts_as_busy_until_the_result_is_on_screen(qtbot, files):
    from viewer.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    finished = []
    w.analysis_finished.connect(lambda: finished.append(len(w.panes)))
    w.open_files([str(files / "a.txt"), str(files / "b.txt"), str(files / "c.txt")])
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=60000)
    assert finished == [3], "analysis_finished comes once, with every pane built"
    assert w.overview_panel.table.rowCount() == 3


def test_panes_out_of_sight_catch_up_when_scrolled_into_view(qtbot):
    from viewer.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(900, 620)  # five panes at their minimum width do not fit: the row scrolls
    w.show()
    w.open_files(sample_paths())
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
    qtbot.waitExposed(w)
    hidden = [p for p in w.panes if p.text.visibleRegion().isEmpty()]
    assert hidden, "some panes are scrolled out of sight"
    last = hidden[-1]
    bar = w.panes[0].text.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert last.text.verticalScrollBar().value() == 0, "not moved while out of sight"
    w.view.horizontalScrollBar().setValue(w.view.horizontalScrollBar().maximum())
    qtbot.waitUntil(lambda: not last.text.visibleRegion().isEmpty(), timeout=2000)
    assert last.text.verticalScrollBar().value() > 0, "moved once in view"


def test_each_pane_keeps_the_width_it_arrives_with(qtbot):
    """Panes arrive one by one at their final width: a pane that changed width as the next
    arrived laid out its whole text again (twenty long articles: a visible stall each)."""
    from viewer.core.documents import load_path
    from viewer.core.pipeline import compare
    from viewer.ui.main_window import MainWindow

    result = compare([load_path(p) for p in sample_paths()])
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1440, 900)
    w.show()
    qtbot.waitExposed(w)
    first_width: dict[int, int] = {}
    for step in w.view.result_steps(result):
        step()
        QApplication.processEvents()
        for k, pane in enumerate(w.panes):
            first_width.setdefault(k, pane.width())
            assert pane.width() == first_width[k], f"pane {k} re-wrapped as panes arrived"
    assert len(w.panes) == len(result.documents)
    assert w.view.splitter.count() == len(w.panes), "no placeholder left in the row"
    widths = [p.width() for p in w.panes]
    assert max(widths) - min(widths) <= len(widths), widths
    handles = w.view.splitter.handleWidth() * (len(widths) - 1)
    assert sum(widths) + handles == w.view.splitter.width(), "the panes fill the row"


def test_the_heat_map_fills_a_row_per_step_with_the_cells_of_one_pass(samples):
    panel = samples.overview_panel
    whole = [[panel.table.item(i, j).text() for j in range(panel.table.columnCount())]
             for i in range(panel.table.rowCount())]
    tips = panel.table.item(0, 1).toolTip()
    steps = panel.result_steps(samples.result)
    assert len(steps) == len(samples.result.documents)
    assert panel.table.item(0, 1) is None, "cells come with their step"
    for step in steps:
        step()
    again = [[panel.table.item(i, j).text() for j in range(panel.table.columnCount())]
             for i in range(panel.table.rowCount())]
    assert again == whole and panel.table.item(0, 1).toolTip() == tips


def test_heat_map_steps_of_a_replaced_result_write_nothing(samples):
    panel = samples.overview_panel
    stale = panel.result_steps(samples.result)
    panel.set_result(None)
    for step in stale:
        step()
    assert panel.table.rowCount() == 0 and panel.result is None


def test_nothing_of_the_old_result_stays_beside_the_new_panes(samples):
    """While a new result's panes arrive, the docks do not show the old one's counts and
    disagreements."""
    from viewer.core.documents import load_path
    from viewer.core.pipeline import compare

    assert samples.disc_view.topLevelItemCount() > 0
    old_count = samples.facts_panel.count_label.text()
    result = compare([load_path(p) for p in sample_paths()[1:3]])
    steps = samples._result_steps(result)
    steps[0]()  # the first step, before any pane
    assert samples.disc_view.topLevelItemCount() == 0
    assert samples.facts_panel.count_label.text() != old_count
    for step in steps[1:]:
        step()
    assert samples.facts_panel.count_label.text() == f"{len(result.facts)} facts"
    assert samples.disc_view.topLevelItemCount() == len(result.discrepancies)


def test_a_short_article_sits_at_the_top_of_its_minimap_as_in_its_pane(qtbot, window, files):
    """One sentence is one mark at the top, not a mark stretched the strip's whole height."""
    (files / "a.txt").write_text("Floods hit Lusk\nThe river burst its banks on Monday.",
                                 encoding="utf-8")
    (files / "b.txt").write_text("Lusk flooded\nThe river burst its banks on Monday night.",
                                 encoding="utf-8")
    window.resize(1200, 900)
    window.open_files([str(files / "a.txt"), str(files / "b.txt")])
    qtbot.waitUntil(lambda: window.result is not None and len(window.panes) == 2
                    and not window.is_busy(), timeout=60000)
    minimap = window.panes[0].minimap
    qtbot.waitUntil(lambda: minimap.height() > 200, timeout=5000)
    last = window.panes[0].sentence_geometry.extents()[-1]
    assert last.bottom * minimap._scale() < minimap.height() / 2
    top, bottom = minimap.viewport_band()
    assert top == 0 and abs(bottom - minimap.height()) <= 1, "all of it is in view"


def test_ten_sources_fit_a_narrow_dock_named_by_id_and_a_wide_one_by_outlet(qtbot):
    """Nine or ten sources scrolled the map sideways in the dock's usual width."""
    from viewer.core.documents import load_path
    from viewer.core.pipeline import compare
    from viewer.ui.docks.overview import OverviewPanel

    result = compare([load_path(p) for p in sample_paths()])
    # ten sources: the five samples twice over
    docs = [replace(d, id=f"d{k + 1}") for k, d in enumerate(result.documents * 2)]
    result = replace(result, documents=docs)
    panel = OverviewPanel()
    qtbot.addWidget(panel)
    panel.resize(380, 700)
    panel.show()
    panel.set_result(result)
    QApplication.processEvents()
    rows = [panel.table.verticalHeaderItem(k).text() for k in range(10)]
    assert rows == [f"d{k + 1}" for k in range(10)]
    assert panel.table.horizontalScrollBar().maximum() == 0, "the whole map in view"
    assert panel.table.verticalHeaderItem(0).toolTip().startswith("d1: ")
    panel.resize(1100, 700)
    QApplication.processEvents()
    assert panel.table.verticalHeaderItem(0).text().startswith("d1 · "), "room for the names"
