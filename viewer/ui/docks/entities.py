"""Entities panel: the presence matrix (who or what each source names); a click marks them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from viewer.core.result import Comparison
from viewer.ui.document_pane import entity_colours
from viewer.ui.source_names import SourceNames, short_title

__all__ = ["EntitiesPanel"]

_ID = Qt.ItemDataRole.UserRole
_FIXED = ("Entity", "Type")  # then one column per document, then "Also written"
_ROWS_PER_STEP = 50
_NAME_CHARS = 25  # the entity's name column is at most this many average letters wide


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
        self.setWordWrap(False)  # a long name is elided on its one line, not wrapped and cut
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.cellClicked.connect(self._chosen)
        self.cellActivated.connect(self._chosen)

    def set_result(self, result: Comparison | None) -> None:
        for step in self.result_steps(result):
            step()

    def result_steps(self, result: Comparison | None) -> list[Callable[[], None]]:
        """`set_result` in short steps (a block of rows each), so the window can interleave
        them with repainting: twenty long articles name hundreds of entities."""
        self.clearContents()
        if result is None:
            self.setRowCount(0)
            return []
        docs = result.documents
        self.setColumnCount(len(_FIXED) + len(docs) + 1)
        names = SourceNames(result)
        # a column per source, headed by its id as the panes are ("d1 · 01-courier.txt"): with
        # outlet names as headings five sources made the matrix wider than the dock
        self.setHorizontalHeaderLabels([*_FIXED, *(d.id for d in docs), "Also written"])
        for k, d in enumerate(docs):
            self.horizontalHeaderItem(len(_FIXED) + k).setToolTip(
                f"{d.id} · {names.name(d.id)} · {short_title(d.title, limit=80)}")
        colours = entity_colours(result)
        matrix = result.presence_matrix()
        # ResizeToContents re-measures every cell after every setItem: quadratic, minutes for
        # twenty long articles; fill with fixed widths and measure once afterwards
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setRowCount(len(matrix))

        def fill(first: int) -> None:
            for row in range(first, min(first + _ROWS_PER_STEP, len(matrix))):
                entity, present = matrix[row]
                name = QTableWidgetItem(f"▍{entity.name}")
                name.setData(_ID, entity.id)
                name.setForeground(QBrush(QColor(colours[entity.id])))
                name.setToolTip(f"{entity.name} · {entity.id} · mentioned in "
                                f"{len(entity.documents)} of "
                                f"{len(docs)} documents")
                others = ", ".join(a for a in entity.aliases if a != entity.name)
                cells = [name, QTableWidgetItem(entity.label)]
                for here, doc in zip(present, docs):
                    cell = QTableWidgetItem("●" if here else "–")
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    cell.setToolTip(f"{names.name(doc.id)} {'names' if here else 'never names'} "
                                    f"{entity.name}")
                    cells.append(cell)
                cells.append(QTableWidgetItem(others))
                for column, cell in enumerate(cells):
                    self.setItem(row, column, cell)

        def widths(columns: range) -> None:
            self.horizontalHeader().setResizeContentsPrecision(200)
            for column in columns:
                self.resizeColumnToContents(column)
            # a long name ("Emergency Situations Ministry") is elided rather than pushing the
            # sources' columns out of the dock; its cell's tooltip shows it whole
            if 0 in columns:
                most = self.fontMetrics().horizontalAdvance("x") * _NAME_CHARS
                self.setColumnWidth(0, min(self.columnWidth(0), most))

        # a column measured is up to 200 rows read: a few columns per step
        measured = range(len(_FIXED) + len(docs))
        return [*(lambda k=k: fill(k) for k in range(0, len(matrix), _ROWS_PER_STEP)),
                *(lambda k=k: widths(measured[k:k + 6]) for k in range(0, len(measured), 6)),
                lambda: self.setColumnWidth(len(_FIXED) + len(docs), 160)]

    def _chosen(self, row: int, _column: int) -> None:
        item = self.item(row, 0)
        if item is not None:
            self.entity_chosen.emit(item.data(_ID))

    def entity_at_row(self, row: int) -> str:
        return self.item(row, 0).data(_ID)
