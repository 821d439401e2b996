"""The panes side by side, and what is selected across them.

A pick in one pane (a sentence, a name) or in a dock lights up in every pane, so the selection
lives here, above the panes: one fact, one entity and at most one discrepancy at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QScrollArea, QTextEdit, QWidget

from viewer.core.result import Comparison
from viewer.ui.connectors import ConnectorSplitter
from viewer.ui.document_pane import DocumentPane
from viewer.ui.index import ResultIndex
from viewer.ui.reveal import reveal
from viewer.ui.sync_scroll import ScrollSync

__all__ = ["DocumentsView", "find_all", "next_match"]

PANE_MIN_WIDTH = 280  # as DocumentPane's minimum width


@dataclass
class Place:
    """Where the reader was, by document and sentence text (ids change between analyses): the
    sentence the selected fact was shown by, and each scrolled pane's top sentence with how far
    into it the view stood."""

    fact_sentence: tuple[str, str] | None = None
    tops: dict[str, tuple[str, float]] = field(default_factory=dict)


def _key(doc) -> str:
    return doc.path or "pasted:" + doc.title


def _shown(doc, sentence) -> str:
    return " ".join(doc.text[sentence.start:sentence.end].split())


def _text(doc, sentence_id: str) -> str | None:
    s = next((s for s in doc.sentences if s.id == sentence_id), None)
    return None if s is None else _shown(doc, s)


class DocumentsView(QScrollArea):
    """Horizontal scrolling when the window is too narrow for every pane at its minimum."""

    fact_selected = Signal(str)  # fact id ("" when cleared)
    entity_selected = Signal(str)
    pane_activated = Signal(int)  # index of the pane the user last clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.splitter = ConnectorSplitter()  # its handles draw bands joining linked sentences
        self.splitter.setChildrenCollapsible(False)
        self.sync = ScrollSync(self)  # scrolling one pane scrolls the others by alignment
        self.horizontalScrollBar().valueChanged.connect(self.sync.catch_up)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.splitter)
        self.panes: list[DocumentPane] = []
        self.index: ResultIndex | None = None
        self.current_fact: str | None = None
        self.current_entity: str | None = None
        self.current_discrepancy: int | None = None
        self._found: tuple[str, tuple[int, int], DocumentPane] | None = None  # the last match
        self._expected = 0  # panes of the result being shown
        self._filler: QWidget | None = None

    def set_result(self, result: Comparison | None) -> None:
        """Replace every pane; the selection does not survive (ids change between runs)."""
        for step in self.result_steps(result):
            step()

    def result_steps(self, result: Comparison | None) -> list[Callable[[], None]]:
        """`set_result` as short steps (three per pane), so the window can run them a few per
        event-loop turn and never freeze while twenty long articles are laid out."""
        if result is None:
            return [lambda: self._begin(None)]
        steps: list[Callable[[], None]] = [lambda: self._begin(result)]
        for doc in result.documents:  # each pane in three steps of 10-20 ms (long articles)
            made: list[DocumentPane] = []
            steps += [lambda doc=doc, made=made: made.append(DocumentPane(result, doc,
                                                                          paint=False)),
                      lambda made=made: made[0].paint_base(),
                      lambda made=made: self._add_pane(made[0])]
        return [*steps,
                self._finish,
                # sentence positions (for bands, minimaps, synchronised scrolling) measured
                # now, a pane at a time, rather than all at once on the first scroll
                *(lambda k=k: self._measure(k) for k in range(len(result.documents)))]

    def place(self) -> Place:
        """Where the reader is now (see `Place`)."""
        here = Place()
        if self.index is None:
            return here
        for pane in self.panes:
            scroll = pane.sentence_geometry.scroll()
            if scroll <= 0:
                continue
            top = next((e for e in pane.sentence_geometry.extents() if e.bottom > scroll), None)
            text = _text(pane.doc, top.sentence) if top is not None else None
            if text:
                here.tops[_key(pane.doc)] = (text, scroll - top.top)
        if self.current_fact:
            for pane in self.panes:
                held = pane.highlighted_sentences()
                if held:
                    here.fact_sentence = (_key(pane.doc), _text(pane.doc, held[0]) or "")
                    break
        return here

    def return_to(self, place: Place) -> None:
        """Back where the reader was before the analysis ran again: the fact of the same
        sentence selected, and each pane scrolled to the same sentence, where they are still
        there; the rest stays at the top."""
        if self.index is None:
            return
        by_key = {_key(p.doc): p for p in self.panes}
        if place.fact_sentence is not None:
            pane = by_key.get(place.fact_sentence[0])
            found = self._find(pane, place.fact_sentence[1]) if pane is not None else None
            if found is not None:
                self.select_sentence(found)
        with self.sync.paused():
            for key, (text, offset) in place.tops.items():
                pane = by_key.get(key)
                found = self._find(pane, text) if pane is not None else None
                extent = pane.sentence_geometry.extent(found) if found else None
                if extent is not None:
                    pane.text.verticalScrollBar().setValue(round(extent.top + offset))
        self.sync.forget()

    @staticmethod
    def _find(pane: DocumentPane, text: str) -> str | None:
        return next((s.id for s in pane.doc.sentences if _shown(pane.doc, s) == text), None)

    def _begin(self, result: Comparison | None) -> None:
        for pane in [*self.panes, *([self._filler] if self._filler is not None else [])]:
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        self.index = ResultIndex(result) if result is not None else None
        self.current_fact = self.current_entity = self.current_discrepancy = None
        self._found = None
        self.splitter.set_index(None)
        self.sync.set_panes([], None)
        # the row takes its final width at once, so each arriving pane re-wraps only itself
        # and the pane before it, not every pane already there
        count = len(result.documents) if result is not None else 0
        handle = self.splitter.handleWidth()
        self._pane_width = max(PANE_MIN_WIDTH,
                               (self.viewport().width() - handle * max(count - 1, 0))
                               // max(count, 1))
        self.splitter.setMinimumWidth(count * self._pane_width + handle * max(count - 1, 0))
        self._expected = count
        # an empty widget holds the room of the panes still to come, so that each pane is laid
        # out once, at its final width (a growing last pane re-wrapped its text every time)
        self._filler = QWidget() if count > 1 else None
        if self._filler is not None:
            self.splitter.addWidget(self._filler)

    def _add_pane(self, pane: DocumentPane) -> None:
        n = len(self.panes)
        pane.sentence_activated.connect(self.select_sentence)
        pane.entity_activated.connect(self.select_entity)
        pane.sentence_activated.connect(lambda _s, n=n: self.pane_activated.emit(n))
        last = n + 1 >= self._expected
        if last and self._filler is not None:  # the last pane takes the filler's place as it is
            self.splitter.replaceWidget(n, pane)
            self._filler.deleteLater()
            self._filler = None
        else:
            self.splitter.insertWidget(n, pane)
        self.splitter.setStretchFactor(n, 1)  # equal widths, kept as panes arrive
        self.panes.append(pane)
        # the room left goes to the filler, or to the last pane: the others keep their width
        handle = self.splitter.handleWidth()
        width = max(self.splitter.width(), self.splitter.minimumWidth())
        if last:
            rest = width - n * (self._pane_width + handle)
            self.splitter.setSizes([self._pane_width] * n + [max(self._pane_width, rest)])
        else:
            rest = width - (n + 1) * (self._pane_width + handle)
            self.splitter.setSizes([self._pane_width] * (n + 1) + [max(0, rest)])

    def _measure(self, k: int) -> None:
        if k < len(self.panes):
            self.panes[k].sentence_geometry.extents()

    def _finish(self) -> None:
        if self._filler is not None:  # fewer panes than expected (a step was dropped)
            self._filler.setParent(None)
            self._filler.deleteLater()
            self._filler = None
        self.splitter.setMinimumWidth(0)  # free to follow the window again
        sizes = self.splitter.sizes()
        if max(sizes, default=0) - min(sizes, default=0) > 2:  # re-wrapping every pane is slow
            self.splitter.setSizes([1] * len(self.panes))  # equal widths
        self.splitter.set_index(self.index)
        self.sync.set_panes(self.panes, self.index)
        for pane in self.panes:
            pane.text.verticalScrollBar().valueChanged.connect(self.splitter.refresh)

    # --- selection ------------------------------------------------------------------------
    def select_sentence(self, sentence_id: str) -> None:
        """The user picked a sentence: its fact lights up everywhere, compared with it. The
        pane clicked in stays still (the sentence is under the mouse); the others scroll."""
        if self.index is None:
            return
        fact = self.index.fact_of_sentence(sentence_id)
        if fact:
            self._select(fact, sentence_id, None, still=sentence_id.split(".", 1)[0])

    def select_fact(self, fact_id: str | None, anchor: str | None = None,
                    disputed: int | None = None) -> None:
        """Highlight a fact in every pane, its differing words, and a discrepancy's spans;
        every pane holding one of its sentences scrolls to show it."""
        self._select(fact_id, anchor, disputed)

    def select_discrepancy(self, index: int) -> None:
        """Select a discrepancy's fact; each pane shows its own sentence of the discrepancy."""
        if self.index is None or not 0 <= index < len(self.index.result.discrepancies):
            return
        d = self.index.result.discrepancies[index]
        fact = d.fact or self.index.fact_of_sentence(d.sentences[0]) or ""
        self._select(fact, d.sentences[0] if d.sentences else None, index,
                     prefer=tuple(d.sentences))

    def _select(self, fact_id: str | None, anchor: str | None, disputed: int | None,
                still: str | None = None, prefer: tuple[str, ...] = ()) -> None:
        if self.index is None or (fact_id and fact_id not in self.index.facts):
            return
        self.current_fact = fact_id or None
        self.current_discrepancy = disputed
        marks = self.index.diff_marks(fact_id, anchor) if fact_id else {}
        spans = self.index.disputed_spans(disputed) if disputed is not None else {}
        with self.sync.paused():  # each pane scrolls to its own sentence, not to the others
            for pane in self.panes:
                pane.highlight_fact(self.current_fact, marks, spans, scroll=False)
            holding = [p for p in self.panes if p.highlighted_sentences()]
            if holding and still is None and not any(self._in_sight(p) for p in holding):
                self.ensureWidgetVisible(holding[0], 0, 0)
            for pane in holding:
                if pane.doc.id != still:
                    self.show_sentence(pane, next((s for s in prefer if s in
                                                   pane.highlighted_sentences()),
                                                  pane.highlighted_sentences()[0]))
        self.sync.forget()  # an earlier scroll's pending follow-up must not pull panes back
        self.splitter.set_selected_fact(self.current_fact)
        self.fact_selected.emit(fact_id or "")

    def show_sentence(self, pane: DocumentPane, sentence_id: str) -> None:
        """Scroll one pane so the whole sentence shows (with room), if it does not already."""
        extent = pane.sentence_geometry.extent(sentence_id)
        if extent is None:
            pane.scroll_to_sentence(sentence_id)
        else:
            reveal(pane.text, extent.top, extent.bottom)

    def _in_sight(self, pane: DocumentPane) -> bool:
        left = pane.mapTo(self.splitter, pane.rect().topLeft()).x()
        shown = self.horizontalScrollBar().value()
        return left < shown + self.viewport().width() and left + pane.width() > shown

    def select_entity(self, entity_id: str | None) -> None:
        """Mark every mention of an entity in every pane (picking it again clears it)."""
        if self.index is None:
            return
        self.current_entity = entity_id or None
        with self.sync.paused():
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
    def find(self, needle: str, backward: bool = False) -> tuple[int, int]:
        """Select the next (or previous) match of `needle` across every pane, in reading order
        (pane by pane), wrapping round. Returns (its number from 1, how many there are);
        (0, 0) when there is none. Only the pane with the match scrolls."""
        matches = find_all([p.text.document() for p in self.panes], needle)
        if not matches:
            self._clear_found()
            return 0, 0
        here = self._found if self._found and self._found[0] == needle else None
        n = next_match(matches, here[1] if here else None, backward)
        k, start, end = matches[n]
        pane = self.panes[k]
        with self.sync.paused():  # the others stay where the reader left them
            self._clear_found()
            cursor = QTextCursor(pane.text.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            _set_cursor_in_place(pane.text, cursor)
            self._reveal_range(pane, start, end)
            if not self._in_sight(pane):
                self.ensureWidgetVisible(pane, 0, 0)
        self.sync.forget()
        self._found = (needle, (k, start), pane)
        return n + 1, len(matches)

    def _clear_found(self) -> None:
        """Unselect the previous match, without scrolling its pane."""
        if self._found is not None and self._found[2] in self.panes:
            view = self._found[2].text
            cursor = view.textCursor()
            cursor.clearSelection()
            _set_cursor_in_place(view, cursor)
        self._found = None

    @staticmethod
    def _reveal_range(pane: DocumentPane, start: int, end: int) -> None:
        """Scroll so the whole Qt-position range start..end shows, clear of the edges."""
        view = pane.text
        scrolled = view.verticalScrollBar().value()
        first, last = QTextCursor(view.document()), QTextCursor(view.document())
        first.setPosition(start)
        last.setPosition(end)
        reveal(view, view.cursorRect(first).top() + scrolled,
               view.cursorRect(last).bottom() + scrolled)


def find_all(documents: list[QTextDocument], needle: str) -> list[tuple[int, int, int]]:
    """Every match as (document number, start, end) in Qt positions, in reading order."""
    found: list[tuple[int, int, int]] = []
    if not needle:
        return found
    for k, document in enumerate(documents):
        cursor = document.find(needle, 0)
        while not cursor.isNull():
            found.append((k, cursor.selectionStart(), cursor.selectionEnd()))
            cursor = document.find(needle, cursor)
    return found


def next_match(matches: list[tuple[int, int, int]], here: tuple[int, int] | None,
               backward: bool) -> int:
    """Index of the match after (or before) position `here` (document, start), wrapping."""
    keys = [(k, start) for k, start, _end in matches]
    if here is None:
        return len(keys) - 1 if backward else 0
    if backward:
        return next((n for n in range(len(keys) - 1, -1, -1) if keys[n] < here), len(keys) - 1)
    return next((n for n, key in enumerate(keys) if key > here), 0)


def _set_cursor_in_place(view: QTextEdit, cursor: QTextCursor) -> None:
    """Set a view's cursor without the scroll QTextEdit makes to keep the cursor visible."""
    bar = view.verticalScrollBar()
    value = bar.value()
    view.setTextCursor(cursor)
    bar.setValue(value)
