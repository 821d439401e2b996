"""Discrepancies panel: where sources that state the same fact disagree; a click shows where."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from viewer.core.result import Comparison
from viewer.ui.source_names import SourceNames

__all__ = ["DiscrepanciesPanel"]

_ID = Qt.ItemDataRole.UserRole


class DiscrepanciesPanel(QTreeWidget):
    """Kind, detail and sources (by name; sentence ids in the tooltip); emits
    `discrepancy_chosen(index)`."""

    discrepancy_chosen = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Discrepancies")
        self.setHeaderLabels(["Kind", "Detail", "Sources"])
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def set_result(self, result: Comparison | None) -> None:
        self.clear()
        if result is None:
            return
        names = SourceNames(result)
        for n, d in enumerate(result.discrepancies):
            sources = list(dict.fromkeys(s.split(".", 1)[0] for s in d.sentences))
            item = QTreeWidgetItem([d.kind, names.humanize(d.detail), names.join(sources)])
            item.setData(0, _ID, n)
            item.setToolTip(1, names.humanize(d.detail))
            item.setToolTip(2, ", ".join(d.sentences))
            self.addTopLevelItem(item)
        if not result.discrepancies:
            item = QTreeWidgetItem(["", "No disagreement found between sentences that state "
                                        "the same fact.", ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)
        self.setColumnWidth(0, 70)
        self.setColumnWidth(1, 640)

    def count(self) -> int:
        return sum(1 for n in range(self.topLevelItemCount())
                   if self.topLevelItem(n).data(0, _ID) is not None)

    def _chosen(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, _ID)
        if index is not None:
            self.discrepancy_chosen.emit(int(index))

    def show_discrepancy(self, index: int | None) -> None:
        """Follow a selection made elsewhere, without emitting again."""
        self.blockSignals(True)
        try:
            self.clearSelection()
            if index is not None and 0 <= index < self.topLevelItemCount():
                item = self.topLevelItem(index)
                item.setSelected(True)
                self.scrollToItem(item)
        finally:
            self.blockSignals(False)
