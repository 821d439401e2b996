"""The boilerplate taken out of a document, folded away under its header.

Cleaning removes navigation, bylines and photo credits before analysis; the reader should be
able to see what went, but it must not compete with the article text, so it starts collapsed
and greyed. Cleaning can be wrong, so each line has a Restore link that puts it back.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.result import RemovedText
from viewer.ui.theme import MARKS

__all__ = ["RemovedList"]

MAX_LIST_HEIGHT = 200  # pixels


class RemovedList(QWidget):
    """A toggle button ("▸ 12 lines of boilerplate removed") over a greyed list."""

    restore_requested = Signal(int)  # index of the line in `removed`

    def __init__(self, removed: list[RemovedText], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        count = len(removed)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setText(f"{count} line{'s' if count != 1 else ''} of boilerplate removed")
        self.toggle.setAccessibleName("Show removed boilerplate")
        self.toggle.setStyleSheet(f"QToolButton {{ color: {MARKS['removed']}; border: none; }}")
        self.list = QLabel()
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.setWordWrap(True)
        self.list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.list.setAccessibleName("Removed boilerplate lines")
        self.list.linkActivated.connect(self._on_link)
        self.list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.list.setStyleSheet(f"color: {MARKS['removed']}; padding-left: 18px;")
        self._removed = removed
        # a long list scrolls by itself instead of squeezing the article text out of the pane;
        # it is filled on first showing: laying out a long rich-text list took most of the
        # time of building a pane, for a list that usually stays folded
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMaximumHeight(MAX_LIST_HEIGHT)
        self.scroll.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.scroll)
        self.toggle.toggled.connect(self._show)
        self.setVisible(count > 0)

    def _show(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if expanded and self.scroll.widget() is None:
            self.list.setText(self._markup())
            self.scroll.setWidget(self.list)
        self.scroll.setVisible(expanded)

    def _markup(self) -> str:
        """The list as shown: each line struck through, why it went, and a Restore link."""
        return "<br>".join(
            f"<s>{html.escape(r.text)}</s> <i>({html.escape(r.detail or r.reason)})</i>"
            + (f" <a href='restore:{n}'>Restore</a>" if r.line >= 0 else "")
            for n, r in enumerate(self._removed))

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def _on_link(self, link: str) -> None:
        if link.startswith("restore:"):
            self.restore_requested.emit(int(link.removeprefix("restore:")))
