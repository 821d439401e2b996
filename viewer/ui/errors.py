"""Unexpected exceptions: written with their traceback to a log file, told to the user in a
dialog, and the app keeps running.

Python calls `sys.excepthook` for an exception nobody caught, including one raised in a Qt slot
or event handler (PySide reports those the same way), and `threading.excepthook` for one in a
thread. The user sees what happened and where the log is; the traceback is behind "Show
Details…", since it means nothing to most readers but everything to whoever fixes the bug.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from viewer.core.preferences import APP_NAME

__all__ = ["LOG_DIR_ENV", "ErrorReporter", "log_path", "setup_logging", "show_error_dialog"]

LOG_DIR_ENV = "CORROBORATE_LOG_DIR"  # overrides the platform folder (portable use, tests)
LOG_NAME = "corroborate.log"
LOG_BYTES, LOG_BACKUPS = 1_000_000, 3  # at most ~4 MB of logs, oldest dropped
_log = logging.getLogger("viewer.errors")


def log_path() -> Path:
    """$CORROBORATE_LOG_DIR/corroborate.log, else in the platform's user log folder."""
    folder = os.environ.get(LOG_DIR_ENV) or platformdirs.user_log_dir(APP_NAME, appauthor=False)
    return Path(folder) / LOG_NAME


def setup_logging(path: Path | None = None) -> Path | None:
    """Send warnings and errors of the whole app to a rotating log file; None if impossible."""
    path = path or log_path()
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == os.path.abspath(path):
            return path  # already set up (a second window, a test)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None  # no log folder (read-only home): errors still reach the dialog
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    return path


def show_error_dialog(parent: QWidget | None, summary: str, details: str,
                      log_file: Path | None) -> QMessageBox | None:
    """A non-modal box: what failed in one line, where the log is, the traceback folded away."""
    where = (f"The details were written to:\n{log_file}" if log_file is not None else
             "The details could not be written to a log file.")
    box = QMessageBox(QMessageBox.Icon.Warning, "Something went wrong",
                      "Corroborate hit an unexpected problem. It is still running, but the last "
                      "action may not have finished.", parent=parent)
    box.setInformativeText(f"{summary}\n\n{where}")
    box.setDetailedText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setModal(False)
    box.show()
    return box


class ErrorReporter(QObject):
    """Installs the hooks; reports reach the GUI thread through a queued signal."""

    reported = Signal(str, str)  # one-line summary, traceback

    def __init__(self, log_file: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = setup_logging(log_file)
        self.dialog: QMessageBox | None = None
        self.count = 0  # errors reported since start (the dialog shows one at a time)
        self._previous = (sys.excepthook, threading.excepthook)
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous[1]

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        """Log the exception with its traceback and ask for the dialog; never raises."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        try:
            _log.error("Unexpected error", exc_info=(exc_type, exc, tb))
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            summary = f"{exc_type.__name__}: {message}" if message else exc_type.__name__
            self.count += 1
            self.reported.emit(summary[:300], details)
        except Exception:  # the hook must not fail in turn; fall back to stderr
            self._previous[0](exc_type, exc, tb)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            # one box at a time: an error repeating in a paint handler must not flood the screen
            self.dialog.setInformativeText(self.dialog.informativeText().split("\n\n(")[0]
                                           + f"\n\n({self.count} errors so far; see the log)")
            return
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        self.dialog = show_error_dialog(parent, summary, details, self.log_file)
        if self.dialog is not None:
            self.dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
