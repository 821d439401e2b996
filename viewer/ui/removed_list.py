"""The boilerplate taken out of a document, folded away under its header.

Cleaning removes navigation, bylines and photo credits before analysis; the reader should be
able to see what went, but it must not compete with the article text, so it starts collapsed
and greyed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from viewer.core.result import RemovedText
from viewer.ui.theme import MARKS

__all__ = ["RemovedList"]


class RemovedList(QWidget):
    """A toggle button ("▸ 12 lines of boilerplate removed") over a greyed list."""

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
        self.list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.list.setStyleSheet(f"color: {MARKS['removed']}; padding-left: 18px;")
        self.list.setText("<br>".join(
            f"<s>{html.escape(r.text)}</s> <i>({html.escape(r.detail or r.reason)})</i>"
            for r in removed))
        self.list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.list)
        self.toggle.toggled.connect(self._show)
        self.setVisible(count > 0)

    def _show(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.list.setVisible(expanded)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()
