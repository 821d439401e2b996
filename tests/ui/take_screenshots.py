"""Save PNGs of the viewer's main states from a real window (`make screenshots`).

Run under an X server (`make screenshots` starts Xvfb), so what is saved is what the platform's
window system draws, not the offscreen stand-in. The states are the ones the README shows and a
reviewer should look at: the coverage view, a selected fact with its differing words, the entity
panel with one entity marked, and the same comparison in dark mode.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from viewer.ui.app import sample_paths
from viewer.ui.main_window import MainWindow
from viewer.ui.theme import apply_theme

STATES = ("coverage", "fact", "entities", "dark")


def _settle(app: QApplication, ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _analysed_window(app: QApplication) -> MainWindow:
    window = MainWindow()
    window.resize(1600, 960)
    window.show()
    window.open_files(sample_paths())
    loop = QEventLoop()
    window.analysis_finished.connect(loop.quit)
    window.analysis_failed.connect(loop.quit)
    QTimer.singleShot(180_000, loop.quit)
    if window.is_busy():
        loop.exec()
    if window.result is None:
        raise SystemExit("the samples were not analysed")
    _settle(app)
    return window


def _richest_fact(window: MainWindow) -> str:
    """The shared fact reported by most sources whose wording differs most: the best demo."""
    result = window.result
    assert result is not None
    diffs: dict[str, int] = {}
    fact_of = {s.id: s.fact for d in result.documents for s in d.sentences}
    for link in result.links:
        changed = sum(len(text) for op, text in link.diff if op != 0)
        fact = fact_of.get(link.a)
        if fact:
            diffs[fact] = diffs.get(fact, 0) + changed
    shared = [f for f in result.facts if f.status == "shared"]
    return max(shared, key=lambda f: (len(f.sources), diffs.get(f.id, 0))).id


def take(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Corroborate")
    saved: list[Path] = []

    def save(window: MainWindow, name: str) -> None:
        _settle(app)
        path = out / f"{name}.png"
        if not window.grab().save(str(path)):
            raise SystemExit(f"{path}: could not be written")
        saved.append(path)

    apply_theme(app, "light")
    window = _analysed_window(app)
    save(window, "coverage")
    window.select_fact(_richest_fact(window))
    save(window, "fact")
    window.select_fact(None)
    entities = window.result.entities if window.result else []
    if entities:
        busiest = max(entities, key=lambda e: (len(e.documents), len(e.aliases)))
        for dock in window.docks:
            if dock.objectName() == "dock-entities":
                dock.raise_()
        window.select_entity(busiest.id)
    save(window, "entities")
    window.close()

    apply_theme(app, "dark")
    dark = _analysed_window(app)
    dark.select_fact(_richest_fact(dark))
    save(dark, "dark")
    dark.close()
    return saved


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "build/screenshots")
    for path in take(out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
