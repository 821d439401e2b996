"""Dialogs for tags: choose tags and a note for a passage, and edit the session's codebook.

Dialogs never change the store themselves: they call back into the controller, which turns
each change into an undo command, so whatever is done here can be undone from Edit ▸ Undo.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.annotations import Tag

__all__ = ["TAG_COLOURS", "swatch", "next_colour", "quote_preview", "AnnotateDialog",
           "CodebookDialog"]

_ID = Qt.ItemDataRole.UserRole
# distinct hues, painted see-through over the coverage shading so the text stays readable; none
# near the orange of "one source" or the blue of "shared", so a tag never reads as coverage
TAG_COLOURS = ("#81c784", "#f06292", "#c0ca33", "#e57373", "#ba68c8", "#4db6ac", "#9575cd")


@lru_cache(maxsize=128)  # the dock shows one per row; a few colours serve thousands
def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def next_colour(tags: list[Tag]) -> str:
    """The first palette colour no tag uses yet (cycling when all are taken)."""
    used = {t.colour.lower() for t in tags}
    return next((c for c in TAG_COLOURS if c not in used), TAG_COLOURS[len(tags) % len(
        TAG_COLOURS)])


def quote_preview(quote: str, limit: int = 300) -> str:
    """The passage on one line, cut at a word boundary with an ellipsis when longer."""
    shown = " ".join(quote.split())
    if len(shown) <= limit:
        return shown
    cut = shown[:limit + 1].rsplit(" ", 1)[0] if " " in shown[:limit + 1] else shown[:limit]
    return cut.rstrip(" ,;:.-–—") + "…"


def ask_new_tag(parent: QWidget, tags: list[Tag]) -> tuple[str, str] | None:
    """Name and colour for a new tag, or None if the user cancels."""
    name, ok = QInputDialog.getText(parent, "New tag", "Tag name:")
    if not ok or not name.strip():
        return None
    colour = QColorDialog.getColor(QColor(next_colour(tags)), parent, f"Colour of “{name}”")
    if not colour.isValid():
        return None
    return name.strip(), colour.name()


class AnnotateDialog(QDialog):
    """Tick any number of tags and write an optional note for one passage."""

    def __init__(self, quote: str, tags: list[Tag], checked: set[str], note: str,
                 new_tag: Callable[[], Tag | None], parent: QWidget | None = None,
                 title: str = "Annotate selection") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._new_tag = new_tag
        quote_label = QLabel(f"“{quote_preview(quote)}”")
        quote_label.setWordWrap(True)
        quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tag_list = QListWidget()
        self.tag_list.setAccessibleName("Tags")
        for tag in tags:
            self._add_item(tag, tag.id in checked)
        self.empty_hint = QLabel("No tags yet. Click “New tag…” to make one (for example "
                                 "“check this figure”), or just write a note: tags are optional "
                                 "and can be added later under Edit ▸ Tags….")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: palette(placeholder-text);")
        self.empty_hint.setVisible(not tags)
        new_button = QPushButton("&New tag…")
        new_button.setAccessibleName("New tag")
        new_button.clicked.connect(self._on_new_tag)
        self.note = QPlainTextEdit(note)
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("Optional note")
        self.note.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quote_label)
        row = QHBoxLayout()
        row.addWidget(QLabel("Tags:"))
        row.addStretch(1)
        row.addWidget(new_button)
        layout.addLayout(row)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.tag_list, 1)
        layout.addWidget(QLabel("Note:"))
        layout.addWidget(self.note, 1)
        layout.addWidget(buttons)
        self.resize(420, 420)

    def _add_item(self, tag: Tag, checked: bool) -> None:
        item = QListWidgetItem(swatch(tag.colour), tag.name)
        item.setData(_ID, tag.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.tag_list.addItem(item)

    def _on_new_tag(self) -> None:
        tag = self._new_tag()
        if tag is not None:
            self._add_item(tag, True)
            self.empty_hint.hide()

    def set_checked(self, tag_ids: set[str]) -> None:
        for n in range(self.tag_list.count()):
            item = self.tag_list.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.data(_ID) in tag_ids
                               else Qt.CheckState.Unchecked)

    def chosen_tags(self) -> list[str]:
        return [self.tag_list.item(n).data(_ID) for n in range(self.tag_list.count())
                if self.tag_list.item(n).checkState() == Qt.CheckState.Checked]

    def note_text(self) -> str:
        return self.note.toPlainText().strip()


class CodebookDialog(QDialog):
    """The session's tags: new, rename, recolour, merge into another, delete.

    `controller` is the AnnotationController; every button goes through it (undoable).
    """

    def __init__(self, controller, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle("Tags (codebook)")
        self.tag_list = QListWidget()
        self.tag_list.setAccessibleName("Codebook tags")
        buttons = QVBoxLayout()
        for text, slot in (("&New…", self.new_tag), ("&Rename…", self.rename_tag),
                           ("Re&colour…", self.recolour_tag), ("&Merge into…", self.merge_tag),
                           ("&Delete…", self.delete_tag)):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…") + " tag")
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.tag_list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        controller.changed.connect(self.refresh)
        self.refresh()
        self.resize(420, 320)

    def refresh(self) -> None:
        current = self.current_tag()
        self.tag_list.clear()
        store = self.controller.store
        for tag in store.codebook.tags:
            used = len(store.by_tag(tag.id))
            item = QListWidgetItem(swatch(tag.colour), f"{tag.name}  ({used})")
            item.setData(_ID, tag.id)
            self.tag_list.addItem(item)
            if tag.id == current:
                self.tag_list.setCurrentItem(item)

    def current_tag(self) -> str | None:
        item = self.tag_list.currentItem()
        return item.data(_ID) if item is not None else None

    def new_tag(self) -> None:
        self.controller.ask_new_tag(self)

    def rename_tag(self) -> None:
        tag = self.controller.store.codebook.get(self.current_tag() or "")
        if tag is None:
            return
        name, ok = QInputDialog.getText(self, "Rename tag", "New name:", text=tag.name)
        if ok and name.strip() and name.strip() != tag.name:
            self.controller.rename_tag(tag.id, name)

    def recolour_tag(self) -> None:
        tag = self.controller.store.codebook.get(self.current_tag() or "")
        if tag is None:
            return
        colour = QColorDialog.getColor(QColor(tag.colour), self, f"Colour of “{tag.name}”")
        if colour.isValid():
            self.controller.recolour_tag(tag.id, colour.name())

    def merge_tag(self) -> None:
        store = self.controller.store
        tag = store.codebook.get(self.current_tag() or "")
        others = [t for t in store.codebook.tags if tag is not None and t.id != tag.id]
        if tag is None or not others:
            return
        names = [t.name for t in others]
        name, ok = QInputDialog.getItem(
            self, "Merge tag", f"Merge “{tag.name}” into (its {len(store.by_tag(tag.id))} "
            "annotations get that tag; this one disappears):", names, 0, False)
        if ok and name in names:
            self.controller.merge_tags(tag.id, others[names.index(name)].id)

    def delete_tag(self) -> None:
        store = self.controller.store
        tag = store.codebook.get(self.current_tag() or "")
        if tag is None:
            return
        used = len(store.by_tag(tag.id))
        answer = QMessageBox.question(
            self, "Delete tag",
            f"Delete the tag “{tag.name}”? {used} annotation{'s' if used != 1 else ''} "
            "lose this tag but stay, with their notes and other tags. You can undo this.")
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete_tag(tag.id)
