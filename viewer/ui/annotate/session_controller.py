"""Session files in the window: New/Open/Save/Save As, unsaved state, autosave and recovery.

A session is the documents' texts plus the annotation store (see `viewer.core.session`). The
window title shows its name, with "*" while there are unsaved edits: annotation edits (the undo
stack is not at its clean index) or, once the session has a file, a changed set of documents.
Every 30 s, and when the window closes, unsaved work goes to a recovery file; the next start
offers it back after a crash. Nothing is ever overwritten without asking.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer import __version__
from viewer.core import session as core
from viewer.core.session import Session, SessionDocument, SessionError
from viewer.ui.annotate.annotator import AnnotationController

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["SessionController", "ask", "AUTOSAVE_MS", "SESSION_FILTER"]

AUTOSAVE_MS = 30_000
SESSION_FILTER = f"Corroborate sessions (*{core.SESSION_SUFFIX});;All files (*)"
_B = QMessageBox.StandardButton


def ask(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str,
        buttons: dict[QMessageBox.StandardButton, str], default: QMessageBox.StandardButton,
        ) -> QMessageBox.StandardButton:
    """A modal question whose buttons say what they do; returns the button pressed.

    One function for every question here, so tests can answer them by patching it.
    """
    box = QMessageBox(icon, title, text, parent=parent)
    for button, label in buttons.items():
        box.addButton(button)
        if label:
            box.button(button).setText(label)
    box.setDefaultButton(default)
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else _B.Cancel


def tell(parent: QWidget, title: str, text: str) -> None:
    """A modal error message (patched in tests like `ask`)."""
    QMessageBox.critical(parent, title, text)


class SessionController(QObject):
    """Where the window's session lives on disk and whether it has unsaved changes."""

    def __init__(self, window: MainWindow, annotations: AnnotationController) -> None:
        super().__init__(window)
        self.window = window
        self.annotations = annotations
        self.path: Path | None = None
        self._restored_unsaved = False  # a recovered session is unsaved until saved
        self._docs_at_save: tuple[int, ...] = ()
        # the session file as this window last read or wrote it: another window or program
        # that saves it in between must not be overwritten unasked
        self._disk_stamp: tuple[int, int, int] | None = None
        self._last_recovery: tuple[int, tuple[int, ...]] | None = None
        self._locks: dict[Path, QLockFile] = {}  # recovery files this window autosaves to
        annotations.undo_stack.cleanChanged.connect(self._on_clean_changed)
        annotations.changed.connect(self.update_title)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()

    def _on_clean_changed(self, _clean: bool) -> None:
        self.update_title()

    # --- state ----------------------------------------------------------------------------
    def _doc_ids(self) -> tuple[int, ...]:
        return tuple(id(s) for s in self.window.sources)

    def is_modified(self) -> bool:
        if not self.annotations.undo_stack.isClean() or self._restored_unsaved:
            return True
        return self.path is not None and self._doc_ids() != self._docs_at_save

    @property
    def name(self) -> str:
        return self.path.name.removesuffix(core.SESSION_SUFFIX) if self.path else "Untitled"

    def update_title(self) -> None:
        self.window.setWindowTitle(f"{self.name}[*] — Corroborate {__version__}")
        self.window.setWindowModified(self.is_modified())

    def _mark_saved(self, path: Path | None) -> None:
        self.path = path
        self._disk_stamp = _stamp(path)
        self._restored_unsaved = False
        self._docs_at_save = self._doc_ids()
        self.annotations.undo_stack.setClean()
        self.update_title()

    def _remember(self, path: Path) -> None:
        self.window.settings.store.add_recent("sessions", str(path.resolve()))

    # --- building and applying sessions ---------------------------------------------------
    def current_session(self) -> Session:
        ann = self.annotations
        docs = [SessionDocument.from_source(ann.key_for(s), s) for s in self.window.sources]
        view = {"current_fact": self.window.current_fact or "",
                "sync_scroll": bool(self.window.view.sync.enabled)}
        chosen = self.window.settings.analysis_settings()
        settings = {"model": chosen.model, "threshold": chosen.align.threshold}
        return Session(docs, settings, ann.store, view)

    def _apply(self, session: Session, path: Path | None) -> None:
        """Show a loaded session: its texts are analysed again, annotations re-anchored."""
        window = self.window
        window.cancel_work()  # files still being read belong to the work being replaced
        sources = [d.to_source() for d in session.documents]
        window.show_result(None)
        window.sources = sources
        self.annotations.reset(session.store)
        self.annotations.set_sources([(d.key, s) for d, s in zip(session.documents, sources,
                                                                  strict=True)])
        sync = session.view.get("sync_scroll") if isinstance(session.view, dict) else None
        if isinstance(sync, bool) and hasattr(window, "sync_scroll_action"):
            window.sync_scroll_action.setChecked(sync)
        self._mark_saved(path)
        self._note_settings(session.settings)
        if sources:
            window.analyse()
        else:
            window.status_label.setText("Session opened; it has no documents yet.")

    def _note_settings(self, saved: dict) -> None:
        """Analyse with the session's own settings (Preferences stay as saved) and say so."""
        problems = self.window.settings.use_session_settings(saved)
        if problems:
            self.window.banner.add("This session's analysis settings cannot all be used:",
                                   problems)

    # --- commands -------------------------------------------------------------------------
    def new(self) -> bool:
        """Start an empty session (after asking about unsaved changes)."""
        if not self.confirm_discard("start a new session"):
            return False
        self._apply(Session([], {}, self._fresh_store(), {}), None)
        self.window.status_label.setText("New session.")
        return True

    @staticmethod
    def _fresh_store():  # noqa: ANN205 - an AnnotationStore
        from viewer.core.annotations import AnnotationStore

        return AnnotationStore()

    def open(self, path: str | os.PathLike[str] | None = None) -> bool:
        """Open a session file; a bad file is named with its reason and nothing changes.

        The file is read before asking about unsaved changes, so a damaged file never costs
        the work that is open.
        """
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, "Open session",
                                                  str(self._folder()), SESSION_FILTER)
            if not path:
                return False
        target = Path(path)
        try:
            session = core.load_session(target)
        except SessionError as exc:
            return self._open_failed(target, exc)
        if not self.confirm_discard("open another session"):
            return False
        self._apply(session, target)
        self._remember(target)
        own = self.window.settings.describe_session_settings()
        self.window.status_label.setText(f"Opened session {target}" + (
            f" · analysed with its saved {own}" if own else ""))
        return True

    def _open_failed(self, target: Path, exc: SessionError) -> bool:
        self.window.errors.append(str(exc))
        backup = exc.backup
        if backup is None:
            tell(self.window, "Cannot open session", f"{exc}\n\nThe file was left as it is.")
            return False
        answer = ask(self.window, QMessageBox.Icon.Critical, "Cannot open session",
                     f"{exc}\n\nThe file was left as it is. A backup of the previous version "
                     f"exists ({backup.name}, saved {_when(backup)}). Open the backup?",
                     {_B.Open: "Open backup", _B.Cancel: ""}, _B.Open)
        if answer != _B.Open:
            return False
        try:
            session = core.load_session(backup)
        except SessionError as again:
            tell(self.window, "Cannot open the backup", str(again))
            return False
        if not self.confirm_discard("open the backup"):
            return False
        self._apply(session, None)  # saving asks for a name: the damaged file stays untouched
        self._restored_unsaved = True
        self.update_title()
        self.window.status_label.setText(f"Opened the backup of {target}; save it to keep it.")
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write_own(self.path)

    def _write_own(self, target: Path) -> bool:
        """Write this window's session file, unless it is no longer the version this window
        read or wrote and the user does not want it replaced (or saves under another name)."""
        now = _stamp(target)
        if now is not None and now != self._disk_stamp:
            answer = ask(self.window, QMessageBox.Icon.Warning, "Session changed on disk",
                         f"The session file “{target.name}” is not the version this window "
                         f"last opened or saved: another window or program saved it since, or "
                         f"this is work restored after a crash. Replacing it loses what is in "
                         f"it now (the replaced file is kept as "
                         f"{core.backup_path(target).name}).",
                         {_B.Yes: "Replace it", _B.Save: "Save as…", _B.Cancel: ""}, _B.Save)
            if answer == _B.Save:
                return self.save_as()
            if answer != _B.Yes:
                return False
        return self._write(target)

    def save_as(self, path: str | os.PathLike[str] | None = None) -> bool:
        if path is None:
            suggested = self._folder() / (self.name + core.SESSION_SUFFIX)
            path, _ = QFileDialog.getSaveFileName(self.window, "Save session as",
                                                  str(suggested), SESSION_FILTER)
            if not path:
                return False
        target = Path(path)
        if target.suffix != core.SESSION_SUFFIX:
            # the dialog asked about the name as typed, not this one
            target = target.with_name(target.name + core.SESSION_SUFFIX)
            if target.exists() and not _same_file(target, self.path) and ask(
                    self.window, QMessageBox.Icon.Warning, "Replace session?",
                    f"“{target.name}” already exists in {target.parent}. Replace it? (The "
                    f"replaced file is kept as {core.backup_path(target).name}.)",
                    {_B.Yes: "Replace it", _B.Cancel: ""}, _B.Cancel) != _B.Yes:
                return False
        if _same_file(target, self.path):
            return self._write_own(target)
        return self._write(target)

    def _write(self, target: Path) -> bool:
        old_path = self.path
        try:
            core.save_session(self.current_session(), target)
        except (OSError, SessionError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            tell(self.window, "Cannot save session", f"{target}: cannot be written: {reason}")
            return False
        self._mark_saved(target)
        self._discard_recovery(old_path)
        self._discard_recovery(target)
        self._remember(target)
        self.window.status_label.setText(f"Saved session {target}")
        return True

    @staticmethod
    def _folder() -> Path:
        folder = core.default_session_dir()
        return folder if folder.is_dir() else Path.home()

    # --- unsaved changes --------------------------------------------------------------------
    def confirm_discard(self, doing: str = "close") -> bool:
        """True when it is fine to drop the current session: saved, or the user said so."""
        if not self.is_modified():
            return True
        self.write_recovery()  # in case the question is never answered
        answer = ask(self.window, QMessageBox.Icon.Warning, "Unsaved changes",
                     f"The session “{self.name}” has unsaved changes. Save them before you "
                     f"{doing}?", {_B.Save: "", _B.Discard: "", _B.Cancel: ""}, _B.Save)
        if answer == _B.Save:
            return self.save()
        if answer == _B.Discard:
            self._discard_recovery(self.path)
            self._restored_unsaved = False
            self.annotations.undo_stack.setClean()  # the user dropped these edits
            return True
        return False

    def confirm_close(self) -> bool:
        """For the window's closeEvent: ask about unsaved work; stop autosaving if closing."""
        ok = self.confirm_discard("close the window")
        if ok:
            self.autosave.stop()
        return ok

    # --- recovery ---------------------------------------------------------------------------
    def write_recovery(self) -> Path | None:
        """Autosave: unsaved work to the recovery file (only when something changed)."""
        if not self.is_modified():
            return None
        state = (self.annotations.store.revision, self._doc_ids())
        target = self._recovery_file()
        if state == self._last_recovery and target.is_file():
            return target
        try:
            written = core.write_recovery(self.current_session(), self.path, target)
        except (OSError, ValueError, SessionError) as exc:
            self.window.status_label.setText(f"Autosave failed: {exc}")
            return None
        self._last_recovery = state
        self._hold(written)
        return written

    def _recovery_file(self) -> Path:
        """The session's recovery file, or this window's own when another running window on the
        same session autosaves to that one (each would replace the other's, and a save in one
        would delete the other's)."""
        base = core.recovery_path(self.path)
        if base in self._locks or not self._in_use(base):
            return base
        return base.with_name(f"{base.stem}-w{os.getpid()}-{id(self):x}{base.suffix}")

    def _hold(self, recovery: Path) -> None:
        """Lock our recovery file while we run, so another running Corroborate does not offer
        to restore it (QLockFile notices the lock of a crashed process as stale)."""
        if recovery in self._locks:
            return
        lock = QLockFile(f"{recovery}.lock")
        lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
        if lock.tryLock(0):
            self._locks[recovery] = lock

    def _discard_recovery(self, path: Path | None) -> None:
        """Delete this window's recovery file for `path` (a session path, or a recovery file),
        and a left-over one no running window holds; never another window's."""
        base = core.recovery_path(path) if path is None or path.parent != core.recovery_dir() \
            else path
        mine = [f for f in self._locks if f == base or f.name.startswith(f"{base.stem}-w")]
        targets = mine if base in mine or self._in_use(base) else [*mine, base]
        for target in targets:
            with contextlib.suppress(OSError):
                core.discard_recovery(target)
            lock = self._locks.pop(target, None)
            if lock is not None:
                lock.unlock()
        self._last_recovery = None

    @staticmethod
    def _in_use(recovery: Path) -> bool:
        """Whether another running Corroborate is autosaving to this file right now."""
        probe = QLockFile(f"{recovery}.lock")
        probe.setStaleLockTime(0)
        if probe.tryLock(0):
            probe.unlock()
            return False
        return True

    def offer_recovery(self) -> bool:
        """At start-up: offer the unsaved work a crashed run left behind. True if restored."""
        for found in core.find_recovery():
            if found in self._locks or self._in_use(found):
                continue  # our own autosave, or another window's that is still open
            try:
                session, original = core.read_recovery(found)
            except SessionError as exc:
                tell(self.window, "Cannot restore unsaved work",
                     f"{exc}\n\nThe recovery file was left as it is.")
                continue
            name = Path(original).name if original else "an untitled session"
            answer = ask(self.window, QMessageBox.Icon.Question, "Restore unsaved work?",
                         f"Corroborate did not close properly. Unsaved work on {name} from "
                         f"{_when(found)} was kept ({len(session.store)} annotations, "
                         f"{len(session.documents)} documents). Restore it?",
                         {_B.Yes: "Restore", _B.Discard: "Discard", _B.Cancel: "Later"},
                         _B.Yes)
            if answer == _B.Discard:
                core.discard_recovery(found)
                continue
            if answer != _B.Yes:
                continue
            self._apply(session, Path(original) if original else None)
            self._restored_unsaved = True
            # the session file may have been saved elsewhere after this work was last saved:
            # which version this was is unknown, so saving over it asks
            self._disk_stamp = None
            self.update_title()
            if self.write_recovery() != found:  # now kept under this session's own name
                core.discard_recovery(found)
            self.window.status_label.setText(f"Restored unsaved work on {name}.")
            return True
        return False


def _when(path: Path) -> str:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        return "an unknown time"


def _same_file(a: Path, b: Path | None) -> bool:
    """One file, however each path is written ("A.corroborate" / "/home/me/A.corroborate")."""
    if b is None:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def _stamp(path: Path | None) -> tuple[int, int, int] | None:
    """Identity of a file's current version: an atomic save makes a new file (inode)."""
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size
