"""Find in all documents: "n of m" across every pane, the match shown whole and clear of the
edges, and no other pane moving while the reader steps through matches."""

from viewer.ui.documents_view import next_match
from viewer.ui.reveal import MARGIN


def _scrolls(window):
    return [p.text.verticalScrollBar().value() for p in window.panes]


def _match_box(pane):
    """Top and bottom of the selected match in viewport pixels."""
    view = pane.text
    cursor = view.textCursor()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    cursor.setPosition(start)
    top = view.cursorRect(cursor).top()
    cursor.setPosition(end)
    return top, view.cursorRect(cursor).bottom()


def test_n_of_m_counts_matches_in_every_document(five):
    needle = "dam"
    total = sum(p.doc.text.lower().count(needle) for p in five.panes)
    in_docs = sum(1 for p in five.panes if needle in p.doc.text.lower())
    assert total > in_docs >= 3
    assert five.find(needle)
    assert five.find_bar.status.text() == f"1 of {total}"
    five.find(needle)
    assert five.find_bar.status.text() == f"2 of {total}"
    five.find(needle, backward=True)
    five.find(needle, backward=True)
    assert five.find_bar.status.text() == f"{total} of {total}"  # wrapped round to the last
    assert five.panes[-1].text.textCursor().selectedText().lower() == needle
    assert not five.find("no such words anywhere")
    assert five.find_bar.status.text() == "No matches"


def test_each_match_shows_whole_and_the_other_panes_stay(five):
    needle = "the"
    total = sum(p.doc.text.lower().count(needle) for p in five.panes)
    seen_far_down = False
    for n in range(1, total + 1):
        before = _scrolls(five)
        assert five.find(needle)
        assert five.find_bar.status.text() == f"{n} of {total}"
        pane = next(p for p in five.panes if p.text.textCursor().hasSelection())
        k = five.panes.index(pane)
        top, bottom = _match_box(pane)
        height = pane.text.viewport().height()
        at_end = pane.text.verticalScrollBar().value() == pane.text.verticalScrollBar().maximum()
        assert top >= 0 and (bottom <= height - MARGIN or at_end and bottom <= height), \
            (n, top, bottom, height)
        after = _scrolls(five)
        assert after[:k] + after[k + 1:] == before[:k] + before[k + 1:], n
        seen_far_down |= after[k] > 0
        assert sum(p.text.textCursor().hasSelection() for p in five.panes) == 1
    assert seen_far_down, "some matches lie below the first screenful"


def test_next_match_wraps_both_ways():
    matches = [(0, 5, 8), (0, 20, 23), (2, 1, 4)]
    assert next_match(matches, None, False) == 0 and next_match(matches, None, True) == 2
    assert next_match(matches, (0, 5), False) == 1 and next_match(matches, (2, 1), False) == 0
    assert next_match(matches, (0, 5), True) == 2 and next_match(matches, (2, 1), True) == 1
