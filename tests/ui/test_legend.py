"""The legend names every coverage level for up to eight sources, on one line at the default
window size (it used to show "2, 4, 6 of 6" and wrap its hint)."""

import re

import pytest

from viewer.ui.main_window import MainWindow
from viewer.ui.theme import coverage_colours

_LINES = ("Floods forced {n} hundred people from their homes on Monday.",
          "The river burst its banks after heavy rain.",
          "Source {n} says the mayor visited the shelter.")


@pytest.mark.parametrize("total", [6, 8])
def test_every_level_is_shown_on_one_line(qtbot, tmp_path, total):
    paths = []
    for n in range(total):
        path = tmp_path / f"source-{n}.txt"
        path.write_text(f"Report {n}\n" + " ".join(s.format(n=n) for s in _LINES),
                        encoding="utf-8")
        paths.append(str(path))
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1440, 900)
    w.show()
    w.open_files(paths)
    qtbot.waitUntil(lambda: w.result is not None and not w.is_busy(), timeout=60000)
    legend = w.legend
    assert legend.levels == list(range(1, total + 1))
    html = legend.text()
    shown = [int(k) for k in re.findall(r"</span>(\d+)", html)]
    assert shown == list(range(2, total + 1)), "one numbered swatch per shared level"
    assert f"of&nbsp;{total}&nbsp;sources" in html and "one&nbsp;source" in html
    for k in range(1, total + 1):
        assert coverage_colours(k, total)[0] in html
    line = legend.fontMetrics().lineSpacing()
    assert legend.heightForWidth(legend.width()) < 1.8 * line + 2, "no wrapping"
    assert legend.height() < 1.8 * line + 2


def test_a_narrow_window_wraps_the_legend_between_items_only(qtbot):
    from viewer.ui.legend import HINT, Legend
    legend = Legend()
    qtbot.addWidget(legend)
    legend.set_total(5)
    items = re.sub(r"<[^>]+>", "", legend.text()).split("&nbsp;&nbsp; ")
    assert len(items) == 5
    # a line may break only between items (a normal space) and inside the long hint
    assert all(" " not in item for item in items if item != HINT), items
    legend.resize(260, 200)
    line = legend.fontMetrics().lineSpacing()
    assert legend.heightForWidth(260) > 1.8 * line, "it wraps when narrow"
