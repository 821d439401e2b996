"""Session files: the documents' texts, settings, annotations, codebook, verdicts and view state.

One JSON file (`.corroborate`, versioned by `schema`; never pickle). The documents' texts are
inside, so a session opens when the originals moved; analysis is not stored, it is rebuilt with
`pipeline.compare` (see `analyse`). Saving is atomic and keeps the previous version as
`<name>.bak`; a file that cannot be read raises `SessionError` naming the file and the reason and
is never touched. Recovery copies (autosave) live in the platform's user data folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from viewer import __version__
from viewer.core.annotations import AnnotationStore, now_iso
from viewer.core.documents import SourceText

__all__ = ["SESSION_SUFFIX", "SCHEMA", "FORMAT_NAME", "DATA_DIR_ENV", "SessionError",
           "SessionDocument", "Session", "save_session", "load_session", "session_to_dict",
           "session_from_dict", "migrate", "backup_path", "default_session_dir", "data_dir",
           "recovery_dir", "recovery_path", "write_recovery", "read_recovery", "find_recovery",
           "discard_recovery", "analyse", "comparison_ids"]

SESSION_SUFFIX = ".corroborate"
SCHEMA = 1
FORMAT_NAME = "corroborate-session"
APP_NAME = "Corroborate"
DATA_DIR_ENV = "CORROBORATE_DATA_DIR"  # overrides the platform data folder (portable use, tests)
_MAX_BYTES = 1 << 30  # a session holds article texts; a gigabyte is not one


class SessionError(Exception):
    """A session file that cannot be used: `str(err)` is "path: reason"; `backup` if one exists."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"{os.fspath(path)}: {reason}")
        self.path = Path(path)
        self.reason = reason
        self.backup: Path | None = None
        with contextlib.suppress(ValueError, OSError):
            bak = backup_path(self.path)
            self.backup = bak if bak.is_file() and bak != self.path else None


@dataclass
class SessionDocument:
    key: str  # the document's id in the session; annotations refer to it
    path: str  # where it was loaded from ("" if pasted)
    title: str
    raw_text: str  # the loaded text (before cleaning), so the session needs no original file
    kind: str = "txt"
    encoding: str | None = None
    keep: list[int] = field(default_factory=list)  # raw lines the user restored after cleaning
    # a web page's lines outside its article (older sessions have none: their raw text is the
    # article alone, and it is cleaned as it was then)
    furniture: list[int] = field(default_factory=list)

    def to_source(self) -> SourceText:
        return SourceText(self.path, self.title, self.raw_text, self.kind, self.encoding,
                          frozenset(self.keep), frozenset(self.furniture))

    @classmethod
    def from_source(cls, key: str, source: SourceText) -> SessionDocument:
        return cls(key, source.path, source.title, source.raw, source.kind, source.encoding,
                   sorted(source.keep), sorted(source.furniture))


@dataclass
class Session:
    documents: list[SessionDocument] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    store: AnnotationStore = field(default_factory=AnnotationStore)
    view: dict[str, Any] = field(default_factory=dict)

    def document(self, key: str) -> SessionDocument | None:
        return next((d for d in self.documents if d.key == key), None)

    def next_key(self) -> str:
        """A key no document of this session has had ("d<n>")."""
        used = {d.key for d in self.documents} | {a.doc_key for a in self.store.annotations}
        n = len(self.documents) + 1
        while f"d{n}" in used:
            n += 1
        return f"d{n}"


def comparison_ids(session: Session) -> dict[str, str]:
    """Session document key -> id of that document in a Comparison of `session.documents`."""
    return {doc.key: f"d{n + 1}" for n, doc in enumerate(session.documents)}


