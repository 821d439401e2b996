"""What the shading and marks mean, always in view above the documents.

The swatches come from the same functions the panes use, so the key cannot disagree with the
text it explains.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from viewer.ui.theme import MARKS, coverage_colours

__all__ = ["Legend"]

_SWATCH = ("<span style='background:{c}; color:{c}'>&#9608;&#9608;</span>&nbsp;{t}"
           "&nbsp;&nbsp;&nbsp;&nbsp;")


class Legend(QLabel):
    """One line: coverage shades for the current number of documents, then the marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setContentsMargins(4, 0, 4, 0)
        self.set_total(0)

    def set_total(self, total: int) -> None:
        if total < 1:
            self.hide()
            return
        items = [_SWATCH.format(c=coverage_colours(1, total)[0], t="only one source")]
        shades = range(2, total + 1) if total <= 5 else (2, (total + 2) // 2, total)
        items += [_SWATCH.format(c=coverage_colours(k, total)[0], t=f"{k} of {total}")
                  for k in shades]
        items.append(_SWATCH.format(c=MARKS["diff"], t="words that differ"))
        items.append(f"<span style='color:{MARKS['disputed']}; background:{MARKS['disputed_bg']}'>"
                     "<u>disputed</u></span>&nbsp;&nbsp;&nbsp;&nbsp;")
        items.append("<span style='color:#8a8a90'>click a sentence: its fact in every "
                     "document · F7/F8/F9</span>")
        self.setText("".join(items))
        self.show()
