"""Picking a fact or a discrepancy scrolls every pane that holds one of its sentences so the
whole sentence shows, and synchronised scrolling does not drag a pane back afterwards."""

import pytest

from viewer.ui.reveal import MARGIN, fully_visible, reveal_target


def _pane(window, sentence_id):
    return next(p for p in window.panes if sentence_id.startswith(p.doc.id + "."))


def _shows(window, sentence_id):
    """Whether the whole sentence is inside its pane's viewport."""
    pane = _pane(window, sentence_id)
    extent = pane.sentence_geometry.extent(sentence_id)
    top = pane.text.verticalScrollBar().value()
    return top <= extent.top and extent.bottom <= top + pane.text.viewport().height()


def _below_the_fold(window, sentence_id):
    pane = _pane(window, sentence_id)
    return pane.sentence_geometry.extent(sentence_id).top > pane.text.viewport().height()


def test_a_discrepancy_far_down_the_first_pane_is_scrolled_into_view(qtbot, five):
    first = five.panes[0].doc.id
    index, d = next((n, d) for n, d in enumerate(five.result.discrepancies)
                    if any(s.startswith(first + ".") and _below_the_fold(five, s)
                           for s in d.sentences))
    item = five.disc_view.topLevelItem(index)
    five.disc_view.itemClicked.emit(item, 0)  # a click in the Discrepancies dock
    assert five.view.current_discrepancy == index
    for sid in d.sentences:
        assert _shows(five, sid), sid


def test_every_discrepancy_through_f7_shows_its_sentences(qtbot, five):
    assert len(five.result.discrepancies) >= 3
    for _ in five.result.discrepancies:
        five.actions_by_key["next_discrepancy"].trigger()
        d = five.result.discrepancies[five.view.current_discrepancy]
        assert all(_shows(five, sid) for sid in d.sentences), d.sentences


def test_sync_does_not_pull_a_selected_fact_back(qtbot, five):
    first, last = five.panes[0], five.panes[-1]
    assert not five.view._in_sight(last), "the last pane starts out of sight"
    fact, scroller = next((f, p) for f in five.result.facts for p in five.panes[1:-1]
                          if p.doc.id not in f.sources and five.view._in_sight(p)
                          and all(any(s.startswith(q.doc.id + ".") and _below_the_fold(five, s)
                                      for s in f.sentences) for q in (first, last)))
    # the user scrolls a pane without the fact: panes out of sight owe it a follow-up
    scroller.text.verticalScrollBar().setValue(40)
    five.facts_panel.fact_chosen.emit(fact.id)  # a click in the Facts dock
    mine = next(s for s in fact.sentences if s.startswith(first.doc.id + "."))
    assert _shows(five, mine)
    bar = five.view.horizontalScrollBar()  # scrolling sideways lets owed follow-ups run
    bar.setValue(bar.maximum())
    qtbot.wait(50)
    for pane in five.panes:
        own = [s for s in fact.sentences if s.startswith(pane.doc.id + ".")]
        assert not own or _shows(five, own[0]), pane.doc.id


def test_a_click_in_a_pane_does_not_scroll_that_pane(qtbot, five):
    first = five.panes[0]
    bar = first.text.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    sentence = first.sentence_geometry.visible()[1].sentence
    first.sentence_activated.emit(sentence)
    assert bar.value() == before


@pytest.mark.parametrize("value, top, bottom, expected", [
    (0, 100, 150, 0),            # already visible: stays
    (0, 700, 760, 700 - 100),    # below: a quarter down a 400 px viewport
    (500, 100, 150, 100 - 100),  # above: the same
    (0, 900, 1400, 900 - MARGIN),  # taller than the viewport: its first line at the top
    (0, 370, 395, 370 - 100),    # touching the bottom edge counts as not shown
])
def test_reveal_target(value, top, bottom, expected):
    assert reveal_target(value, 400, top, bottom) == expected
    assert fully_visible(reveal_target(value, 400, top, bottom), 400, top,
                         min(bottom, top + 400 - 2 * MARGIN))



def test_the_panes_are_measured_before_the_first_scroll_or_selection(qtbot, five):
    """Measured once the panes are laid out, a pane per event-loop turn: the first selection
    no longer measures every pane at once."""
    from viewer.ui import sentence_geometry

    qtbot.waitUntil(lambda: not five._measuring.running, timeout=10000)
    measured = []
    real = sentence_geometry._measure
    sentence_geometry._measure = lambda *a: measured.append(1) or real(*a)
    try:
        five.select_fact(next(f.id for f in five.result.facts if len(f.sources) > 2))
    finally:
        sentence_geometry._measure = real
    assert measured == []
    assert all(p.sentence_geometry._key is not None for p in five.panes)


def test_the_analysis_thread_works_out_the_differing_words(window):
    """The first fact selection must not compute them on the GUI thread."""
    assert "_differing" in window.result.__dict__
    assert "_differing" not in window.result.to_dict()
    assert window.result.differing_chars() is window.result.__dict__["_differing"]


def test_analysing_again_keeps_the_readers_place(qtbot):
    """A new threshold (or a restored line) analyses the same articles again: the selected
    fact and each pane's scroll position come back, found by sentence text, not by id."""
    from viewer.ui.app import sample_paths
    from viewer.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1000, 620)
    w.show()
    w.open_files(sample_paths()[:2])
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
    qtbot.waitExposed(w)
    shared = next(f for f in w.result.facts if len(f.sources) == 2)
    w.select_fact(shared.id)
    chosen = [w.result.sentence_text(s) for s in shared.sentences]
    pane = w.panes[1]
    bar = pane.text.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    top_before = next(e.sentence for e in pane.sentence_geometry.extents()
                      if e.bottom > bar.value())
    top_text = w.result.sentence_text(top_before)
    before = w.result
    with qtbot.waitSignal(w.analysis_finished, timeout=60000):
        w.settings.set_threshold(0.42)
    assert w.result is not before
    assert w.current_fact is not None
    fact = next(f for f in w.result.facts if f.id == w.current_fact)
    assert any(w.result.sentence_text(s) in chosen for s in fact.sentences)
    bar = w.panes[1].text.verticalScrollBar()
    assert bar.value() > 0
    top_after = next(e.sentence for e in w.panes[1].sentence_geometry.extents()
                     if e.bottom > bar.value())
    assert w.result.sentence_text(top_after) == top_text
