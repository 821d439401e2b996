"""`make bench` (GUI part): the longest stall of the GUI thread while the viewer works.

A QTimer ticks every 10 ms on the GUI thread and records the gap since its previous tick; any
gap much over 10 ms is time the window could not repaint or react. Measured with the real main
window (offscreen) on the bundled samples and on 20 long generated articles, in three phases:
analysing (background job running), showing the result (panes, docks built and painted) and
using it (synchronised scrolling of every pane, selecting facts). Target (issue 4): no stall
over 100 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
TARGET_MS = 100.0
TICK_MS = 10


class StallMeter:
    """Longest gap between timer ticks, per named phase."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.phase = "idle"
        self.detail = ""
        self.worst: dict[str, float] = {}
        self.worst_cpu: dict[str, float] = {}
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self, phase: str) -> None:
        self.phase = phase
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer.start()

    def switch(self, phase: str) -> None:
        self.phase = phase

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap, busy = (now - self._last) * 1000, (cpu - self._last_cpu) * 1000
        self._last, self._last_cpu = now, cpu
        self.worst[self.phase] = max(self.worst.get(self.phase, 0.0), gap)
        self.worst_cpu[self.phase] = max(self.worst_cpu.get(self.phase, 0.0), busy)
        if os.environ.get("STALL_DEBUG") and gap > 40:
            print(f"    gap {gap:.0f} ms in {self.phase} / {self.detail}", file=sys.stderr)


def _spin(app, seconds: float, until=None) -> None:
    """Run the event loop for `seconds`, or until `until()` is true."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end and not (until and until()):
        app.processEvents()
        time.sleep(0.001)


def measure(texts: list[str]) -> tuple[dict[str, float], dict[str, float]]:
    """Per phase, the worst gap between ticks (ms, what the user sees) and the most CPU the
    GUI thread itself spent between two ticks (ms: its own work, without waiting for the
    analysis thread's GIL or for other processes on a busy machine)."""
    from PySide6.QtWidgets import QApplication

    from viewer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["gui-stall"])
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    _spin(app, 0.3)
    meter = StallMeter()
    original = window._result_steps

    def result_steps(result):  # the analysis is done: from here on it is GUI-thread work
        meter.switch("showing the result")
        return original(result)

    window._result_steps = result_steps
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for k, text in enumerate(texts):
            path = Path(folder) / f"article-{k + 1:02d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        done = []
        window.analysis_finished.connect(lambda: done.append(True))
        window.analysis_failed.connect(lambda message: done.append(message))
        window.progress.valueChanged.connect(
            lambda v: setattr(meter, "detail", f"{window.status_label.text()} {v}%"))
        meter.start("analysing")
        window.open_files(paths)
        _spin(app, 300, until=lambda: bool(done))
        if done != [True]:
            raise SystemExit(f"analysis did not finish: {done}")
        _spin(app, 1.5)  # deferred layout and painting of the new panes
        meter.switch("scrolling and selecting")
        first = window.panes[0].text.verticalScrollBar()
        for step in range(1, 11):  # synchronised scrolling moves every pane
            first.setValue(first.maximum() * step // 10)
            _spin(app, 0.05)
        for fact in [f.id for f in window.result.facts if len(f.sources) > 1][:5]:
            window.select_fact(fact)
            _spin(app, 0.05)
        meter.stop()
    window.close()
    window.deleteLater()
    _spin(app, 0.2)
    return meter.worst, meter.worst_cpu


def main() -> int:
    from tests.benchmarks.corpus import make_articles
    from viewer.ui.app import sample_paths

    samples = [Path(p).read_text(encoding="utf-8") for p in sample_paths()]
    cases = [("5 sample articles", samples), ("20 articles x 2,000 words",
                                              make_articles(20, 2000))]
    print(f"GUI-thread stalls (longest gap between {TICK_MS} ms timer ticks; "
          f"target <= {TARGET_MS:.0f} ms)")
    failed = False
    for name, texts in cases:
        worst, own = measure(texts)
        print(f"\n{name}{'':17s}longest gap   GUI-thread work")
        for phase, gap in worst.items():
            flag = "  ** over target" if gap > TARGET_MS else ""
            print(f"  {phase:26s} {gap:7.1f} ms  {own.get(phase, 0.0):7.1f} ms{flag}")
            failed |= gap > TARGET_MS
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
