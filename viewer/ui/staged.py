"""Run a list of GUI-thread steps a few at a time, returning to the event loop in between.

Showing the result of twenty long articles means building twenty panes and several docks:
each step is short, but all of them together would freeze the window for a second. Running
them under a time budget per event-loop turn keeps the window repainting and responsive.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

__all__ = ["StagedRun", "freeze_heap", "hold_collections", "release_collections"]

BUDGET_MS = 12.0  # then the event loop paints what the steps built


class StagedRun(QObject):
    """Emits `finished` after the last step; `stop()` drops the steps not yet run."""

    finished = Signal()

    def __init__(self, steps: Iterable[Callable[[], None]], budget_ms: float = BUDGET_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = list(steps)
        self._budget = budget_ms / 1000
        self._next = 0
        self._stopped = False
        # A timer object, not QTimer.singleShot(0, ...): Qt 6 delivers a zero single shot as a
        # posted event, handled before timers and repaints, so two blocks of steps ran back to
        # back; a timer of its own waits its turn behind what is pending.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)

    @property
    def running(self) -> bool:
        return not self._stopped and self._next < len(self._steps)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._stopped = True

    def run_all(self) -> None:
        """Finish every remaining step now (for callers that need the result at once)."""
        while self.running:
            self._step()
        if not self._stopped:
            self._stopped = True
            self.finished.emit()

    def _step(self) -> None:
        step = self._steps[self._next]
        self._next += 1
        step()

    def _run(self) -> None:
        if self._stopped:
            return
        start = time.perf_counter()
        while self.running:
            self._step()
            if time.perf_counter() - start >= self._budget:
                break
        if self.running:
            self._timer.start()
        elif not self._stopped:
            self._stopped = True
            self.finished.emit()


def freeze_heap() -> None:
    """Leave every object alive now (the spaCy pipeline, the result) out of later cycle
    collections. A full collection walks the whole heap while holding the GIL, several
    hundred milliseconds once a large comparison is loaded: a visible freeze of the window."""
    gc.freeze()


_held: tuple[int, int, int] | None = None


def hold_collections() -> None:
    """While an analysis runs: no full cycle collection at all. Its own threads pause every
    thread for ~100 ms per full collection (measured with 20 long articles), and its garbage is
    almost all freed by reference counting anyway. Undone by `release_collections`."""
    global _held
    gc.freeze()
    if _held is None:
        _held = gc.get_threshold()
        gc.set_threshold(_held[0], _held[1], 1_000_000)


def release_collections() -> None:
    global _held
    if _held is not None:
        gc.set_threshold(*_held)
        _held = None
