"""The Annotations dock: every annotation (orphans too), filterable, with jump/edit/delete.

It shows rows the controller hands it and reports what the user asked for; it never changes
the store, so every edit stays undoable in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.annotations import Tag
from viewer.ui.annotate.tag_dialog import swatch
from viewer.ui.annotate.verdict import VerdictWidget

__all__ = ["AnnotationRow", "AnnotationsPanel"]

_ID = Qt.ItemDataRole.UserRole
ALL = ""


@dataclass(frozen=True)
class AnnotationRow:
    ann_id: str
    doc_key: str
    doc_label: str  # e.g. "d1 · Floods force thousands", or "(document not open)"
    tags: tuple[Tag, ...]
    quote: str
    note: str
    orphan: bool


def _filter_combo(name: str) -> QComboBox:
    """A filter box whose width does not follow its longest entry: document titles are long,
    and a box sized to one would widen the whole dock (and squeeze the documents) every time
    the style changes or a comparison is shown."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


class AnnotationsPanel(QWidget):
    """Emits `jump_requested`, `edit_requested`, `delete_requested` with an annotation id."""

    jump_requested = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    codebook_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = VerdictWidget()
        self.tag_filter = _filter_combo("Filter annotations by tag")
        self.doc_filter = _filter_combo("Filter annotations by document")
        self.text_filter = QLineEdit()
        self.text_filter.setAccessibleName("Filter annotations by text")
        self.text_filter.setPlaceholderText("Filter by text…")
        self.text_filter.setClearButtonEnabled(True)
        for signal in (self.tag_filter.currentIndexChanged, self.doc_filter.currentIndexChanged,
                       self.text_filter.textChanged):
            signal.connect(self._apply_filter)
        self.count_label = QLabel()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Annotations")
        self.tree.setHeaderLabels(["Document", "Tags", "Passage", "Note"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(lambda item: self.jump_requested.emit(item.data(0, _ID)))
        self.tree.itemClicked.connect(lambda item: self.jump_requested.emit(item.data(0, _ID)))
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.edit_button = QPushButton("&Edit…")
        self.edit_button.setAccessibleName("Edit annotation")
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.delete_button = QPushButton("Delete")
        self.delete_button.setAccessibleName("Delete annotation")
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        tags_button = QPushButton("Tags…")
        tags_button.setAccessibleName("Edit tags")
        tags_button.clicked.connect(self.codebook_requested)
        filters = QHBoxLayout()
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.doc_filter)
        filters.addWidget(self.text_filter, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(tags_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.verdict)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._rows: list[AnnotationRow] = []
        self.set_rows([], [], [])

    # --- content --------------------------------------------------------------------------
    def set_rows(self, rows: list[AnnotationRow], tags: list[Tag],
                 documents: list[tuple[str, str]]) -> None:
        """Show `rows`; `documents` is (doc key, label) for the document filter."""
        selected = self.current_id()
        self._rows = list(rows)
        self._fill_filter(self.tag_filter, "All tags", [(t.id, t.name) for t in tags])
        self._fill_filter(self.doc_filter, "All documents", documents)
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        items = []
        for row in rows:
            item = QTreeWidgetItem([
                row.doc_label, ", ".join(t.name for t in row.tags) or "(no tag)",
                " ".join(row.quote.split()), " ".join(row.note.split())])
            item.setData(0, _ID, row.ann_id)
            if row.tags:
                item.setIcon(1, swatch(row.tags[0].colour))
            if row.orphan:
                item.setToolTip(0, "Could not be found in the current text (orphan)")
                for column in range(4):
                    item.setForeground(column, QBrush(QColor("#9e9e9e")))
            item.setToolTip(2, row.quote)
            item.setToolTip(3, row.note)
            items.append(item)
        self.tree.addTopLevelItems(items)  # one insertion: thousands of rows stay quick
        for item in items:
            if item.data(0, _ID) == selected:
                item.setSelected(True)
                self.tree.setCurrentItem(item)
        self.tree.setUpdatesEnabled(True)
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(1, 110)
        self.tree.setColumnWidth(2, 220)
        self._apply_filter()

    @staticmethod
    def _fill_filter(combo: QComboBox, everything: str, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, ALL)
        for key, label in entries:
            combo.addItem(label, key)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        # the list that drops down may be wider than the box: full titles there
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def _apply_filter(self) -> None:
        tag, doc = self.tag_filter.currentData() or ALL, self.doc_filter.currentData() or ALL
        needle = self.text_filter.text().strip().casefold()
        shown = 0
        for n, row in enumerate(self._rows):
            visible = ((tag == ALL or any(t.id == tag for t in row.tags))
                       and (doc == ALL or row.doc_key == doc)
                       and (not needle or needle in row.quote.casefold()
                            or needle in row.note.casefold()
                            or any(needle in t.name.casefold() for t in row.tags)))
            self.tree.topLevelItem(n).setHidden(not visible)
            shown += visible
        orphans = sum(r.orphan for r in self._rows)
        self.count_label.setText(f"{shown} of {len(self._rows)}"
                                 + (f" · {orphans} orphaned" if orphans else ""))
        self._update_buttons()

    def visible_ids(self) -> list[str]:
        return [self.tree.topLevelItem(n).data(0, _ID) for n in range(self.tree.topLevelItemCount())
                if not self.tree.topLevelItem(n).isHidden()]

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, _ID) if item is not None and item.isSelected() else None

    def select(self, ann_id: str) -> None:
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item.data(0, _ID) == ann_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    def _emit_current(self, signal) -> None:  # noqa: ANN001 - a bound Signal
        ann_id = self.current_id()
        if ann_id:
            signal.emit(ann_id)

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
