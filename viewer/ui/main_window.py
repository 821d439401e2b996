"""The main window: documents side by side, facts/entities/discrepancies in docks, navigation.

The window holds the list of sources and the latest `Comparison`; every change to the sources
re-runs `compare` in the background (the core caches parsed documents, so adding one parses
only it). Everything shown is read from the result; nothing here analyses text.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer import __version__
from viewer.core.atomicio import atomic_write_bytes, atomic_write_text
from viewer.core.documents import SUPPORTED_SUFFIXES, LoadError, SourceText, load_text
from viewer.core.overview import strays
from viewer.core.report import render_html
from viewer.core.result import Comparison
from viewer.core.tables import CSV_ENCODING, entities_csv, facts_csv
from viewer.core.wording import count
from viewer.ui.about import keep_help_menu_last, show_about
from viewer.ui.actions import build_menus
from viewer.ui.annotate import session_controller
from viewer.ui.annotate.window_commands import AnnotationCommands
from viewer.ui.banner import Banner
from viewer.ui.docks.discrepancies import DiscrepanciesPanel
from viewer.ui.docks.entities import EntitiesPanel
from viewer.ui.docks.facts import FactsPanel
from viewer.ui.docks.overview import OverviewPanel
from viewer.ui.document_pane import DocumentPane
from viewer.ui.documents_view import DocumentsView
from viewer.ui.find_bar import FindBar
from viewer.ui.legend import Legend
from viewer.ui.pdf_export import PdfExport
from viewer.ui.recent_menu import RecentMenu
from viewer.ui.restoring import Restorer
from viewer.ui.settings_controller import SettingsController
from viewer.ui.source_names import SourceNames, fact_summary
from viewer.ui.staged import StagedRun, freeze_heap, hold_collections, release_collections
from viewer.ui.worker import Job, compare_job, load_job

__all__ = ["MainWindow", "FILE_FILTER"]

FILE_FILTER = (f"Articles ({' '.join('*' + s for s in SUPPORTED_SUFFIXES)});;All files (*)")
# banner headings: (one problem, several)
_NOT_OPENED = ("This file could not be opened:", "These files could not be opened:")
_NOT_WRITTEN = ("This file could not be written:", "These files could not be written:")
_CHECK = ("Check this document:", "Check these documents:")
_STRAYS = ("This document shares almost no facts with the others (about another event?):",
           "These documents share almost no facts with the others (about another event?):")
_NOT_PASTED = ("The clipboard could not be pasted:", "The clipboard could not be pasted:")


class MainWindow(AnnotationCommands, QMainWindow):
    """Sources in, one comparison shown; `analysis_finished` fires after each result."""

    analysis_finished = Signal()
    analysis_failed = Signal(str)
    files_loaded = Signal(int)  # after each batch of opened files: how many could be used

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(f"Corroborate {__version__}")
        self.resize(1440, 900)
        self.setAcceptDrops(True)
        self.sources: list[SourceText] = []
        self._closed: list[tuple[int, SourceText]] = []  # (position, source), last closed last
        # while `sources` runs ahead of the result on screen: the sources and closed list of
        # that result, which Cancel goes back to, and the files opened since (they join Open
        # Recent once shown)
        self._before: tuple[list[SourceText], list[tuple[int, SourceText]]] | None = None
        self._opened: list[list[SourceText]] = []
        self.result: Comparison | None = None
        self.names = SourceNames(None)  # what the user reads instead of d1, d2, …
        self.errors: list[str] = []
        self._active_doc: int | None = None
        self._job: Job | None = None
        self._loads: dict[Job, set[str]] = {}  # files being read: job -> their real paths
        self.settings = SettingsController(self)  # preferences file; applies the theme
        self._showing: StagedRun | None = None  # a finished result being put on screen
        self._measuring: StagedRun | None = None  # sentence positions, measured ahead
        self.restorer = Restorer(self)
        self._pane_sources: list[str] = []  # raw text of each pane's source
        self._build_central()
        self._build_docks()
        self._build_status()
        self.actions_by_key = build_menus(self)
        self.install_annotations()  # Annotations dock, sessions, undo/redo
        self.next_unique = self.actions_by_key["next_unique"]
        view = self.menuBar().addMenu("&View")
        for dock in self.docks:
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self.sync_scroll_action = view.addAction("&Synchronise scrolling")
        self.sync_scroll_action.setObjectName("sync_scroll")
        self.sync_scroll_action.setCheckable(True)
        self.sync_scroll_action.setChecked(self.view.sync.enabled)
        self.sync_scroll_action.toggled.connect(self.view.sync.set_enabled)
        self.actions_by_key["sync_scroll"] = self.sync_scroll_action
        keep_help_menu_last(self.menuBar())
        self._build_recent_menu()
        self.settings.report_problem()
        self._update_enabled()

    # --- layout ---------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.banner = Banner()
        self.find_bar = FindBar()
        self.find_bar.find_requested.connect(self.find)
        self.legend = Legend()
        self.view = DocumentsView()
        self.view.fact_selected.connect(self._on_fact_selected)
        self.view.pane_activated.connect(lambda n: setattr(self, "_active_doc", n))
        self.placeholder = QLabel("Open two or more articles (File ▸ Open…, or drop files here) "
                                  "to see which facts they share.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        for widget in (self.banner, self.find_bar, self.legend):
            layout.addWidget(widget)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.view, 1)
        self.view.hide()
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        self.facts_panel = FactsPanel()
        self.facts_panel.fact_chosen.connect(lambda f: self.select_fact(f))
        self.entities_panel = EntitiesPanel()
        self.entities_panel.entity_chosen.connect(lambda e: self.select_entity(e))
        self.disc_view = DiscrepanciesPanel()
        self.disc_view.discrepancy_chosen.connect(self.select_discrepancy)
        area = Qt.DockWidgetArea
        self.docks: list[QDockWidget] = []
        for title, widget, where in (("Facts", self.facts_panel, area.RightDockWidgetArea),
                                     ("Entities", self.entities_panel, area.RightDockWidgetArea),
                                     ("Discrepancies", self.disc_view,
                                      area.BottomDockWidgetArea)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock-{title.lower()}")
            dock.setWidget(widget)
            self.addDockWidget(where, dock)
            self.docks.append(dock)
        self.tabifyDockWidget(self.docks[0], self.docks[1])
        self.docks[0].raise_()
        self.resizeDocks(self.docks[:1], [400], Qt.Orientation.Horizontal)
        self.resizeDocks(self.docks[2:], [150], Qt.Orientation.Vertical)
        self.overview_panel = OverviewPanel()  # source x source heat map
        self.overview_panel.fact_chosen.connect(lambda f: self.select_fact(f))
        overview = QDockWidget("Overview", self)
        overview.setObjectName("dock-overview")
        overview.setWidget(self.overview_panel)
        self.addDockWidget(area.RightDockWidgetArea, overview)
        self.tabifyDockWidget(self.docks[1], overview)
        self.docks.append(overview)
        self.docks[0].raise_()

    def _build_status(self) -> None:
        self.status_label = QLabel("Open two or more articles to compare them.")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel analysis")
        self.cancel_button.clicked.connect(self.cancel_work)
        self.cancel_button.hide()
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)

    def _update_enabled(self) -> None:
        has_result = self.result is not None
        for key in ("export_html", "export_json", "next_unique", "prev_unique", "next_shared",
                    "prev_shared", "next_discrepancy", "prev_discrepancy", "find",
                    "export_facts_csv", "export_entities_csv", "export_pdf"):
            self.actions_by_key[key].setEnabled(has_result)
        self.actions_by_key["close"].setEnabled(bool(self.sources))
        self.actions_by_key["reopen"].setEnabled(bool(self._closed))

    # --- sources --------------------------------------------------------------------------
    def open_files(self, paths: Sequence[str]) -> None:
        """Add files; each one that cannot be used is reported, the others are kept.

        Files are read in the background (a long PDF takes seconds); the comparison starts
        when they are in, and `files_loaded` says how many could be used."""
        known = {os.path.realpath(s.path) for s in self.sources if s.path}
        known |= set().union(*self._loads.values())
        problems, todo, reals = [], [], set()
        for path in paths:
            real = os.path.realpath(path)
            if real in known or real in reals:
                problems.append(f"{path}: already open")
                continue
            reals.add(real)
            todo.append(path)
        self._report(problems)
        if not todo:
            self.files_loaded.emit(0)
            return
        job = load_job(todo)
        self._loads[job] = reals
        job.signals.progress.connect(self._on_load_progress)
        job.signals.finished.connect(self._on_loaded)
        job.signals.failed.connect(self._on_load_failed)
        job.signals.cancelled.connect(self._on_load_cancelled)
        if self._job is None:
            self.progress.setValue(0)
            self.progress.show()
            self.cancel_button.show()
            self.status_label.setText(f"Opening {count(len(todo), 'file')}…")
        job.start()

    def _load_of(self) -> Job | None:
        sender = self.sender()
        return next((job for job in self._loads if job.signals is sender), None)

    def _on_load_progress(self, stage: str, fraction: float) -> None:
        if self._job is None and self._load_of() is not None:
            self.progress.setValue(int(fraction * 100))
            self.status_label.setText(f"{stage}…")

    def _on_loaded(self, loaded: list) -> None:
        job = self._load_of()
        if job is None:
            return  # cancelled meanwhile
        del self._loads[job]
        problems = [problem for _path, _source, problem in loaded if problem]
        added = [source for _path, source, _problem in loaded if source is not None]
        if added:
            self._sources_change()
            self.sources.extend(added)
            self._opened.append(added)
        self._report(problems)
        self._loads_ended(len(added))

    def _on_load_failed(self, message: str) -> None:
        job = self._load_of()
        if job is not None:
            del self._loads[job]
            self._report([message])
            self._loads_ended(0)

    def _on_load_cancelled(self) -> None:
        job = self._load_of()
        if job is not None:
            del self._loads[job]
            self._loads_ended(0)

    def _loads_ended(self, added: int) -> None:
        if added:
            self.analyse()
        elif self._job is None and not self._loads:
            self.progress.hide()
            self.cancel_button.hide()
            self.status_label.setText("No file was opened." if self.result is None and
                                      len(self.sources) < 2 else "Ready.")
            self._update_enabled()
        self.files_loaded.emit(added)

    def cancel_work(self) -> None:
        """The Cancel button: stop reading files and the analysis."""
        for job in list(self._loads):
            job.cancel()
        self._loads.clear()
        if self._job is None:
            self.progress.hide()
            self.cancel_button.hide()
            self.status_label.setText("Opening cancelled.")
        self.cancel_analysis()

    def _sources_change(self) -> None:
        """Called before `sources` changes for a new analysis: remembers what the result on
        screen was made of (once: a change made while another is analysed adds to it)."""
        if self._before is None:
            self._before = (list(self.sources), list(self._closed))

    def _sources_shown(self) -> None:
        """The screen shows `sources` now: nothing to go back to, and the files opened since
        the last result (those still open) go on Open Recent."""
        self._before = None
        batches, self._opened = self._opened, []
        for batch in batches:
            kept = [s.path for s in batch if s.path and any(s is o for o in self.sources)]
            self.settings.store.add_recent("files", *kept)

    def _undo_sources_change(self) -> None:
        """Cancelled: back to the sources of the result on screen; the files opened, pasted,
        closed, reopened or restored since are as they were."""
        if self._before is not None:
            self.sources, self._closed = self._before
            self._before = None
            self._opened = []
            self._update_enabled()

    def _report(self, problems: list[str], heading: tuple[str, str] = _NOT_OPENED) -> None:
        """Name each problem in the banner, under `heading` (for one problem, for several)."""
        if problems:
            self.errors.extend(problems)
            self.banner.add(heading[0], problems, plural=heading[1])

    def open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Open articles", "", FILE_FILTER)
        if paths:
            self.open_files(paths)

    def paste_document(self) -> None:
        """The clipboard's text becomes a new document."""
        text = QGuiApplication.clipboard().text()
        try:
            source = load_text(text, "Clipboard")
        except LoadError as exc:
            self._report([str(exc)], _NOT_PASTED)
            return
        self._sources_change()
        self.sources.append(source)
        self.analyse()

    def close_document(self, index: int | None = None) -> None:
        """Remove a document (default: the one last clicked, else the last) and re-compare.

        One with annotations is closed only after the user agrees; either way File ▸ Reopen
        closed document brings it back, annotations placed again."""
        if not self.sources:
            return
        k = index if index is not None else self._active_doc
        k = k if k is not None and 0 <= k < len(self.sources) else len(self.sources) - 1
        source = self.sources[k]
        marked = self.annotations.annotation_count(source)
        if marked and session_controller.ask(self, QMessageBox.Icon.Question, "Close document",
                          f"“{source.title or source.path}” has {count(marked, 'annotation')}."
                          "\n\nThey stay in the session, listed as orphans, and are placed "
                          "again when you reopen the document (File ▸ Reopen closed document, "
                          "Ctrl+Shift+T).",
                          {QMessageBox.StandardButton.Close: "Close document",
                           QMessageBox.StandardButton.Cancel: ""},
                          QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Close:
            return
        self._sources_change()
        del self.sources[k]
        self._closed.append((k, source))
        self._active_doc = None
        if self.sources:
            self.analyse()
        else:
            self._stop_analysis()
            self.show_result(None)
            self._sources_shown()
            self.status_label.setText("Open two or more articles to compare them.")
        self._update_enabled()

    def reopen_document(self) -> None:
        """Bring back the document closed last, where it was, with its annotations."""
        while self._closed:
            k, source = self._closed[-1]
            if any(s is source or (source.path and s.path == source.path)
                   for s in self.sources):
                self._closed.pop()
                continue  # opened again meanwhile
            self._sources_change()  # before the pop: Cancel puts it back on the closed list
            self._closed.pop()
            self.sources.insert(min(k, len(self.sources)), source)
            self.analyse()
            return
        self._update_enabled()
        self.status_label.setText("No closed document to reopen.")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Ask about unsaved annotations; stop a running analysis so the process can exit."""
        if not self.sessions.confirm_close():
            event.ignore()
            return
        self.cancel_work()
        QThreadPool.globalInstance().waitForDone(10_000)
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)

    # --- analysis -------------------------------------------------------------------------
    def analyse(self) -> None:
        """Compare all sources in the background; a newer run replaces an older one."""
        self._stop_analysis()
        hold_collections()  # no GIL-holding full collections while the analysis runs
        self._update_enabled()
        job = compare_job(self.sources, self.settings.analysis_settings())
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self._job = job
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status_label.setText("Analysing…")
        job.start()

    def is_busy(self) -> bool:
        return self._job is not None or bool(self._loads)

    def cancel_analysis(self) -> None:
        """Stop the analysis and undo the change it was for (an opened, pasted, closed or
        reopened document, a restored line): `sources` is again what the screen shows."""
        self._stop_analysis()
        self._undo_sources_change()
        self.restorer.cancelled()

    def _stop_analysis(self) -> None:
        """Stop the running analysis (a newer one replaces it, or there is nothing to show)."""
        self._stop_showing()
        if self._job is not None:
            self._job.cancel()
            self._end_job("Analysis cancelled." if self.result is None else
                          "Analysis cancelled; showing the previous result.")

    def _current(self) -> bool:
        return self._job is not None and self.sender() is self._job.signals

    def _end_job(self, message: str) -> None:
        release_collections()
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.status_label.setText(message)

    def _on_progress(self, stage: str, fraction: float) -> None:
        if self._current():
            self.progress.setValue(int(fraction * 100))
            self.status_label.setText(f"{stage}…")

    def _on_cancelled(self) -> None:
        pass  # `cancel_analysis` already ended the job and said so

    def _on_failed(self, message: str) -> None:
        if self._current():
            self._end_job("Analysis failed.")
            self.errors.append(message)
            box = QMessageBox(QMessageBox.Icon.Critical, "Analysis failed", message, parent=self)
            box.setModal(False)
            box.show()
            self.analysis_failed.emit(message)

    def _on_finished(self, result: Comparison) -> None:
        if not self._current():
            return  # cancelled or replaced by a newer run
        # panes and docks are built a few per event-loop turn so the window never freezes;
        # the job counts as running (is_busy) until the result is fully on screen
        self.cancel_button.hide()
        self.status_label.setText("Showing the result…")
        freeze_heap()  # no full garbage collection pauses while building and using the view
        self._showing = StagedRun(self._result_steps(result), parent=self)
        self._showing.finished.connect(lambda: self._on_shown(result))
        self._showing.start()

    def _on_shown(self, result: Comparison) -> None:
        self._showing = None
        self._sources_shown()
        self.banner.drop(_STRAYS[0])
        self._report([f"{d}: {self.names.titles.get(d, d)}" for d in strays(result)], _STRAYS)
        # what the analysis says about a document (another language, no article text left)
        self.banner.drop(_CHECK[0])
        self._report([w for d in result.documents for w in d.warnings], _CHECK)
        shared = sum(1 for f in result.facts if f.status == "shared")
        self._end_job(f"{count(len(result.documents), 'document')} · "
                      f"{count(len(result.facts), 'fact')} ({shared} shared) · "
                      f"{count(len(result.discrepancies), 'discrepancy')} · {result.model}")
        restored = self.restorer.shown(result)
        if restored:
            self.status_label.setText(restored)
        self.analysis_finished.emit()

    def _stop_showing(self) -> None:
        if self._showing is not None:
            self._showing.stop()
            self._showing = None

    # --- showing a result -----------------------------------------------------------------
    def show_result(self, result: Comparison | None) -> None:
        self._stop_showing()
        for step in self._result_steps(result):
            step()

    def _result_steps(self, result: Comparison | None) -> list:
        """Showing a result as short GUI-thread steps (see `StagedRun`)."""
        place = self.view.place()  # the same articles analysed again: back to where the reader was

        def start() -> None:
            self._stop_measuring()
            # nothing of the result being replaced stays beside the new panes while they come
            self.disc_view.set_result(None)
            self.facts_panel.count_label.setText("…" if result is not None else "")
            self.result = result
            self.names = SourceNames(result)
            self.view.setVisible(result is not None)  # panes lay out as they arrive
            self.placeholder.setVisible(result is None)

        def end() -> None:
            self.legend.set_total(len(result.documents) if result else 0)
            self._update_enabled()
            self._on_panes_built()
            self.view.return_to(place)

        return [start, *self.view.result_steps(result),
                *self.facts_panel.result_steps(result),  # rows in blocks
                *self.entities_panel.result_steps(result),  # rows in blocks
                lambda: self.disc_view.set_result(result),
                *self.overview_panel.result_steps(result),  # a row of cells each
                lambda: self.annotations.result_shown(result), end]

    @property
    def panes(self) -> list[DocumentPane]:
        return self.view.panes

    @property
    def current_fact(self) -> str | None:
        return self.view.current_fact

    @property
    def current_entity(self) -> str | None:
        return self.view.current_entity

    def select_sentence(self, sentence_id: str) -> None:
        self.view.select_sentence(sentence_id)

    def select_fact(self, fact_id: str | None) -> None:
        self.view.select_fact(fact_id)

    def select_entity(self, entity_id: str | None) -> None:
        self.view.select_entity(entity_id)
        if entity_id and self.result is not None:
            entity = next((e for e in self.result.entities if e.id == entity_id), None)
            if entity is not None:
                self.status_label.setText(f"{entity.name} ({entity.label}) · named in "
                                          f"{len(entity.documents)} of "
                                          f"{len(self.result.documents)} documents")

    def select_discrepancy(self, index: int) -> None:
        self.view.select_discrepancy(index)
        self.disc_view.show_discrepancy(index)
        if self.result is not None and 0 <= index < len(self.result.discrepancies):
            d = self.result.discrepancies[index]
            self.status_label.setText(f"Discrepancy {index + 1} of "
                                      f"{len(self.result.discrepancies)}: "
                                      f"{self.names.humanize(d.detail)}")

    def _on_fact_selected(self, fact_id: str) -> None:
        self.facts_panel.show_fact(fact_id or None)
        if self.view.current_discrepancy is None:
            self.disc_view.show_discrepancy(None)
        fact = self.view.index.facts.get(fact_id) if self.view.index else None
        if fact is not None and self.view.current_discrepancy is None:
            self.status_label.setText(fact_summary(fact, self.names))

    # --- navigation -----------------------------------------------------------------------
    def step(self, kind: str, direction: int) -> None:
        """Move to the next/previous unique fact, shared fact or discrepancy."""
        if not self.view.step(kind, direction):
            self.status_label.setText(f"No {kind} facts." if kind != "discrepancy" else
                                      "No discrepancies.")
        elif kind == "discrepancy" and self.view.current_discrepancy is not None:
            self.select_discrepancy(self.view.current_discrepancy)

    def next_unique_fact(self) -> None:
        self.step("unique", 1)

    def previous_unique_fact(self) -> None:
        self.step("unique", -1)

    def next_shared_fact(self) -> None:
        self.step("shared", 1)

    def previous_shared_fact(self) -> None:
        self.step("shared", -1)

    def next_discrepancy(self) -> None:
        self.step("discrepancy", 1)

    def previous_discrepancy(self) -> None:
        self.step("discrepancy", -1)

    def open_find(self) -> None:
        self.find_bar.open()

    def find(self, needle: str, backward: bool = False) -> bool:
        """Next/previous match in all documents; the find bar says which of how many."""
        number, total = self.view.find(needle, backward)
        self.find_bar.show_count(number, total)
        return total > 0

    def show_about(self) -> None:
        show_about(self, self.result.model if self.result else None)

    # --- export ---------------------------------------------------------------------------
    def export_html(self, path: str | None = None) -> bool:
        return self._export("Export HTML report", "HTML report (*.html)", ".html",
                            lambda r: render_html(r, annotations=self.report_annotations()),
                            path)

    def export_json(self, path: str | None = None) -> bool:
        return self._export("Export JSON", "JSON (*.json)", ".json",
                            lambda r: r.to_json() + "\n", path)

    def _export(self, title: str, pattern: str, suffix: str, render, path: str | None) -> bool:
        if self.result is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, title, f"comparison{suffix}", pattern)
            if not path:
                return False
        try:
            data = render(self.result)
            if isinstance(data, bytes):
                atomic_write_bytes(path, data, make_folder=True)
            else:
                atomic_write_text(path, data, make_folder=True)
        except OSError as exc:
            self._report([f"{path}: cannot be written: {exc.strerror or exc}"], _NOT_WRITTEN)
            return False
        self.status_label.setText(f"Wrote {path}")
        return True

    def export_facts_csv(self, path: str | None = None) -> bool:
        return self._export("Export facts as CSV", "CSV (*.csv)", "-facts.csv",
                            lambda r: facts_csv(r).encode(CSV_ENCODING), path)

    def export_entities_csv(self, path: str | None = None) -> bool:
        return self._export("Export entities as CSV", "CSV (*.csv)", "-entities.csv",
                            lambda r: entities_csv(r).encode(CSV_ENCODING), path)

    def export_pdf(self, path: str | None = None) -> bool:
        """Long reports take seconds to lay out, so the PDF is made in the background."""
        if self.result is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Export PDF", "comparison.pdf",
                                                  "PDF (*.pdf)")
            if not path:
                return False
        self.pdf_export = PdfExport(self.result, path, parent=self)
        self.pdf_export.done.connect(lambda p: self.status_label.setText(f"Wrote {p}"))
        self.pdf_export.failed.connect(lambda message: self._report([message], _NOT_WRITTEN))
        self.status_label.setText(f"Writing {path}…")
        self.pdf_export.start()
        return True

    # --- preferences, recent files, restoring boilerplate ---------------------------------
    def show_preferences(self) -> None:
        self.settings.show_dialog()

    def _build_recent_menu(self) -> None:
        """File ▸ Open Recent, just below Open…"""
        self.recent_menu = RecentMenu(self.settings.store, "files", "Open &Recent",
                                      self.open_files, self.banner.add, self)
        open_action = self.actions_by_key["open"]
        file_menu = next(m for m in self.menuBar().findChildren(QMenu)
                         if open_action in m.actions())
        after = file_menu.actions()[file_menu.actions().index(open_action) + 1]
        file_menu.insertMenu(after, self.recent_menu)

    def _on_panes_built(self) -> None:
        """Every new set of panes gets the chosen font and its Restore links connected."""
        self.settings.apply_pane_font()
        # the sources these panes show, by raw text: the source objects change as lines are
        # restored, and the list as documents are opened and closed while an analysis runs
        self._pane_sources = [s.raw for s in self.sources]
        for n, pane in enumerate(self.panes):
            pane.removed.restore_requested.connect(
                lambda k, n=n: self.restore_removed(n, k))
        # Where each sentence sits on screen is measured once per layout, on first use: the
        # first scroll or selection then measured every pane at once (about 0.15 s for 20 long
        # articles). Measured now, a pane per event-loop turn, once the panes are laid out.
        self._stop_measuring()
        self._measuring = StagedRun([lambda p=p: _measure_pane(p) for p in self.panes],
                                    parent=self)
        QTimer.singleShot(100, self._measuring.start)

    def _stop_measuring(self) -> None:
        """Panes about to be replaced are not measured."""
        if self._measuring is not None:
            self._measuring.stop()

    def restore_removed(self, doc_index: int, removed_index: int) -> bool:
        """Put a removed line of the result's document back where it stood, and analyse again
        (at once, even while an analysis runs: it would be missing the line)."""
        if self.result is None or not 0 <= doc_index < len(self.panes):
            return False
        removed = self.panes[doc_index].doc.removed
        if not 0 <= removed_index < len(removed):
            return False
        return self.restorer.restore(self._pane_sources[doc_index], removed[removed_index])

def _measure_pane(pane: DocumentPane) -> None:
    if shiboken6.isValid(pane.text):  # closed with its document since the run was planned
        pane.sentence_geometry.extents()
