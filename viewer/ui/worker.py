"""Run a comparison off the GUI thread, with progress and cancel (one pattern for all long work)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Sequence

from PySide6.QtCore import QObject, QRunnable, Signal

from viewer.core.documents import SourceText
from viewer.core.nlp import ModelError
from viewer.core.pipeline import Cancelled, Settings, compare

__all__ = ["CompareJob"]


class _Signals(QObject):
    progress = Signal(str, float)
    finished = Signal(object)  # Comparison
    failed = Signal(str)
    cancelled = Signal()


class CompareJob(QRunnable):
    """`compare()` in a thread-pool thread; results come back as queued signals."""

    def __init__(self, sources: Sequence[SourceText], settings: Settings | None = None) -> None:
        super().__init__()
        self.signals = _Signals()
        self._sources = list(sources)
        self._settings = settings
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:  # runs in a worker thread
        try:
            result = compare(self._sources, self._settings,
                             progress=lambda stage, f: self.signals.progress.emit(stage, f),
                             cancelled=self._stop.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except ModelError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # reported in a dialog; the window stays usable
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
        else:
            self.signals.finished.emit(result)
