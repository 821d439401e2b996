"""One document of a comparison: shaded by coverage, entities underlined, facts highlightable."""

from __future__ import annotations

import bisect
import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QFrame, QLabel, QTextEdit, QVBoxLayout

from viewer.core.report import ENTITY_COLOURS, coverage_colour
from viewer.core.result import Comparison, DocumentResult

__all__ = ["DocumentPane"]

_HIGHLIGHT = QColor("#1f5fbf")
_DIFF = QColor("#ffe45c")


def _utf16_offsets(text: str) -> list[int]:
    """Qt counts UTF-16 units, Python counts code points: map every index once."""
    offsets, pos = [0] * (len(text) + 1), 0
    for k, ch in enumerate(text):
        offsets[k] = pos
        pos += 2 if ord(ch) > 0xFFFF else 1
    offsets[len(text)] = pos
    return offsets


class _Text(QTextEdit):
    clicked = Signal(int)  # Qt position of the click

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked.emit(self.cursorForPosition(event.position().toPoint()).position())


class DocumentPane(QFrame):
    """Shows one `DocumentResult`; emits `sentence_clicked(sentence_id)`."""

    sentence_clicked = Signal(str)

    def __init__(self, result: Comparison, doc: DocumentResult, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(280)
        self.setAccessibleName(f"Document {doc.id}: {doc.title}")
        sources = {f.id: len(f.sources) for f in result.facts}
        unique = sum(1 for s in doc.sentences if sources.get(s.fact, 1) <= 1)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        name = os.path.basename(doc.path) if doc.path else "pasted text"
        self.header.setText(f"{doc.title}\n{doc.id} · {name} · "
                            f"{len(doc.sentences)} sentences · {unique} unique")
        self.header.setToolTip(doc.path or "pasted text")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.text = _Text()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(f"Text of {doc.title}")
        self.text.setPlainText(doc.text)
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(8)
        spacing.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        whole = QTextCursor(self.text.document())
        whole.select(QTextCursor.SelectionType.Document)
        whole.mergeBlockFormat(spacing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)
        self._u16 = _utf16_offsets(doc.text)
        self._starts = [self._u16[s.start] for s in doc.sentences]
        self._highlighted: list[str] = []
        self._paint(result, sources)
        self.text.clicked.connect(self._on_click)

    # --- painting -------------------------------------------------------------------------
    def _select(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._u16[start])
        cursor.setPosition(self._u16[end], QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _paint(self, result: Comparison, sources: dict[str, int]) -> None:
        total = len(result.documents)
        for s in self.doc.sentences:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(coverage_colour(sources.get(s.fact, 1), total)))
            fmt.setForeground(QColor("#1d1d1f"))
            fmt.setToolTip(f"{s.id} · {sources.get(s.fact, 1)} of {total} sources")
            self._select(s.start, s.end).mergeCharFormat(fmt)
        colour = {e.id: ENTITY_COLOURS[n % len(ENTITY_COLOURS)]
                  for n, e in enumerate(result.entities)}
        for m in self.doc.mentions:
            if m.entity in colour:
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(colour[m.entity]))
                self._select(m.start, m.end).mergeCharFormat(fmt)

    # --- interaction ----------------------------------------------------------------------
    def sentence_at(self, qt_position: int) -> str | None:
        k = bisect.bisect_right(self._starts, qt_position) - 1
        if k < 0:
            return None
        s = self.doc.sentences[k]
        return s.id if qt_position <= self._u16[s.end] else None

    def _on_click(self, position: int) -> None:
        sid = self.sentence_at(position)
        if sid:
            self.sentence_clicked.emit(sid)

    def highlight(self, sentence_ids: list[str], diff_chars: dict[str, set[int]]) -> None:
        """Outline these sentences, mark their differing words, scroll the first into view."""
        wanted = set(sentence_ids)
        selections = []
        self._highlighted = [s.id for s in self.doc.sentences if s.id in wanted]
        for s in self.doc.sentences:
            if s.id not in wanted:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._select(s.start, s.end)
            sel.format.setFontWeight(700)
            sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            sel.format.setUnderlineColor(_HIGHLIGHT)
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selections.append(sel)
            for k in sorted(diff_chars.get(s.id, ())):
                mark = QTextEdit.ExtraSelection()
                mark.cursor = self._select(s.start + k, s.start + k + 1)
                mark.format.setBackground(_DIFF)
                mark.format.setFontWeight(700)
                selections.append(mark)
        self.text.setExtraSelections(selections)
        if self._highlighted:
            first = next(s for s in self.doc.sentences if s.id == self._highlighted[0])
            cursor = self._select(first.start, first.start)
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    def highlighted_sentences(self) -> list[str]:
        return list(self._highlighted)
