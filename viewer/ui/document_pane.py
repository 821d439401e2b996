"""One document of a comparison: shaded by coverage, names underlined, facts highlightable.

The pane only shows what the `Comparison` says. Its permanent look (coverage shading, entity
underlines) is document formatting; what the user picked (a fact, an entity, a disagreement)
is a layer of extra selections plus an outline, so changing the pick never rebuilds the text.
"""

from __future__ import annotations

import bisect
import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextEdit, QVBoxLayout, QWidget

from viewer.core.result import Comparison, DocumentResult
from viewer.core.wording import count
from viewer.ui.minimap import Minimap
from viewer.ui.removed_list import RemovedList
from viewer.ui.sentence_geometry import SentenceGeometry
from viewer.ui.sentence_view import SentenceView
from viewer.ui.theme import (
    ANNOTATION_ALPHA,
    MARKS,
    SENTENCE_TEXT,
    coverage_colours,
    entity_palette,
    outline_colour,
    selected_entity_colours,
)
from viewer.ui.title_label import TitleLabel

__all__ = ["DocumentPane", "entity_colours", "utf16_offsets"]

_U = QTextCharFormat.UnderlineStyle
# the same line styles as the HTML report legend: solid person, places dotted, other dashed
_UNDERLINE = {"PERSON": _U.SingleUnderline, "ORG": _U.DashDotLine, "GPE": _U.DotLine,
              "LOC": _U.DotLine, "FAC": _U.DotLine}


def entity_colours(result: Comparison) -> dict[str, str]:
    """Entity id -> colour, by the entity's index (as the HTML report assigns them)."""
    palette = entity_palette()  # the report's colours, lightened in dark mode
    return {e.id: palette[n % len(palette)] for n, e in enumerate(result.entities)}


def utf16_offsets(text: str) -> list[int]:
    """Qt counts UTF-16 units, Python counts code points: map every index once."""
    if not text or max(text) < "\U00010000":  # no character outside the BMP (nearly all text)
        return list(range(len(text) + 1))
    offsets, pos = [0] * (len(text) + 1), 0
    for k, ch in enumerate(text):
        offsets[k] = pos
        pos += 2 if ord(ch) > 0xFFFF else 1
    offsets[len(text)] = pos
    return offsets


