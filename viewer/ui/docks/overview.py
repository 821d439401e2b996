"""Overview panel: a source x source heat map of shared facts, and the facts of one pair.

Before reading anything a user wants to know which outlets tell the same story and which one
stands apart. The heat map answers that from `source_similarity` (facts both report over facts
either reports); a click on a cell lists the facts those two share, and picking one selects it
in the panes.

The scale runs towards the window's contrast: darker = more in common on a light window,
brighter = more on a dark one, where the darkest cells would melt into the background and the
palest would glare. The caption is written from the scale in use, so it cannot contradict it.
The map fills the dock; the list of a pair's facts appears once a pair is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.overview import facts_by_source, shared_facts, source_similarity
from viewer.core.result import Comparison
from viewer.ui.source_names import SourceNames, short_title
from viewer.ui.theme import is_dark, readable_text

__all__ = ["OverviewPanel", "heat_colour", "heat_ramp"]

_ID = Qt.ItemDataRole.UserRole
# ColorBrewer YlGnBu: sequential and safe for the common colour-vision deficiencies; from the
# window's own lightness (least) to the far end (most)
_RAMP = ("#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8",
         "#253494", "#081d58")
_DIAGONAL = "#9a9aa0"
_ROW_MAX = 56  # cells grow with the dock up to this height, then stay cells rather than bars
# The far end of the scale: half of the facts either source reports, or the closest pair if
# closer. Scaled to the closest pair alone, two unrelated articles sharing 1% of their facts
# were the darkest cell, under a caption saying darker means more in common.
FULL_SCALE = 0.5


def _dark(dark: bool | None) -> bool:
    return is_dark(QGuiApplication.palette()) if dark is None else dark


def heat_ramp(dark: bool | None = None) -> tuple[str, ...]:
    """The colour steps, least in common first: darkening on light windows, brightening on
    dark ones (`dark` defaults to the application's palette)."""
    return tuple(reversed(_RAMP)) if _dark(dark) else _RAMP


def scale_words(dark: bool | None = None) -> str:
    """How the scale reads, e.g. "Darker = more in common", from the ramp itself."""
    ramp = heat_ramp(dark)
    darker = QColor(ramp[-1]).lightnessF() < QColor(ramp[0]).lightnessF()
    return f"{'Darker' if darker else 'Brighter'} = more in common"


def heat_colour(value: float, top: float, dark: bool | None = None) -> tuple[str, str]:
    """(background, text) for a similarity `value` on a scale whose strongest step is `top`."""
    ramp = heat_ramp(dark)
    step = 0.0 if top <= 0 else min(1.0, max(0.0, value / top))
    colour = ramp[round(step * (len(ramp) - 1))]
    return colour, readable_text(colour)


class OverviewPanel(QWidget):
    """Emits `fact_chosen(fact_id)` when a fact of the chosen pair is picked."""

    fact_chosen = Signal(str)
    pair_chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Comparison | None = None
        self.matrix: list[list[float]] = []
        self._labels: tuple[list[str], list[str]] = ([], [])  # rows' long and short names
        self._widest = 0  # the longest name's width in pixels, measured once per result
        self.table = QTableWidget()
        self.table.setAccessibleName("Similarity of sources")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(34)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setMinimumSectionSize(24)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table.cellClicked.connect(self.choose_pair)
        self.table.cellActivated.connect(self.choose_pair)
        self.scale = QLabel()
        self.scale.setAccessibleName("Colour scale")
        self.scale.setTextFormat(Qt.TextFormat.RichText)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        self.pair_label = QLabel()
        self.pair_label.setWordWrap(True)
        self.facts = QListWidget()
        self.facts.setAccessibleName("Facts the chosen pair shares")
        self.facts.itemClicked.connect(self._fact_picked)
        self.facts.itemActivated.connect(self._fact_picked)
        self.facts.hide()  # until a pair is chosen: an empty box only takes the map's room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.scale)
        layout.addWidget(self.caption)
        layout.addWidget(self.pair_label)
        layout.addWidget(self.facts, 2)
        layout.addStretch(0)  # the room the capped map and hidden list leave stays below
        self._describe_scale()

    def _describe_scale(self) -> None:
        """The caption and the less-to-more strip, from the ramp of the current theme."""
        blocks = "".join(f"<span style='color:{c}'>&#9608;&#9608;</span>" for c in heat_ramp())
        self.scale.setText(f"less&nbsp;{blocks}&nbsp;more in common")
        self.caption.setText("Share of facts two sources both report (facts both report ÷ facts "
                             f"either reports). {scale_words()}; the far end is "
                             f"{round(100 * FULL_SCALE)}% or the closest pair. Click a cell to "
                             "list the facts that pair shares.")

    def set_result(self, result: Comparison | None) -> None:
        for step in self.result_steps(result):
            step()

    def result_steps(self, result: Comparison | None) -> list[Callable[[], None]]:
        """`set_result` in short steps (a row of cells each): twenty sources make 400 cells,
        65 ms in one step, a visible stall of the window."""
        self.result = result
        self.table.clear()
        self.facts.clear()
        self.facts.hide()
        self.pair_label.clear()
        self._describe_scale()  # the theme may have changed since the last result
        if result is None:
            self.matrix = []
            self._labels = ([], [])
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return []
        self.matrix = source_similarity(result)
        docs = result.documents
        n = len(docs)
        self.table.setRowCount(n)
        self.table.setColumnCount(n)
        self.table.setHorizontalHeaderLabels([d.id for d in docs])
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMaximumHeight(header + n * _ROW_MAX + 2 * self.table.frameWidth())
        # rows named as everywhere else in the window (the outlet, from the file's name), the
        # columns by id to stay narrow; both say the whole title on hover
        names = SourceNames(result)
        self._labels = ([f"{d.id} · {short_title(names.name(d.id), limit=20)}" for d in docs],
                        [d.id for d in docs])
        metrics = self.table.verticalHeader().fontMetrics()
        self._widest = max(map(metrics.horizontalAdvance, self._labels[0]))
        self.table.setVerticalHeaderLabels(self._labels[0])
        self._fit_labels()
        for k, d in enumerate(docs):
            for header in (self.table.horizontalHeaderItem(k), self.table.verticalHeaderItem(k)):
                header.setToolTip(f"{d.id}: {d.title}")
        off = [v for i, row in enumerate(self.matrix) for j, v in enumerate(row) if i != j]
        top = max(max(off, default=0.0), FULL_SCALE)
        reported = facts_by_source(result)
        matrix = self.matrix

        def fill(i: int) -> None:
            if self.result is not result:
                return  # a newer result replaced this one between steps
            for j, value in enumerate(matrix[i]):
                item = QTableWidgetItem("—" if i == j else f"{round(100 * value)}%")
                background, text = (_DIAGONAL, "#ffffff") if i == j else heat_colour(value, top)
                item.setBackground(QBrush(QColor(background)))
                item.setForeground(QBrush(QColor(text)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if i != j:
                    count = len(reported[docs[i].id] & reported[docs[j].id])
                    item.setToolTip(f"{docs[i].id} and {docs[j].id} both report {count} "
                                    f"fact{'s' if count != 1 else ''} "
                                    f"({round(100 * value)}% of the facts either reports)")
                self.table.setItem(i, j, item)

        return [lambda i=i: fill(i) for i in range(n)]

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Rows named "d1 · Harvel Courier" where the map then fits its dock, else "d1" (the
        whole title stays on hover): nine or ten sources in a narrow dock scrolled sideways."""
        long, short = self._labels
        if not long:
            return
        room = self.table.width() - 2 * self.table.frameWidth() - \
            self.table.verticalScrollBar().sizeHint().width()
        cells = len(long) * self.table.horizontalHeader().minimumSectionSize()
        names = long if self._widest + 16 + cells <= room else short
        for k, name in enumerate(names):
            item = self.table.verticalHeaderItem(k)
            if item is not None and item.text() != name:
                item.setText(name)

    def choose_pair(self, row: int, column: int) -> None:
        """List the facts two sources share (a diagonal cell lists that source's own facts)."""
        if self.result is None or not (0 <= row < len(self.matrix) and
                                       0 <= column < len(self.matrix)):
            return
        a, b = self.result.documents[row].id, self.result.documents[column].id
        self.facts.clear()
        if a == b:
            ids = [f.id for f in self.result.facts if f.sources == [a]]
            self.pair_label.setText(f"Only {a} reports {len(ids)} fact"
                                    f"{'s' if len(ids) != 1 else ''}:")
        else:
            ids = shared_facts(self.result, a, b)
            self.pair_label.setText(f"{a} and {b} both report {len(ids)} fact"
                                    f"{'s' if len(ids) != 1 else ''}:")
        first = {f.id: f.sentences[0] for f in self.result.facts if f.sentences}
        for fact_id in ids:
            text = " ".join(self.result.sentence_text(first[fact_id]).split()) \
                if fact_id in first else ""
            item = QListWidgetItem(f"{fact_id}  {text}")
            item.setData(_ID, fact_id)
            item.setToolTip(text)
            self.facts.addItem(item)
        self.facts.show()
        self.pair_chosen.emit(a, b)

    def _fact_picked(self, item: QListWidgetItem) -> None:
        self.fact_chosen.emit(item.data(_ID))
