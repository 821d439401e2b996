"""Putting a removed boilerplate line back, and showing the reader where it went.

A Restore link names a line of one source's raw text. The source is found by its raw text's
identity, not by its pane's position, so a Restore clicked while an analysis runs (another
restore, a file being opened or closed) still reaches the right document: the line joins that
source's kept lines at once and the analysis starts again with it. When the result is on
screen, the sentence now holding the line is selected and scrolled to.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from viewer.core.documents import SourceText
from viewer.core.result import Comparison, RemovedText
from viewer.ui.source_names import short_title

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow


@dataclasses.dataclass(frozen=True)
class Restored:
    raw: str  # the source's raw text (the same object in every copy of the source)
    line: int
    text: str


def source_index(sources: list[SourceText], raw: str) -> int | None:
    """Where the source with this raw text is now (restoring replaces the source object)."""
    return next((k for k, s in enumerate(sources) if s.raw is raw), None)


def line_offset(text: str, line: str) -> int:
    """Where a restored line stands in a document's text: as a whole line if it is one
    ("Share" is also the start of "Share prices fell"), else its first occurrence."""
    found = re.search(rf"(?m)^{re.escape(line)}$", text)
    return found.start() if found else text.find(line)


class Restorer:
    """Restores lines for a window and marks the last one restored once it is shown."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.last: Restored | None = None

    def restore(self, raw: str, removed: RemovedText) -> bool:
        window = self.window
        k = source_index(window.sources, raw)
        if k is None or removed.line < 0:
            window.status_label.setText("That document is no longer open.")
            return False
        source = window.sources[k]
        if removed.line in source.keep:
            return False  # clicked twice: already on its way back
        window._sources_change()
        window.sources[k] = dataclasses.replace(source, keep=source.keep | {removed.line})
        self.last = Restored(raw, removed.line, removed.text)
        window.analyse()  # a running analysis is replaced: it started without the line
        window.status_label.setText(f"Restoring “{short_title(removed.text, limit=60)}”…")
        return True

    def shown(self, result: Comparison) -> str | None:
        """Select the sentence holding the last restored line; the status line to show."""
        last, self.last = self.last, None
        if last is None:
            return None
        k = source_index(self.window.sources, last.raw)
        if k is None or k >= len(result.documents) or \
                last.line not in self.window.sources[k].keep:
            return None  # closed, or the restore was cancelled
        doc = result.documents[k]
        at = line_offset(doc.text, last.text)
        pane = next((p for p in self.window.panes if p.doc is doc), None)
        sentence = pane.sentence_at(at) if pane is not None and at >= 0 else None
        fact = next((s.fact for s in doc.sentences if s.id == sentence), None)
        if fact:
            self.window.view.select_fact(fact, anchor=sentence)
        name = self.window.names.titles.get(doc.id, doc.id)
        return f"Restored “{short_title(last.text, limit=60)}” to {name}."
