"""Annotating in the window: the store, its undo stack, and how annotations meet the panes.

One controller per window owns the session's `AnnotationStore` and the `QUndoStack` through
which every edit goes. After each analysis result it works out where every annotation now sits
(re-anchoring when a text changed) and which fact each verdict belongs to, paints highlights in
the panes and fills the Annotations dock. Session documents keep stable keys ("d1", "d2", …)
that are independent of the result's document ids, which shift when a document is closed.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from viewer.core.annotations import (
    Annotation,
    AnnotationStore,
    Tag,
    Verdict,
    anchor_for,
    check_colour,
)
from viewer.core.documents import SourceText
from viewer.core.result import Comparison
from viewer.ui.annotate.annotations_dock import AnnotationRow, AnnotationsPanel
from viewer.ui.annotate.commands import (
    AddAnnotation,
    AddTag,
    DeleteTag,
    EditAnnotation,
    MergeTags,
    RecolourTag,
    RemoveAnnotation,
    RenameTag,
    SetVerdict,
)
from viewer.ui.annotate.placement import Placer, Spot, new_verdict
from viewer.ui.annotate.tag_dialog import AnnotateDialog, CodebookDialog, ask_new_tag
from viewer.ui.annotate.verdict import verdict_text
from viewer.ui.document_pane import utf16_offsets
from viewer.ui.source_names import fact_summary
from viewer.ui.theme import untagged_colour

if TYPE_CHECKING:
    from viewer.ui.document_pane import DocumentPane
    from viewer.ui.main_window import MainWindow

__all__ = ["AnnotationController", "selected_range", "utf16_offsets"]


def selected_range(pane: DocumentPane) -> tuple[int, int] | None:
    """The pane's text selection in document offsets, trimmed of surrounding blanks."""
    cursor = pane.text.textCursor()
    if not cursor.hasSelection():
        return None
    u16 = pane.u16
    start = bisect.bisect_left(u16, cursor.selectionStart())
    end = bisect.bisect_left(u16, cursor.selectionEnd())
    text = pane.doc.text
    end = min(end, len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def warn(parent: QWidget, title: str, text: str) -> None:
    """Why an edit was refused (one function, so tests can answer it)."""
    QMessageBox.warning(parent, title, text)


class AnnotationController(QObject):
    """Owns the store and undo stack of a window; `changed` fires after every edit or result."""

    changed = Signal()
    # the selected fact's verdict as the dock shows it ("" for none), after every selection,
    # result and edit: whatever else shows it (the status bar) follows this
    verdict_shown = Signal(str)

    def __init__(self, window: MainWindow, panel: AnnotationsPanel) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.store = AnnotationStore()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_index_changed)
        self._keys: dict[int, str] = {}  # id(SourceText) -> session document key
        # keys of closed documents, so the same text reopened gets its annotations back
        self._retired: dict[tuple[str, str], str] = {}
        self._held: list[SourceText] = []  # keeps those ids valid
        self.doc_keys: dict[str, str] = {}  # result doc id -> session key, for the shown result
        self.placer = Placer(None, {})
        self.spots: dict[str, Spot] = {}
        self.fact_verdicts: dict[str, Verdict] = {}
        self._last_selected: DocumentPane | None = None  # the pane selected in most recently
        panel.jump_requested.connect(self.jump_to)
        panel.edit_requested.connect(self.edit_annotation)
        panel.delete_requested.connect(self.delete_annotation)
        panel.codebook_requested.connect(self.edit_codebook)
        panel.verdict.set_requested.connect(self.set_verdict)
        panel.verdict.clear_requested.connect(self.clear_verdict)
        window.view.fact_selected.connect(self._on_fact_selected)

    # slots are methods (not lambdas) so Qt disconnects them when this object goes away
    def _on_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_fact_selected(self, _fact_id: str) -> None:
        self._show_verdict()

    # --- session documents ----------------------------------------------------------------
    def key_for(self, source: SourceText) -> str:
        """The stable session key of a source, given on first sight ("d1", "d2", …)."""
        key = self._keys.get(id(source))
        if key is None and (source.path, source.raw) in self._retired:
            key = self._keys[id(source)] = self._retired.pop((source.path, source.raw))
            self._held.append(source)
        if key is None:
            taken = (set(self._keys.values()) | {a.doc_key for a in self.store.annotations}
                     | {d for v in self.store.verdicts for d, _a in v.anchors})
            n = 1
            while f"d{n}" in taken:
                n += 1
            key = self._keys[id(source)] = f"d{n}"
            self._held.append(source)
        return key

    def annotation_count(self, source: SourceText) -> int:
        """How many annotations (and verdict anchors) closing this source would orphan."""
        key = self._keys.get(id(source))
        if key is None:
            return 0
        return (sum(a.doc_key == key for a in self.store.annotations)
                + sum(d == key for v in self.store.verdicts for d, _a in v.anchors))

    def set_sources(self, keyed: list[tuple[str, SourceText]]) -> None:
        """Use these keys for these sources (a session being opened)."""
        self._keys = {id(s): key for key, s in keyed}
        self._held = [s for _key, s in keyed]
        self._retired = {}

    def reset(self, store: AnnotationStore | None = None) -> None:
        """A new or opened session: a fresh store, no undo history."""
        self.store = store if store is not None else AnnotationStore()  # len() may be 0
        self._keys, self._held, self._retired = {}, [], {}
        self.undo_stack.clear()
        self.refresh()

    # --- results --------------------------------------------------------------------------
    def result_shown(self, result: Comparison | None) -> None:
        """A new result (or none): place everything again and re-attach the panes."""
        self.doc_keys = {}
        self._follow_sources(self.window.sources)
        if result is not None:
            sources = self.window.sources
            for doc, source in zip(result.documents, sources, strict=False):
                self.doc_keys[doc.id] = self.key_for(source)
        self.placer = Placer(result, self.doc_keys)
        for pane in self.window.panes:
            self._attach(pane)
        self.refresh()

    def _follow_sources(self, sources: list[SourceText]) -> None:
        """Forget closed sources; a source replaced by an edited copy (a restored line) keeps
        its key, so its annotations follow it instead of becoming orphans."""
        current = {id(s) for s in sources}
        held = {id(s): s for s in self._held}
        gone = [(key, held[i]) for i, key in self._keys.items() if i not in current and i in held]
        for source in sources:
            if id(source) in self._keys:
                continue
            match = next((key for key, old in gone
                          if old.path == source.path and old.raw == source.raw), None)
            if match is not None:
                self._keys[id(source)] = match
                gone = [(key, old) for key, old in gone if key != match]
        for key, old in gone:  # closed: its key waits for the same text to come back
            self._retired[(old.path, old.raw)] = key
        self._keys = {i: key for i, key in self._keys.items() if i in current}
        self._held = list(sources)

    def _attach(self, pane: DocumentPane) -> None:
        view = pane.text
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos, pane=pane: self._context_menu(pane, pos))
        view.selectionChanged.connect(lambda pane=pane: setattr(self, "_last_selected", pane))

    def _context_menu(self, pane: DocumentPane, pos: QPoint) -> None:
        menu = self.context_menu(pane, pos)
        menu.exec(pane.text.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self, pane: DocumentPane, pos: QPoint) -> QMenu:
        """The text's usual menu (Copy, Select All) plus annotating at `pos`."""
        menu = pane.text.createStandardContextMenu(pos)
        menu.addSeparator()
        action = QAction("&Annotate selection…", menu)
        action.setEnabled(selected_range(pane) is not None)
        action.triggered.connect(lambda: self.annotate_selection(pane=pane))
        menu.addAction(action)
        hit = self.annotation_at(pane, pane.text.cursorForPosition(pos).position())
        if hit is not None:
            edit = menu.addAction("&Edit annotation…")
            edit.triggered.connect(lambda: self.edit_annotation(hit))
            remove = menu.addAction("&Delete annotation")
            remove.triggered.connect(lambda: self.delete_annotation(hit))
        return menu

    def annotation_at(self, pane: DocumentPane, qt_position: int) -> str | None:
        offset = max(0, bisect.bisect_right(pane.u16, qt_position) - 1)
        for ann_id, spot in self.spots.items():
            if spot.doc_id == pane.doc.id and spot.start <= offset < spot.end:
                return ann_id
        return None

    # --- keeping the view in step ---------------------------------------------------------
    def refresh(self) -> None:
        """Re-place (cached), repaint highlights, refill the dock, show the verdict."""
        self.spots = self.placer.spots(self.store.annotations)
        self.fact_verdicts = self.placer.verdict_facts(self.store.verdicts)
        attached = {v.fact_key for v in self.fact_verdicts.values()}
        shown = self.window.result is not None
        self.panel.verdict.set_unattached([v for v in self.store.verdicts
                                           if shown and v.fact_key not in attached])
        marks: dict[str, list[tuple[int, int, str]]] = {}
        tags = {t.id: t for t in self.store.codebook.tags}
        for ann in self.store.annotations:
            spot = self.spots[ann.id]
            if spot.orphan:
                continue
            tag = next((tags[t] for t in ann.tags if t in tags), None)
            colour = tag.colour if tag is not None else untagged_colour()
            marks.setdefault(spot.doc_id, []).append((spot.start, spot.end, colour))
        for pane in self.window.panes:
            pane.set_annotation_marks(marks.get(pane.doc.id, []))
        self._fill_panel()
        self._show_verdict()
        self.changed.emit()

    def _fill_panel(self) -> None:
        result = self.window.result
        titles = {}
        if result is not None:
            titles = {self.doc_keys[d.id]: self.window.names.name(d.id)
                      for d in result.documents if d.id in self.doc_keys}
        rows = []
        tag_of = {t.id: t for t in self.store.codebook.tags}
        order = {key: n for n, key in enumerate(titles)}
        annotations = sorted(self.store.annotations, key=lambda a: (
            order.get(a.doc_key, len(order)), self.spots[a.id].start, a.anchor.start))
        for ann in annotations:
            spot = self.spots[ann.id]
            label = titles.get(ann.doc_key, f"{ann.doc_key} (document not open)")
            if spot.orphan:
                label = f"orphan · {label}"
            tags = tuple(tag_of[i] for i in ann.tags if i in tag_of)
            rows.append(AnnotationRow(ann.id, ann.doc_key, label, tags, ann.anchor.exact,
                                      ann.note, spot.orphan))
        self.panel.set_rows(rows, list(self.store.codebook.tags), list(titles.items()))

    # --- annotating -----------------------------------------------------------------------
    def active_pane(self) -> DocumentPane | None:
        """The pane with a text selection: the focused one first."""
        panes = self.window.panes
        first = [p for p in panes if p.text.hasFocus() or p is self._last_selected]
        return next((p for p in first + panes if selected_range(p) is not None), None)

    def annotate_selection(self, tags: list[str] | None = None, note: str | None = None,
                           pane: DocumentPane | None = None) -> str | None:
        """Annotate the selected passage; without `tags`, ask for tags and note. Returns its id."""
        pane = pane or self.active_pane()
        where = selected_range(pane) if pane is not None else None
        if pane is None or where is None or pane.doc.id not in self.doc_keys:
            self.window.status_label.setText("Select a passage in a document first.")
            return None
        start, end = where
        if tags is None:
            dialog = AnnotateDialog(pane.doc.text[start:end], list(self.store.codebook.tags),
                                    set(), "", lambda: self.ask_new_tag(dialog), self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            tags, note = dialog.chosen_tags(), dialog.note_text()
        ann = Annotation.create(self.doc_keys[pane.doc.id], anchor_for(pane.doc.text, start, end),
                                tags, note or "")
        self.undo_stack.push(AddAnnotation(self.store, ann))
        cursor = pane.text.textCursor()  # drop the selection so the new highlight shows
        cursor.clearSelection()
        pane.text.setTextCursor(cursor)
        names = [t.name for t in (self.store.codebook.get(i) for i in ann.tags) if t]
        self.window.status_label.setText(f"Annotated ({', '.join(names) or 'no tag'}).")
        return ann.id

    def edit_annotation(self, ann_id: str, tags: list[str] | None = None,
                        note: str | None = None) -> None:
        ann = self.store.get(ann_id)
        if ann is None:
            return
        if tags is None or note is None:
            dialog = AnnotateDialog(ann.anchor.exact, list(self.store.codebook.tags),
                                    set(ann.tags), ann.note, lambda: self.ask_new_tag(dialog),
                                    self.window, title="Edit annotation")
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            tags, note = dialog.chosen_tags(), dialog.note_text()
        if tags != ann.tags or note != ann.note:
            self.undo_stack.push(EditAnnotation(self.store, ann_id, tags, note))

    def delete_annotation(self, ann_id: str) -> None:
        if self.store.get(ann_id) is not None:
            self.undo_stack.push(RemoveAnnotation(self.store, ann_id))
            self.window.status_label.setText("Annotation deleted (Edit ▸ Undo brings it back).")

    def jump_to(self, ann_id: str) -> bool:
        """Select the annotation's passage in its pane and scroll it into view."""
        spot = self.spots.get(ann_id)
        pane = next((p for p in self.window.panes if spot and p.doc.id == spot.doc_id), None)
        if spot is None or spot.orphan or pane is None:
            ann = self.store.get(ann_id)
            if ann is not None:
                self.window.status_label.setText(
                    f"Not found in the current text: “{ann.anchor.exact[:80]}”")
            return False
        u16 = pane.u16
        pane.text.scroll_to(u16[spot.start])
        cursor = QTextCursor(pane.text.document())
        cursor.setPosition(u16[spot.start])
        cursor.setPosition(u16[spot.end], QTextCursor.MoveMode.KeepAnchor)
        pane.text.setTextCursor(cursor)
        pane.text.ensureCursorVisible()
        return True

    # --- tags -----------------------------------------------------------------------------
    def _tag_problem(self, name: str | None, colour: str | None,
                     tag_id: str | None = None) -> str | None:
        """Why a tag edit cannot be done, checked before it goes on the undo stack."""
        if name is not None:
            other = self.store.codebook.by_name(name)
            if not name.strip():
                return "A tag needs a name."
            if other is not None and other.id != tag_id:
                return f"A tag named “{other.name}” already exists."
        if colour is not None:
            try:
                check_colour(colour)
            except ValueError as exc:
                return str(exc)
        return None

    def _push(self, title: str, command: QUndoCommand, problem: str | None = None) -> bool:
        if problem:
            warn(self.window, title, problem)
            return False
        self.undo_stack.push(command)
        return True

    def add_tag(self, name: str, colour: str) -> Tag | None:
        """A new codebook tag (undoable); None, after saying why, if the name or colour is bad."""
        command = AddTag(self.store, name, colour)
        self._push("New tag", command, self._tag_problem(name, colour))
        return command.tag

    def ask_new_tag(self, parent: QWidget | None = None) -> Tag | None:
        answer = ask_new_tag(parent or self.window, list(self.store.codebook.tags))
        return self.add_tag(*answer) if answer else None

    def rename_tag(self, tag_id: str, name: str) -> bool:
        return self._push("Rename tag", RenameTag(self.store, tag_id, name),
                          self._tag_problem(name, None, tag_id))

    def recolour_tag(self, tag_id: str, colour: str) -> bool:
        return self._push("Recolour tag", RecolourTag(self.store, tag_id, colour),
                          self._tag_problem(None, colour, tag_id))

    def merge_tags(self, source_id: str, target_id: str) -> bool:
        same = "Cannot merge a tag into itself." if source_id == target_id else None
        return self._push("Merge tags", MergeTags(self.store, source_id, target_id), same)

    def delete_tag(self, tag_id: str) -> bool:
        return self._push("Delete tag", DeleteTag(self.store, tag_id))

    def edit_codebook(self) -> None:
        dialog = CodebookDialog(self, self.window)
        dialog.exec()
        self.changed.disconnect(dialog.refresh)
        dialog.deleteLater()

    # --- verdicts -------------------------------------------------------------------------
    def current_verdict(self) -> Verdict | None:
        fact = self.window.current_fact
        return self.fact_verdicts.get(fact) if fact else None

    def _show_verdict(self) -> None:
        fact = self.window.current_fact
        verdict = self.current_verdict()
        label = self.fact_label(fact)
        self.panel.verdict.show_fact(fact, verdict, label)
        self.verdict_shown.emit(verdict.value if fact and verdict is not None else "")
        if fact and verdict is not None:
            self.window.status_label.setText(f"{label} · {verdict_text(verdict)}")

    def fact_label(self, fact_id: str | None) -> str:
        """The fact as the reader knows it: who reports it (ids only as a last resort)."""
        index = self.window.view.index
        fact = index.facts.get(fact_id) if index is not None and fact_id else None
        return fact_summary(fact, self.window.names) if fact is not None else (fact_id or "")

    def set_verdict(self, value: str, note: str = "") -> bool:
        """Give the selected fact a verdict (undoable)."""
        fact, result = self.window.current_fact, self.window.result
        if not fact or result is None or not value.strip():
            self.window.status_label.setText("Select a fact (click a sentence) first.")
            return False
        old = self.current_verdict()
        verdict = new_verdict(result, fact, self.doc_keys, value, note)
        if old is not None and (old.value, old.note) == (verdict.value, verdict.note):
            return False
        self.undo_stack.push(SetVerdict(self.store, verdict, old.fact_key if old else None))
        return True

    def clear_verdict(self) -> bool:
        old = self.current_verdict()
        if old is None:
            return False
        self.undo_stack.push(SetVerdict(self.store, None, old.fact_key))
        return True