def analyse(session: Session, progress: Callable[[str, float], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> Any:
    """Rebuild the Comparison of the session's documents with its settings (it is not saved)."""
    from viewer.core.align import AlignSettings
    from viewer.core.pipeline import Settings, compare

    base = Settings()
    settings = Settings(model=str(session.settings.get("model", base.model)),
                        align=AlignSettings(threshold=float(session.settings.get(
                            "threshold", base.align.threshold))))
    return compare([d.to_source() for d in session.documents], settings, progress, cancelled)


# --- plain data ---------------------------------------------------------------------------------

def session_to_dict(session: Session) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME, "schema": SCHEMA, "app": f"corroborate {__version__}",
        "saved": now_iso(),
        "documents": [_document_to_dict(d) for d in session.documents],
        "settings": session.settings, **session.store.to_dict(), "view": session.view,
    }


def _document_to_dict(doc: SessionDocument) -> dict[str, Any]:
    return {"key": doc.key, "path": doc.path, "title": doc.title, "kind": doc.kind,
            "encoding": doc.encoding, "keep": list(doc.keep),
            **({"furniture": list(doc.furniture)} if doc.furniture else {}),
            "raw_text": doc.raw_text}


def session_from_dict(data: dict[str, Any]) -> Session:
    """Build a Session from current-schema data; KeyError/TypeError/ValueError if malformed."""
    docs = [_document_from_dict(d) for d in _a(data.get("documents", []), list)]
    keys = [d.key for d in docs]
    if len(set(keys)) != len(keys):
        raise ValueError("two documents share one key")
    return Session(docs, dict(_a(data.get("settings", {}), dict)), AnnotationStore.from_dict(data),
                   dict(_a(data.get("view", {}), dict)))


def _document_from_dict(d: dict[str, Any]) -> SessionDocument:
    enc = _a(d, dict).get("encoding")
    return SessionDocument(_a(d["key"], str), _a(d.get("path", ""), str),
                           _a(d.get("title", ""), str), _a(d["raw_text"], str),
                           _a(d.get("kind", "txt"), str), None if enc is None else _a(enc, str),
                           [int(k) for k in _a(d.get("keep", []), list)],
                           [int(k) for k in _a(d.get("furniture", []), list)])


def _a(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, found {type(value).__name__}")
    return value


# Each step turns schema n data into schema n + 1. None yet: schema 1 is the first.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring data of an older schema up to `SCHEMA`, one step at a time."""
    version = data["schema"]
    while version < SCHEMA:
        step = _MIGRATIONS.get(version)
        if step is None:
            raise ValueError(f"has schema {version}, which this version cannot convert")
        data = step(dict(data))
        version = data["schema"] = version + 1
    return data


# --- reading ------------------------------------------------------------------------------------

def load_session(path: str | os.PathLike[str]) -> Session:
    """Read a session file; any problem raises SessionError and leaves the file as it was."""
    return _session(path, _parse(path, _read_text(path)))


def _session(path: str | os.PathLike[str], data: dict[str, Any]) -> Session:
    try:
        data = migrate(data)
    except ValueError as exc:
        raise SessionError(path, str(exc)) from None
    try:
        return session_from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SessionError(path, f"is damaged ({_describe(exc)})") from None


def _read_text(path: str | os.PathLike[str]) -> str:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        raise SessionError(path, "file not found") from None
    except IsADirectoryError:
        raise SessionError(path, "is a folder, not a session file") from None
    except OSError as exc:
        raise SessionError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > _MAX_BYTES:
        raise SessionError(path, "is too large to be a session file")
    if not raw.strip():
        raise SessionError(path, "is empty")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SessionError(path, "is not a Corroborate session (not text)") from None


def _parse(path: str | os.PathLike[str], text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{") and not text.rstrip().endswith("}"):
            raise SessionError(path, "is truncated (the file ends too early)") from None
        raise SessionError(path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}): "
                                 f"it may be damaged or not a session file") from None
    except RecursionError:
        raise SessionError(path, "is not a Corroborate session (nested too deeply)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise SessionError(path, "is not a Corroborate session")
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise SessionError(path, f"has no valid schema version ({schema!r})")
    if schema > SCHEMA:
        raise SessionError(path, f"was made by a newer Corroborate (schema {schema}); "
                                 f"this version reads up to {SCHEMA}")
    return data


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing {exc.args[0]!r}" if exc.args else "a value is missing"
    return str(exc) or type(exc).__name__


# --- writing ------------------------------------------------------------------------------------

def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous version of a session is kept: `<name>.bak` beside it."""
    p = Path(os.path.abspath(os.fspath(path)))
    return p.with_name(p.name + ".bak")


def save_session(session: Session, path: str | os.PathLike[str], backup: bool = True) -> None:
    """Write atomically; the version it replaces is kept as `<name>.bak` (unless backup=False).

    The whole file is serialised first, so a failure there never touches the disk.
    """
    text = json.dumps(session_to_dict(session), ensure_ascii=False, indent=1) + "\n"
    _atomic_write(Path(path), text.encode("utf-8"), backup)


def _atomic_write(target: Path, data: bytes, backup: bool) -> None:
    """Temp file beside `target`, flush + fsync, old file to .bak, replace, fsync the folder."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, _mode_for(target))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if backup and target.is_file():
            _keep_backup(target)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _keep_backup(target: Path) -> None:
    """Make `<name>.bak` the current file, atomically (a hard link where the disk allows it)."""
    bak = backup_path(target)
    tmp = bak.with_name(f".{bak.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    try:
        os.link(target, tmp)
    except OSError:
        import shutil

        shutil.copyfile(target, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    os.replace(tmp, bak)


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened this way on Windows."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- locations and recovery ---------------------------------------------------------------------

def default_session_dir() -> Path:
    """Where Save offers to put sessions: the user's documents folder / Corroborate."""
    return Path(platformdirs.user_documents_dir()) / APP_NAME


def data_dir() -> Path:
    """$CORROBORATE_DATA_DIR, else the platform's user data folder for Corroborate."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def recovery_path(session_path: str | os.PathLike[str] | None) -> Path:
    """The autosave file of a session (one per saved session; one per process while untitled)."""
    if session_path is None:
        return recovery_dir() / f"untitled-{os.getpid()}{SESSION_SUFFIX}"
    full = os.path.abspath(os.fspath(session_path))
    digest = hashlib.sha256(full.encode("utf-8")).hexdigest()[:12]
    return recovery_dir() / f"{Path(full).stem}-{digest}{SESSION_SUFFIX}"


def write_recovery(session: Session, session_path: str | os.PathLike[str] | None,
                   target: Path | None = None) -> Path:
    """Autosave: write the session beside the others in the recovery folder, noting its origin
    (to `target`, a file there, or the session's usual recovery file)."""
    data = session_to_dict(session)
    data["recovery_of"] = None if session_path is None else os.path.abspath(session_path)
    target = target or recovery_path(session_path)
    _atomic_write(target, (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8"), False)
    return target


def read_recovery(path: str | os.PathLike[str]) -> tuple[Session, Path | None]:
    """A recovery file's session and the session file it was autosaved for (None if untitled)."""
    data = _parse(path, _read_text(path))
    origin = data.get("recovery_of")
    return _session(path, data), Path(origin) if isinstance(origin, str) else None


def find_recovery() -> list[Path]:
    """Recovery files left by a session that did not close normally, newest first."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"*{SESSION_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def discard_recovery(target: str | os.PathLike[str] | None) -> None:
    """Delete a recovery file: give the recovery file itself, or the session path it belongs to."""
    path = Path(target) if target is not None else None
    if path is None or path.parent.resolve() != recovery_dir().resolve():
        path = recovery_path(target)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
