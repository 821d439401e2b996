"""Entities panel: the presence matrix (who or what each source names); a click marks them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from viewer.core.result import Comparison
from viewer.ui.document_pane import entity_colours

__all__ = ["EntitiesPanel"]

_ID = Qt.ItemDataRole.UserRole
_FIXED = ("Entity", "Type", "Also written")


class EntitiesPanel(QTableWidget):
    """One row per entity, one ●/– column per document; emits `entity_chosen(entity_id)`."""

    entity_chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Entities")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.cellClicked.connect(self._chosen)
        self.cellActivated.connect(self._chosen)

    def set_result(self, result: Comparison | None) -> None:
        self.clearContents()
        if result is None:
            self.setRowCount(0)
            return
        docs = result.documents
        self.setColumnCount(len(_FIXED) + len(docs))
        self.setHorizontalHeaderLabels([*_FIXED, *(d.id for d in docs)])
        for k, d in enumerate(docs):
            self.horizontalHeaderItem(len(_FIXED) + k).setToolTip(d.title)
        colours = entity_colours(result)
        matrix = result.presence_matrix()
        self.setRowCount(len(matrix))
        for row, (entity, present) in enumerate(matrix):
            name = QTableWidgetItem(f"▍{entity.name}")
            name.setData(_ID, entity.id)
            name.setForeground(QBrush(QColor(colours[entity.id])))
            name.setToolTip(f"{entity.id} · mentioned in {len(entity.documents)} of "
                            f"{len(docs)} documents")
            others = ", ".join(a for a in entity.aliases if a != entity.name)
            cells = [name, QTableWidgetItem(entity.label), QTableWidgetItem(others)]
            for here in present:
                cell = QTableWidgetItem("●" if here else "–")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cells.append(cell)
            for column, cell in enumerate(cells):
                self.setItem(row, column, cell)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(2, 140)

    def _chosen(self, row: int, _column: int) -> None:
        item = self.item(row, 0)
        if item is not None:
            self.entity_chosen.emit(item.data(_ID))

    def entity_at_row(self, row: int) -> str:
        return self.item(row, 0).data(_ID)
