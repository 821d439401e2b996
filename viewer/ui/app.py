"""`corroborate [--screenshot OUT.png] [--theme dark|light|system] [FILE ...]`: the viewer.

With no files the bundled sample articles open, so a first start shows something meaningful.
`--screenshot` waits for the analysis, saves the window and exits: a check that works without
a display (QT_QPA_PLATFORM=offscreen) for CI and documentation.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import viewer

__all__ = ["run", "sample_paths", "screenshot_problem"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
SCREENSHOT_TIMEOUT_MS = 180_000


def sample_paths() -> list[str]:
    """The bundled sample articles: `resources/samples/*.txt` beside the `viewer` package."""
    root = Path(viewer.__file__).resolve().parent.parent / "resources" / "samples"
    return [str(p) for p in sorted(root.glob("*.txt"))]


def screenshot_problem(path: str) -> str | None:
    """Why a screenshot could not be saved at `path`, or None when it looks writable.

    Checked before the analysis so a typo costs no waiting, and said in words: QImage.save
    only answers False.
    """
    from PySide6.QtGui import QImageWriter

    target = Path(path)
    suffix = target.suffix.lower().lstrip(".")
    formats = {bytes(f).decode().lower() for f in QImageWriter.supportedImageFormats()}
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        return "it is a folder"
    if not suffix:
        return "no image type: end the name with .png"
    if suffix not in formats:
        return f"cannot write .{suffix} images (use .png)"
    if not folder.exists():
        return f"the folder {folder} does not exist"
    if not folder.is_dir():
        return f"{folder} is not a folder"
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        return "permission denied"
    return None


def _screenshot_error(path: str, reason: str) -> None:
    print(f"corroborate: cannot save the screenshot {path}: {reason}", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="corroborate",
                                     description="Compare several reports of the same event.")
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="articles to compare (default: the bundled samples)")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="wait for the analysis, save an image of the window and exit")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default=None,
                        help="look of the window (default: the one chosen in Preferences)")
    return parser


def run(argv: Sequence[str]) -> int:
    """Open the viewer on the files; returns the exit status."""
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exc:  # --help or a usage error: argparse has already printed
        return int(exc.code or 0)

    problem = screenshot_problem(args.screenshot) if args.screenshot else None
    if problem:  # before any window (or display) is needed
        _screenshot_error(args.screenshot, problem)
        return EXIT_ERROR

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.core.session import SESSION_SUFFIX
    from viewer.ui.app_icon import app_icon
    from viewer.ui.errors import ErrorReporter
    from viewer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "corroborate"])
    app.setApplicationName("Corroborate")
    app.setDesktopFileName("corroborate")  # Linux: match the installed .desktop entry
    app.setWindowIcon(app_icon())
    reporter = ErrorReporter(parent=app)  # unexpected exceptions: log file + dialog
    reporter.install()
    window = MainWindow()  # applies the theme saved in the preferences
    if args.theme:
        window.settings.apply_theme(args.theme)  # for this run only, not saved
    window.show()
    status = {"code": EXIT_OK}

    if args.screenshot:
        # closing this window later must not post a Quit to an application that may be
        # reused (tests, an embedding caller): a stray Quit ends every later event loop
        window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)

        def save(code: int = EXIT_OK) -> None:
            if status.get("saved"):
                return
            status["saved"] = True
            app.processEvents()
            ok = window.grab().save(args.screenshot)
            if not ok:
                _screenshot_error(args.screenshot, screenshot_problem(args.screenshot)
                                  or "the image could not be written")
            status["code"] = code if ok else EXIT_ERROR
            app.exit(status["code"])

        def later() -> None:
            QTimer.singleShot(200, save)

        def loaded(added: int) -> None:
            if not added and not window.is_busy():  # none of the files could be used: show why
                QTimer.singleShot(200, lambda: save(EXIT_ERROR))

        window.analysis_finished.connect(later)
        window.files_loaded.connect(loaded)
        window.analysis_failed.connect(
            lambda _message: QTimer.singleShot(200, lambda: save(EXIT_ERROR))
        )
        deadline = QTimer(window)
        deadline.setSingleShot(True)
        deadline.timeout.connect(lambda: save(EXIT_ERROR))
        deadline.start(SCREENSHOT_TIMEOUT_MS)

    sessions = [f for f in args.files if f.endswith(SESSION_SUFFIX)]
    files = [f for f in args.files if not f.endswith(SESSION_SUFFIX)]
    restored = not args.screenshot and window.sessions.offer_recovery()  # after a crash
    if sessions and not restored:
        window.sessions.open(sessions[0])
    if files or not (sessions or restored):
        window.open_files(files or sample_paths())
    if args.screenshot and not window.is_busy():
        QTimer.singleShot(200, lambda: save(EXIT_ERROR))  # nothing to analyse: show why
    app.exec()
    reporter.uninstall()
    if args.screenshot:
        window.close()
        window.deleteLater()
    return status["code"]
