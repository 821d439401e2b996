"""What annotating adds to the main window: the dock, the menu commands and their state.

`AnnotationCommands` is mixed into `MainWindow` so the COMMANDS table in `viewer.ui.actions`
can name these methods like any other; each one only hands over to a controller.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QMessageBox, QWidget

from viewer.core.annotation_export import annotations_csv, annotations_jsonld
from viewer.core.session import Session
from viewer.core.tables import CSV_ENCODING
from viewer.ui.annotate.annotations_dock import AnnotationsPanel
from viewer.ui.annotate.annotator import AnnotationController
from viewer.ui.annotate.session_controller import SessionController
from viewer.ui.annotate.verdict import NO_FACT, VerdictDialog
from viewer.ui.recent_menu import RecentMenu

__all__ = ["AnnotationCommands"]


def inform(parent: QWidget, title: str, text: str) -> None:
    """A modal note (patched in tests, like `session_controller.ask`)."""
    QMessageBox.information(parent, title, text)


class _ActionText(QObject):
    """Keeps "Undo <what>" on an action; a child of it, so it goes (and disconnects) with it."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self.action, self.label = action, action.text()

    def update(self, what: str) -> None:
        self.action.setText(f"{self.label} {what}" if what else self.label)


class AnnotationCommands:
    """Mixin for MainWindow: `install_annotations()` once the menus exist."""

    annotations: AnnotationController
    sessions: SessionController
    annotations_dock: QDockWidget

    def install_annotations(self) -> None:
        """Create the Annotations dock, the controllers and the Recent sessions menu."""
        window = self  # a MainWindow
        self.annotations_panel = AnnotationsPanel()
        dock = QDockWidget("Annotations", window)
        dock.setObjectName("dock-annotations")
        dock.setWidget(self.annotations_panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if window.docks:
            window.tabifyDockWidget(window.docks[0], dock)
            window.docks[0].raise_()
        window.docks.append(dock)
        self.annotations_dock = dock
        self.annotations = AnnotationController(window, self.annotations_panel)
        self.sessions = SessionController(window, self.annotations)
        self.verdict_label = QLabel()
        self.verdict_label.setAccessibleName("Verdict on the selected fact")
        window.statusBar().addPermanentWidget(self.verdict_label)
        self.annotations.verdict_shown.connect(self._show_verdict_label)
        stack = self.annotations.undo_stack
        actions = window.actions_by_key
        for key, can, text in (("undo", stack.canUndoChanged, stack.undoTextChanged),
                               ("redo", stack.canRedoChanged, stack.redoTextChanged)):
            action = actions[key]  # shortcuts: the platform's (see STANDARD_KEYS)
            action.setEnabled(False)
            can.connect(action.setEnabled)
            text.connect(_ActionText(action).update)
        self.recent_sessions_menu = RecentMenu(
            window.settings.store, "sessions", "Open recent s&ession",
            lambda paths: self.sessions.open(paths[0]), window.banner.add, window)
        file_menu = next(m for m in window.menuBar().findChildren(QMenu)
                         if actions["open_session"] in m.actions())
        file_menu.insertMenu(actions["save_session"], self.recent_sessions_menu)
        self.sessions.update_title()

    def _show_verdict_label(self, value: str) -> None:
        """The status bar's note of the verdict the Annotations dock shows."""
        self.verdict_label.setText(f"Verdict: {value}" if value else "")

    # --- the commands of the COMMANDS table -----------------------------------------------
    def new_session(self) -> None:
        self.sessions.new()

    def open_session(self) -> None:
        self.sessions.open()

    def save_session(self) -> None:
        self.sessions.save()

    def save_session_as(self) -> None:
        self.sessions.save_as()

    def undo(self) -> None:
        self.annotations.undo_stack.undo()

    def redo(self) -> None:
        self.annotations.undo_stack.redo()

    def annotate_selection(self) -> None:
        self.annotations.annotate_selection()

    def edit_verdict(self) -> None:
        """A dialog for the selected fact's verdict; with no fact selected, say so."""
        fact = self.current_fact
        if not fact or self.result is None:
            self.status_label.setText("No fact is selected: click a sentence first, then "
                                      "give its fact a verdict.")
            inform(self, "Verdict on selected fact", "No fact is selected.\n\n" + NO_FACT)
            return
        ctl = self.annotations
        dialog = VerdictDialog(fact, ctl.current_verdict(), ctl.fact_label(fact), self)
        dialog.editor.set_requested.connect(ctl.set_verdict)
        dialog.editor.clear_requested.connect(ctl.clear_verdict)
        self.verdict_dialog = dialog  # for tests and for the event loop
        dialog.exec()
        self.verdict_dialog = None
        dialog.deleteLater()

    def edit_tags(self) -> None:
        self.annotations.edit_codebook()

    # --- exports --------------------------------------------------------------------------
    def report_annotations(self) -> Session | None:
        """The session for the HTML report, when it has annotations or verdicts to show."""
        store = self.annotations.store
        return self.sessions.current_session() if len(store) or store.verdicts else None

    def export_annotations_csv(self, path: str | None = None) -> bool:
        """One row per annotation (placed or orphan), for spreadsheets."""
        return self._export("Export annotations as CSV", "CSV (*.csv)", "-annotations.csv",
                            lambda r: annotations_csv(self.sessions.current_session(), r
                                                      ).encode(CSV_ENCODING), path)

    def export_annotations_jsonld(self, path: str | None = None) -> bool:
        """The W3C Web Annotation collection, for other annotation tools."""
        return self._export("Export annotations as W3C JSON-LD", "JSON-LD (*.jsonld *.json)",
                            "-annotations.jsonld",
                            lambda r: json.dumps(annotations_jsonld(
                                self.sessions.current_session(), r), ensure_ascii=False,
                                indent=1) + "\n", path)
