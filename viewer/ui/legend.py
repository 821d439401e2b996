"""What the shading and marks mean, always in view above the documents.

The swatches come from the same functions the panes use, so the key cannot disagree with the
text it explains. Every coverage level gets its own swatch (a key that skips levels leaves the
reader guessing); they are numbered, not spelled out, so eight sources still fit on one line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from viewer.ui.theme import MARKS, coverage_colours

__all__ = ["Legend"]

_BLOCK = "<span style='background:{c}; color:{c}'>&#9608;&#9608;</span>"
# a narrow window wraps the line between items, never inside one ("5 of 5" / "sources")
_GAP = "&nbsp;&nbsp; "
HINT = "Click a sentence to follow its fact · F7/F8/F9&nbsp;jump"


def _whole(text: str) -> str:
    """An item's words that a narrow window must not part."""
    return text.replace(" ", "&nbsp;")


class Legend(QLabel):
    """One line: coverage shades for the current number of documents, then the marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)  # only ever needed in a very narrow window
        self.setContentsMargins(4, 0, 4, 0)
        self.levels: list[int] = []  # the coverage levels shown, for tests and tooltips
        self.set_total(0)

    def set_total(self, total: int) -> None:
        if total < 1:
            self.levels = []
            self.hide()
            return
        self.levels = list(range(1, total + 1))
        items = [_BLOCK.format(c=coverage_colours(1, total)[0]) + _whole(" one source")]
        if total > 1:
            shared = "&nbsp;".join(_BLOCK.format(c=coverage_colours(k, total)[0]) + f"{k}"
                                   for k in range(2, total + 1))
            items.append(shared + _whole(f" of {total} sources"))
        items.append(_BLOCK.format(c=MARKS["diff"]) + _whole(" words that differ"))
        items.append(f"<span style='color:{MARKS['disputed']}; background:{MARKS['disputed_bg']}'>"
                     "<u>disputed</u></span>")
        items.append(f"<span style='color:{MARKS['removed']}'>{HINT}</span>")
        self.setText(_GAP.join(items))
        self.setToolTip("Shading: how many of the open sources report a sentence's fact "
                        "(orange: only this one; blue: shared, darker = more sources).")
        self.show()