class DocumentPane(QFrame):
    """Shows one `DocumentResult`; reports clicks on sentences and on names."""

    sentence_activated = Signal(str)  # sentence id
    entity_activated = Signal(str)  # entity id

    def __init__(self, result: Comparison, doc: DocumentResult,
                 parent: QWidget | None = None, paint: bool = True) -> None:
        """`paint=False` leaves the shading and underlines to a later `paint_base()` call (the
        window builds twenty panes in short steps)."""
        super().__init__(parent)
        self.doc = doc
        self._total = len(result.documents)
        self._sources = {f.id: len(f.sources) for f in result.facts}
        self._labels = {e.id: e.label for e in result.entities}
        self._colours = entity_colours(result)
        self._u16 = utf16_offsets(doc.text)
        # (background, text) colours by the number of sources, worked out once per pane
        self._shades = {n: coverage_colours(n, self._total)
                        for n in range(1, max(self._total, 1) + 1)}
        self._starts = [s.start for s in doc.sentences]
        self._mentions = sorted(doc.mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self._mentions]
        self._fact: str | None = None
        self._fact_sentences: list[str] = []
        self._diff_marks: dict[str, set[int]] = {}
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._entity: str | None = None
        self.annotation_marks: list[tuple[int, int, str]] = []  # (start, end, "#rrggbb")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(280)
        self.setAccessibleName(f"Document {doc.id}: {doc.title}")
        unique = sum(1 for f in result.facts if f.status == "unique" and f.sources == [doc.id])
        self.title_label = TitleLabel(doc.title)  # two lines at most, all of it in the tooltip
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        name = os.path.basename(doc.path) if doc.path else "pasted text"
        self.meta_label = QLabel(f"{doc.id} · {name} · {count(len(doc.sentences), 'sentence')} · "
                                 f"{count(unique, 'unique fact')}")
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label.setWordWrap(True)
        self.meta_label.setToolTip(doc.path or "pasted text")
        self.meta_label.setStyleSheet("color: palette(placeholder-text);")
        self.removed = RemovedList(doc.removed)
        self.text = SentenceView()
        self.text.setAccessibleName(f"Text of {doc.title}")
        self.text.setPlainText(doc.text)
        self.sentence_geometry = SentenceGeometry(self.text, doc, self._u16)
        self.minimap = Minimap(self.sentence_geometry, {
            s.id: self._shade(self._sources.get(s.fact, 1))[0] for s in doc.sentences})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.removed)
        row = QHBoxLayout()
        row.setSpacing(2)
        row.addWidget(self.text, 1)
        row.addWidget(self.minimap)
        layout.addLayout(row, 1)
        if paint:
            self.paint_base()
        self.text.clicked.connect(self._on_click)

    # --- offsets ----------------------------------------------------------------------------
    @property
    def u16(self) -> list[int]:
        """UTF-16 position (Qt's) of every index of the document's text (Python's)."""
        return self._u16

    def _shade(self, sources: int) -> tuple[str, str]:
        return self._shades.get(sources) or coverage_colours(sources, self._total)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._u16[start])
        cursor.setPosition(self._u16[end], QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def sentence_at(self, offset: int) -> str | None:
        """The sentence holding this document offset (Python characters), if any."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k < 0:
            return None
        s = self.doc.sentences[k]
        return s.id if offset < s.end else None

    def entity_at(self, offset: int) -> str | None:
        """The entity named at this document offset, if any."""
        k = bisect.bisect_right(self._mention_starts, offset) - 1
        if k < 0:
            return None
        m = self._mentions[k]
        return (m.entity or None) if offset < m.end else None

    def _on_click(self, qt_position: int) -> None:
        offset = max(0, bisect.bisect_right(self._u16, qt_position) - 1)
        sentence, entity = self.sentence_at(offset), self.entity_at(offset)
        if sentence:
            self.sentence_activated.emit(sentence)
        if entity:
            self.entity_activated.emit(entity)

    # --- permanent formatting -----------------------------------------------------------
    def paint_base(self) -> None:
        """Coverage shading and name underlines: document formatting, set once."""
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(8)
        spacing.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        whole = QTextCursor(self.text.document())
        whole.select(QTextCursor.SelectionType.Document)
        whole.mergeBlockFormat(spacing)
        for s in self.doc.sentences:
            count = self._sources.get(s.fact, 1)
            fmt = QTextCharFormat()
            background, foreground = self._shade(count)
            fmt.setBackground(QColor(background))
            fmt.setForeground(QColor(foreground))
            fmt.setToolTip(f"{s.id} · {s.fact} · " + ("only this source" if count <= 1 else
                                                      f"{count} of {self._total} sources"))
            self._cursor(s.start, s.end).mergeCharFormat(fmt)
        for m in self._mentions:
            if m.entity in self._colours:
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(_UNDERLINE.get(self._labels.get(m.entity, ""),
                                                     _U.DashUnderline))
                fmt.setUnderlineColor(QColor(self._colours[m.entity]))
                self._cursor(m.start, m.end).mergeCharFormat(fmt)

    # --- what the user picked -------------------------------------------------------------
    def highlight_fact(self, fact_id: str | None, diff_marks: dict[str, set[int]],
                       disputed: dict[str, list[tuple[int, int]]] | None = None,
                       scroll: bool = True) -> None:
        """Outline this fact's sentences, mark their differing words (offsets within each
        sentence) and any disputed spans (document offsets); scroll the first into view."""
        self._fact = fact_id
        self._fact_sentences = [s.id for s in self.doc.sentences if fact_id and s.fact == fact_id]
        self._diff_marks = {sid: diff_marks.get(sid, set()) for sid in self._fact_sentences}
        self._spans = {sid: v for sid, v in (disputed or {}).items()
                       if sid.split(".", 1)[0] == self.doc.id}
        self._refresh()
        if scroll and self._fact_sentences:
            self.scroll_to_sentence(self._fact_sentences[0])

    def highlight_entity(self, entity_id: str | None, scroll: bool = False) -> None:
        """Mark every mention of this entity (None clears)."""
        self._entity = entity_id
        self._refresh()
        first = next((m for m in self._mentions if entity_id and m.entity == entity_id), None)
        if scroll and first is not None and not self._fact_sentences:
            self.text.scroll_to(self._u16[first.start])

    def scroll_to_sentence(self, sentence_id: str) -> None:
        s = next((s for s in self.doc.sentences if s.id == sentence_id), None)
        if s is not None:
            self.text.scroll_to(self._u16[s.start])

    def highlighted_sentences(self) -> list[str]:
        return list(self._fact_sentences)

    def highlighted_mentions(self) -> list[tuple[int, int]]:
        """(start, end) of the marked mentions, document offsets."""
        return [(m.start, m.end) for m in self._mentions if self._entity and
                m.entity == self._entity]

    def marked_words(self) -> dict[str, set[int]]:
        """The differing-word offsets currently marked, per highlighted sentence."""
        return {sid: set(v) for sid, v in self._diff_marks.items() if v}

    def _refresh(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        by_id = {s.id: s for s in self.doc.sentences}

        def add(start: int, end: int, fmt: QTextCharFormat) -> None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(start, end)
            sel.format = fmt
            selections.append(sel)

        for start, end, colour in self.annotation_marks:  # the user's highlights, under picks
            tint = QColor(colour)
            tint.setAlpha(ANNOTATION_ALPHA)  # see-through, so the coverage shading still shows
            mark = QTextCharFormat()
            mark.setBackground(tint)
            mark.setUnderlineStyle(_U.SingleUnderline)  # and a line, for pale tag colours
            mark.setUnderlineColor(QColor(colour).darker(160))
            add(start, end, mark)
        diff = QTextCharFormat()
        diff.setBackground(QColor(MARKS["diff"]))
        diff.setForeground(QColor(SENTENCE_TEXT))
        for sid, chars in self._diff_marks.items():
            base = by_id[sid].start
            for lo, hi in _runs(chars):
                add(base + lo, base + hi, diff)
        disputed = QTextCharFormat()
        disputed.setUnderlineStyle(_U.WaveUnderline)
        disputed.setUnderlineColor(QColor(MARKS["disputed"]))
        disputed.setForeground(QColor(MARKS["disputed"]))
        disputed.setBackground(QColor(MARKS["disputed_bg"]))
        disputed.setFontUnderline(True)
        for spans in self._spans.values():
            for start, end in spans:
                add(start, end, disputed)
        if self._entity in self._colours:
            # Inverted, so the picked name stands out from every shading and underline around it
            background, foreground = selected_entity_colours()
            mention = QTextCharFormat()
            mention.setBackground(QColor(background))
            mention.setForeground(QColor(foreground))
            mention.setFontWeight(700)
            for start, end in self.highlighted_mentions():
                add(start, end, mention)
        self.text.setExtraSelections(selections)
        self.minimap.set_marked(self._fact_sentences)
        self.text.set_outlined([(self._u16[by_id[sid].start], self._u16[by_id[sid].end])
                                for sid in self._fact_sentences], QColor(outline_colour()))

    def set_annotation_marks(self, marks: list[tuple[int, int, str]]) -> None:
        """Paint annotation highlights: (start, end, colour) in document offsets."""
        self.annotation_marks = list(marks)
        self._refresh()

    # --- find -----------------------------------------------------------------------------
    def find(self, needle: str, backward: bool = False, from_edge: bool = False) -> bool:
        """Select the next (or previous) occurrence; `from_edge` starts at the top/bottom."""
        if from_edge:
            cursor = QTextCursor(self.text.document())
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else
                                QTextCursor.MoveOperation.Start)
            self.text.setTextCursor(cursor)
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        return self.text.find(needle, flags)


def _runs(chars: set[int]) -> list[tuple[int, int]]:
    """Contiguous (start, end) runs of a set of offsets."""
    runs: list[tuple[int, int]] = []
    for k in sorted(chars):
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return runs
