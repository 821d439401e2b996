"""`corroborate [--screenshot OUT.png] [--theme dark|light|system] [FILE ...]`: the viewer."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["run", "sample_paths"]


def sample_paths() -> list[str]:
    """The bundled sample articles (repository checkout or installed next to the package)."""
    root = Path(__file__).resolve().parents[2] / "resources" / "samples"
    return [str(p) for p in sorted(root.glob("*.txt"))]


def _dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#1f1f22"),
                         (QPalette.ColorRole.WindowText, "#e8e8ea"),
                         (QPalette.ColorRole.Base, "#28282c"),
                         (QPalette.ColorRole.AlternateBase, "#2f2f34"),
                         (QPalette.ColorRole.Text, "#e8e8ea"),
                         (QPalette.ColorRole.Button, "#2f2f34"),
                         (QPalette.ColorRole.ButtonText, "#e8e8ea"),
                         (QPalette.ColorRole.Highlight, "#3d6fb6"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.ToolTipBase, "#28282c"),
                         (QPalette.ColorRole.ToolTipText, "#e8e8ea")):
        palette.setColor(role, QColor(colour))
    return palette


def run(argv: Sequence[str]) -> int:
    """Open the viewer on the files (none: the bundled samples); returns the exit status."""
    parser = argparse.ArgumentParser(prog="corroborate",
                                     description="Compare several reports of the same event.")
    parser.add_argument("files", nargs="*", metavar="FILE")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="wait for the analysis, save a screenshot of the window, exit")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default="system")
    args = parser.parse_args(list(argv))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    if args.theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(_dark_palette())
    elif args.theme == "light":
        app.setStyle("Fusion")
    window = MainWindow()
    window.show()
    status = {"code": 0}
    if args.screenshot:
        def save() -> None:
            if window.result is not None and window.result.facts:
                window.select_fact(window.result.facts[0].id)
            ok = window.grab().save(args.screenshot)
            status["code"] = 0 if ok else 1
            app.quit()

        window.analysis_finished.connect(lambda: QTimer.singleShot(300, save))
    window.open_files(args.files or sample_paths())
    app.exec()
    return status["code"]
