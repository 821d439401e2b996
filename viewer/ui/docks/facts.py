"""Facts panel: every fact with its coverage, filterable, a click selects it in the panes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.result import Comparison
from viewer.ui.source_names import SourceNames
from viewer.ui.theme import coverage_colours

__all__ = ["FactsPanel"]

_ID = Qt.ItemDataRole.UserRole
_ROWS_PER_STEP = 300
FILTERS = ("All", "Shared", "Unique")


class FactsPanel(QWidget):
    """Emits `fact_chosen(fact_id)` when the user picks a row."""

    fact_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QComboBox()
        self.filter.addItems(FILTERS)
        self.filter.setAccessibleName("Show facts")
        self.filter.currentTextChanged.connect(self._apply_filter)
        self.count_label = QLabel()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Facts")
        self.tree.setHeaderLabels(["Fact", "Sources", "Reported by", "First sentence"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        top = QHBoxLayout()
        top.addWidget(QLabel("Show:"))
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    def set_result(self, result: Comparison | None) -> None:
        for step in self.result_steps(result):
            step()

    def result_steps(self, result: Comparison | None) -> list[Callable[[], None]]:
        """`set_result` in short steps (a block of rows each), so the window can repaint in
        between: twenty long articles make over a thousand facts (70 ms in one step)."""
        self.tree.clear()
        if result is None:
            self.count_label.clear()
            return []
        total = len(result.documents)
        names = SourceNames(result)
        # one pass over the sentences (`sentence_text` searches: quadratic for long articles)
        texts = {s.id: d.text[s.start:s.end] for d in result.documents for s in d.sentences}
        # Rows are built apart and added a block at once: adding them one by one updated the
        # view each time. Facts reported by the same sources share their labels and colours.
        by_sources: dict[tuple[str, ...], tuple[str, str, QBrush, QBrush]] = {}

        def fill(first: int) -> None:
            items = []
            for fact in result.facts[first:first + _ROWS_PER_STEP]:
                key = tuple(fact.sources)
                if key not in by_sources:
                    background, foreground = coverage_colours(len(key), total)
                    by_sources[key] = (
                        _reported_by(fact.sources, total, names),
                        "\n".join(f"{d} · {names.titles.get(d, d)}" for d in key),
                        QBrush(QColor(background)), QBrush(QColor(foreground)))
                reported, tip, background, foreground = by_sources[key]
                first_sentence = " ".join(texts.get(fact.sentences[0], "").split())
                item = QTreeWidgetItem([fact.id, str(len(key)), reported, first_sentence])
                item.setToolTip(2, tip)
                item.setData(0, _ID, fact.id)
                item.setData(1, _ID, fact.status)
                item.setBackground(1, background)
                item.setForeground(1, foreground)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(3, first_sentence)
                items.append(item)
            self.tree.addTopLevelItems(items)

        def finish() -> None:
            for column, width in ((0, 52), (1, 62), (2, 180)):
                self.tree.setColumnWidth(column, width)
            self._apply_filter(self.filter.currentText())

        return [*(lambda k=k: fill(k) for k in range(0, len(result.facts), _ROWS_PER_STEP)),
                finish]

    def _apply_filter(self, name: str) -> None:
        shown = 0
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            hide = name != "All" and item.data(1, _ID) != name.lower()
            item.setHidden(hide)
            shown += not hide
        self.count_label.setText(f"{shown} facts")

    def _chosen(self, item: QTreeWidgetItem) -> None:
        self.fact_chosen.emit(item.data(0, _ID))

    def show_fact(self, fact_id: str | None) -> None:
        """Follow a selection made elsewhere, without emitting `fact_chosen` again."""
        self.tree.blockSignals(True)
        try:
            self.tree.clearSelection()
            for n in range(self.tree.topLevelItemCount()):
                item = self.tree.topLevelItem(n)
                if item.data(0, _ID) == fact_id and not item.isHidden():
                    item.setSelected(True)
                    self.tree.setCurrentItem(item)
                    self.tree.scrollToItem(item)
                    break
        finally:
            self.tree.blockSignals(False)


def _reported_by(sources: list[str], total: int, names: SourceNames) -> str:
    """Who reports a fact, short enough for the column: a fact every source reports is read
    as such at a glance ("All 5 sources"), not as a list cut off after two names."""
    if total >= 2 and len(sources) == total:
        return "Both sources" if total == 2 else f"All {total} sources"
    return names.join(sources)
