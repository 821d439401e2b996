"""The panes side by side, and what is selected across them.

A pick in one pane (a sentence, a name) or in a dock lights up in every pane, so the selection
lives here, above the panes: one fact, one entity and at most one discrepancy at a time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget

from viewer.core.result import Comparison
from viewer.ui.document_pane import DocumentPane
from viewer.ui.index import ResultIndex

__all__ = ["DocumentsView"]


class DocumentsView(QScrollArea):
    """Horizontal scrolling when the window is too narrow for every pane at its minimum."""

    fact_selected = Signal(str)  # fact id ("" when cleared)
    entity_selected = Signal(str)
    pane_activated = Signal(int)  # index of the pane the user last clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.splitter)
        self.panes: list[DocumentPane] = []
        self.index: ResultIndex | None = None
        self.current_fact: str | None = None
        self.current_entity: str | None = None
        self.current_discrepancy: int | None = None

    def set_result(self, result: Comparison | None) -> None:
        """Replace every pane; the selection does not survive (ids change between runs)."""
        for pane in self.panes:
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        self.index = ResultIndex(result) if result is not None else None
        self.current_fact = self.current_entity = self.current_discrepancy = None
        if result is None:
            return
        for n, doc in enumerate(result.documents):
            pane = DocumentPane(result, doc)
            pane.sentence_activated.connect(self.select_sentence)
            pane.entity_activated.connect(self.select_entity)
            pane.sentence_activated.connect(lambda _s, n=n: self.pane_activated.emit(n))
            self.splitter.addWidget(pane)
            self.panes.append(pane)
        self.splitter.setSizes([1] * len(self.panes))  # equal widths

    # --- selection ------------------------------------------------------------------------
    def select_sentence(self, sentence_id: str) -> None:
        """The user picked a sentence: its fact lights up everywhere, compared with it."""
        if self.index is None:
            return
        fact = self.index.fact_of_sentence(sentence_id)
        if fact:
            self.select_fact(fact, anchor=sentence_id)

    def select_fact(self, fact_id: str | None, anchor: str | None = None,
                    disputed: int | None = None) -> None:
        """Highlight a fact in every pane, its differing words, and a discrepancy's spans."""
        if self.index is None or (fact_id and fact_id not in self.index.facts):
            return
        self.current_fact = fact_id or None
        self.current_discrepancy = disputed
        marks = self.index.diff_marks(fact_id, anchor) if fact_id else {}
        spans = self.index.disputed_spans(disputed) if disputed is not None else {}
        for pane in self.panes:
            pane.highlight_fact(self.current_fact, marks, spans,
                                scroll=anchor is None or not anchor.startswith(pane.doc.id + "."))
        self.fact_selected.emit(fact_id or "")

    def select_discrepancy(self, index: int) -> None:
        if self.index is None or not 0 <= index < len(self.index.result.discrepancies):
            return
        d = self.index.result.discrepancies[index]
        fact = d.fact or self.index.fact_of_sentence(d.sentences[0]) or ""
        self.select_fact(fact, anchor=d.sentences[0] if d.sentences else None, disputed=index)

    def select_entity(self, entity_id: str | None) -> None:
        """Mark every mention of an entity in every pane (picking it again clears it)."""
        if self.index is None:
            return
        self.current_entity = entity_id or None
        for pane in self.panes:
            pane.highlight_entity(self.current_entity, scroll=True)
        self.entity_selected.emit(entity_id or "")

    def step(self, kind: str, direction: int) -> bool:
        """Next/previous "unique" or "shared" fact, or "discrepancy"; False if there is none."""
        if self.index is None:
            return False
        if kind == "discrepancy":
            target = self.index.step_discrepancy(self.current_discrepancy, direction)
            if target is None:
                return False
            self.select_discrepancy(target)
            return True
        fact = self.index.step_fact(kind, self.current_fact, direction)
        if fact is None:
            return False
        self.select_fact(fact)
        return True

    # --- find -----------------------------------------------------------------------------
    def find(self, needle: str, backward: bool, start_pane: int = 0) -> bool:
        """Search from the focused pane onwards, wrapping round every pane once."""
        if not self.panes:
            return False
        count = len(self.panes)
        focused = next((n for n, p in enumerate(self.panes) if p.text.hasFocus()), start_pane)
        for step in range(count + 1):
            k = (focused + (-step if backward else step)) % count
            if self.panes[k].find(needle, backward, from_edge=step > 0):
                self.panes[k].text.setFocus()
                return True
        return False
