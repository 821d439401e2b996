"""One pattern for all long work: a job runs off the GUI thread and reports through signals.

The work is a plain function `fn(progress, cancelled)`; the job turns its progress calls into
queued `progress(stage, fraction)` signals and ends with exactly one of `finished(result)`,
`failed(message)` or `cancelled()`. Cancelling sets a flag that the function polls (the core's
`compare(cancelled=...)` does so between units of work), so no thread is ever killed.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from viewer.core.documents import LoadError, SourceText, load_path
from viewer.core.nlp import ModelError
from viewer.core.pipeline import Cancelled, Settings, compare
from viewer.core.result import Comparison

__all__ = ["Job", "JobSignals", "compare_job", "load_job", "Loaded"]

_log = logging.getLogger(__name__)
Work = Callable[[Callable[[str, float], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    """Lives in the GUI thread, so connected slots run there (queued across threads)."""

    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Job(QRunnable):
    """Runs `work(progress, cancelled)` in the global thread pool."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns the job; the window drops it when it ends
        self.signals = JobSignals()
        self._work = work
        self._stop = threading.Event()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; `cancelled` follows."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:  # in a pool thread
        try:
            result = self._work(self.signals.progress.emit, self._stop.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except ModelError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # reported to the user; the window stays usable
            _log.exception("background job failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if self._stop.is_set():
                self.signals.cancelled.emit()  # finished just as the user cancelled
            else:
                self.signals.finished.emit(result)


def compare_job(sources: Sequence[SourceText], settings: Settings | None = None) -> Job:
    """A job comparing `sources`; `finished` carries the `Comparison`."""
    frozen = list(sources)

    def work(progress: Callable[[str, float], None], cancelled: Callable[[], bool]) -> Comparison:
        result = compare(frozen, settings, progress=progress, cancelled=cancelled)
        result.differing_chars()  # here, not on the GUI thread at the first selection
        return result

    return Job(work)


Loaded = list[tuple[str, SourceText | None, str | None]]  # (path, source, or why not)


def load_job(paths: Sequence[str]) -> Job:
    """A job reading files (a long PDF or a pasted novel takes seconds to read and clean);
    `finished` carries one (path, source or None, problem or None) per path, in order."""
    todo = list(paths)

    def work(progress: Callable[[str, float], None], cancelled: Callable[[], bool]) -> Loaded:
        out: Loaded = []
        for n, path in enumerate(todo):
            if cancelled():
                raise Cancelled
            progress(f"Opening {os.path.basename(path)}", n / len(todo))
            try:
                out.append((path, load_path(path), None))
            except LoadError as exc:
                out.append((path, None, str(exc)))
        return out

    return Job(work)
