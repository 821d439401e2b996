"""The main window: documents side by side, facts and disagreements in docks, navigation."""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from viewer import __version__
from viewer.core.atomicio import atomic_write_text
from viewer.core.documents import SUPPORTED_SUFFIXES, LoadError, SourceText, load_path
from viewer.core.report import coverage_colour, render_html
from viewer.core.result import Comparison
from viewer.ui.document_pane import DocumentPane
from viewer.ui.worker import CompareJob

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """Holds the sources; every change re-runs `compare` in the background (parses are cached)."""

    analysis_finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(f"Corroborate {__version__}")
        self.resize(1400, 860)
        self.setAcceptDrops(True)
        self.sources: list[SourceText] = []
        self.result: Comparison | None = None
        self.panes: list[DocumentPane] = []
        self.errors: list[str] = []
        self.current_fact: str | None = None
        self._job: CompareJob | None = None
        self._build_central()
        self._build_legend()
        self._build_docks()
        self._build_status()
        self._build_menus()

    # --- layout ---------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.splitter)
        self.setCentralWidget(scroll)

    def _build_legend(self) -> None:
        """What the shading means, always in view (one source of truth: the report colours)."""
        swatch = ("<span style='background:{c}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> {t}"
                  "&nbsp;&nbsp;&nbsp;")
        items = [swatch.format(c=coverage_colour(1, 3), t="only one source"),
                 swatch.format(c=coverage_colour(2, 3), t="shared by some"),
                 swatch.format(c=coverage_colour(3, 3), t="shared by all"),
                 swatch.format(c="#ffe45c", t="differs in the selected fact"),
                 "underline: a named entity (one colour each) · click a sentence to follow "
                 "its fact · F8 unique · F9 shared · F7 disagreement"]
        legend = QLabel("".join(items))
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setContentsMargins(8, 2, 8, 2)
        bar = QToolBar("Legend")
        bar.setObjectName("Legend")
        bar.setMovable(False)
        bar.addWidget(legend)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_docks(self) -> None:
        self.facts_view = QTreeWidget()
        self.facts_view.setHeaderLabels(["Fact", "Sources", "First sentence"])
        self.facts_view.setAccessibleName("Facts")
        self.facts_view.itemActivated.connect(lambda item: self.select_fact(item.data(0, 256)))
        self.facts_view.itemClicked.connect(lambda item: self.select_fact(item.data(0, 256)))
        self.disc_view = QListWidget()
        self.disc_view.setAccessibleName("Discrepancies")
        self.disc_view.setWordWrap(True)
        self.disc_view.itemClicked.connect(lambda item: self.select_fact(item.data(256)))
        docks = []
        areas = Qt.DockWidgetArea
        for title, widget, area in (("Facts", self.facts_view, areas.RightDockWidgetArea),
                                    ("Where the sources disagree", self.disc_view,
                                     areas.BottomDockWidgetArea)):
            dock = QDockWidget(title, self)
            dock.setObjectName(title)
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            docks.append(dock)
        self.resizeDocks(docks[:1], [380], Qt.Orientation.Horizontal)
        self.resizeDocks(docks[1:], [130], Qt.Orientation.Vertical)
        self.facts_view.setColumnWidth(0, 48)
        self.facts_view.setColumnWidth(1, 110)

    def _build_status(self) -> None:
        self.status_label = QLabel("Open two or more articles to compare them.")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel analysis")
        self.cancel_button.clicked.connect(self.cancel_analysis)
        self.cancel_button.hide()
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Open…", self.open_dialog, QKeySequence.StandardKey.Open)
        self._action(file_menu, "Export HTML &report…", self.export_html)
        self._action(file_menu, "Export &JSON…", self.export_json)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        nav = self.menuBar().addMenu("&Navigate")
        self.next_unique = self._action(nav, "Next &unique fact", lambda: self.step("unique", 1),
                                        "F8")
        self._action(nav, "Previous unique fact", lambda: self.step("unique", -1), "Shift+F8")
        self._action(nav, "Next &shared fact", lambda: self.step("shared", 1), "F9")
        self._action(nav, "Previous shared fact", lambda: self.step("shared", -1), "Shift+F9")
        self._action(nav, "Next &disagreement", lambda: self.step("discrepancy", 1), "F7")
        self._action(nav, "Previous disagreement", lambda: self.step("discrepancy", -1),
                     "Shift+F7")
        view = self.menuBar().addMenu("&View")
        for dock in self.findChildren(QDockWidget):
            view.addAction(dock.toggleViewAction())

    # --- documents ------------------------------------------------------------------------
    def open_files(self, paths: Sequence[str]) -> None:
        """Add files; each one that cannot be used is reported, the others are kept."""
        known = {os.path.realpath(s.path) for s in self.sources if s.path}
        problems = []
        for path in paths:
            if os.path.realpath(path) in known:
                problems.append(f"{path}: already open")
                continue
            try:
                self.sources.append(load_path(path))
                known.add(os.path.realpath(path))
            except LoadError as exc:
                problems.append(str(exc))
        if problems:
            self.errors.extend(problems)
            box = QMessageBox(QMessageBox.Icon.Warning, "Some files could not be opened",
                              "\n".join(problems), parent=self)
            box.setModal(False)
            box.show()
        self.analyse()

    def open_dialog(self) -> None:
        pattern = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(self, "Open articles", "",
                                                f"Articles ({pattern});;All files (*)")
        if paths:
            self.open_files(paths)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.open_files([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])

    # --- analysis -------------------------------------------------------------------------
    def analyse(self) -> None:
        if len(self.sources) < 2:
            self.status_label.setText("Open at least two articles to compare them.")
            return
        self.cancel_analysis()
        job = CompareJob(self.sources)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self._job = job
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        QThreadPool.globalInstance().start(job)

    def cancel_analysis(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _end_job(self, message: str) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.status_label.setText(message)

    def _on_progress(self, stage: str, fraction: float) -> None:
        if self.sender() is not (self._job.signals if self._job else None):
            return
        self.progress.setValue(int(fraction * 100))
        self.status_label.setText(f"{stage}…")

    def _on_cancelled(self) -> None:
        if self.sender() is (self._job.signals if self._job else None):
            self._end_job("Analysis cancelled.")

    def _on_failed(self, message: str) -> None:
        if self.sender() is not (self._job.signals if self._job else None):
            return
        self._end_job("Analysis failed.")
        QMessageBox.critical(self, "Analysis failed", message.split("\n", 1)[0])

    def _on_finished(self, result: Comparison) -> None:
        if self.sender() is not (self._job.signals if self._job else None):
            return  # a newer analysis replaced this one
        self.show_result(result)
        shared = sum(1 for f in result.facts if f.status == "shared")
        self._end_job(f"{len(result.documents)} documents · {len(result.facts)} facts "
                      f"({shared} shared) · {len(result.discrepancies)} disagreements")
        self.analysis_finished.emit()

    # --- showing a result -----------------------------------------------------------------
    def show_result(self, result: Comparison) -> None:
        self.result = result
        self._diffs = result.differing_chars()
        self._order = {s.id: n for n, s in enumerate(
            s for d in result.documents for s in d.sentences)}
        for pane in self.panes:
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        for doc in result.documents:
            pane = DocumentPane(result, doc)
            pane.sentence_clicked.connect(self.select_sentence)
            self.splitter.addWidget(pane)
            self.panes.append(pane)
        self.facts_view.clear()
        for fact in result.facts:
            first = result.sentence_text(fact.sentences[0])
            item = QTreeWidgetItem([fact.id, f"{len(fact.sources)}: {', '.join(fact.sources)}",
                                    first[:120]])
            item.setData(0, 256, fact.id)
            self.facts_view.addTopLevelItem(item)
        self.disc_view.clear()
        for d in result.discrepancies:
            item = QListWidgetItem(f"[{d.kind}] {d.detail}")
            item.setData(256, d.fact)
            self.disc_view.addItem(item)
        self.current_fact = None

    def select_sentence(self, sentence_id: str) -> None:
        if self.result is None:
            return
        doc = self.result.document(sentence_id.split(".")[0])
        fact = next(s.fact for s in doc.sentences if s.id == sentence_id)
        self.select_fact(fact)

    def select_fact(self, fact_id: str | None) -> None:
        """Highlight one fact in every pane, with the words that differ."""
        if self.result is None or not fact_id:
            return
        fact = next((f for f in self.result.facts if f.id == fact_id), None)
        if fact is None:
            return
        self.current_fact = fact_id
        for pane in self.panes:
            pane.highlight(fact.sentences, self._diffs)
        label = "only one source" if fact.status == "unique" else \
            f"{len(fact.sources)} sources: {', '.join(fact.sources)}"
        self.status_label.setText(f"{fact.id} · {label}")

    def step(self, kind: str, direction: int) -> None:
        """Move to the next/previous unique fact, shared fact or disagreement."""
        if self.result is None:
            return
        if kind == "discrepancy":
            facts = list(dict.fromkeys(d.fact for d in self.result.discrepancies))
        else:
            facts = [f.id for f in self.result.facts if f.status == kind]
        if not facts:
            self.status_label.setText(f"No {kind} facts.")
            return
        first_of = {f.id: self._order[f.sentences[0]] for f in self.result.facts}
        facts.sort(key=first_of.get)
        here = first_of.get(self.current_fact, -1 if direction > 0 else 1 << 30)
        later = [f for f in facts if (first_of[f] - here) * direction > 0]
        target = (later[0] if direction > 0 else later[-1]) if later else \
            (facts[0] if direction > 0 else facts[-1])
        self.select_fact(target)

    # --- export ---------------------------------------------------------------------------
    def _export(self, title: str, pattern: str, render) -> None:
        if self.result is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, title, "", pattern)
        if not path:
            return
        try:
            atomic_write_text(path, render(self.result))
        except OSError as exc:
            QMessageBox.warning(self, "Export failed", f"{path}: {exc.strerror or exc}")

    def export_html(self) -> None:
        self._export("Export HTML report", "HTML (*.html)", render_html)

    def export_json(self) -> None:
        self._export("Export JSON", "JSON (*.json)", lambda r: r.to_json() + "\n")

    def panes_widget(self) -> QWidget:
        return self.splitter
