"""The viewer as a user drives it: open, analyse, follow a fact, navigate, survive bad files."""

import pytest

from viewer.ui.main_window import MainWindow

A = ("Floods force thousands from homes\nHeavy rain caused the Lesna river to burst its banks "
     "on Monday, flooding six villages.\nInterior Minister Dana Okonkwo-Reyes said 2,300 people "
     "had been evacuated.\nA local school has been turned into a shelter for 400 families.")
B = ("River floods villages\nThe Lesna river overflowed on Monday after days of heavy rain, and "
     "six villages were flooded.\nInterior Minister Dana Okonkwo-Reyes said 2,500 people had "
     "been evacuated.\nRail services to the capital were suspended.")


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return tmp_path


@pytest.fixture
def window(qtbot, files):
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.analysis_finished, timeout=60000):
        w.open_files([str(files / "a.txt"), str(files / "b.txt")])
    return w


def test_documents_open_side_by_side(window):
    assert [p.doc.title for p in window.panes] == ["Floods force thousands from homes",
                                                   "River floods villages"]
    assert "facts" in window.status_label.text()


def test_clicking_a_sentence_highlights_its_fact_in_the_other_pane(window):
    first, second = window.panes
    sentence = next(s for s in first.doc.sentences
                    if "burst its banks" in first.doc.text[s.start:s.end])
    first.sentence_clicked.emit(sentence.id)
    linked = second.highlighted_sentences()
    assert linked, "the linked sentence in the other pane is highlighted"
    assert any("overflowed" in window.result.sentence_text(sid) for sid in linked)
    assert first.highlighted_sentences() == [sentence.id]


def test_a_click_position_maps_to_its_sentence(window):
    pane = window.panes[0]
    s = pane.doc.sentences[1]
    assert pane.sentence_at(s.start + 3) == s.id


def test_next_unique_fact(window):
    window.next_unique.trigger()
    fact = next(f for f in window.result.facts if f.id == window.current_fact)
    assert fact.status == "unique"
    window.step("unique", 1)
    second = window.current_fact
    assert second != fact.id or sum(f.status == "unique" for f in window.result.facts) == 1


def test_next_disagreement_selects_a_disputed_fact(window):
    assert window.disc_view.count() == len(window.result.discrepancies) >= 1
    window.step("discrepancy", 1)
    assert window.current_fact in {d.fact for d in window.result.discrepancies}


def test_bad_file_is_reported_and_the_rest_stays(qtbot, window, files):
    with qtbot.waitSignal(window.analysis_finished, timeout=60000):
        window.open_files([str(files / "empty.txt"), str(files / "missing.txt")])
    assert any("empty.txt" in e and "no text" in e for e in window.errors)
    assert any("missing.txt" in e and "not found" in e for e in window.errors)
    assert len(window.panes) == 2


def test_cancel_leaves_the_window_usable(qtbot, files):
    w = MainWindow()
    qtbot.addWidget(w)
    w.sources = []
    with qtbot.waitSignal(w.analysis_finished, timeout=60000):
        w.open_files([str(files / "a.txt"), str(files / "b.txt")])
    w.analyse()
    w.cancel_analysis()
    qtbot.waitUntil(lambda: not w.cancel_button.isVisible() or w._job is None, timeout=60000)
    assert w.result is not None and len(w.panes) == 2


def test_screenshot_command(qtbot, files, tmp_path):
    from viewer.ui.app import run

    out = tmp_path / "shot.png"
    assert run(["--screenshot", str(out), str(files / "a.txt"), str(files / "b.txt")]) == 0
    assert out.stat().st_size > 1000
