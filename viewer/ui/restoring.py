"""Putting a removed boilerplate line back, and showing the reader where it went.

A Restore link names a line of one source's raw text. The source is found by its raw text's
identity, not by its pane's position, so a Restore clicked while an analysis runs (another
restore, a file being opened or closed) still reaches the right document: the line joins that
source's kept lines at once and the analysis starts again with it. When the result is on
screen, the sentence now holding the line is selected and scrolled to.

A restore is one step on the window's undo stack (Edit ▸ Undo Restore “Share”), in order with
the annotation edits made before and after it: undoing takes the line out again.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

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
    back: bool = True  # put back (False: taken out again by Undo)


def source_index(sources: list[SourceText], raw: str) -> int | None:
    """Where the source with this raw text is now (restoring replaces the source object)."""
    return next((k for k, s in enumerate(sources) if s.raw is raw), None)


def line_offset(text: str, line: str) -> int:
    """Where a restored line stands in a document's text: as a whole line if it is one
    ("Share" is also the start of "Share prices fell"), else its first occurrence."""
    found = re.search(rf"(?m)^{re.escape(line)}$", text)
    return found.start() if found else text.find(line)


class RestoreLine(QUndoCommand):
    """Restoring one line; undone, the line is boilerplate again."""

    def __init__(self, restorer: Restorer, line: Restored) -> None:
        super().__init__(f"Restore “{short_title(line.text, limit=30)}”")
        self.restorer, self.line = restorer, line

    def redo(self) -> None:
        self.restorer.apply(self.line)

    def undo(self) -> None:
        self.restorer.apply(dataclasses.replace(self.line, back=False))


class Restorer:
    """Restores lines for a window and marks the last one restored once it is shown."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.last: Restored | None = None

    def restore(self, raw: str, removed: RemovedText) -> bool:
        """Push the restore of a removed line (False: its document is closed, or the line is
        already on its way back)."""
        window = self.window
        k = source_index(window.sources, raw)
        if k is None or removed.line < 0:
            window.status_label.setText("That document is no longer open.")
            return False
        if removed.line in window.sources[k].keep:
            return False  # clicked twice: already on its way back
        window.annotations.undo_stack.push(
            RestoreLine(self, Restored(raw, removed.line, removed.text)))
        return True

    def apply(self, line: Restored) -> bool:
        """Put the line back (or take it out again) and analyse at once: a running analysis
        started without the change, so it is replaced."""
        window = self.window
        k = source_index(window.sources, line.raw)
        name = short_title(line.text, limit=60)
        if k is None:
            window.status_label.setText(f"“{name}”: that document is no longer open.")
            return False
        if self._holds(line):
            return False  # already so (a cancelled restore taken back by Cancel)
        source = window.sources[k]
        window._sources_change()
        keep = source.keep | {line.line} if line.back else source.keep - {line.line}
        window.sources[k] = dataclasses.replace(source, keep=keep)
        self.last = line
        window.analyse()
        window.status_label.setText(f"Restoring “{name}”…" if line.back else
                                    f"Removing “{name}” again…")
        return True

    def cancelled(self) -> None:
        """Cancel took back the changes not yet shown: the undo stack follows, so a cancelled
        restore is a Redo away and Undo never "undoes" what is not there."""
        self.last = None
        stack = self.window.annotations.undo_stack
        while True:
            at = stack.index()
            done = stack.command(at - 1) if at > 0 else None
            next_ = stack.command(at) if at < stack.count() else None
            if isinstance(done, RestoreLine) and self._holds(done.line) is False:
                stack.undo()
            elif isinstance(next_, RestoreLine) and self._holds(next_.line) is True:
                stack.redo()
            else:
                return

    def _holds(self, line: Restored) -> bool | None:
        """Whether the change is in the sources (None: its document is closed)."""
        k = source_index(self.window.sources, line.raw)
        return None if k is None else (line.line in self.window.sources[k].keep) == line.back

    def shown(self, result: Comparison) -> str | None:
        """Select the sentence holding the last restored line; the status line to show."""
        last, self.last = self.last, None
        if last is None:
            return None
        k = source_index(self.window.sources, last.raw)
        if k is None or k >= len(result.documents) or not self._holds(last):
            return None  # closed, or the change was cancelled
        doc = result.documents[k]
        name = self.window.names.titles.get(doc.id, doc.id)
        if not last.back:
            return f"Removed “{short_title(last.text, limit=60)}” from {name} again."
        at = line_offset(doc.text, last.text)
        pane = next((p for p in self.window.panes if p.doc is doc), None)
        sentence = pane.sentence_at(at) if pane is not None and at >= 0 else None
        fact = next((s.fact for s in doc.sentences if s.id == sentence), None)
        if fact:
            self.window.view.select_fact(fact, anchor=sentence)
        return f"Restored “{short_title(last.text, limit=60)}” to {name}."
